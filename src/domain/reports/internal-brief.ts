// The internal brief (1–2 pages) the next team will read: the five post-mortem sections (performance vs goals
// with target confidence, creators and patterns, content top/bottom 3, what went wrong by root cause and
// severity, what worked), then every action with its one owner and deadline. Data-sized parts are tables.
import { formatMoney, formatPercent, formatSignedPercent, plural } from '../analysis/format.ts';
import { rootCauseRows } from '../analysis/kpis.ts';
import { RATES } from '../metrics.ts';
import type { Analysis, Group, KpiResult } from '../analysis/types.ts';
import { REVERSAL_LABEL } from '../analysis/reversals.ts';
import { draftBriefAction, strongestItemPattern } from '../analysis/brief-patterns.ts';
import { describeOverride, gateSummary } from '../completeness-gate.ts';
import type { Workbook } from '../records.ts';
import { describeControlSplit } from '../root-causes.ts';
import { commonText, findingsBlock, findingTexts, kpiTable, MAX_LIST_ITEMS, type ReportContent, type ReportOptions, pieceName, resultsSentence } from './content.ts';
import { DOC_TEMPLATES } from './doc-templates.ts';
import { firstThatFits, steps } from './fit.ts';
import { bullets, heading, paragraph, table, type Block } from './model.ts';
import { actionOnly, firstClause, formatVariance, longDate } from './wording.ts';

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

function missesByConfidence(analysis: Analysis): Block[] {
  const parts = analysis.kpis.missesByConfidence.filter((m) => m.count > 0)
    .map((m) => `${m.confidence === 'Not set' ? 'no target confidence recorded' : m.confidence.toLowerCase()} ${m.count} (${m.kpis.join(', ')})`);
  if (parts.length === 0) return [paragraph('No KPI was missed.')];
  // The table beside it has each KPI's target confidence: one sentence says what the misses mean.
  return [paragraph(`Misses by where the target came from: ${parts.join('; ')}. A miss on historical data is a real shortfall; a miss on a rough or client-mandated target may be a poor target.`)];
}

/** How much the brief says: each step down cuts a little more (the rest stays on its tab), until two pages hold it. */
interface Detail {
  findings: number;
  patterns: number;
  discuss: number;
  issues: number;
  wins: number;
  /** Every rate and column, or the ones a reader needs to follow the section. */
  full?: boolean;
  /**
   * The root-cause table (else one sentence: the Issues tab has the rows), the tier table's rating and on-time
   * columns (the creators to discuss carry those) and the content table's integration and voice columns (the note
   * under it says how top and bottom differ).
   */
  tables?: boolean;
  /** Each learning to its first clause, each recommendation to what to do (the sections above carry the why). */
  short?: boolean;
  /**
   * The last steps: the summary without its headline, no misses sentence (the table has each target's confidence),
   * creators to discuss in one sentence, wins without their evidence.
   */
  tightest?: boolean;
  /** At most this many KPI rows, the misses furthest from target first; the rest named under the table (kpiBlocks). */
  kpis?: number;
}
// Each step is the one before with these changes.
const DETAILS: readonly Detail[] = steps<Detail>(
  { findings: 5, patterns: 8, discuss: 5, issues: 8, wins: 5, full: true, tables: true },
  { findings: 4, patterns: 5, discuss: 4, issues: 5, wins: 4, full: false },
  { findings: 3, patterns: 3, discuss: 3, issues: 3, wins: 3 },
  { tables: false },
  { discuss: 2, wins: 2, short: true },
  { patterns: 2, discuss: 1, issues: 2, wins: 1, tightest: true },
  // Many KPIs, long-named ones wrapping their rows (an agency's own): the table gives way, then the findings.
  { kpis: 5 },
  { kpis: 3 },
  { issues: 1 },
  { findings: 2 },
);

/** A bold lead-in line for a part of a section (a heading would cost a page's worth of space over the brief). */
const label = (text: string): Block => paragraph({ text, bold: true });

/** "…and 4 more on the Issues tab." when a list was cut to fit. */
const more = (shown: number, total: number, tab: string): Block[] => (total > shown ? [paragraph(`${total - shown} more on the ${tab} tab.`)] : []);
/** " (the strongest 3 of 8; all on the Patterns tab)" when a list was cut to fit. */
const cutNote = (shown: number, total: number, tab: string, which: string) => (total > shown ? `: ${which} ${shown} of ${total}, all on the ${tab} tab` : '');

