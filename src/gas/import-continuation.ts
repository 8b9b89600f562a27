// A later part of an import in parts (domain/import-continuation.ts): it reads only each tab's header and the rows
// it writes (with the row above them), checks the sheet is as the last part left it (the same columns, the last
// row written still there, the rows to write still blank with the build's formulas in them) and writes the next
// new rows from the file. Anything else returns null, and the part plans again from a full read. The first part
// saves the continuation with what the import remembers, in the same call; the last part clears it.
import {
  ContinuationSchema, fromRuns, identityFingerprint, layoutFingerprint, newRowCells, toRuns, type Continuation, type TabContinuation,
} from '../domain/import-continuation.ts';
import type { CampaignRows } from '../domain/campaign-file.ts';
import type { ImportResult } from '../domain/rpc.ts';
import { fitsBudget, type StoredKey } from '../domain/property-budget.ts';
import { keyColumnOf } from '../domain/tabs/identity.ts';
import { TABLE_SPECS } from '../domain/tabs/index.ts';
import { resolveTableLayout, type TableLayout } from '../domain/tabs/layout.ts';
import type { TabGrid } from '../domain/tabs/read.ts';
import type { RowInput, RowsWritePlan } from '../domain/tabs/row-merge.ts';
import { HEADER_ROW, type TableTabSpec } from '../domain/tabs/spec.ts';
import { writeInputRows, type RowsWritten } from './sheets/table-tab.ts';
import { readStored } from './stored-properties.ts';
import { locateTabs } from './tabs.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CONTINUATION_KEY = 'debrief.importContinuation' satisfies StoredKey;

/** The continuation the last part left, or null (none, or damaged: the part then plans from a full read). */
export const storedContinuation = (): Continuation | null => readStored(CONTINUATION_KEY, ContinuationSchema, null);

const blank = (value: unknown) => value === '' || value === null || value === undefined;

/** What a full part leaves for the next, when every row it leaves is a new row of a tab with a key; else null. */
export function continuationAfter(
  file: string, tabs: readonly { spec: TableTabSpec; plan: RowsWritePlan; grid: TabGrid; layout: TableLayout; wrote: RowsWritten }[],
): Continuation | null {
  const left: Record<string, TabContinuation> = {};
  for (const { spec, plan, grid, layout, wrote } of tabs) {
    if (wrote.rowsLeft === 0) continue;
    const key = keyColumnOf(spec);
    const keyAt = key === undefined ? undefined : layout.columnOf[key];
    if (keyAt === undefined || wrote.next < plan.firstAppended) return null; // an existing row is left: plan it again
    const from = wrote.next - plan.firstAppended;
    const rest = plan.appendedFrom.slice(from, from + wrote.rowsLeft);
    if (rest.length < wrote.rowsLeft) return null;
    const above = wrote.next === 0 ? grid.values[HEADER_ROW - 1]?.[keyAt - 1] : plan.values[wrote.next - 1]?.[keyAt - 1];
    left[spec.key] = { row: plan.startRow + wrote.next, above: identityFingerprint(above), layout: layoutFingerprint(layout), runs: toRuns(rest), perRow: wrote.perRow };
  }
  const continuation = { file, tabs: left };
  return fitsBudget(CONTINUATION_KEY, JSON.stringify(continuation)) ? continuation : null;
}

interface TabWork {
  spec: (typeof TABLE_SPECS)[number];
  sheet: Sheet;
  tab: TabContinuation;
  files: number[];
  count: number;
  layout?: TableLayout;
  grid?: TabGrid;
}

/**
 * Writes the next part from `continuation`, at most `budget` cells of whole rows; null when the sheet is no longer
 * as the last part left it. Every read comes before the first write. Returns the part's progress and the
 * continuation to store (null once nothing is left).
 */
