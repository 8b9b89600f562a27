// What the artefacts share: the text placeholders, the KPI table, the misses in plain words and the top pieces.
// Every list is capped, so filling a Doc or a deck costs the same number of calls whatever the workbook's size.
import { webLink } from '../links.ts';
import { formatMoney, formatNumber, formatPercent, plural } from '../analysis/format.ts';
import type { Reversal } from '../analysis/reversals.ts';
import type { Analysis, Finding, KpiResult, RankedPiece } from '../analysis/types.ts';
import type { GateOverride } from '../completeness-gate.ts';
import type { Workbook } from '../records.ts';
import type { ReportChart } from './charts.ts';
import type { PreviousCampaign } from './deck-compare.ts';
import { campaignFigures } from './figures.ts';
import { bullets, paragraph, table, type Block, type Span, type Tone } from './model.ts';
import { artefactTitle, type Artefact } from '../artefacts.ts';
import { dateRange, formatKpiValue, formatVariance, longDate } from './wording.ts';

/** Lists in an artefact never run longer than this (each item is a call when a Doc is filled). */
export const MAX_LIST_ITEMS = 8;
/** Learnings and recommendations: 3–5 of each. */
export const MAX_FINDINGS = 5;

export interface ReportContent {
  artefact: Artefact;
  title: string;
  /** Text placeholder → value, as people typed it (escaping happens where it is filled). */
  text: Record<string, string>;
  /** Block placeholder → what replaces its paragraph or shape. */
  blocks: Record<string, Block[]>;
  /** Block placeholder → the chart drawn as a picture where it stands (the block itself is then empty). */
  charts?: Record<string, ReportChart>;
  /** What the person should know about what was cut to fit (said with the result). */
  notes?: string[];
  /** The Campaign tab's brand colour (#rrggbb), when one is set: the deck's titles, table headers and charts take it. */
  accent?: string;
}

export interface ReportOptions {
  today: string;
  /** Times someone generated a client-facing artefact past the completeness gate (the internal brief lists them). */
  gateOverrides?: GateOverride[];
  /** The team's own learnings and recommendations (team notes), kept first as in the analysis. */
  teamLearnings?: string[];
  teamRecommendations?: string[];
  /** Every detail, with no page budget (the most detailed step of a document that fits its pages). */
  fullDetail?: boolean;
  /** The client's previous campaign from the campaign ledger, when it has one: "compared with last campaign". */
  previousCampaign?: PreviousCampaign | null;
  /** Recommendations reversing that campaign's learning (analysis/reversals.ts): the internal brief flags them. */
  reversals?: readonly Reversal[];
}

export function reportTitle(workbook: Workbook, artefact: Artefact): string {
  return artefactTitle(artefact, { client: workbook.campaign.client || 'Client', campaign: workbook.campaign.campaign || 'Campaign' });
}

/** The line under each document's title: its parts that are known, so a missing date never leaves "· ·". */
export function byline(workbook: Workbook, artefact: Artefact): string {
  const { client, startDate, wrapDate } = workbook.campaign;
  const dates = dateRange(startDate, wrapDate);
  // The client report's date is in its file name; its byline stays one line.
  const parts = artefact === 'clientReport' ? [`Campaign results for ${client}`, dates]
    : artefact === 'internalBrief' ? [client, dates, 'Internal post-mortem brief']
      : artefact === 'creatorFeedback' ? [client, dates]
      : ['Campaign results and what comes next', dates];
  return parts.map((p) => p.trim()).filter(Boolean).join(' · ');
}

/** The placeholders every document fills, by name (typed per key, so `.title` is known to be there). */
export function commonText(workbook: Workbook, analysis: Analysis, artefact: Artefact, today: string) {
  const info = workbook.campaign;
  const judged = analysis.kpis.met + analysis.kpis.missed;
  return {
    byline: byline(workbook, artefact),
    client: info.client,
    campaign: info.campaign,
    title: reportTitle(workbook, artefact),
    start_date: longDate(info.startDate),
    wrap_date: longDate(info.wrapDate),
    dates: dateRange(info.startDate, info.wrapDate),
    report_date: longDate(today),
    budget: info.budget === null ? '' : formatMoney(info.budget, info.currency),
    kpis_met: judged ? `${analysis.kpis.met} of ${plural(judged, 'KPI')} met` : 'No KPI has both a target and a result yet',
  } satisfies Record<string, string>;
}

