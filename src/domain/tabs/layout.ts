// Finds where each spec column (or form field) sits in a tab as people left it: columns are matched by header,
// so moved, renamed-by-case and person-added columns all survive a rebuild. Missing ones go after the last used column.
import { normalizeLabel } from '../values.ts';
import type { FormTabSpec } from './campaign-tab.ts';
import { columnLetter, type ColumnSpec, type HelperColumnSpec, type RowRefs, type TableTabSpec } from './spec.ts';

/** Where each label first appears (1-based), and the last position holding anything. */
const blank = (cell: unknown) => String(cell ?? '').trim() === '';

function indexLabels(cells: readonly unknown[]): { found: Map<string, number>; lastUsed: number } {
  const found = new Map<string, number>();
  let lastUsed = 0;
  cells.forEach((cell, i) => {
    const label = normalizeLabel(String(cell ?? ''));
    if (label && !found.has(label)) found.set(label, i + 1);
    if (String(cell ?? '').trim()) lastUsed = i + 1;
  });
  return { found, lastUsed };
}

export interface TableLayout {
  /** 1-based column of each spec key. */
  columnOf: Record<string, number>;
  /** Spec columns not found in the header, now placed after the last used column. */
  added: ColumnSpec[];
  /** Header cells that aren't ours (people's own columns), by column. */
  extraHeaders: { column: number; header: string }[];
  /** Columns in use after the build. */
  width: number;
  /** Helper columns not found in the header, placed after the added spec columns (their columns are in `columnOf`). */
  addedHelpers: HelperColumnSpec[];
}

export function resolveTableLayout(spec: TableTabSpec, headerRow: readonly unknown[]): TableLayout {
  const { found, lastUsed } = indexLabels(headerRow);
  const columnOf: Record<string, number> = {};
  const added: ColumnSpec[] = [];
  const ours = new Set<number>();
  let next = lastUsed;
  for (const column of spec.columns) {
    const at = found.get(normalizeLabel(column.header));
    if (at !== undefined) {
      columnOf[column.key] = at;
      ours.add(at);
    } else {
      columnOf[column.key] = ++next;
      added.push(column);
    }
  }
  const addedHelpers: HelperColumnSpec[] = [];
  for (const helper of spec.helpers ?? []) {
    const at = found.get(normalizeLabel(helper.header));
    if (at !== undefined) ours.add(at);
    else addedHelpers.push(helper);
    columnOf[helper.key] = at ?? ++next;
  }
  const extraHeaders = headerRow
    .map((cell, i) => ({ column: i + 1, header: String(cell ?? '').trim() }))
    .filter((h) => h.header && !ours.has(h.column));
  return { columnOf, added, extraHeaders, width: next, addedHelpers };
}

/**
 * A table tab's first row: its headers ('ok', or blank: the build writes them), data where the header row was
 * deleted (a number, date or formula in it: headers are text), or text none of whose cells is one of its headers.
 */
export function headerRowState(spec: TableTabSpec, values: readonly unknown[][], formulas?: readonly string[][]): 'ok' | 'deleted' | 'unknown' {
  const header = values[0] ?? [];
  if (header.every(blank)) return 'ok';
  const { found } = indexLabels(header);
  if ([...spec.columns, ...(spec.helpers ?? [])].some((c) => found.has(normalizeLabel(c.header)))) return 'ok';
  const dataLike = header.some((cell) => !blank(cell) && typeof cell !== 'string') || (formulas?.[0] ?? []).some((f) => f !== '');
  return dataLike ? 'deleted' : 'unknown';
}

export interface FormLayout {
  /** 1-based row of each field key (label in column A, value in column B). */
  rowOf: Record<string, number>;
  added: FormTabSpec['fields'][number][];
  /** Fields whose label was cleared, found by their value left in place between their neighbours: 1-based rows. */
  relabeled: { key: string; label: string; row: number }[];
  height: number;
}


/**
 * Where each field is, by its label in column A. A field whose label was cleared keeps its row when its value is
 * still there, unlabelled, right after the field before it or right before the field after it (`valueColumn`).
 */
export function resolveFormLayout(spec: FormTabSpec, labelColumn: readonly unknown[], valueColumn: readonly unknown[] = []): FormLayout {
  const { found, lastUsed } = indexLabels(labelColumn);
  const rowOf: Record<string, number> = {};
  for (const field of spec.fields) {
    const at = found.get(normalizeLabel(field.label));
    if (at !== undefined) rowOf[field.key] = at;
  }
  const taken = new Set(Object.values(rowOf));
  const orphan = (row: number) => row > 1 && !taken.has(row) && blank(labelColumn[row - 1]) && !blank(valueColumn[row - 1]);
  const relabeled: FormLayout['relabeled'] = [];
  spec.fields.forEach((field, i) => {
    if (rowOf[field.key] !== undefined) return;
    const before = spec.fields[i - 1];
    const after = spec.fields[i + 1];
    const beforeRow = before ? rowOf[before.key] : undefined;
    const afterRow = after ? rowOf[after.key] : undefined;
    const row = beforeRow !== undefined && orphan(beforeRow + 1) ? beforeRow + 1 : afterRow !== undefined && orphan(afterRow - 1) ? afterRow - 1 : undefined;
    if (row === undefined) return;
    rowOf[field.key] = row;
    taken.add(row);
    relabeled.push({ key: field.key, label: field.label, row });
  });
  const added: FormLayout['added'] = [];
  let next = Math.max(lastUsed, ...relabeled.map((r) => r.row));
  for (const field of spec.fields) {
    if (rowOf[field.key] !== undefined) continue;
    rowOf[field.key] = ++next;
    added.push(field);
  }
  return { rowOf, added, relabeled, height: next };
}

/** The 1-based column of a spec key; every spec column has one once the layout is resolved. */
export function columnAt(layout: TableLayout, key: string): number {
  const at = layout.columnOf[key];
  if (at === undefined) throw new Error(`no column "${key}" in this tab`);
  return at;
}

export function tableRefs(layout: TableLayout, row: number): RowRefs {
  const col = (key: string): number => columnAt(layout, key);
  const refs = ((key: string) => `${columnLetter(col(key))}${row}`) as RowRefs;
  refs.column = (key: string) => `$${columnLetter(col(key))}:$${columnLetter(col(key))}`;
  return refs;
}

/** The 1-based row of a form field; every spec field has one once the layout is resolved. */
export function rowAt(layout: FormLayout, key: string): number {
  const at = layout.rowOf[key];
  if (at === undefined) throw new Error(`no field "${key}" in this tab`);
  return at;
}

export function formRefs(layout: FormLayout): RowRefs {
  const refs = ((key: string) => `B${rowAt(layout, key)}`) as RowRefs;
  refs.column = () => '$B:$B';
  return refs;
}

/** "Creators!G7": how checks name a cell. Sheet names with spaces or punctuation are quoted as Sheets does. */
export function cellName(tab: string, row: number, column: number): string {
  const sheet = /^[A-Za-z0-9_]+$/.test(tab) ? tab : `'${tab.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetter(column)}${row}`;
}
