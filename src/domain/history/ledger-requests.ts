// The ledger's Sheets API requests, as pure JSON: making the ledger, taking and giving back the append lock, and
// turning a LedgerPlan into one batchUpdate. The Sheets API has no revision check, so appends are kept apart by
// a lock built from what Google documents: an addSheet with the id of an existing sheet is an error, and a batch
// with one invalid request applies nothing. Taking the lock adds a hidden sheet with the fixed LOCK_SHEET_ID (so
// only one person holds it) and a hidden sheet with the holder's own id; the write deletes both in the same batch,
// so it lands only if the holder still holds the lock. A lock older than LOCK_TTL_SECONDS is taken over by
// deleting both sheets in one batch, which fails for all but one of two people trying at once.
import { LEDGER_TABS, type LedgerCell, type LedgerKind } from './ledger-tabs.ts';
import type { LedgerPlan } from './ledger-plan.ts';

/** Chosen once and never changed: every copy of Debrief must agree on it. */
export const LOCK_SHEET_ID = 1_414_213_562;
/** An append holds the lock for a few seconds; Apps Script stops any execution after 6 minutes. */
export const LOCK_TTL_SECONDS = 360;
const LOCK_TITLE = /^Debrief lock (\d+) until (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)$/;

export type SheetsRequest = Record<string, unknown>;
export interface SheetInfo {
  sheetId: number;
  title: string;
}

export interface LockState {
  holderId: number;
  expiresAt: string;
}

/** The lock as the spreadsheet's sheet list shows it (the lock sheet's title names its holder and expiry). */
export function lockState(sheets: readonly SheetInfo[]): LockState | null {
  const lock = sheets.find((s) => s.sheetId === LOCK_SHEET_ID);
  if (!lock) return null;
  const m = LOCK_TITLE.exec(lock.title);
  return m ? { holderId: Number(m[1]), expiresAt: m[2] as string } : { holderId: -1, expiresAt: '' };
}

const hiddenSheet = (sheetId: number, title: string): SheetsRequest => ({
  addSheet: { properties: { sheetId, title, hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } },
});

/** Takes the lock for `holderId` (a random id, not LOCK_SHEET_ID) until `expiresAt` (ISO, UTC, whole seconds). */
export function takeLockRequests(holderId: number, expiresAt: string): SheetsRequest[] {
  return [hiddenSheet(LOCK_SHEET_ID, `Debrief lock ${holderId} until ${expiresAt}`), hiddenSheet(holderId, `Debrief lock holder ${holderId}`)];
}

/** Takes over a lock whose holder is gone: fails (changing nothing) if anyone else changed the lock meanwhile. */
export function takeOverRequests(stale: LockState, holderId: number, expiresAt: string): SheetsRequest[] {
  return [
    { deleteSheet: { sheetId: LOCK_SHEET_ID } },
    ...(stale.holderId >= 0 ? [{ deleteSheet: { sheetId: stale.holderId } }] : []),
    ...takeLockRequests(holderId, expiresAt),
  ];
}

export function releaseRequests(holderId: number): SheetsRequest[] {
  return [{ deleteSheet: { sheetId: holderId } }, { deleteSheet: { sheetId: LOCK_SHEET_ID } }];
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

/** The spreadsheet a new ledger starts as (Spreadsheets.create): every tab with its header. */
export function newLedgerResource(title: string): Record<string, unknown> {
  return {
    properties: { title },
    sheets: Object.values(LEDGER_TABS).map((tab, i) => ({
      properties: { sheetId: 100 + i, title: tab.name, index: i, gridProperties: { rowCount: 1000, columnCount: Math.max(26, tab.columns.length), frozenRowCount: 1 } },
      data: [{ startRow: 0, startColumn: 0, rowData: [headerRow(tab.columns.map((c) => c.header))] }],
    })),
  };
}

/**
 * The plan as one batch, in an order that keeps every index right: new tabs, missing headers, changed cells
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