function groupRow(g: Group | Analysis['campaign'], name: string, currency: string, vs: number | null, team?: boolean): string[] {
  return [
    name,
    String(g.creators),
    g.cpe === null ? '—' : formatMoney(g.cpe, currency),
    vs === null ? '—' : formatSignedPercent(vs),
    g.medianErLift === null ? '—' : formatSignedPercent(g.medianErLift),
    ...(team ? [g.averageRating === null ? '—' : g.averageRating.toFixed(1), g.onTimeShare === null ? '—' : formatPercent(g.onTimeShare)] : []),
    ...RATES.map((rate) => rateText(g.rates[rate.key])),
  ];
}

/** A rate as the brief says it: "4.2%", "—" without the counts behind it. */
const rateText = (value: number | null) => (value === null ? '—' : formatPercent(value, 1));

function creatorBreakdown(workbook: Workbook, analysis: Analysis, detail: Detail): Block[] {
  const header = ['Tier', 'Creators', 'Pooled CPE', 'CPE vs campaign', 'Median ER lift', ...(detail.tables ? ['Avg rating', 'First draft on time'] : []), ...RATES.map((r) => r.name)];
  const tiers = analysis.groups.find((d) => d.dimension === 'tier')?.groups ?? [];
  const rows = [...tiers.map((g) => groupRow(g, g.label, analysis.currency, g.vsCampaign.cpe, detail.tables)), groupRow(analysis.campaign, 'All creators', analysis.currency, null, detail.tables)];
  // The strongest patterns first: the groups whose pooled CPE is furthest from the campaign's.
  const all = analysis.groups.filter((d) => d.dimension !== 'tier').flatMap((d) => d.groups.filter((g) => !g.small && g.cpe !== null).map((g) => ({ d, g })))
    .sort((a, b) => Math.abs(b.g.vsCampaign.cpe ?? 0) - Math.abs(a.g.vsCampaign.cpe ?? 0));
  const patterns = all.slice(0, Math.min(detail.patterns, MAX_LIST_ITEMS))
    .map(({ d, g }) => `${d.title} ${g.label}: pooled CPE ${formatMoney(g.cpe ?? 0, analysis.currency)} (${g.vsCampaign.cpe === null ? 'no comparison' : `${formatSignedPercent(g.vsCampaign.cpe)} vs campaign`}, ${plural(g.n.cpe, 'creator')})`);
  const metrics = new Map(analysis.creators.map((m) => [m.row, m]));
  const flagged = [...workbook.creators]
    .filter((c) => (c.rating !== null && c.rating < 3) || (c.revisions ?? 0) >= 3 || c.firstDraftOnTime === false)
    .sort((a, b) => (a.rating ?? 6) - (b.rating ?? 6) || (b.revisions ?? 0) - (a.revisions ?? 0));
  const discuss = flagged.slice(0, detail.discuss);
  const discussLine = () => paragraph({ text: 'Creators to discuss: ', bold: true }, { text: `${discuss.map((c) => `${c.handle} (${[
    metrics.get(c.row)?.tier, c.rating === null ? '' : `rated ${c.rating}/5`, c.revisions === null ? '' : plural(c.revisions, 'revision'),
    c.firstDraftOnTime === false ? 'first draft late' : '']
    .filter(Boolean).join(', ')})`).join('; ')}${flagged.length > discuss.length ? `; ${flagged.length - discuss.length} more on the Creators tab` : ''}.` });
  const notable = discuss
    .map((c) => [c.handle, dash(metrics.get(c.row)?.tier), c.rating === null ? '—' : `${c.rating}/5`, c.revisions === null ? '—' : String(c.revisions),
      c.firstDraftOnTime === null ? '—' : c.firstDraftOnTime ? 'Yes' : 'No', dash(c.notes)]);
  return [
    table(header, rows),
    ...(detail.tightest && patterns.length
      ? [paragraph({ text: 'Patterns (2+ creators): ', bold: true }, { text: `${patterns.join('; ')}${all.length > patterns.length ? `; ${all.length - patterns.length} more on the Patterns tab` : ''}.` })]
      : [label(`Patterns (groups of 2 or more creators${cutNote(patterns.length, all.length, 'Patterns', 'the strongest')})`),
        ...(patterns.length ? [bullets(patterns)] : [paragraph('No platform, format or brief group had 2 or more creators with costs.')])]),
    ...briefChecklistBlocks(analysis),
    ...(detail.tightest && discuss.length ? [discussLine()] : [
      label(`Creators to discuss${cutNote(notable.length, flagged.length, 'Creators', 'the first')}`),
      notable.length
        ? table(['Creator', 'Tier', 'Rating', 'Revisions', 'First draft on time', 'Notes'], notable)
        : paragraph('No creator was rated below 3, needed 3+ revisions or delivered late.'),
    ]),
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

function contentAnalysis(analysis: Analysis, detail: Detail): Block[] {
  const { content } = analysis;
  const row = (side: string) => (p: (typeof content.top)[number]) => detail.full
    ? [side, String(p.rank), pieceName(p), dash(p.creator), dash([p.platform, p.format].filter(Boolean).join(' ')), formatPercent(p.er, 1),
      ...RATES.map((r) => rateText(p.rates[r.key])), dash(p.integration), dash(p.voice), p.brandMentionSecond === null ? '—' : `${p.brandMentionSecond} s`, dash(p.hook)]
    : [`${side} ${p.rank}`, pieceName(p), dash(p.creator), formatPercent(p.er, 1), ...(detail.tables ? [dash(p.integration), dash(p.voice)] : []), dash(p.hook)];
  const header = detail.full
    ? ['', 'Rank', 'Piece', 'Creator', 'Where', 'ER', ...RATES.map((r) => r.name), 'Integration', 'Voice', 'Brand at', 'Hook']
    : ['Rank', 'Piece', 'Creator', 'ER', ...(detail.tables ? ['Integration', 'Voice'] : []), 'Hook'];
  const rows = [...content.top.slice(0, 3).map(row('Top')), ...content.bottom.slice(-3).map(row('Bottom'))];
  return [rows.length ? table(header, rows) : paragraph('No content to rank yet.'), paragraph(content.note)];
}

/** Worst first: Critical, then Significant, then Minor, then none given; the sheet's order within each. */
const SEVERITY_RANK: Record<string, number> = { Critical: 0, Significant: 1, Minor: 2 };

function issuesSection(workbook: Workbook, analysis: Analysis, options: ReportOptions, detail: Detail): Block[] {
  const m = analysis.rootCauses;
  const gate = gateBlocks(analysis, options);
  if (m.total === 0) return [paragraph('No issues were logged.'), ...gate];
  const causeRows = rootCauseRows(m).filter((r) => r.total !== 0);
  const matrix = causeRows.map((r) => [r.cause, ...r.counts.map(String), String(r.total)]);
  const worst = [...workbook.issues].sort((a, b) => (SEVERITY_RANK[a.severity ?? ''] ?? 3) - (SEVERITY_RANK[b.severity ?? ''] ?? 3));
  const shown = worst.slice(0, Math.min(detail.issues, MAX_LIST_ITEMS));
  const issues = shown.map((i) => [dash(i.area), dash(i.description), dash(i.linkedKpi), dash(i.rootCause), dash(i.severity)]);
  const control = describeControlSplit(analysis.rootCauseControl);
  const causes = causeRows
    .map((r) => `${r.cause} ${r.total} (${r.counts.map((n, i) => (n ? `${n} ${String(m.severities[i] ?? '').toLowerCase()}` : '')).filter(Boolean).join(', ')})`);
  const cut = shown.length < workbook.issues.length ? ` Below, the ${shown.length} most severe of ${workbook.issues.length}; all on the Issues tab.` : '';
  return [
    ...(detail.tables ? [table(['Root cause', ...m.severities, 'Total'], matrix)] : [paragraph(`By root cause: ${causes.join('; ')}.${cut}`)]),
    ...(control.length ? [bullets(control)] : []),
    table(['Area', 'What happened', 'KPI', 'Root cause', 'Severity'], issues),
    ...(detail.tables ? more(shown.length, workbook.issues.length, 'Issues') : []),
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

function winsSection(workbook: Workbook, detail: Detail): Block[] {
  if (workbook.wins.length === 0) return [paragraph('No wins were logged.')];
  const shown = workbook.wins.slice(0, Math.min(detail.wins, MAX_LIST_ITEMS));
  const evidence = !detail.tightest;
  const cut = detail.tightest && shown.length < workbook.wins.length ? ` (${shown.length} of ${workbook.wins.length}: all on the Wins tab)` : '';
  return [table([`What worked${cut}`, ...(evidence ? ['Evidence'] : []), 'How to repeat it'], shown.map((w) => [
    [w.area, w.description].filter(Boolean).join(': ') || '—', ...(evidence ? [dash(w.evidence)] : []), dash(w.repeat)])),
    ...(cut ? [] : more(shown.length, workbook.wins.length, 'Wins'))];
}

function actionItems(workbook: Workbook, analysis: Analysis, detail: Detail): Block[] {
  // A "Brief quality" issue without an action gets the checklist action drafted, its owner and deadline to fill.
  const drafted = draftBriefAction(analysis.briefChecklist);
  const actions = workbook.issues
    .map((i) => (!i.action.trim() && i.area === 'Brief quality' ? { ...i, action: `${drafted} (drafted by Debrief)` } : i))
    .filter((i) => i.action.trim());
  if (actions.length === 0) return [paragraph('No actions yet: give each issue one action, one owner and a deadline on the Issues tab.')];
  const gaps = actions.filter((i) => !i.owner.trim() || !i.due).length;
  // At the last step a status column that says "Open" on every row gives its width to the actions.
  const status = !detail.tightest || actions.some((i) => (i.status ?? 'Open') !== 'Open');
  return [
    table([status ? 'Action' : 'Action (all open)', 'Owner', 'Deadline', ...(status ? ['Status'] : [])], actions.map((i) => [
      i.action, i.owner.trim() || 'Owner needed', i.due ? longDate(i.due) : 'Deadline needed', ...(status ? [i.status ?? 'Open'] : [])])),
    ...(gaps ? [paragraph(`${plural(gaps, 'action')} still ${gaps === 1 ? 'needs' : 'need'} one owner and a deadline: add them on the Issues tab.`)] : []),
  ];
}

/**
 * The brief, as detailed as two pages of the built-in template hold (fit.ts; measured in Chromium by the page-budget
 * tests): every section kept, its longest lists cut to the strongest items with the count left on the tab.
 */
export function buildInternalBrief(workbook: Workbook, analysis: Analysis, options: ReportOptions): ReportContent {
  const details = options.fullDetail ? DETAILS.slice(0, 1) : DETAILS;
  return firstThatFits(details.map((d) => briefAt(workbook, analysis, options, d)), DOC_TEMPLATES.internalBrief.lines, 2);
}

/**
 * The KPI table. At the last steps the KPIs without both a target and a result are named in a line under it
 * instead of a row each, and past `detail.kpis` rows the table keeps the misses first (those on historical data, a
 * real shortfall, before the rest), each group furthest from target first; the rest are named in that line with
 * their result and variance (all on the KPIs tab).
 */
function kpiBlocks(analysis: Analysis, detail: Detail): Block[] {
  const { items } = analysis.kpis;
  if (!detail.tightest) return [kpiTable(analysis, { withConfidence: true })];
  const judged = items.filter((k) => k.status !== 'unknown');
  // A miss first, one on historical data before the rest, then the furthest from target (a variance is a fraction).
  const order = (k: KpiResult) => [Number(k.status === 'missed'), Number(k.confidence === 'Historical data'), Math.abs(k.variance ?? 0)];
  const before = (a: KpiResult, b: KpiResult) => order(b).reduce((d, x, i) => d || x - (order(a)[i] ?? 0), 0);
  const kept = new Set([...judged].sort(before).slice(0, detail.kpis));
  const cut = judged.filter((k) => !kept.has(k));
  const unjudged = items.filter((k) => !judged.includes(k)).map((k) => k.name);
  const named = `${cut.length ? `${plural(cut.length, 'more KPI')} on the KPIs tab: ${cut.map((k) => `${k.name} (${k.status}, ${formatVariance(k.variance)})`).join(', ')}.` : ''} ${
    unjudged.length ? `No target or no result yet: ${unjudged.join(', ')}.` : ''}`.trim();
  return [kpiTable(analysis, { withConfidence: true, items: items.filter((k) => kept.has(k)) }), ...(named ? [paragraph(named)] : [])];
}

/** A recommendation reversing the client's last campaign's learning, flagged in one bold-led line each (at most 2). */
function reversalBlocks(options: ReportOptions): Block[] {
  return (options.reversals ?? []).slice(0, 2).map((r) => paragraph({ text: `${REVERSAL_LABEL}: `, bold: true }, { text: r.detail }));
}

function briefAt(workbook: Workbook, analysis: Analysis, options: ReportOptions, detail: Detail): ReportContent {
  const text = commonText(workbook, analysis, 'internalBrief', options.today);
  return {
    artefact: 'internalBrief',
    title: text.title,
    // At the last step the KPI table below says what the headline would.
    text: { ...text, summary: `${resultsSentence(workbook, analysis)} ${detail.tightest ? '' : analysis.headline.join(' ')}`.trim() },
    blocks: {
      kpi_table: kpiBlocks(analysis, detail),
      misses: detail.tightest ? [] : missesByConfidence(analysis),
      creator_breakdown: creatorBreakdown(workbook, analysis, detail),
      content_analysis: contentAnalysis(analysis, detail),
      issues: issuesSection(workbook, analysis, options, detail),
      wins: winsSection(workbook, detail),
      action_items: actionItems(workbook, analysis, detail),
      // At the last step a reversed-learning line takes the weakest learning's room.
      learnings: findingsBlock(findingTexts(analysis.learnings).slice(0, detail.findings - (detail.tightest ? reversalBlocks(options).length : 0)).map((t) => (detail.short ? firstClause(t) : t)), 'No learnings yet.'),
      recommendations: [
        ...findingsBlock(findingTexts(analysis.recommendations).slice(0, detail.findings).map((t) => (detail.short ? actionOnly(t) : t)), 'No recommendations yet.'),
        ...reversalBlocks(options),
      ],
    },
  };
}
