// A report chart as a PNG, drawn by Apps Script's Charts service from the analysis's own numbers (a DataTable, not
// a sheet range: no spreadsheet call, and the picture always matches the document's table). Documented path:
// Charts.newDataTable() → Charts.newBarChart()/newColumnChart().setDataTable(…).build() → Chart.getAs('image/png').
import type { ReportChart } from '../../domain/reports/charts.ts';
import { COLORS } from '../../domain/reports/page-layout.ts';

/** Pixels; the picture is scaled to its box where it is placed. */
export const CHART_PIXELS = { width: 960, height: 205 } as const;

export function chartPicture(chart: ReportChart, pixels: { width: number; height: number } = CHART_PIXELS, colour: string = COLORS.accent): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, chart.columns[0])
    .addColumn(Charts.ColumnType.NUMBER, chart.columns[1]);
  for (const row of chart.rows) table.addRow(row); // builder calls, answered by the script runtime: no round trip
  const builder = chart.type === 'BAR' ? Charts.newBarChart() : Charts.newColumnChart();
  return builder
    .setDataTable(table)
    .setTitle(chart.title)
    .setDimensions(pixels.width, pixels.height)
    .setLegendPosition(Charts.Position.NONE)
    .setColors([colour])
    .setOption(chart.type === 'BAR' ? 'hAxis.format' : 'vAxis.format', chart.format)
    .build()
    .getAs('image/png');
}
