// Renders a spreadsheet kept in the local Drive (the campaign ledger, a next campaign's workbook) as JSON: each
// visible tab's values as the Sheets API's UNFORMATTED_VALUE would read them, for `debrief run` and `kickoff`.
import type { DriveStore } from '../emulator/drive/drive-store.ts';
import { SPREADSHEET_MIME } from '../emulator/sheets-api/codec.ts';
import type { SpreadsheetModel } from '../emulator/sheets/model.ts';

export interface SpreadsheetJson {
  name: string;
  url: string;
  tabs: Record<string, unknown[][]>;
}

export function renderSpreadsheetJson(store: DriveStore, id: string): SpreadsheetJson {
  const file = store.find(id);
  if (!file || file.mimeType !== SPREADSHEET_MIME) throw new Error(`render: ${id} is not a spreadsheet in the local Drive`);
  const model = file.content as SpreadsheetModel;
  const tabs: Record<string, unknown[][]> = {};
  for (const sheet of model.sheets) {
    if (sheet.hidden) continue;
    const { lastRow, lastColumn } = model.engine.contentExtent(sheet.engineId);
    tabs[sheet.name] = lastRow && lastColumn
      ? model.engine.read(sheet.engineId, 0, 0, lastRow, lastColumn).map((row) => row.map((cell) => cell.value ?? ''))
      : [];
  }
  return { name: file.name, url: `https://docs.google.com/spreadsheets/d/${id}/edit`, tabs };
}
