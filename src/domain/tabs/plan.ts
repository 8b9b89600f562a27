// Plans what a build or an import writes into a table tab, as whole blocks, from one read of the tab.
// The plans keep every cell a person typed: formulas go only where a formula is, or where the cell is blank.
import { item } from '../item.ts';
import type { Check } from '../records.ts';
import { rewriteAsIs, type CellInput } from './cells.ts';
import { cellName, columnAt, resolveTableLayout, tableRefs, type TableLayout } from './layout.ts';
import { HEADER_ROW, type ColumnSpec, type TableTabSpec } from './spec.ts';
import type { TabGrid } from './read.ts';

/** Empty rows kept ready below the data, with formulas and dropdowns, so people can keep typing. */
export const SPARE_ROWS = 50;

export interface ColumnBlock {
  column: number; // first column, 1-based
  columns: ColumnSpec[];
}

export interface TableBuildPlan {
  layout: TableLayout;
  /** Headers to write: the whole header row when the tab is new, otherwise only the added columns (one block). */
  headers: { column: number; values: string[] } | null;
  /** Rows 2..lastRow get formulas, validation and formats. */
  lastRow: number;
  /** Contiguous runs of formula columns, each written with one setValues; a helper column's block is its first row. */
  formulaBlocks: { column: number; values: CellInput[][] }[];
  /** Helper columns (1-based), to keep hidden. */
  hiddenColumns: number[];
  checks: Check[];
}

/** Last row holding anything in any column but `skipped` ones, 1-based (the header row counts). */
function lastFilledRow(values: unknown[][], skipped: ReadonlySet<number> = new Set()): number {
  for (let r = values.length - 1; r >= 0; r--) if (item(values, r, 'row').some((v, c) => v !== '' && v !== null && !skipped.has(c + 1))) return r + 1;
  return 0;
}

/** Helper columns hold a formula's spill: what they show is never a person's data. */
function helperColumns(spec: TableTabSpec, layout: TableLayout): Set<number> {
  return new Set((spec.helpers ?? []).map((h) => columnAt(layout, h.key)));
}

/** Where a tab's formula and helper columns sit, from its header row: the only formulas a build needs to read. */
export function formulaColumnsOf(spec: TableTabSpec, header: readonly unknown[]): number[] {
  const layout = resolveTableLayout(spec, header);
  return [...spec.columns.filter((c) => c.formula), ...(spec.helpers ?? [])].map((c) => columnAt(layout, c.key));
}

export function contiguousBlocks(layout: TableLayout, columns: readonly ColumnSpec[]): ColumnBlock[] {
  const sorted = [...columns].sort((a, b) => columnAt(layout, a.key) - columnAt(layout, b.key));
  const blocks: ColumnBlock[] = [];
  for (const column of sorted) {
    const at = columnAt(layout, column.key);
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.columns.length === at) last.columns.push(column);
    else blocks.push({ column: at, columns: [column] });
  }
  return blocks;
}

export function planTableBuild(spec: TableTabSpec, existing: TabGrid, extraDataRows = 0): TableBuildPlan {
  const values = existing.values;
  const layout = resolveTableLayout(spec, values[0] ?? []);
  const helpers = helperColumns(spec, layout);
  const filledTo = lastFilledRow(values, helpers);
  const isNew = filledTo === 0;
  const dataEnd = Math.max(filledTo, HEADER_ROW + (isNew ? spec.starterRows?.length ?? 0 : 0)) + extraDataRows;
  const lastRow = Math.max(dataEnd + SPARE_ROWS, HEADER_ROW + (spec.minRows ?? SPARE_ROWS));
  const newHeaders = [...layout.added, ...layout.addedHelpers];
  const [firstAdded] = newHeaders;
  const headers = isNew
    ? { column: 1, values: [...spec.columns, ...(spec.helpers ?? [])].map((c) => c.header) }
    : firstAdded
      ? { column: columnAt(layout, firstAdded.key), values: newHeaders.map((c) => c.header) }
      : null;

  const checks: Check[] = [];
  const formulaBlocks = contiguousBlocks(layout, spec.columns.filter((c) => c.formula)).map((block) => {
    const rows: CellInput[][] = [];
    for (let row = HEADER_ROW + 1; row <= lastRow; row++) {
      const refs = tableRefs(layout, row);
      rows.push(block.columns.map((column) => {
        const col = columnAt(layout, column.key);
        const value = values[row - 1]?.[col - 1];
        const formula = existing.formulas?.[row - 1]?.[col - 1] ?? '';
        if (!formula && value !== '' && value !== null && value !== undefined) {
          checks.push({
            cell: cellName(spec.name, row, col), kind: 'typed-over-formula', severity: 'info',
            message: `${column.header}: kept the value typed here instead of the formula.`,
          });
          return rewriteAsIs(value, undefined);
        }
        return (column.formula as NonNullable<ColumnSpec['formula']>)(refs);
      }));
    }
    return { column: block.column, values: rows };
  });
  for (const helper of spec.helpers ?? []) {
    const column = columnAt(layout, helper.key);
    // A spill blocked by something in its way shows #REF!; clearing the column below lets it spill again.
    const blocked = values[HEADER_ROW]?.[column - 1] === '#REF!';
    const below: CellInput[][] = blocked ? Array.from({ length: lastRow - HEADER_ROW - 1 }, () => ['']) : [];
    formulaBlocks.push({ column, values: [[helper.formula(tableRefs(layout, HEADER_ROW + 1), lastRow)], ...below] });
  }
  return { layout, headers, lastRow, formulaBlocks, hiddenColumns: [...helpers], checks };
}

export { planRowsWrite, type RowInput, type RowsWritePlan } from './row-merge.ts';