const RESULT = { met: 'Met', missed: 'Missed', unknown: 'No data' } as const;
const TONE: Record<KpiResult['status'], Tone | null> = { met: 'good', missed: 'bad', unknown: null };

/**
 * Target, actual, variance and met/missed per KPI, the verdict coloured (the brief adds where each target came
 * from). A client document shows only KPIs with both a target and an actual; the checks name the others.
 */
export function kpiTable(analysis: Analysis, options: { withConfidence?: boolean; judgedOnly?: boolean; items?: KpiResult[] } = {}): Block {
  const withConfidence = options.withConfidence === true;
  const items = options.items ?? (options.judgedOnly ? analysis.kpis.items.filter((k) => k.status !== 'unknown') : analysis.kpis.items);
  const header = ['KPI', 'Target', 'Actual', 'Variance', 'Result', ...(withConfidence ? ['Target confidence'] : [])];
  const tones = items.map((k) => header.map((_, i) => (i === 4 ? TONE[k.status] : null)));
  const rows = items.map((k) => [
    k.name,
    k.lowerIsBetter && k.target !== null ? `${formatKpiValue(k.unit, k.target, analysis.currency)} or less` : formatKpiValue(k.unit, k.target, analysis.currency),
    formatKpiValue(k.unit, k.actual, analysis.currency),
    formatVariance(k.variance),
    RESULT[k.status],
    ...(withConfidence ? [k.confidence ?? 'Not set'] : []),
  ]);
  return rows.length ? table(header, rows, tones) : table(header, [header.map((_, i) => (i === 0 ? 'No KPIs with a target and a result yet' : ''))]);
}

/** "We missed Reach: 3,580,000 against a target of 4,000,000 (−10.5%)." Owned, in plain words, never buried. */
export function missSentence(k: KpiResult, currency: string): string {
  const value = (v: number | null) => formatKpiValue(k.unit, v, currency);
  const bound = k.lowerIsBetter ? 'a ceiling of' : 'a target of';
  return `We missed ${k.name}: ${value(k.actual)} against ${bound} ${value(k.target)} (${formatVariance(k.variance)}).`;
}

/** `inline`: the misses in one sentence (the KPI table beside it has their numbers), for a page that is full. */
export function missesBlock(analysis: Analysis, inline = false): Block[] {
  const missed = analysis.kpis.items.filter((k) => k.status === 'missed');
  if (missed.length === 0) {
    const judged = analysis.kpis.met;
    return [paragraph(judged ? `We met all ${plural(judged, 'KPI')} that had a target and a result.` : 'No KPI has both a target and a result yet.')];
  }
  if (inline) {
    const named = missed.map((k) => `${k.name} (${formatVariance(k.variance)}${k.lowerIsBetter ? ' over its ceiling' : ''})`);
    const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
    return [paragraph(`We fell short on ${list}.`)];
  }
  const shown = missed.slice(0, MAX_LIST_ITEMS).map((k) => missSentence(k, analysis.currency));
  if (missed.length > shown.length) shown[shown.length - 1] = `…and ${missed.length - shown.length + 1} more misses: see the KPI table.`;
  return [bullets(shown)];
}

/** The top 2–3 pieces (ranked by ER, as on the Content tab). */
export function topPieces(analysis: Analysis): RankedPiece[] {
  return analysis.content.top.slice(0, 3);
}

export function pieceNumbers(p: RankedPiece, compact = false): string {
  const parts = [`${formatPercent(p.er, 1)} ${compact ? 'ER' : 'engagement rate'}`];
  const add = (value: number | null, what: string) => value !== null && parts.push(`${formatNumber(value)} ${what}`);
  if (compact) return parts.join(', '); // the Content tab has the rest
  add(p.impressions, 'impressions');
  add(p.engagements, 'engagements');
  add(p.clicks, 'clicks');
  add(p.conversions, 'conversions');
  return parts.join(', ');
}

