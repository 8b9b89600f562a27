// The number format of every cell a table tab formats, one 2-D block per run of columns (one setNumberFormats
// each, whatever the number of rows). A column whose unit is another column's (a KPI's target and actual) is
// formatted row by row, in that row's unit: 3.5% as 3.5%, $0.50 in the campaign currency, 4,000,000 as 4,000,000.
import type { CellInput } from './cells.ts';
import type { TableLayout } from './layout.ts';
import { contiguousBlocks } from './plan.ts';
import { readCell } from './read.ts';
import { numberFormatFor, type ColumnSpec, type TableTabSpec } from './spec.ts';
import { isKpiUnit, unitFormat } from './units.ts';

/** What one data row holds, by spec key (a unit column's value is all a row's formats depend on). */
export type RowValues = (key: string) => unknown;

export interface FormatBlock {
  column: number;
  /** One row of formats per data row, from row 2. */
  formats: string[][];
}

function formatOf(column: ColumnSpec, spec: TableTabSpec, row: RowValues, currency: string): string {
  if (!column.unitFrom) return numberFormatFor(column, currency);
  const unitColumn = spec.columns.find((c) => c.key === column.unitFrom);
  const unit = unitColumn ? readCell(unitColumn, row(unitColumn.key), 'Etc/UTC').value : null;
  return unitFormat(isKpiUnit(unit) ? unit : null, currency);
}

/** Formats for `columns` (all of the spec's by default) over `rows` data rows. */
export function formatBlocks(spec: TableTabSpec, layout: TableLayout, currency: string, rows: readonly RowValues[], columns: readonly ColumnSpec[] = spec.columns): FormatBlock[] {
  return contiguousBlocks(layout, columns).map((block) => ({
    column: block.column,
    formats: rows.map((row) => block.columns.map((c) => formatOf(c, spec, row, currency))),
  }));
}

/** A row of a grid (values as read, or as about to be written) by spec key. */
export function gridRow(layout: TableLayout, cells: readonly (CellInput | unknown)[] | undefined): RowValues {
  return (key) => {
    const at = layout.columnOf[key];
    const value = at === undefined ? undefined : cells?.[at - 1];
    return typeof value === 'string' ? value.replace(/^'/, '') : value;
  };
}

/** The columns formatted row by row, in each row's unit. */
export const unitColumns = (spec: TableTabSpec): ColumnSpec[] => spec.columns.filter((c) => c.unitFrom !== undefined);
