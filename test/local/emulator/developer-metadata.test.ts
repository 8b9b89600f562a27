// Developer metadata on a sheet, as Debrief uses it to know its own tabs whatever people rename them to: it stays
// with the sheet through a rename and goes with it when the sheet is deleted.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('developer metadata on a sheet', () => {
  it('keeps its key and value through a rename, and is gone with its sheet', () => {
    const { spreadsheet } = sheetsWorkspace();
    const sheet = spreadsheet.insertSheet('Patterns');
    sheet.addDeveloperMetadata('debrief.tab', 'Patterns');
    sheet.setName('My patterns');
    const [tag] = spreadsheet.getSheetByName('My patterns').getDeveloperMetadata();
    expect([tag.getKey(), tag.getValue()]).toEqual(['debrief.tab', 'Patterns']);
    expect(spreadsheet.insertSheet('Patterns').getDeveloperMetadata()).toEqual([]); // a sheet of the same name isn't it
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('My patterns'));
    expect(spreadsheet.getSheets().flatMap((s: { getDeveloperMetadata(): unknown[] }) => s.getDeveloperMetadata())).toEqual([]);
  });

  it('refuses a key that is not text, as Apps Script does', () => {
    const { spreadsheet } = sheetsWorkspace();
    const sheet = spreadsheet.getSheets()[0];
    expect(() => sheet.addDeveloperMetadata(42)).toThrow(/addDeveloperMetadata/);
  });
});
