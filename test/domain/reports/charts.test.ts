// Charts drawn at the size of their box (issue 12): the picture's pixels are its box at 96 a inch, so Docs and
// Slides place it unscaled and its type is at least 10 pt where it shows; a Doc's chart takes its text column
// (or its table cell's share), as tall as its rows need, and is refused a place where it can't be read.
import { describe, expect, it } from 'vitest';
import { docChartBox } from '../../../src/domain/reports/chart-place.ts';
import { CHART_TEXT_PT, chartBoxIn, chartForBox, chartPixels, MIN_CHART_WIDTH_PT, PIXELS_PER_PT, varianceChart, type ReportChart } from '../../../src/domain/reports/charts.ts';
import type { DocsJson, StructuralElementJson } from '../../../src/domain/reports/docs-json.ts';
import { TEXT_COLUMN } from '../../../src/domain/reports/fit.ts';
import { sample } from './support.ts';

const bars = (names: string[]): ReportChart => ({
  id: 'variance', type: 'BAR', title: 'Variance per KPI', columns: ['KPI', 'Variance'], rows: names.map((n, i) => [n, i / 10 - 0.2]), format: '+0%;-0%;0%', alt: '',
});

const paragraph = (text: string): StructuralElementJson => ({ paragraph: { elements: [{ startIndex: 1, endIndex: 1 + text.length + 1, textRun: { content: `${text}\n` } }] } });
const doc = (content: StructuralElementJson[], extra: Partial<DocsJson> = {}): DocsJson => ({
  documentStyle: { marginLeft: { magnitude: 54, unit: 'PT' }, marginRight: { magnitude: 54, unit: 'PT' } }, body: { content }, ...extra,
});
const tableOf = (cells: string[]): StructuralElementJson => ({ table: { tableRows: [{ tableCells: cells.map((t) => ({ content: [paragraph(t)] })) }] } });

describe('a chart picture', () => {
  it('is its box in pixels at 96 a inch, its type at least 10 pt where it shows', () => {
    const chart = bars(['Reach', 'Clicks']);
    const px = chartPixels(chart, { width: 450, height: 120 });
    expect(px).toMatchObject({ width: 600, height: 160 });
    expect(px.fontSize / PIXELS_PER_PT).toBeGreaterThanOrEqual(CHART_TEXT_PT);
    // The bars' area stays inside the picture, leaving the labels their room.
    expect(px.chartArea.left + px.chartArea.width).toBeLessThanOrEqual(px.width);
    expect(px.chartArea.top + px.chartArea.height).toBeLessThanOrEqual(px.height);
    expect(px.chartArea.left).toBeGreaterThan(px.fontSize * 2);
  });

  it('gives a long label room up to 40% of the width, never more', () => {
    const px = chartPixels(bars(['Average watch time on YouTube Shorts in seconds per view', 'Reach']), { width: 450, height: 120 });
    expect(px.chartArea.left).toBe(Math.round(600 * 0.4));
  });

  it('in a Doc, is the text column wide and grows a row per KPI', () => {
    const seven = chartBoxIn(varianceChart(sample().analysis)!, TEXT_COLUMN.width);
    expect(seven.width).toBe(Math.floor(TEXT_COLUMN.width * PIXELS_PER_PT) / PIXELS_PER_PT); // whole pixels
    const twelve = chartBoxIn(bars(Array.from({ length: 12 }, (_, i) => `KPI ${i}`)), TEXT_COLUMN.width);
    expect(twelve.height - seven.height).toBeCloseTo((5 * 17) / PIXELS_PER_PT); // 17 px a row
  });
});

describe('where a Doc’s chart goes', () => {
  const chart = bars(['Reach', 'Clicks']);

  it('takes the body’s text column', () => {
    expect(docChartBox(doc([paragraph('{{variance_chart}}')]), 'variance_chart', chart)).toEqual({ box: chartBoxIn(chart, TEXT_COLUMN.width) });
  });

  it('takes its table cell’s share of the column, less the cell’s padding', () => {
    expect(docChartBox(doc([tableOf(['{{variance_chart}}', 'notes'])]), 'variance_chart', chart)).toEqual({ box: chartBoxIn(chart, TEXT_COLUMN.width / 2 - 10) });
  });

  it('is refused a cell too narrow for readable labels, saying how wide it is', () => {
    const place = docChartBox(doc([tableOf(['{{variance_chart}}', 'a', 'b'])]), 'variance_chart', chart);
    expect(place).toEqual({ unplaced: expect.stringContaining(`a table cell about 152 pt wide, under ${MIN_CHART_WIDTH_PT} pt: too narrow to read`) });
  });

  it('is refused a header or footer (Docs places text only there), and not made when the template has none', () => {
    const inHeader = doc([paragraph('Report')], { headers: { h1: { content: [paragraph('{{variance_chart}}')] } } });
    expect(docChartBox(inHeader, 'variance_chart', chart)).toEqual({ unplaced: expect.stringContaining('in its header or footer') });
    expect(docChartBox(doc([paragraph('Report')]), 'variance_chart', chart)).toBeNull();
  });
});

describe('a chart in a wide, short box', () => {
  it('turns its columns into bars when a row each fits, and keeps them otherwise', () => {
    const tiers: ReportChart = { ...bars(['Nano', 'Micro', 'Mid-tier', 'Macro', 'Mega']), type: 'COLUMN', id: 'cpeByTier' };
    expect(chartForBox(tiers, { width: 318.6, height: 97.6 }).type).toBe('BAR');
    expect(chartForBox(tiers, { width: 322.8, height: 269 }).type).toBe('COLUMN');
    expect(chartForBox({ ...tiers, rows: [...tiers.rows, ...tiers.rows] }, { width: 318.6, height: 97.6 }).type).toBe('COLUMN');
  });
});
