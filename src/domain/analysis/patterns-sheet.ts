// Lays the analysis out as the Patterns tab: one rectangular grid (written with one setValues), the number
// formats per block, and the ranges the two charts read. Rows and columns are 1-based, as in getRange().
// Text from people's cells is placed as it is; the adapter keeps it inert when writing.
import { describeMetrics, RATES } from '../metrics.ts';
import type { CampaignInfo } from '../records.ts';
import { currencyFormat } from '../tabs/spec.ts';
import { unitFormat } from '../tabs/units.ts';
import { rootCauseRows } from './kpis.ts';
import type { Analysis, DimensionGroups, Finding, GroupFigures } from './types.ts';

export type PatternsCell = string | number | boolean;

export interface SheetBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface PatternsSheet {
  rows: PatternsCell[][];
  sections: { title: string; row: number }[];
  numberFormats: (SheetBlock & { format: string })[];
  charts: {
    /** KPI name + variance columns, header included. */
    varianceByKpi: SheetBlock;
    /** Tier label + pooled CPE columns, header included (no "All creators" row). */
    cpeByTier: SheetBlock;
  };
}

const SIGNED = '+0.0%;-0.0%;0.0%';
const COUNT = '#,##0';
const RATE = '0.00%';
const MONEY = 'money'; // the campaign currency's format, filled in per sheet

/** A group table's columns after its label: header, cell, format. Each rate of metrics.ts RATES adds one at the end. */
interface GroupColumn {
  header: string;
  cell: (g: GroupFigures, vsCampaign: number | null, note: string) => PatternsCell | null;
  format?: string;
}

const GROUP_COLUMNS: readonly GroupColumn[] = [
  { header: 'Pooled CPE', cell: (g) => g.cpe, format: MONEY },
  { header: 'Creators', cell: (g) => g.creators, format: '0' },
  { header: 'Cost', cell: (g) => g.cost, format: MONEY },
  { header: 'Engagements', cell: (g) => g.engagements, format: COUNT },
  { header: 'Median ER lift', cell: (g) => g.medianErLift, format: SIGNED },
  { header: 'Pooled CPM', cell: (g) => g.cpm, format: MONEY },
  { header: 'Pooled CPA', cell: (g) => g.cpa, format: MONEY },
  { header: 'Conversions', cell: (g) => g.conversions, format: COUNT },
  { header: 'Avg rating', cell: (g) => g.averageRating, format: '0.0' },
  { header: 'On-time share', cell: (g) => g.onTimeShare, format: '0%' },
  { header: 'CPE vs campaign', cell: (_g, vs) => vs, format: '+0%;-0%;0%' },
  { header: 'Note', cell: (_g, _vs, note) => note },
  ...RATES.map((rate): GroupColumn => ({ header: `Pooled ${rate.name.toLowerCase()}`, cell: (g) => g.rates[rate.key], format: RATE })),
];

