// The internal brief (1–2 pages) the next team will read: the five post-mortem sections (performance vs goals
// with target confidence, creators and patterns, content top/bottom 3, what went wrong by root cause and
// severity, what worked), then every action with its one owner and deadline. Data-sized parts are tables.
import { formatMoney, formatPercent, formatSignedPercent, plural } from '../analysis/format.ts';
import { rootCauseRows } from '../analysis/kpis.ts';
import { RATES } from '../metrics.ts';
import type { Analysis, Group } from '../analysis/types.ts';
import { draftBriefAction, strongestItemPattern } from '../analysis/brief-patterns.ts';
import { describeOverride, gateSummary } from '../completeness-gate.ts';
import type { Workbook } from '../records.ts';
import { describeControlSplit } from '../root-causes.ts';
import { commonText, findingsBlock, findingTexts, kpiTable, MAX_LIST_ITEMS, type ReportContent, type ReportOptions, pieceName, resultsSentence } from './content.ts';
import { bullets, heading, paragraph, table, type Block } from './model.ts';
import { longDate } from './wording.ts';

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

function missesByConfidence(analysis: Analysis): Block[] {
  const lines = analysis.kpis.missesByConfidence.filter((m) => m.count > 0)
    .map((m) => `${m.confidence === 'Not set' ? 'No target confidence recorded' : m.confidence}: ${plural(m.count, 'miss', 'misses')} (${m.kpis.join(', ')})`);
  if (lines.length === 0) return [paragraph('No KPI was missed.')];
  return [
    paragraph('Misses by where the target came from. A miss on historical data is a real shortfall; a miss on a rough or client-mandated target may be a poor target.'),
    bullets(lines),
  ];
}

function groupRow(g: Group | Analysis['campaign'], label: string, currency: string, vs: number | null): string[] {
  return [
    label,
    String(g.creators),
    g.cpe === null ? '—' : formatMoney(g.cpe, currency),
    vs === null ? '—' : formatSignedPercent(vs),
    g.medianErLift === null ? '—' : formatSignedPercent(g.medianErLift),
    g.averageRating === null ? '—' : g.averageRating.toFixed(1),
    g.onTimeShare === null ? '—' : formatPercent(g.onTimeShare),
    ...RATES.map((rate) => rateText(g.rates[rate.key])),
  ];
}

/** A rate as the brief says it: "4.2%", "—" without the counts behind it. */
const rateText = (value: number | null) => (value === null ? '—' : formatPercent(value, 1));

function creatorBreakdown(workbook: Workbook, analysis: Analysis): Block[] {
  const header = ['Tier', 'Creators', 'Pooled CPE', 'CPE vs campaign', 'Median ER lift', 'Avg rating', 'First draft on time', ...RATES.map((r) => r.name)];
  const tiers = analysis.groups.find((d) => d.dimension === 'tier')?.groups ?? [];
  const rows = [...tiers.map((g) => groupRow(g, g.label, analysis.currency, g.vsCampaign.cpe)), groupRow(analysis.campaign, 'All creators', analysis.currency, null)];
  const patterns = analysis.groups.filter((d) => d.dimension !== 'tier').flatMap((d) => d.groups.filter((g) => !g.small && g.cpe !== null)
    .map((g) => `${d.title} ${g.label}: pooled CPE ${formatMoney(g.cpe!, analysis.currency)} (${g.vsCampaign.cpe === null ? 'no comparison' : `${formatSignedPercent(g.vsCampaign.cpe)} vs campaign`}, ${plural(g.n.cpe, 'creator')})`))
    .slice(0, MAX_LIST_ITEMS);
  const metrics = new Map(analysis.creators.map((m) => [m.row, m]));
  const notable = [...workbook.creators]
    .filter((c) => (c.rating !== null && c.rating < 3) || (c.revisions ?? 0) >= 3 || c.firstDraftOnTime === false)
    .sort((a, b) => (a.rating ?? 6) - (b.rating ?? 6) || (b.revisions ?? 0) - (a.revisions ?? 0))
    .slice(0, 5)
    .map((c) => [c.handle, dash(metrics.get(c.row)?.tier), c.rating === null ? '—' : `${c.rating}/5`, c.revisions === null ? '—' : String(c.revisions),
      c.firstDraftOnTime === null ? '—' : c.firstDraftOnTime ? 'Yes' : 'No', dash(c.notes)]);
  return [
    table(header, rows),
    heading(3, 'Patterns (groups of 2 or more creators)'),
    ...(patterns.length ? [bullets(patterns)] : [paragraph('No platform, format or brief group had 2 or more creators with costs.')]),
    ...briefChecklistBlocks(analysis),
    heading(3, 'Creators to discuss'),
    notable.length
      ? table(['Creator', 'Tier', 'Rating', 'Revisions', 'First draft on time', 'Notes'], notable)
      : paragraph('No creator was rated below 3, needed 3+ revisions or delivered late.'),
  ];
}

/** Brief quality, the most common root cause: the strongest checklist item and what was missing most often. */
function briefChecklistBlocks(analysis: Analysis): Block[] {
  const brief = analysis.briefChecklist;
  if (brief.assessed === 0) return [];
  const lines = [
    strongestItemPattern(brief, analysis.currency) ?? 'No brief-checklist item had 2 or more creators on each side with costs: too few to call a pattern.',
    ...(brief.gaps.length ? [`Missing most often: ${brief.gaps.slice(0, 3).map((g) => `${g.label.toLowerCase()} (${g.count} of ${brief.assessed})`).join(', ')}.`] : []),
  ];
  return [heading(3, `Brief checklist (${plural(brief.assessed, 'creator')})`), bullets(lines)];
}