export function pieceName(p: RankedPiece): string {
  return p.id || `Row ${p.row}`;
}

export function pieceWhere(p: RankedPiece): string {
  const where = [p.platform, p.format].filter(Boolean).join(' ');
  return [p.creator ? `by ${p.creator}` : '', where ? `on ${where}` : ''].filter(Boolean).join(' ');
}

/**
 * One paragraph per piece (name, numbers, hook, link), then its screenshot when the Content tab links one.
 * `pieces` and `pictures` cap how many pieces are shown and how many screenshots are shown as pictures (the
 * others are linked), for a page that is full.
 */
export function topContentBlocks(analysis: Analysis, workbook: Workbook, limits: { pieces?: number; pictures?: number; compact?: boolean } = {}): Block[] {
  const pieces = topPieces(analysis).slice(0, limits.pieces ?? 3);
  if (pieces.length === 0) return [paragraph('No content has impressions and engagements to rank yet.')];
  return pieces.flatMap((p, i) => {
    const record = workbook.content.find((c) => c.row === p.row);
    const spans: Span[] = [{ text: `${i + 1}. ${pieceName(p)}`, bold: true }, { text: ` ${pieceWhere(p)}: ${pieceNumbers(p, limits.compact)}.`.replace(/^ :/, ':') }];
    if (p.hook) spans.push({ text: limits.compact ? ` “${p.hook}”.` : ` Hook: “${p.hook}”.` });
    const postLink = record?.url ? webLink(record.url) : undefined; // a javascript: "link" is never offered
    if (postLink) spans.push({ text: ' ' }, { text: 'View the post', link: postLink });
    const shot = record?.screenshotUrl ? webLink(record.screenshotUrl) : undefined;
    const picture = i < (limits.pictures ?? pieces.length);
    if (shot && !picture) spans.push({ text: ' · ' }, { text: 'Screenshot', link: shot });
    const blocks: Block[] = [paragraph(...spans)];
    if (record?.screenshotUrl && shot && picture) {
      blocks.push({
        kind: 'image', url: record.screenshotUrl, alt: `Screenshot of ${pieceName(p)}`,
        fallback: [{ text: `Screenshot of ${pieceName(p)}`, link: record.screenshotUrl }],
      });
    }
    return blocks;
  });
}

export function findingTexts(findings: readonly Finding[], rewrite: (f: Finding) => string = (f) => f.text): string[] {
  return findings.map(rewrite).map((t) => t.trim()).filter(Boolean).slice(0, MAX_FINDINGS);
}

export function findingsBlock(texts: readonly string[], empty: string): Block[] {
  return texts.length ? [bullets(texts)] : [paragraph(empty)];
}

/** "It ran 20 Oct – 18 Nov 2026 with 12 creators and 14 pieces, for 4,490,000 impressions and …". */
export function resultsSentence(workbook: Workbook, analysis: Analysis): string {
  const figures = campaignFigures(workbook, analysis.campaign);
  const c = { impressions: figures.impressions.value, engagements: figures.engagements.value, clicks: figures.clicks.value, conversions: figures.conversions.value, creators: analysis.campaign.creators };
  const dates = dateRange(workbook.campaign.startDate, workbook.campaign.wrapDate);
  const scale = [
    c.impressions ? `${formatNumber(c.impressions)} impressions` : '',
    c.engagements ? `${formatNumber(c.engagements)} engagements` : '',
    c.clicks ? `${formatNumber(c.clicks)} clicks` : '',
    c.conversions ? `${formatNumber(c.conversions)} conversions` : '',
  ].filter(Boolean);
  const pieces = workbook.content.length;
  const who = `${plural(c.creators, 'creator')}${pieces ? ` and ${plural(pieces, 'piece')} of content` : ''}`;
  const listed = scale.length > 1 ? `${scale.slice(0, -1).join(', ')} and ${scale[scale.length - 1]}` : scale[0];
  const delivered = scale.length ? `, delivering ${listed}` : '';
  return `${workbook.campaign.campaign || 'The campaign'} ran ${dates ? `${dates} ` : ''}with ${who}${delivered}.`;
}
