// The ledger's Sheets API requests, as pure JSON: making the ledger and turning a LedgerPlan into one batchUpdate
// that lands only if nobody wrote since it was read. The Sheets API has no requiredRevisionId, so the ledger
// carries its own revision built from what Google documents: a hidden sheet whose id counts the appends
// (VERSION_SHEET_BASE + n). Every append's batch deletes the sheet it read and adds the next one; if someone
// appended in between, the sheet it read is gone, the deleteSheet is invalid and, as "if any request is not valid
// then the entire request will fail and nothing will be applied", nothing of the stale append lands: the writer
// reads again and retries, as the learnings Doc does with its revision. A sheet id can't be added twice ("It is an
// error to specify the ID of a sheet that already exists", AddSheetRequest), so two first appends can't both win.
import { LEDGER_TABS, type LedgerCell, type LedgerKind } from './ledger-tabs.ts';
import type { LedgerPlan } from './ledger-plan.ts';

/** Chosen once and never changed: every copy of Debrief must agree on them. */
export const VERSION_SHEET_BASE = 1_414_000_000;
const VERSION_SPAN = 1_000_000;
const VERSION_TITLE = /^Debrief ledger version (\d+)$/;

export type SheetsRequest = Record<string, unknown>;
export interface SheetInfo {
  sheetId: number;
  title: string;
}

export interface LedgerVersion {
  /** Appends so far (0 before the first). */
  n: number;
  /** The version sheets as read (normally one): the next write must delete each of them. */
  sheetIds: number[];
}

/** The ledger's revision, from its sheet list. */
export function ledgerVersion(sheets: readonly SheetInfo[]): LedgerVersion {
  const found = sheets.filter((s) => s.sheetId >= VERSION_SHEET_BASE && s.sheetId < VERSION_SHEET_BASE + VERSION_SPAN);
  const counts = found.map((s) => Number(VERSION_TITLE.exec(s.title)?.[1] ?? s.sheetId - VERSION_SHEET_BASE));
  return { n: counts.length ? Math.max(...counts) : 0, sheetIds: found.map((s) => s.sheetId) };
}

/** The requests that move the ledger from the version read to the next: they fail if it moved meanwhile. */
export function nextVersionRequests(read: LedgerVersion): SheetsRequest[] {
  const n = read.n + 1;
  return [
    ...read.sheetIds.map((sheetId) => ({ deleteSheet: { sheetId } })),
    { addSheet: { properties: { sheetId: VERSION_SHEET_BASE + (n % VERSION_SPAN), title: `Debrief ledger version ${n}`, hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } } },
  ];
}

const BLACK = { red: 0, green: 0, blue: 0 };

function cellData(value: LedgerCell, numberFormat?: string): Record<string, unknown> {
  const userEnteredValue = value === null || value === '' ? undefined
    : typeof value === 'number' ? { numberValue: value } : typeof value === 'boolean' ? { boolValue: value } : { stringValue: value };
  return {
    ...(userEnteredValue ? { userEnteredValue } : {}),
    ...(numberFormat ? { userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: numberFormat } } } : {}),
  };
}

/** Each column's number format in a tab laid out by `header` (money 0.00, fractions as %, counts with commas). */
function formatsFor(kind: LedgerKind, header: readonly string[]): (string | undefined)[] {
  const byHeader = new Map(LEDGER_TABS[kind].columns.map((c) => [c.header.toLowerCase(), c.format ?? (c.type === 'count' ? '#,##0' : undefined)]));
  return header.map((h) => byHeader.get(h.toLowerCase()));
}

const headerRow = (headers: readonly string[]) => ({ values: headers.map((h) => ({ userEnteredValue: { stringValue: h }, userEnteredFormat: { textFormat: { bold: true, foregroundColor: BLACK } } })) });

/** A new ledger tab: hidden? no; the header in bold and frozen; as many columns as Debrief writes. */
export function newTabRequests(kind: LedgerKind, sheetId: number): SheetsRequest[] {
  const headers = LEDGER_TABS[kind].columns.map((c) => c.header);
  return [
    { addSheet: { properties: { sheetId, title: LEDGER_TABS[kind].name, gridProperties: { rowCount: 1000, columnCount: Math.max(26, headers.length), frozenRowCount: 1 } } } },
    { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [headerRow(headers)], fields: 'userEnteredValue,userEnteredFormat.textFormat' } },
  ];
}

/** The spreadsheet a new ledger starts as (Spreadsheets.create): every tab with its header, at version 0. */
export function newLedgerResource(title: string): Record<string, unknown> {
  return {
    properties: { title },
    sheets: [
      ...Object.values(LEDGER_TABS).map((tab, i) => ({
        properties: { sheetId: 100 + i, title: tab.name, index: i, gridProperties: { rowCount: 1000, columnCount: Math.max(26, tab.columns.length), frozenRowCount: 1 } },
        data: [{ startRow: 0, startColumn: 0, rowData: [headerRow(tab.columns.map((c) => c.header))] }],
      })),
      { properties: { sheetId: VERSION_SHEET_BASE, title: 'Debrief ledger version 0', hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } },
    ],
  };
}

/**
 * The plan as one batch (after nextVersionRequests), in an order that keeps every index right: new tabs, missing headers, changed cells
 * (by the rows as read), removed rows from the bottom up, then new rows appended after the last row with data.
 * `sheetIds` are the ids of existing tabs; `newSheetId` picks ids for tabs that must be made.
 */
export function planRequests(plan: LedgerPlan, sheetIds: Partial<Record<LedgerKind, number>>, newSheetId: (kind: LedgerKind) => number): SheetsRequest[] {
  const requests: SheetsRequest[] = [];
  for (const tab of plan.tabs) {
    const sheetId = tab.create ? newSheetId(tab.kind) : sheetIds[tab.kind];
    if (sheetId === undefined) throw new Error(`The ledger has no ${tab.name} tab`);
    if (tab.create) requests.push(...newTabRequests(tab.kind, sheetId));
    for (const h of tab.headerAdditions) {
      requests.push({ updateCells: { start: { sheetId, rowIndex: 0, columnIndex: h.column }, rows: [headerRow([h.header])], fields: 'userEnteredValue,userEnteredFormat.textFormat' } });
    }
    for (const u of tab.updates) {
      requests.push({ updateCells: { start: { sheetId, rowIndex: u.row, columnIndex: u.column }, rows: [{ values: [cellData(u.value)] }], fields: 'userEnteredValue' } });
    }
    for (const row of tab.deleteRows) requests.push({ deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: row, endIndex: row + 1 } } });
    if (tab.appendRows.length) {
      const formats = formatsFor(tab.kind, tab.header);
      requests.push({
        appendCells: {
          sheetId, rows: tab.appendRows.map((r) => ({ values: r.map((v, i) => cellData(v, formats[i])) })), fields: 'userEnteredValue,userEnteredFormat.numberFormat',
        },
      });
    }
  }
  return requests;
}
