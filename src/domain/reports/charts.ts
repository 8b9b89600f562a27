// The charts a person looks for in the client report and the deck, from the analysis they are built from (so a
// chart never disagrees with the table beside it): variance per KPI, pooled CPE per tier, and the top pieces'
// engagement rate against the bottom ones'. The adapter draws each with Apps Script's Charts service
// (Charts.newDataTable / newBarChart / newColumnChart, Chart.getAs('image/png')) and places it as a picture.
import { formatMoney, formatPercent } from '../analysis/format.ts';
import type { Analysis } from '../analysis/types.ts';
import { currencyFormat } from '../tabs/spec.ts';
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
