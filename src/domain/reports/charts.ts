// The charts a person looks for in the client report and the deck, from the analysis they are built from (so a
// chart never disagrees with the table beside it): variance per KPI, pooled CPE per tier, and the top pieces'
// engagement rate against the bottom ones'. The adapter draws each with Apps Script's Charts service
// (Charts.newDataTable / newBarChart / newColumnChart, Chart.getAs('image/png')) and places it as a picture,
// drawn at the pixel size of the box it is placed in (a Doc's text column, a slide's placeholder) with its type
// at CHART_TEXT_PT there, never a default-size picture scaled down until its labels can't be read.
import { formatMoney, formatPercent } from '../analysis/format.ts';
import type { Analysis } from '../analysis/types.ts';
import { currencyFormat } from '../tabs/spec.ts';
import { MIN_FONT_SIZE } from './page-layout.ts';
import { textWidth } from './text-width.ts';
import { formatVariance } from './wording.ts';

export type ReportChartId = 'variance' | 'cpeByTier' | 'topVsBottom';

export interface ReportChart {
  id: ReportChartId;
  /** Charts.ChartType: BAR draws horizontal bars, COLUMN vertical ones. */
  type: 'BAR' | 'COLUMN';
  title: string;
  /** The data table's two columns: the category's label and the value's. */
  columns: [string, string];
  rows: [string, number][];
  /** The value axis's number format (a Sheets pattern, as Google Charts reads it). */
  format: string;
  /** Alt text for the picture, said where it can't be shown. */
  alt: string;
}

/** Fewer rows than this is not a chart worth a place on the page. */
const MIN_ROWS = 2;

export function varianceChart(analysis: Analysis): ReportChart | null {
  const rows = analysis.kpis.items.filter((k) => k.variance !== null && k.status !== 'unknown').map((k): [string, number] => [k.name, k.variance as number]);
  if (rows.length < MIN_ROWS) return null;
  return {
    id: 'variance', type: 'BAR', title: 'Variance per KPI', columns: ['KPI', 'Variance'], rows, format: '+0%;-0%;0%',
    // Each figure as the KPI table beside it says it (−10.5%, not a rounder −10%).
    alt: `Variance per KPI: ${rows.map(([name, v]) => `${name} ${formatVariance(v)}`).join(', ')}`,
  };
}

export function cpeByTierChart(analysis: Analysis): ReportChart | null {
  const tiers = analysis.groups.find((d) => d.dimension === 'tier')?.groups ?? [];
  const rows = tiers.filter((g) => g.cpe !== null).map((g): [string, number] => [g.label, g.cpe as number]);
  if (rows.length < MIN_ROWS) return null;
  return {
    id: 'cpeByTier', type: 'COLUMN', title: 'Pooled CPE per tier', columns: ['Tier', 'Pooled CPE'], rows, format: currencyFormat(analysis.currency),
    alt: `Pooled CPE per tier: ${rows.map(([label, v]) => `${label} ${formatMoney(v, analysis.currency)}`).join(', ')}`,
  };
}

export function topVsBottomChart(analysis: Analysis): ReportChart | null {
  const { top, bottom } = analysis.content;
  const rows = [...top.map((p): [string, number] => [`Top ${p.rank}: ${p.id || `row ${p.row}`}`, p.er]),
    ...bottom.map((p): [string, number] => [`Bottom ${p.rank}: ${p.id || `row ${p.row}`}`, p.er])];
  if (top.length === 0 || bottom.length === 0) return null;
  return {
    id: 'topVsBottom', type: 'COLUMN', title: 'Engagement rate: top vs bottom content', columns: ['Piece', 'ER'], rows, format: '0.0%',
    alt: `Engagement rate, top vs bottom content: ${rows.map(([label, v]) => `${label} ${formatPercent(v, 1)}`).join(', ')}`,
  };
}

/** Chart text, in points where the picture is shown: never below the documents' smallest type. */
export const CHART_TEXT_PT = MIN_FONT_SIZE;
/** CSS pixels per point (96 a inch, 72 points): a picture of box × 4/3 pixels shows 1 : 1 in its box. */
export const PIXELS_PER_PT = 4 / 3;
/** A chart narrower than this (3 in) can't keep its labels readable: it is left out, and the team told. */
export const MIN_CHART_WIDTH_PT = 216;
/** The widest a Doc's chart is drawn, whatever the text column (a landscape template's is wider). */
const MAX_DOC_CHART_WIDTH_PT = 500;

/** Where a chart's picture shows, in points. */
export interface ChartBox {
  width: number;
  height: number;
}

/** What the picture is drawn at: its pixels, the type size and where the bars go (Google Charts' options). */
export interface ChartPixels {
  width: number;
  height: number;
  /** `fontSize`: "the default font size, in pixels, of all text in the chart". */
  fontSize: number;
  /** `chartArea.left/top/width/height`, pixels: the bars' area, leaving room for the title, labels and axis. */
  chartArea: { left: number; top: number; width: number; height: number };
}

const FONT_PX = Math.ceil(CHART_TEXT_PT * PIXELS_PER_PT); // 14 px: 10.5 pt in its box
/** A bar chart's pitch per category: the label's line and a little air. */
const ROW_PX = FONT_PX + 3;
/** Room above the bars: the title's line (bold, at the same size) and a little air. */
const top = (chart: ReportChart) => (chart.title ? Math.round(FONT_PX * 1.6) : Math.round(FONT_PX / 2));
/** Room below: the value axis's tick labels (a bar chart), or category labels that may wrap to two lines (a column chart). */
const bottom = (chart: ReportChart) => (chart.type === 'BAR' ? Math.round(FONT_PX * 1.5) : FONT_PX * 3);

/**
 * The picture's pixels for a box: the box's own size at 96 a inch, so it is placed without scaling and its
 * type stays CHART_TEXT_PT. The label column fits the longest category (a bar chart) or tick label (a column
 * chart), up to 40 % of the width; Google Charts shortens a longer label with "…".
 */
export function chartPixels(chart: ReportChart, box: ChartBox): ChartPixels {
  const width = Math.round(box.width * PIXELS_PER_PT);
  const height = Math.round(box.height * PIXELS_PER_PT);
  const labels = chart.type === 'BAR' ? chart.rows.map(([label]) => label) : ['-00%', '$0.00'];
  const widest = Math.max(...labels.map((label) => textWidth(label, FONT_PX)));
  const left = Math.round(Math.min(width * 0.4, Math.max(FONT_PX * 2, widest + FONT_PX)));
  const area = { left, top: top(chart), width: Math.max(1, width - left - FONT_PX * 2), height: Math.max(1, height - top(chart) - bottom(chart)) };
  return { width, height, fontSize: FONT_PX, chartArea: area };
}

/** A chart's box in a text column `width` points wide: all of it, as tall as its rows need at readable type. */
export function chartBoxIn(chart: ReportChart, width: number): ChartBox {
  // Whole pixels, so the picture fills its box exactly (Docs scales a picture to fit inside objectSize).
  const widthPx = Math.floor(Math.min(width, MAX_DOC_CHART_WIDTH_PT) * PIXELS_PER_PT);
  // A bar chart grows with its categories; a column chart is a band of the column.
  const heightPx = chart.type === 'BAR' ? top(chart) + chart.rows.length * ROW_PX + bottom(chart) : Math.round(widthPx * 0.3);
  return { width: widthPx / PIXELS_PER_PT, height: heightPx / PIXELS_PER_PT };
}
