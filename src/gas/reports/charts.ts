// A report chart as a PNG, drawn by Apps Script's Charts service from the analysis's own numbers (a DataTable, not
// a sheet range: no spreadsheet call, and the picture always matches the document's table). Documented path:
// Charts.newDataTable() → Charts.newBarChart()/newColumnChart().setDataTable(…).build() → Chart.getAs('image/png').
// The picture is drawn at the pixels of the box it goes in (domain chartPixels), with Google Charts' own options
// for its type size and chart area (https://developers.google.com/apps-script/chart-configuration-options#bar-config-options:
// fontSize, chartArea.left/top/width/height), so it is placed without being scaled down.
import { chartPixels, type ChartBox, type ReportChart } from '../../domain/reports/charts.ts';
import { COLORS } from '../../domain/reports/page-layout.ts';

export function chartPicture(chart: ReportChart, box: ChartBox, colour: string = COLORS.accent): GoogleAppsScript.Base.Blob {
  const pixels = chartPixels(chart, box);
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
    .setOption('fontSize', pixels.fontSize)
    .setOption('chartArea.left', pixels.chartArea.left)
    .setOption('chartArea.top', pixels.chartArea.top)
    .setOption('chartArea.width', pixels.chartArea.width)
    .setOption('chartArea.height', pixels.chartArea.height)
    .build()
    .getAs('image/png');
}
