// Embedded charts: building with Charts.ChartType, inserting, reading back, modifying and removing.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('embedded charts', () => {
  it('inserts, reads back, updates and removes a chart', () => {
    const { globals, sheet, workspace } = sheetsWorkspace();
    sheet.getRange('A1:B3').setValues([['Creator', 'Views'], ['ana', 10], ['bo', 20]]);
    const chart = sheet.newChart()
      .setChartType(globals.Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(5, 4, 0, 0)
      .setOption('title', 'Views by creator')
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getOptions().get('title')).toBe('Views by creator');
    expect(inserted.getRanges()[0].getA1Notation()).toBe('A1:B3');
    expect(inserted.getContainerInfo().getAnchorRow()).toBe(5);
    sheet.updateChart(inserted.modify().setChartType(globals.Charts.ChartType.COLUMN).setOption('title', 'Views').build());
    expect(workspace.inspect.charts('Sheet1')).toEqual([{
      chartId: inserted.getChartId(), type: 'COLUMN', ranges: ['A1:B3'], title: 'Views',
      position: { anchorRow: 5, anchorColumn: 4, offsetX: 0, offsetY: 0 }, numHeaders: 1, options: { title: 'Views' },
    }]);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('checks chart types and ranges like Apps Script signatures', () => {
    const { sheet } = sheetsWorkspace();
    expect(() => sheet.newChart().setChartType('BAR')).toThrow("don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.");
    expect(() => sheet.newChart().addRange('A1:B3')).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    expect(() => sheet.newChart().addRange(sheet.getRange('A1')).build()).toThrow('Chart type must be set');
  });
});
