// Diagnostics for how Debrief reads a tab: in one round trip (Sheet.getSheetValues with -1 for "through the last
// row or column with data"), which must give exactly the block getDataRange gives, trailing formulas included.
import { usedValues } from '../spreadsheet.ts';
import { CheckFailed, type Check, type Scratch } from './scratch.ts';

function scratchTab(scratch: Scratch): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.insertSheet(`Debrief diagnostics ${Date.now().toString(36)}`);
  scratch.later(() => spreadsheet.deleteSheet(sheet));
  return sheet;
}

export const oneCallTabRead: Check = {
  name: 'One-call tab read',
  run(scratch) {
    const sheet = scratchTab(scratch);
    // A gap row and column inside, and the last row and column reached only by a formula that shows nothing.
    sheet.getRange(1, 1, 4, 4).setValues([['Handle', '', 'Followers', ''], ['@a', '', 12000, ''], ['', '', '', ''], ['@b', '', 3, '=""']]);
    const read = JSON.stringify(usedValues(sheet));
    const expected = JSON.stringify(sheet.getDataRange().getValues());
    if (read !== expected) throw new CheckFailed(`getSheetValues(1, 1, -1, -1) read ${read} where getDataRange read ${expected}`);
    sheet.clear();
    const empty = JSON.stringify(usedValues(sheet));
    if (empty !== JSON.stringify([['']])) throw new CheckFailed(`an empty tab read as ${empty}, not one empty cell`);
    return 'a tab\'s used range reads in one call, the same block getDataRange gives (a formula showing nothing included); an empty tab reads as one empty cell';
  },
};
