// An embedded chart's data as Sheets would plot it: its ranges' computed values, side by side, the first column
// the categories (display values) and each other column a series named by its header row; transposed when the
// chart says so. The values' number format labels the axis (a "0.0%" column reads "+12%", not 0.12).
// Google: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
import type { ChartData } from '../../render/charts/chart-svg.ts';
import { displayValue, readBlock } from './cell-io.ts';
import type { ChartSpec } from './model.ts';
import { formatValue } from './number-format.ts';

export function chartData(spec: ChartSpec): ChartData {
  const blocks = spec.ranges.map(readBlock);
  const rows = Math.max(0, ...blocks.map((b) => b.cells.length));
  let grid = Array.from({ length: rows }, (_, r) => blocks.flatMap((b) => (b.cells[r] ?? []).map((cell, c) => ({ cell, format: b.formats[r]?.[c] ?? 'General' }))));
  if (spec.transposeRowsAndColumns) grid = (grid[0] ?? []).map((_, c) => grid.map((row) => row[c]!));
  const firstRow = grid[0] ?? [];
  // numHeaders -1 lets Sheets guess: a first row of text over numbers is a header.
  const headers = spec.numHeaders >= 0 ? spec.numHeaders : firstRow.slice(1).some((x) => typeof x.cell.value === 'string') ? 1 : 0;
  const body = grid.slice(headers);
  const columns = firstRow.length;
  const format = body.find((row) => typeof row[1]?.cell.value === 'number')?.[1]?.format ?? 'General';
  const title = spec.options.get('title');
  return {
    type: spec.type,
    title: typeof title === 'string' ? title : '',
    categories: body.map((row) => (row[0] ? displayValue(row[0].cell, row[0].format) : '')),
    series: Array.from({ length: Math.max(0, columns - 1) }, (_, i) => ({
      name: headers ? String(grid[0]?.[i + 1]?.cell.value ?? '') : `Series ${i + 1}`,
      values: body.map((row) => {
        const value = row[i + 1]?.cell.value;
        return typeof value === 'number' && !row[i + 1]?.cell.error ? value : null;
      }),
    })),
    format: (value) => (format === 'General' ? String(Number(value.toPrecision(6))) : formatValue(value, format)),
  };
}
