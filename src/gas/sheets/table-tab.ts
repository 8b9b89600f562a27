// Builds and refreshes one table tab from its spec and one read of it made before any write (build-tabs.ts), in
// calls that depend on the number of columns, never on rows. Cells written depend on rows only where rows differ:
// a formula column gets one R1C1 formula over the rows that lack it (Range.setFormulaR1C1: the same text is the
// same formula in every row), formats and dropdowns go on each column in one call (one value for the block), and
// what people typed, in input columns or over a formula, is never written back.
import { contiguousBlocks, planTableBuild, type TableBuildPlan } from '../../domain/tabs/plan.ts';
import type { TabGrid } from '../../domain/tabs/read.ts';
import { formatBlocks, gridRow, unitColumns, type RowValues } from '../../domain/tabs/formats.ts';
import { columnLetter, HEADER_ROW, numberFormatFor, type ColumnSpec, type HighlightSpec, type TableTabSpec } from '../../domain/tabs/spec.ts';
import { columnAt, type TableLayout } from '../../domain/tabs/layout.ts';
import { toR1C1 } from '../../domain/tabs/r1c1.ts';
import { rewriteAsIs, type CellInput } from '../../domain/tabs/cells.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const HEADER_BACKGROUND = '#e8eaf6';

/** Empty columns left after Debrief's, so a person can add their own without inserting any (a new tab has 26). */
export const SPARE_COLUMNS = 3;

/** What was read of the tab before anything was written: its grid, its size and its highlight rules. */
export interface TableTabState {
  grid: TabGrid;
  isNew: boolean;
  maxRows: number;
  maxColumns: number;
  rules: Rule[];
}

/**
 * Builds a tab on its own from `existing` (read beforehand): a tab made outside the build (the Notes tab), which
 * reads its size and rules here. The build itself reads every tab first and calls writeTableTab.
 */
export function buildTableTab(sheet: Sheet, spec: TableTabSpec, existing: TabGrid, currency: string, extraDataRows = 0): TableBuildPlan {
  const plan = planTableBuild(spec, existing, extraDataRows);
  const isNew = existing.values.length === 0;
  const rules = !isNew && spec.highlights?.length ? sheet.getConditionalFormatRules() : [];
  writeTableTab(sheet, spec, plan, { grid: existing, isNew, maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), rules }, currency);
  return plan;
}

/**
 * `pending` holds rows about to be written from row 2 (a new tab's starter rows, an import's rows), for the formats
 * of their units: each row's formats are written once, for what it will hold.
 */
