// An embedded chart as a picture (EmbeddedChart.getAs / getBlob): drawn from its spec and the sheet's values,
// placed on a slide with Slide.insertImage; and Slides' Sheets-chart calls refused without Sheets API access.
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../src/domain/reports/deck-fill.ts';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import { NotImplementedError } from '../../../src/local/emulator/tracked.ts';
import { slidesWorld, varianceChart, type Any } from './slides/world.ts';

describe('embedded charts as pictures', () => {
  it('draws a PNG of the chart from its data, which a slide takes as an image', () => {
    const { chart } = varianceChart();
    const blob = chart.getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(pngSize(blob.getBytes())).toEqual({ width: 600, height: 371 });
    expect(blob.getName()).toBe('Variance per KPI.png');
    expect(pngSize(chart.getBlob().getBytes())).toEqual({ width: 600, height: 371 });
    expect(() => chart.getAs('application/pdf')).toThrow(NotImplementedError);
    const w = slidesWorld();
    const image = w.SlidesApp.create('Deck').getSlides()[0].insertImage(blob, 10, 20, 300, 185);
    expect([image.getLeft(), image.getWidth()]).toEqual([10, 300]);
  });

  it('refuses Slides\' Sheets-chart calls to a project without Sheets API access (spreadsheets.currentonly is not enough)', () => {
    const workspace = createLocalWorkspace({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/presentations'] });
    workspace.createSpreadsheet('Acme');
    const g = workspace.globals as Any;
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B2').setValues([['KPI', 'Variance'], ['Reach', 0.1]]);
    sheet.insertChart(sheet.newChart().setChartType(g.Charts.ChartType.BAR).addRange(sheet.getRange('A1:B2')).setPosition(1, 4, 0, 0).build());
    const slide = g.SlidesApp.create('Deck').getSlides()[0];
    expect(() => slide.insertSheetsChartAsImage(sheet.getCharts()[0])).toThrow('You do not have permission to call SlidesApp.Slide.insertSheetsChartAsImage');
    expect(slide.insertImage(sheet.getCharts()[0].getAs('image/png')).getWidth()).toBeGreaterThan(0); // the documented path
  });
});
