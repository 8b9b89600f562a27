// Writes the analysis into the Patterns tab in one block, with its two charts (variance per KPI, pooled CPE per
// tier) rebuilt over the new data each time. The tab is warning-protected: it is the analysis's, not for typing.
import type { PatternsSheet } from '../../domain/analysis/patterns-sheet.ts';
import { rewriteAsIs, toCellInput } from '../../domain/tabs/cells.ts';
import { columnLetter } from '../../domain/tabs/spec.ts';
import { usedValues } from '../spreadsheet.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const INTRO = 'Debrief writes this tab when you run Analyze (Extensions → Debrief → Analyze). Edits here are replaced.';

/** `isProtected`: whether the tab already has its sheet protection (read before the build wrote anything). */
export function preparePatternsTab(sheet: Sheet, isNew: boolean, isProtected: boolean): void {
  if (isNew) sheet.getRange(1, 1).setValue(INTRO);
  if (!isProtected) {
    sheet.protect().setWarningOnly(true).setDescription('Written by Debrief’s analysis');
  }
}

/**
 * Writes the analysis's tables and charts, unless the tab already shows exactly these values with its charts (a
 * deck made after Analyze, or Analyze run twice): then nothing is written and Sheets has nothing to flush. Every
 * read comes before the first write.
 */
export function writePatternsTab(sheet: Sheet, layout: PatternsSheet): void {
  const rows = layout.rows.map((row) => row.map((cell) => toCellInput(cell)));
  const height = rows.length;
  const width = rows[0]?.length ?? 1;
  const charts = chartsOf(layout);
  // "#,##0.##" would show 3 as "3." in Sheets, so whole numbers and fractions get formats of their own.
  const formats: string[][] = rows.map((row) => row.map((cell) => (typeof cell !== 'number' ? 'General' : Number.isInteger(cell) ? '#,##0' : '#,##0.00')));
  for (const f of layout.numberFormats) {
    for (const row of formats.slice(f.row - 1, f.row - 1 + f.numRows)) row.fill(f.format, f.column - 1, f.column - 1 + f.numColumns);
  }
  const existingCharts = sheet.getCharts(); // at most the two we made last time
  const showsAlready = () => {
    const shown = usedValues(sheet);
    return sameCells(shown, rows, rewriteAsIs) && sameCells(sheet.getRange(1, 1, shown.length, shown[0]?.length ?? 1).getNumberFormats(), formats, (f) => f);
  };
  if (existingCharts.length === charts.length && showsAlready()) return;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  sheet.clear();
  for (const chart of existingCharts) sheet.removeChart(chart);
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  const chartColumns = width + 8; // charts sit to the right of the tables
  if (maxColumns < chartColumns) sheet.insertColumnsAfter(maxColumns, chartColumns - maxColumns);

  const block = sheet.getRange(1, 1, height, width);
  block.setValues(rows);
  // A cleared sheet's cells are of normal weight: the section titles' rows are made bold in one call, not per cell.
  const sectionRows = layout.sections.map((s) => `A${s.row}:${columnLetter(width)}${s.row}`);
  if (sectionRows.length) sheet.getRangeList(sectionRows).setFontWeight('bold');
  block.setNumberFormats(formats);
  sheet.setColumnWidth(1, 220);

  for (const { area, title, type, row } of charts) {
    const chart = sheet
      .newChart()
      .setChartType(type)
      .addRange(sheet.getRange(area.row, area.column, area.numRows, area.numColumns))
      .setNumHeaders(1)
      .setPosition(row, width + 2, 0, 0)
      .setOption('title', title)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
}

/** The charts the tab shows: a header and no data is nothing to chart. */
function chartsOf(layout: PatternsSheet) {
  return [
    { area: layout.charts.varianceByKpi, title: 'Variance per KPI', type: Charts.ChartType.BAR, row: 1 },
    { area: layout.charts.cpeByTier, title: 'Pooled CPE per tier', type: Charts.ChartType.COLUMN, row: 22 },
  ].flatMap(({ area, ...chart }) => (area && area.numRows >= 2 ? [{ ...chart, area }] : []));
}

/** Whether the cells read (`shown`, over the data range) are those about to be written, cell for cell. */
function sameCells<T>(shown: unknown[][], wanted: T[][], asWritten: (cell: unknown, formula: '') => unknown): boolean {
  if (shown.length !== wanted.length) return false;
  return wanted.every((row, r) => {
    const read = shown[r] ?? [];
    return read.length >= row.length && read.every((cell, c) => same(asWritten(cell, ''), row[c] ?? asWritten('', '')));
  });
}

/**
 * Sheets keeps about 15 significant digits, so a number may read back rounded: equal within 1e-12 of its size
 * (any change in the analysis moves a figure by far more).
 */
const same = (read: unknown, written: unknown) =>
  read === written || (typeof read === 'number' && typeof written === 'number' && Math.abs(read - written) <= 1e-12 * Math.max(Math.abs(read), Math.abs(written)));