function contentAnalysis(analysis: Analysis): Block[] {
  const { content } = analysis;
  const row = (side: string) => (p: (typeof content.top)[number]) => [side, String(p.rank), pieceName(p), dash(p.creator),
    dash([p.platform, p.format].filter(Boolean).join(' ')), formatPercent(p.er, 1), ...RATES.map((r) => rateText(p.rates[r.key])),
    dash(p.integration), dash(p.voice), p.brandMentionSecond === null ? '—' : `${p.brandMentionSecond} s`, dash(p.hook)];
  const rows = [...content.top.slice(0, 3).map(row('Top')), ...content.bottom.slice(-3).map(row('Bottom'))];
  return [
    rows.length ? table(['', 'Rank', 'Piece', 'Creator', 'Where', 'ER', ...RATES.map((r) => r.name), 'Integration', 'Voice', 'Brand at', 'Hook'], rows) : paragraph('No content to rank yet.'),
    paragraph(content.note),
  ];
}

function issuesSection(workbook: Workbook, analysis: Analysis, options: ReportOptions): Block[] {
  const m = analysis.rootCauses;
  const gate = gateBlocks(analysis, options);
  if (m.total === 0) return [paragraph('No issues were logged.'), ...gate];
  const matrix = rootCauseRows(m).filter((r) => r.total !== 0).map((r) => [r.cause, ...r.counts.map(String), String(r.total)]);
  const issues = workbook.issues.map((i) => [dash(i.area), dash(i.description), dash(i.linkedKpi), dash(i.rootCause), dash(i.severity)]);
  const control = describeControlSplit(analysis.rootCauseControl);
  return [
    table(['Root cause', ...m.severities, 'Total'], matrix),
    ...(control.length ? [bullets(control)] : []),
    table(['Area', 'What happened', 'KPI', 'Root cause', 'Severity'], issues),
    ...gate,
  ];
}

/** The completeness gate as the team should know it: what is still unexplained, and every time someone went ahead anyway. */
function gateBlocks(analysis: Analysis, options: ReportOptions): Block[] {
  const { gate } = analysis;
  const overrides = options.gateOverrides ?? [];
  if (gate.passed && overrides.length === 0) return [];
  return [
    heading(3, 'Explanations for the client'),
    paragraph(gateSummary(gate)),
    ...(gate.unexplained.length ? [bullets(gate.unexplained.slice(0, MAX_LIST_ITEMS).map((i) => `${i.cell}: ${i.message}`))] : []),
    ...(overrides.length ? [bullets(overrides.slice(-MAX_LIST_ITEMS).map((o) => `Generated anyway: ${describeOverride(o)}`))] : []),
  ];
}

function winsSection(workbook: Workbook): Block[] {
  if (workbook.wins.length === 0) return [paragraph('No wins were logged.')];
  return [table(['What worked', 'Evidence', 'How to repeat it'], workbook.wins.map((w) => [
    [w.area, w.description].filter(Boolean).join(': ') || '—', dash(w.evidence), dash(w.repeat)]))];
}

function actionItems(workbook: Workbook, analysis: Analysis): Block[] {
  // A "Brief quality" issue without an action gets the checklist action drafted, its owner and deadline to fill.
  const drafted = draftBriefAction(analysis.briefChecklist);
  const actions = workbook.issues
    .map((i) => (!i.action.trim() && i.area === 'Brief quality' ? { ...i, action: `${drafted} (drafted by Debrief)` } : i))
    .filter((i) => i.action.trim());
  if (actions.length === 0) return [paragraph('No actions yet: give each issue one action, one owner and a deadline on the Issues tab.')];
  const gaps = actions.filter((i) => !i.owner.trim() || !i.due).length;
  return [
    table(['Action', 'Owner', 'Deadline', 'Status'], actions.map((i) => [
      i.action, i.owner.trim() || 'Owner needed', i.due ? longDate(i.due) : 'Deadline needed', i.status ?? 'Open'])),
    ...(gaps ? [paragraph(`${plural(gaps, 'action')} still ${gaps === 1 ? 'needs' : 'need'} one owner and a deadline: add them on the Issues tab.`)] : []),
  ];
}

export function buildInternalBrief(workbook: Workbook, analysis: Analysis, options: ReportOptions): ReportContent {
  const text = commonText(workbook, analysis, 'internalBrief', options.today);
  return {
    artefact: 'internalBrief',
    title: text.title,
    text: { ...text, summary: `${resultsSentence(workbook, analysis)} ${analysis.headline.join(' ')}`.trim() },
    blocks: {
      kpi_table: [kpiTable(analysis, { withConfidence: true })],
      misses: missesByConfidence(analysis),
      creator_breakdown: creatorBreakdown(workbook, analysis),
      content_analysis: contentAnalysis(analysis),
      issues: issuesSection(workbook, analysis, options),
      wins: winsSection(workbook),
      action_items: actionItems(workbook, analysis),
      learnings: findingsBlock(findingTexts(analysis.learnings), 'No learnings yet.'),
      recommendations: findingsBlock(findingTexts(analysis.recommendations), 'No recommendations yet.'),
    },
  };
}
