// Writes the analysis into the Patterns tab in one block, with its two charts (variance per KPI, pooled CPE per
// tier) rebuilt over the new data each time. The tab is warning-protected: it is the analysis's, not for typing.
import type { PatternsSheet } from '../../domain/analysis/patterns-sheet.ts';
import { toCellInput } from '../../domain/tabs/cells.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const INTRO = 'Debrief writes this tab when you run Analyze (Extensions → Debrief → Analyze). Edits here are replaced.';

export function preparePatternsTab(sheet: Sheet, isNew: boolean): void {
  if (isNew) sheet.getRange(1, 1).setValue(INTRO);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription('Written by Debrief’s analysis');
  }
}

export function writePatternsTab(sheet: Sheet, layout: PatternsSheet): void {
  const rows = layout.rows.map((row) => row.map((cell) => toCellInput(cell)));
  const height = rows.length;
  const width = rows[0]?.length ?? 1;
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart); // at most the two we made last time
  const maxRows = sheet.getMaxRows();
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  const maxColumns = sheet.getMaxColumns();
  const chartColumns = width + 8; // charts sit to the right of the tables
  if (maxColumns < chartColumns) sheet.insertColumnsAfter(maxColumns, chartColumns - maxColumns);

  const block = sheet.getRange(1, 1, height, width);
  block.setValues(rows);
  const sectionRows = new Set(layout.sections.map((s) => s.row));
  block.setFontWeights(rows.map((row, r) => row.map(() => (sectionRows.has(r + 1) ? 'bold' : 'normal'))));
  // "#,##0.##" would show 3 as "3." in Sheets, so whole numbers and fractions get formats of their own.
  const formats: string[][] = rows.map((row) => row.map((cell) => (typeof cell !== 'number' ? 'General' : Number.isInteger(cell) ? '#,##0' : '#,##0.00')));
  for (const f of layout.numberFormats) {
    for (const row of formats.slice(f.row - 1, f.row - 1 + f.numRows)) row.fill(f.format, f.column - 1, f.column - 1 + f.numColumns);
  }
  block.setNumberFormats(formats);
  sheet.setColumnWidth(1, 220);

  const charts = [
    { area: layout.charts.varianceByKpi, title: 'Variance per KPI', type: Charts.ChartType.BAR, row: 1 },
    { area: layout.charts.cpeByTier, title: 'Pooled CPE per tier', type: Charts.ChartType.COLUMN, row: 22 },
  ];
  for (const { area, title, type, row } of charts) {
    if (!area || area.numRows < 2) continue; // a header and no data: nothing to chart
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