export function writeTableTab(sheet: Sheet, spec: TableTabSpec, plan: TableBuildPlan, state: TableTabState, currency: string, pending: readonly RowValues[] = []): void {
  const { layout, lastRow } = plan;
  const dataRows = lastRow - HEADER_ROW;
  if (state.maxRows < lastRow) sheet.insertRowsAfter(state.maxRows, lastRow - state.maxRows);
  const columns = layout.width + SPARE_COLUMNS;
  if (state.maxColumns < columns) sheet.insertColumnsAfter(state.maxColumns, columns - state.maxColumns);
  if (plan.headers) sheet.getRange(HEADER_ROW, plan.headers.column, 1, plan.headers.values.length).setValues([plan.headers.values]);
  sheet.getRange(HEADER_ROW, 1, 1, layout.width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  writeHeaderNotes(sheet, spec, layout);
  sheet.setFrozenRows(HEADER_ROW);
  writeFormulas(sheet, spec, plan, state.grid);
  writeFormats(sheet, spec, layout, currency, dataRows, (i) => pending[i] ?? gridRow(layout, state.grid.values[HEADER_ROW + i]));
  writeValidations(sheet, spec, layout, dataRows);
  if (plan.headers?.column === 1) {
    for (const column of spec.columns) if (column.width) sheet.setColumnWidth(columnAt(layout, column.key), column.width);
  }
  applyHighlights(sheet, spec, layout, dataRows, state.rules);
  for (const column of plan.hiddenColumns) sheet.hideColumns(column);
}

/** "D2:D1050": rows `from`..`to` of one column (or a run of columns). */
const a1 = (column: number, from: number, to: number, lastColumn = column) => `${columnLetter(column)}${from}:${columnLetter(lastColumn)}${to}`;

/** Header notes explain each of our columns, one call per run of them; notes on people's own columns are theirs. */
function writeHeaderNotes(sheet: Sheet, spec: TableTabSpec, layout: TableLayout): void {
  for (const block of contiguousBlocks(layout, [...spec.columns, ...(spec.helpers ?? []) as unknown as ColumnSpec[]])) {
    sheet.getRange(HEADER_ROW, block.column, 1, block.columns.length).setNotes([block.columns.map((c) => c.help)]);
  }
}

/**
 * Each formula cell that doesn't already hold its formula gets it, a run of rows at a time, all runs of one
 * formula text in one RangeList call; a value typed over a formula stays (the plan said so in its checks). A
 * helper column's cells below its spill are cleared only when the plan says its spill was blocked.
 */
function writeFormulas(sheet: Sheet, spec: TableTabSpec, plan: TableBuildPlan, grid: TabGrid): void {
  const helpers = new Set((spec.helpers ?? []).map((h) => columnAt(plan.layout, h.key)));
  for (const block of plan.formulaBlocks) {
    const width = block.values[0]?.length ?? 0;
    for (let j = 0; j < width; j++) {
      const column = block.column + j;
      const byFormula = new Map<string, string[]>();
      const cleared: string[] = [];
      let run: { from: number; key: string; clear: boolean } | null = null;
      const close = (to: number) => {
        if (!run) return;
        if (run.clear) cleared.push(a1(column, run.from, to));
        else byFormula.set(run.key, [...(byFormula.get(run.key) ?? []), a1(column, run.from, to)]);
        run = null;
      };
      block.values.forEach((cells, i) => {
        const row = HEADER_ROW + 1 + i;
        const wanted = cells[j];
        const existingFormula = grid.formulas?.[row - 1]?.[column - 1] ?? '';
        const formula = typeof wanted === 'string' && wanted.startsWith('=') ? wanted : null;
        const clear = formula === null && helpers.has(column) && wanted === '' && rewriteAsIs(grid.values[row - 1]?.[column - 1], existingFormula) !== '';
        const needed = formula !== null ? existingFormula !== formula : clear;
        if (!needed) return close(row - 1);
        if (run && run.clear !== clear) close(row - 1);
        // A column's formula is the same R1C1 text in every row (a test holds every spec formula to it).
        run ??= { from: row, key: clear ? '' : toR1C1(formula as string, row, column), clear };
      });
      close(HEADER_ROW + block.values.length);
      for (const [formula, ranges] of byFormula) {
        if (ranges.length === 1) sheet.getRange(ranges[0] as string).setFormulaR1C1(formula);
        else sheet.getRangeList(ranges).setFormulaR1C1(formula);
      }
      if (cleared.length) sheet.getRangeList(cleared).clearContent(); // every run in one call, however many
    }
  }
}

/** Formats by column: one call per format over every column run that has it; unit columns row by row. */
function writeFormats(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, currency: string, dataRows: number, rowAt: (i: number) => RowValues): void {
  if (dataRows < 1) return;
  const last = HEADER_ROW + dataRows;
  const uniform = new Map<string, ColumnSpec[]>();
  for (const column of spec.columns) {
    if (column.unitFrom) continue;
    const format = numberFormatFor(column, currency);
    uniform.set(format, [...(uniform.get(format) ?? []), column]);
  }
  for (const [format, columns] of uniform) {
    const ranges = contiguousBlocks(layout, columns).map((b) => a1(b.column, HEADER_ROW + 1, last, b.column + b.columns.length - 1));
    if (ranges.length === 1) sheet.getRange(ranges[0] as string).setNumberFormat(format);
    else sheet.getRangeList(ranges).setNumberFormat(format);
  }
  const units = unitColumns(spec);
  if (units.length === 0) return;
  const rows = Array.from({ length: dataRows }, (_, i) => rowAt(i));
  for (const block of formatBlocks(spec, layout, currency, rows, units)) {
    sheet.getRange(HEADER_ROW + 1, block.column, dataRows, block.formats[0]?.length ?? 1).setNumberFormats(block.formats);
  }
}

/** One rule per kind of column, reused; one setDataValidation per run of columns sharing a rule. */
function writeValidations(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, dataRows: number): void {
  if (dataRows < 1) return;
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const keyOf = (column: ColumnSpec) => `${column.type}:${(column.choices ?? []).join('|')}`;
  const validated = spec.columns.filter((c) => !c.formula && VALIDATED_TYPES.includes(c.type));
  for (const block of contiguousBlocks(layout, validated)) {
    let start = 0;
    for (let i = 1; i <= block.columns.length; i++) {
      const first = block.columns[start] as ColumnSpec;
      if (i < block.columns.length && keyOf(block.columns[i] as ColumnSpec) === keyOf(first)) continue;
      const key = keyOf(first);
      if (!rules.has(key)) rules.set(key, buildRule(first));
      sheet.getRange(HEADER_ROW + 1, block.column + start, dataRows, i - start).setDataValidation(rules.get(key) as GoogleAppsScript.Spreadsheet.DataValidation);
      start = i;
    }
  }
}

const VALIDATED_TYPES: readonly ColumnSpec['type'][] = ['choice', 'checkbox', 'rating', 'date', 'count', 'money'];

// allowInvalid: a person's "instagram" or "TBC" is kept and flagged by checks, never refused.
function buildRule(column: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (column.type) {
    case 'choice':
      return builder.requireValueInList([...(column.choices ?? [])], true).build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    case 'rating':
      return builder.requireNumberBetween(1, 5).setHelpText('A whole number from 1 to 5.').build();
    case 'date':
      return builder.requireDate().setHelpText('A date, e.g. 2026-11-18.').build();
    default:
      return builder.requireNumberGreaterThanOrEqualTo(0).setHelpText('A number such as 42000 (typing 42K also works).').build();
  }
}

/** Replaces Debrief's own highlight rules on this tab (read before any write) and keeps every rule a person added. */
function applyHighlights(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, dataRows: number, existing: Rule[]): void {
  if (!spec.highlights?.length) return; // people's own rules on this tab are theirs alone
  const ours = (spec.highlights ?? []).map((h) => highlightRule(sheet, h, layout, dataRows));
  const ourColumns = new Set((spec.highlights ?? []).map((h) => columnAt(layout, h.column)));
  const kept = existing.filter((rule) => {
    const ranges = rule.getRanges();
    return !ranges.every((r) => r.getNumColumns() === 1 && ourColumns.has(r.getColumn()) && r.getRow() === HEADER_ROW + 1);
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function highlightRule(sheet: Sheet, highlight: HighlightSpec, layout: TableLayout, dataRows: number): Rule {
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .setRanges([sheet.getRange(HEADER_ROW + 1, columnAt(layout, highlight.column), dataRows, 1)])
    .setBackground(highlight.background);
  if (highlight.fontColor) builder = builder.setFontColor(highlight.fontColor);
  const when = highlight.when;
  if ('textEquals' in when) builder = builder.whenTextEqualTo(when.textEquals);
  else builder = builder.whenNumberLessThan(when.numberBelow);
  return builder.build();
}

/** What writeInputRows wrote, in data cells and rows, and the cells and rows it left for a later part (0: none). */
export interface RowsWritten {
  cells: number;
  left: number;
  rows: number;
  rowsLeft: number;
  /** The index (in the rows given) of the first row left for a later part, when any is. */
  next: number;
  /** Cells a row takes: the input columns that change. */
  perRow: number;
}

export const NOTHING_WRITTEN: RowsWritten = { cells: 0, left: 0, rows: 0, rowsLeft: 0, next: 0, perRow: 1 };

/**
 * Writes rows of a table from row `startRow`, only where they differ from what was read (`existing`, the tab as
 * read before the action wrote anything) and only in input columns: formula and helper columns are the build's.
 * One call per run of adjacent input columns that change, over the rows from the first changed one to the last
 * (a column no row changes is not sent: a file without Saves leaves that column alone), or, past `maxCells`, over
 * as many whole rows as fit (the import in parts: domain/import-parts.ts); the rest is counted in `left`.
 */
export function writeInputRows(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, startRow: number, rows: readonly CellInput[][], existing: TabGrid, maxCells = Infinity): RowsWritten {
  const inputs = spec.columns.filter((c) => !c.formula);
  const differs = (i: number, column: ColumnSpec) => {
    const r = startRow - 1 + i;
    const col = columnAt(layout, column.key);
    return (rows[i]?.[col - 1] ?? '') !== rewriteAsIs(existing.values[r]?.[col - 1], existing.formulas?.[r]?.[col - 1]);
  };
  const changedColumns = (from: number, to: number) => inputs.filter((column) => {
    for (let i = from; i <= to; i++) if (differs(i, column)) return true;
    return false;
  });
  const changed = (i: number) => inputs.some((column) => differs(i, column));
  let first = 0;
  while (first < rows.length && !changed(first)) first++;
  let last = rows.length - 1;
  while (last >= first && !changed(last)) last--;
  if (first > last) return NOTHING_WRITTEN;
  const perRow = Math.max(changedColumns(first, last).length, 1);
  const end = Math.min(last, first + Math.floor(maxCells / perRow) - 1);
  const rowsLeft = last - end;
  if (end < first) return { cells: 0, left: rowsLeft * perRow, rows: 0, rowsLeft, next: first, perRow };
  let cells = 0;
  for (const block of contiguousBlocks(layout, changedColumns(first, end))) {
    const width = block.columns.length;
    const values = rows.slice(first, end + 1).map((row) => Array.from({ length: width }, (_, c) => row[block.column - 1 + c] ?? ''));
    sheet.getRange(startRow + first, block.column, values.length, width).setValues(values);
    cells += values.length * width;
  }
  return { cells, left: rowsLeft * perRow, rows: end - first + 1, rowsLeft, next: end + 1, perRow };
}