export function continueImport(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: CampaignRows, continuation: Continuation, budget: number): { result: ImportResult; next: Continuation | null } | null {
  const directory = locateTabs(spreadsheet);
  let room = budget;
  const work: TabWork[] = [];
  for (const spec of TABLE_SPECS) {
    const tab = continuation.tabs[spec.key];
    if (!tab) continue;
    const sheet = directory.sheets.get(spec.name);
    if (!sheet) return null;
    const files = fromRuns(tab.runs);
    const count = Math.min(files.length, Math.floor(room / tab.perRow));
    room -= count * tab.perRow;
    if (count === 0) {
      work.push({ spec, sheet, tab, files, count });
      continue;
    }
    const read = readRows(sheet, spec, tab, count);
    if (!read) return null;
    work.push({ spec, sheet, tab, files, count, ...read });
  }

  // Writes.
  const progress = { written: 0, left: 0, rows: 0, rowsLeft: 0 };
  const next: Record<string, TabContinuation> = {};
  // What is left is appended; the rows earlier parts wrote are not read again, so they are not counted here.
  const counted: ImportResult['rows'] = {};
  for (const { spec, sheet, tab, files, count, layout, grid } of work) {
    counted[spec.name] = { appended: files.length, filled: 0, unchanged: 0, conflicts: 0 };
    let above = tab.above;
    if (count > 0 && layout && grid) {
      const input = rows[spec.key] as RowInput[];
      const cells = files.slice(0, count).map((index) => newRowCells(spec, layout, input[index] ?? {}));
      const wrote = writeInputRows(sheet, spec, layout, tab.row, cells, grid);
      progress.written += wrote.cells;
      progress.rows += count;
      const keyAt = layout.columnOf[keyColumnOf(spec) ?? ''] ?? 1;
      above = identityFingerprint(cells[count - 1]?.[keyAt - 1]);
    }
    const rest = files.slice(count);
    if (rest.length === 0) continue;
    next[spec.key] = { ...tab, row: tab.row + count, above, runs: toRuns(rest) };
    progress.left += rest.length * tab.perRow;
    progress.rowsLeft += rest.length;
  }
  return { result: { rows: counted, checks: [], progress }, next: Object.keys(next).length ? { file: continuation.file, tabs: next } : null };
}

/**
 * The header and the rows a part writes, with the row above them, in three reads; null unless the columns are where
 * they were, the row above holds the last row written, and the rows to write are blank but for the build's formulas.
 */
function readRows(sheet: Sheet, spec: TableTabSpec, tab: TabContinuation, count: number): { layout: TableLayout; grid: TabGrid } | null {
  try {
    const header = sheet.getSheetValues(HEADER_ROW, 1, 1, -1)[0] ?? [];
    const layout = resolveTableLayout(spec, header);
    if (layout.added.length || layout.addedHelpers.length || layoutFingerprint(layout) !== tab.layout) return null;
    const values = sheet.getSheetValues(tab.row - 1, 1, count + 1, header.length);
    const formulas = sheet.getRange(tab.row - 1, 1, count + 1, header.length).getFormulas();
    const keyAt = layout.columnOf[keyColumnOf(spec) ?? ''];
    if (keyAt === undefined || identityFingerprint(values[0]?.[keyAt - 1]) !== tab.above) return null;
    const inputs = spec.columns.filter((c) => !c.formula).map((c) => (layout.columnOf[c.key] ?? 0) - 1);
    const computed = spec.columns.filter((c) => c.formula).map((c) => (layout.columnOf[c.key] ?? 0) - 1);
    for (let r = 1; r <= count; r++) {
      if (inputs.some((c) => !blank(values[r]?.[c]) || !blank(formulas[r]?.[c]))) return null; // typed into since
      if (computed.some((c) => blank(formulas[r]?.[c]))) return null; // the build's formulas aren't there
    }
    // As read, placed at their rows: what writeInputRows compares the new rows with.
    const grid: TabGrid = { values: [], formulas: [] };
    values.forEach((row, r) => {
      grid.values[tab.row - 2 + r] = row;
      (grid.formulas as string[][])[tab.row - 2 + r] = formulas[r] ?? [];
    });
    return { layout, grid };
  } catch {
    return null; // rows gone past the sheet's end: plan again
  }
}
