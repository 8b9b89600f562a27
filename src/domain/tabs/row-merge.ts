// Merges imported rows into a table tab as one block, keeping what people typed. A row is the same row only when its
// identity (a KPI's name, a handle, a piece id; an issue's description) is exactly equal once trimmed; repeats in
// the file are kept (merged only when every field agrees), each said in a check. Importing the same rows again
// changes nothing. A changed file updates the rows the last import wrote and nobody has edited since (known from
// the fingerprint the import remembered); a cell a person typed is never overwritten without saying so.
import type { Check } from '../records.ts';
import { isoDateIn } from '../values.ts';
import { rewriteAsIs, toCellInput, type CellInput } from './cells.ts';
import { identityOf } from './identity.ts';
import { cellName, tableRefs, type TableLayout } from './layout.ts';
import { HEADER_ROW, type ColumnSpec, type TableTabSpec } from './spec.ts';
import type { TabGrid } from './read.ts';

export type RowInput = Record<string, CellInput | undefined>;

/** What the last import wrote, per row: the row's key fingerprint → its cells' fingerprint. */
export type ImportMemory = Map<string, string>;

export interface RowsWriteOptions {
  timeZone?: string;
  memory?: ReadonlyMap<string, string>;
  /** Replace values typed in the sheet where the file says otherwise (each replaced cell is named in a check). */
  replaceTyped?: boolean;
}

export interface RowsWritePlan {
  /** One block from row 2: existing content kept as it is, new values in blank cells, new rows appended. */
  startRow: number;
  values: CellInput[][];
  appended: number;
  /** Existing rows that got values from the file (blanks filled, or updated where nobody had edited them). */
  filled: number;
  /** Existing rows the file matched that needed nothing. */
  unchanged: number;
  /** Cells typed in the sheet that differ from the file: kept (or, with replaceTyped, replaced), each in a check. */
  conflicts: number;
  /** Whether the block differs from the tab at all; when not, nothing needs writing. */
  changed: boolean;
  checks: Check[];
  /** The fingerprints to remember for the next import of these rows. */
  memory: ImportMemory;
  /** The block's index of its first appended row: rows from it on are new (appended), each from one file row. */
  firstAppended: number;
  /** The file row (index into `rows`) each appended row comes from, in order: what a later part writes from. */
  appendedFrom: number[];
}

/**
 * Math.imul held once: a global looked up on every character costs far more than the multiply (measured 15× in a
 * bare node:vm context, whose global lookups are slow), and this runs for every row of an import.
 */
export const imul = Math.imul;

/** FNV-1a, as 7 base-36 characters: short enough to remember hundreds of rows in one document property. */
export function fingerprint(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36).padStart(7, '0');
}

/** A value as compared between a sheet and a file: blanks alike, dates as ISO days, text without outer spaces. */
function comparable(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim(); // the common cases first: this runs for every cell of every row
  if (typeof value !== 'object') return String(value);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return isoDateIn(value as Date, timeZone);
  return String(value);
}

