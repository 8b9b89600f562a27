// The campaign ledger through the Sheets API (Advanced Sheets service, v4). SpreadsheetApp can't be used: Debrief's
// spreadsheets.currentonly scope reaches only the spreadsheet it is opened in. The Sheets API accepts drive.file for
// spreadsheets Debrief made or the user picked (https://developers.google.com/sheets/api/scopes), so the ledger needs
// no broader scope. One Spreadsheets.get for the sheet list and one Values.batchGet for every tab per read.
import { LEDGER_KINDS, LEDGER_TABS, fromGrid, type LedgerKind, type LedgerReadProblem } from '../../domain/history/ledger-tabs.ts';
import type { LedgerGrids } from '../../domain/history/ledger-plan.ts';
import type { SheetInfo } from '../../domain/history/ledger-requests.ts';
import { emptyLedger, type Ledger } from '../../domain/history/records.ts';
import { PlatformError } from '../errors.ts';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export const spreadsheetUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

export function sheetsService(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets) throw new PlatformError('Debrief needs the Google Sheets API advanced service, which this copy of the add-on doesn’t have.');
  return Sheets;
}

export function ledgerSheets(id: string): SheetInfo[] {
  const got = sheetsService().Spreadsheets!.get(id, { fields: 'sheets.properties(sheetId,title)' });
  return (got.sheets ?? []).map((s) => ({ sheetId: s.properties?.sheetId ?? 0, title: s.properties?.title ?? '' }));
}

/** The sheet id of each ledger tab that exists (found by name, as people see them). */
export function tabIds(sheets: readonly SheetInfo[]): Partial<Record<LedgerKind, number>> {
  const ids: Partial<Record<LedgerKind, number>> = {};
  for (const kind of LEDGER_KINDS) {
    const found = sheets.find((s) => s.title.toLowerCase() === LEDGER_TABS[kind].name.toLowerCase());
    if (found) ids[kind] = found.sheetId;
  }
  return ids;
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Every ledger tab's cells, as stored (numbers as numbers, dates a person typed as serial numbers). */
export function readLedgerGrids(id: string, sheets: readonly SheetInfo[]): LedgerGrids {
  const present = sheets.map((s) => s.title.toLowerCase());
  const kinds = LEDGER_KINDS.filter((k) => present.includes(LEDGER_TABS[k].name.toLowerCase()));
  const grids = Object.fromEntries(LEDGER_KINDS.map((k) => [k, null])) as Record<LedgerKind, unknown[][] | null>;
  if (!kinds.length) return grids;
  const got = sheetsService().Spreadsheets!.Values!.batchGet(id, {
    ranges: kinds.map((k) => quoted(sheets.find((s) => s.title.toLowerCase() === LEDGER_TABS[k].name.toLowerCase())?.title ?? LEDGER_TABS[k].name)),
    valueRenderOption: 'UNFORMATTED_VALUE',
  });
  kinds.forEach((kind, i) => {
    grids[kind] = (got.valueRanges?.[i]?.values ?? []) as unknown[][];
  });
  return grids;
}

/** The whole ledger as records, and the cells it couldn't read (named, left as they are). */
export function readLedger(id: string): { ledger: Ledger; problems: LedgerReadProblem[] } {
  const grids = readLedgerGrids(id, ledgerSheets(id));
  const ledger = emptyLedger();
  const problems: LedgerReadProblem[] = [];
  for (const kind of LEDGER_KINDS) {
    const grid = grids[kind];
    if (!grid) continue;
    const read = fromGrid(kind, grid);
    (ledger as unknown as Record<string, unknown>)[kind] = read.records;
    problems.push(...read.problems);
  }
  return { ledger, problems };
}