export function layoutPatternsSheet(analysis: Analysis, campaign: CampaignInfo): PatternsSheet {
  const rows: PatternsCell[][] = [];
  const sections: PatternsSheet['sections'] = [];
  const numberFormats: PatternsSheet['numberFormats'] = [];
  const money = currencyFormat(campaign.currency);
  const push = (...cells: (PatternsCell | null)[]) => rows.push(cells.map((c) => c ?? '')); // returns the new row's number
  const section = (title: string) => {
    if (rows.length) push();
    sections.push({ title, row: push(title) });
  };
  const format = (row: number, column: number, numRows: number, format: string, numColumns = 1) => {
    if (numRows > 0) numberFormats.push({ row, column, numRows, numColumns, format });
  };

  section(`Patterns: ${campaign.campaign || 'this campaign'}`);
  push(`Analyzed on ${analysis.today}. Analyze rewrites this tab; type on the other tabs.`);
  section('Headline');
  for (const line of analysis.headline) push(line);

  section('KPIs');
  const { kpis } = analysis;
  push('Met', kpis.met);
  push('Missed', kpis.missed);
  push('Without a target or actual', kpis.unknown);
  push();
  push('Misses by target confidence', 'Misses', 'KPIs');
  for (const m of kpis.missesByConfidence) push(m.confidence, m.count, m.kpis.join(', '));
  push('A miss on a rough or client-mandated target may be a poor target; a miss on historical data is a real shortfall.');
  push();
  const kpiHeader = push('KPI', 'Variance', 'Target', 'Actual', 'Status', 'Lower is better', 'Target confidence');
  for (const k of kpis.items) {
    push(k.name, k.variance, k.target, k.actual, k.status === 'unknown' ? '' : k.status === 'met' ? 'Met' : 'Missed', k.lowerIsBetter ? 'Yes' : 'No', k.confidence);
  }
  format(kpiHeader + 1, 2, kpis.items.length, SIGNED);
  // Target and actual in each KPI's unit, as the KPIs tab shows them (one entry per row; one call for the whole tab).
  kpis.items.forEach((k, i) => format(kpiHeader + 1 + i, 3, 1, unitFormat(k.unit, campaign.currency), 2));
  const varianceByKpi = { row: kpiHeader, column: 1, numRows: 1 + kpis.items.length, numColumns: 2 };

  let cpeByTier: SheetBlock = { row: 1, column: 1, numRows: 1, numColumns: 2 };
  for (const dimension of analysis.groups) {
    section(`By ${dimension.title.toLowerCase()}`);
    const header = push(dimension.title, ...GROUP_COLUMNS.map((c) => c.header));
    for (const g of dimension.groups) push(g.label, ...groupCells(g, g.vsCampaign.cpe, note(g, g.small)));
    push('All creators', ...groupCells(analysis.campaign, null, note(analysis.campaign, false)));
    const count = dimension.groups.length + 1;
    GROUP_COLUMNS.forEach((c, i) => c.format && format(header + 1, i + 2, count, c.format === MONEY ? money : c.format));
    if (dimension.unassigned) push(unassignedNote(dimension));
    if (dimension.dimension === 'tier') cpeByTier = { row: header, column: 1, numRows: 1 + dimension.groups.length, numColumns: 2 };
  }

  section('Content: top 3 vs bottom 3');
  const { content } = analysis;
  const pieces = [...content.top, ...content.bottom];
  if (pieces.length) {
    push('', ...content.top.map((p) => `Top: #${p.rank}`), ...content.bottom.map((p) => `Bottom: #${p.rank}`));
    const line = (label: string, cell: (p: (typeof pieces)[number]) => PatternsCell | null) => push(label, ...pieces.map(cell));
    line('Piece', (p) => p.id);
    line('Creator', (p) => p.creator);
    line('Platform', (p) => p.platform);
    line('Format', (p) => p.format);
    format(line('ER', (p) => p.er), 2, 1, '0.00%', pieces.length);
    const counts = line('Clicks', (p) => p.clicks);
    line('Conversions', (p) => p.conversions);
    format(counts, 2, 2, COUNT, pieces.length);
    line('Hook', (p) => p.hook);
    line('Brand mention (s)', (p) => p.brandMentionSecond);
    line('Integration', (p) => p.integration);
    line('Voice', (p) => p.voice);
    line('Comment themes', (p) => p.comments);
    for (const rate of RATES) format(line(rate.name, (p) => p.rates[rate.key]), 2, 1, RATE, pieces.length);
  }
  push(content.note);

  section('Root causes × severity');
  const causes = analysis.rootCauses;
  if (causes.total === 0) push('No issues logged yet.');
  else {
    push('Root cause', ...causes.severities, 'Total');
    for (const { cause, counts, total } of rootCauseRows(causes)) push(cause, ...counts, total);
    push('Total', ...causes.severityTotals, causes.total);
  }

  const findings = (title: string, items: Finding[]) => {
    section(title);
    if (!items.length) push('Not enough data yet to draft any.');
    for (const f of items) push(f.text, f.source === 'team' ? 'From the team' : 'Drafted by Debrief: check before sharing');
  };
  findings('Learnings', analysis.learnings);
  findings('Recommendations', analysis.recommendations);

  section('How the figures are worked out');
  for (const m of describeMetrics(campaign.tiers)) push(m.name, m.definition);

  const width = Math.max(...rows.map((r) => r.length));
  return {
    rows: rows.map((r) => [...r, ...Array<PatternsCell>(width - r.length).fill('')]),
    sections,
    numberFormats,
    charts: { varianceByKpi, cpeByTier },
  };
}

function groupCells(g: GroupFigures, cpeVsCampaign: number | null, noteText: string): (PatternsCell | null)[] {
  return GROUP_COLUMNS.map((c) => c.cell(g, cpeVsCampaign, noteText));
}

/** Says when a figure rests on fewer creators than the group has, and when a group is too small to compare. */
function note(g: GroupFigures, small: boolean): string {
  if (small) return 'Only 1 creator: too few to call a pattern';
  const partial = ([['CPE', g.n.cpe], ['CPM', g.n.cpm], ['CPA', g.n.cpa], ['ER lift', g.n.erLift]] as const)
    .filter(([, n]) => n < g.creators)
    .map(([name, n]) => `${name} from ${n} of ${g.creators}`);
  return partial.join('; ');
}

function unassignedNote(d: DimensionGroups): string {
  const what = d.dimension === 'tier' ? 'follower count' : d.title.toLowerCase();
  return `${d.unassigned} creator${d.unassigned === 1 ? ' has' : 's have'} no ${what}, so they are left out of these groups (but counted in All creators).`;
}