const say = (value: unknown, timeZone: string) => {
  const text = comparable(value, timeZone);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

export function planRowsWrite(
  spec: TableTabSpec, layout: TableLayout, existing: TabGrid, rows: readonly RowInput[], identityKey?: string, options: RowsWriteOptions = {},
): RowsWritePlan {
  const timeZone = options.timeZone ?? 'Etc/UTC';
  const width = Math.max(layout.width, ...existing.values.map((r) => r.length));
  const inputs = spec.columns.filter((c) => !c.formula);
  const colOf = (column: ColumnSpec) => (layout.columnOf[column.key] ?? 1) - 1;
  const raw: unknown[][] = existing.values.slice(1).map((cells) => Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  const grid: CellInput[][] = raw.map((cells, i) => cells.map((v, c) => rewriteAsIs(v, existing.formulas?.[i + 1]?.[c])));
  const hasData = (cells: readonly unknown[]) => inputs.some((c) => comparable(cells[colOf(c)], timeZone) !== '');
  let end = raw.length;
  while (end > 0 && !hasData(raw[end - 1] ?? [])) end--;
  const firstAppended = end;
  const appendedFrom: number[] = [];

  const keyColumn = inputs.find((c) => c.key === identityKey);
  const keyOf = (cells: readonly unknown[]) => (keyColumn ? identityOf(cells[colOf(keyColumn)]) : '');
  const rowPrint = (cells: readonly unknown[]) => fingerprint(inputs.map((c) => comparable(cells[colOf(c)], timeZone)).join('\u0001'));
  const incomingPrint = (input: RowInput) => inputs.map((c) => comparable(input[c.key], timeZone)).join('\u0001');

  // Each key's rows in the sheet, in order: the k-th row of a key in the file meets the k-th in the sheet.
  const sheetRows = new Map<string, number[]>();
  const unkeyed = new Map<string, number[]>(); // rows without a key, by their whole content
  for (let r = 0; r < end; r++) {
    const cells = raw[r] ?? [];
    if (!hasData(cells)) continue;
    const key = keyOf(cells);
    const index = key ? sheetRows : unkeyed;
    const id = key || rowPrint(cells); // a row without a key is matched by everything in it
    index.set(id, [...(index.get(id) ?? []), r]);
  }

  const checks: Check[] = [];
  const memory: ImportMemory = new Map();
  const cell = (r: number, column: ColumnSpec) => cellName(spec.name, HEADER_ROW + 1 + r, colOf(column) + 1);
  const header = keyColumn?.header ?? 'Row';
  let appended = 0;
  let filled = 0;
  let unchanged = 0;
  let conflicts = 0;
  let changed = false;

  // Repeats in the file: identical ones are written once; different ones are all kept and named.
  const seen = new Map<string, { print: string; count: number; firstRow?: number }>();
  const occurrence = new Map<string, number>();
  for (const [index, input] of rows.entries()) {
    const key = keyColumn ? identityOf(input[keyColumn.key]) : '';
    const print = incomingPrint(input);
    const earlier = key ? seen.get(key) : undefined;
    if (earlier && earlier.print === print) {
      earlier.count++;
      if (earlier.firstRow !== undefined && keyColumn) {
        checks.push({ cell: cell(earlier.firstRow, keyColumn), kind: 'duplicate-row', severity: 'info', message: `The file has ${header} "${key}" ${earlier.count} times with the same values; it is written once.` });
      }
      continue;
    }
    const k = occurrence.get(key) ?? 0;
    occurrence.set(key, k + 1);
    const matched = key ? sheetRows.get(key)?.[k] : unkeyed.get(fingerprint(print))?.shift();
    if (matched === undefined) appendedFrom.push(index);
    const target = matched ?? end++;
    const before = grid[target] ?? Array.from({ length: width }, () => '');
    grid[target] = before;
    const current = raw[target] ?? Array.from({ length: width }, () => '');
    raw[target] = current;
    const memoryKey = fingerprint(`${key}#${k}`);
    const untouched = matched !== undefined && options.memory?.get(memoryKey) === rowPrint(current);
    let rowChanged = false;
    let kept = false;
    for (const column of inputs) {
      const value = input[column.key];
      if (value === undefined || value === null || comparable(value, timeZone) === '') continue;
      const c = colOf(column);
      const had = comparable(current[c], timeZone);
      if (had === comparable(value, timeZone)) continue;
      if (had !== '' && !untouched) {
        conflicts++;
        if (!options.replaceTyped) {
          kept = true;
          checks.push({
            cell: cell(target, column), kind: 'import-conflict', severity: 'warning',
            message: `${column.header}: kept "${say(current[c], timeZone)}", typed here; the file says "${say(value, timeZone)}". Import again with "replace typed values" to take the file's.`,
          });
          continue;
        }
        checks.push({ cell: cell(target, column), kind: 'import-conflict', severity: 'info', message: `${column.header}: replaced "${say(current[c], timeZone)}", typed here, with the file's "${say(value, timeZone)}".` });
      }
      before[c] = toCellInput(value, column.type);
      current[c] = value;
      rowChanged = true;
    }
    if (matched === undefined) appended++;
    else if (rowChanged) filled++;
    else unchanged++;
    changed ||= rowChanged;
    // A row still holding a person's value against the file's is not "as the import wrote it": the next import asks again.
    const remembered = options.memory?.get(memoryKey);
    if (!kept) memory.set(memoryKey, rowPrint(current));
    else if (remembered) memory.set(memoryKey, remembered);
    if (key) {
      const first = earlier?.firstRow;
      if (earlier && keyColumn) {
        checks.push({
          cell: cell(target, keyColumn), kind: 'duplicate-row', severity: 'warning',
          message: `The file has ${header} "${key}" more than once with different values (see row ${HEADER_ROW + 1 + (first ?? target)}); both rows are kept and counted. Merge them if they are one.`,
        });
      } else seen.set(key, { print, count: 1, firstRow: target });
    }
  }

  const block = grid.slice(0, end).map((cells) => Array.from({ length: width }, (_, c) => cells[c] ?? ''));
  const computed = spec.columns.filter((c) => c.formula);
  // Below its formula a helper column shows the formula's spill, which must not be written back as values.
  const helpers = (spec.helpers ?? []).map((h) => (layout.columnOf[h.key] ?? 0) - 1).filter((c) => c >= 0);
  for (let i = 1; i < block.length; i++) for (const c of helpers) (block[i] ?? [])[c] = '';
  for (let i = 0; i < block.length; i++) {
    const refs = tableRefs(layout, HEADER_ROW + 1 + i);
    const cells = block[i] ?? [];
    for (const column of computed) {
      const c = colOf(column);
      if (cells[c] === '') {
        cells[c] = (column.formula as NonNullable<ColumnSpec['formula']>)(refs);
        changed = true;
      }
    }
  }
  return { startRow: HEADER_ROW + 1, values: block, appended, filled, unchanged, conflicts, changed, checks, memory, firstAppended, appendedFrom };
}
