// Diagnostics for the campaign ledger: what only Google can settle about the path it takes. Debrief makes a
// spreadsheet with the Sheets API and writes it under drive.file, and two appends planned from the same read can't
// both land: each batch replaces the hidden version sheet, so the second is refused whole, nothing of it applied.
import { ledgerVersion, nextVersionRequests, VERSION_SHEET_BASE } from '../../domain/history/ledger-requests.ts';
import { ledgerSheets, sheetsService } from '../ledger/sheets-api.ts';
import { CheckFailed, SCRATCH_NAME, type Check } from './scratch.ts';

const TAB = 'Scratch';
const row = (text: string) => ({ values: [{ userEnteredValue: { stringValue: text } }] });

export const ledgerWrites: Check = {
  name: 'Campaign ledger writes',
  run(scratch) {
    const sheets = sheetsService().Spreadsheets!;
    const made = sheets.create({
      properties: { title: SCRATCH_NAME },
      sheets: [
        { properties: { sheetId: 100, title: TAB } },
        { properties: { sheetId: VERSION_SHEET_BASE, title: 'Debrief ledger version 0', hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } },
      ],
    } as GoogleAppsScript.Sheets.Schema.Spreadsheet);
    const id = scratch.keep(made.spreadsheetId ?? '');
    const read = ledgerVersion(ledgerSheets(id));
    const append = (text: string) => ({ requests: [...nextVersionRequests(read), { appendCells: { sheetId: 100, rows: [row(text)], fields: 'userEnteredValue' } }] });
    sheets.batchUpdate(append('first'), id);
    let refused = false;
    try {
      sheets.batchUpdate(append('stale'), id);
    } catch {
      refused = true;
    }
    if (!refused) throw new CheckFailed('the Sheets API accepted a second batch planned from the same read (its version sheet was already replaced): two appends to the ledger could both land');
    const values = sheets.Values!.batchGet(id, { ranges: [TAB], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges?.[0]?.values ?? [];
    if (JSON.stringify(values) !== JSON.stringify([['first']])) throw new CheckFailed(`after a refused batch the scratch sheet holds ${JSON.stringify(values)}, not [["first"]]: part of a refused batch was applied`);
    if (ledgerVersion(ledgerSheets(id)).n !== 1) throw new CheckFailed('the version sheet did not move to 1 after the first write');
    return 'a spreadsheet Debrief made was written with the Sheets API under drive.file, and a write planned from a stale read was refused whole';
  },
};
