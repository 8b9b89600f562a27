// Drafts learnings and recommendations from the figures: each candidate is a sentence with the numbers behind
// it and a strength score; the strongest are kept. No candidate ever rests on a group of fewer than 2 creators.
import type { RootCause, Severity } from '../choices.ts';
import { item } from '../item.ts';
import { mean, median } from '../metrics.ts';
import { briefChecklistDraft, briefPatterns } from './brief-patterns.ts';
import { briefDraft, costDraft } from './draft-groups.ts';
import type { Draft, DraftInput } from './draft-input.ts';
import { formatPercent, formatSignedPercent, plural } from './format.ts';
import { rootCauseRows } from './kpis.ts';
import type { ContentAnalysis, ContentTrait, Finding, GroupFigures, KpiAnalysis, RankedPiece, RootCauseMatrix } from './types.ts';

export type { Draft, DraftInput } from './draft-input.ts';


const MAX_FINDINGS = 5;

export function draftAll(input: DraftInput): Draft[] {
  const drafts = [
    ...input.groups.filter((d) => d.dimension !== 'brief').map((d) => costDraft(d, input)),
    briefDraft(input), briefChecklistDraft(briefPatterns(input.creators), input.currency), contentDraft(input.content), kpiDraft(input.kpis), rootCauseDraft(input.rootCauses),
    onTimeDraft(input), liftDraft(input.campaign),
  ];
  return drafts.filter((d): d is Draft => d !== null).sort((a, b) => b.score - a.score);
}

/** The team's own sentences first, as typed; the strongest drafts fill up to 5 (at most 2 about cost groups), with their lean when asked. */
export function pickFindings(drafts: readonly Draft[], team: readonly string[], take: (d: Draft) => string[], withLean = false): Finding[] {
  const findings: Finding[] = team.map((text) => text.trim()).filter(Boolean).map((text) => ({ text, source: 'team' as const }));
  let costs = 0;
  for (const draft of drafts) {
    if (draft.category === 'cost' && costs >= 2) continue;
    const lean = withLean && draft.lean ? { lean: draft.lean } : {};
    for (const text of take(draft)) if (findings.length < MAX_FINDINGS) findings.push({ text, source: 'analysis', ...lean });
    if (draft.category === 'cost') costs++;
  }
  return findings;
}

const TRAIT_ACTIONS: Record<ContentTrait['trait'], (value: string) => string> = {
  integration: (v) => (v === 'Natural' ? 'Let creators work the product in naturally rather than read a script' : 'Keep integrations scripted'),
  voice: (v) => (v === 'Authentic' ? 'Let creators speak in their own voice' : 'Keep the messaging tightly controlled'),
  brandMention: (v) => (v === 'later' ? 'Let creators open with their own hook and bring the brand in later' : 'Bring the brand in early'),
  format: (v) => `Favor the ${v} format`,
  platform: (v) => `Favor ${v}`,
};

function erRange(pieces: readonly RankedPiece[]): string {
  const ers = pieces.map((p) => p.er);
  const [low, high] = [formatPercent(Math.min(...ers), 1), formatPercent(Math.max(...ers), 1)];
  return low === high ? low : `${low.slice(0, -1)}–${high}`;
}

function contentDraft(content: ContentAnalysis): Draft | null {
  const [first, second] = content.traits;
  if (!first) return null;
  const top = `ER ${erRange(content.top)}`;
  const bottom = `ER ${erRange(content.bottom)}`;
  const traits = (second ? [first, second] : [first]).map((t) => `${t.top}, ${t.bottom}`).join('; ');
  return {
    category: 'content',
    score: 0.8 * first.strength,
    learning: `The top ${content.top.length} pieces (${top}) differed from the bottom ${content.bottom.length} (${bottom}): ${traits}.`,
    recommendations: [`${TRAIT_ACTIONS[first.trait](first.value)}: ${first.top} (${top}), while ${first.bottom} (${bottom}).`],
    lean: { dimension: first.trait, value: first.value, toward: true, figure: { metric: 'ER', value: median(content.top.map((p) => p.er))!, versus: median(content.bottom.map((p) => p.er)) ?? 0 } },
    // The pieces compared come from these creators: a trait two creators share is their style, not a pattern.
    basis: { creators: new Set([...content.top, ...content.bottom].map((p) => p.creator || `row ${p.row}`)).size },
  };
}

function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function kpiDraft(kpis: KpiAnalysis): Draft | null {
  const judged = kpis.met + kpis.missed;
  if (judged === 0) return null;
  if (kpis.missed === 0) {
    return {
      category: 'kpis', score: 0.25, learning: `All ${plural(kpis.met, 'KPI')} with a target and an actual ${kpis.met === 1 ? 'was' : 'were'} met.`,
      recommendations: [`Raise the bar: set the next campaign's targets from this one's actuals, since all ${plural(kpis.met, 'KPI')} ${kpis.met === 1 ? 'was' : 'were'} met.`],
    };
  }
  const by = (...names: string[]) => kpis.missesByConfidence.filter((m) => names.includes(m.confidence)).flatMap((m) => m.kpis);
  const firm = by('Historical data');
  const soft = by('Rough estimate', 'Client-mandated');
  const unset = by('Not set');
  const variance = (name: string) => {
    const v = kpis.items.find((k) => k.name === name)?.variance;
    return v === null || v === undefined ? name : `${name} (${formatSignedPercent(v)} against target)`;
  };
  if (firm.length + soft.length === 0) {
    // No target confidence recorded (or none the reader may see): the misses, named, and nothing about where targets came from.
    const missed = kpis.items.filter((k) => k.status === 'missed').map((k) => k.name);
    return {
      category: 'kpis',
      score: 0.3 + (0.5 * kpis.missed) / judged,
      learning: `${kpis.missed} of ${judged} KPIs ${kpis.missed === 1 ? 'was' : 'were'} missed: ${listing(missed)}.`,
      recommendations: [`Review the target${missed.length > 1 ? 's' : ''} for ${listing(missed.map(variance))} together before the next campaign, starting from this campaign's results.`],
    };
  }
  const parts = [
    firm.length ? `${firm.length} against a target grounded in historical data (${listing(firm)})` : '',
    soft.length ? `${soft.length} against a rough-estimate or client-mandated target (${listing(soft)})` : '',
    unset.length ? `${unset.length} with no target confidence recorded (${listing(unset)})` : '',
  ].filter(Boolean);
  const recommendations = [
    firm.length ? `Find out why ${listing(firm.map(variance))} missed before the next campaign: ${firm.length > 1 ? 'those targets' : 'the target'} came from historical data, so ${firm.length > 1 ? 'they are real shortfalls' : 'it is a real shortfall'}.` : '',
    soft.length ? `Base the next target${soft.length > 1 ? 's' : ''} for ${listing(soft.map(variance))} on this campaign's actuals, not a rough estimate or a client-mandated figure.` : '',
  ].filter(Boolean);
  return {
    category: 'kpis',
    score: 0.3 + (0.5 * kpis.missed) / judged,
    learning: `${kpis.missed} of ${judged} KPIs ${kpis.missed === 1 ? 'was' : 'were'} missed: ${listing(parts)}.`,
    recommendations,
  };
}

// Keyed by every root cause, so a cause added to the list can't draft "undefined: …".
const CAUSE_ACTIONS: Record<RootCause, string> = {
  Process: 'Fix the process first',
  Communication: 'Agree at kickoff who tells whom what, and when',
  Tools: 'Fix the tooling first',
  'Client-side': 'Agree approval windows and sign-off rules with the client before kickoff',
  'Creator-side': 'Tighten creator selection and contracts',
  Strategy: 'Revisit the strategy and the brief before the next campaign plans',
  'Market conditions': 'Build slack for market swings into the next plan\'s targets and timing',
  'Platform or algorithm change': 'Watch for platform changes and avoid resting the plan on one platform',
};

function rootCauseDraft(matrix: RootCauseMatrix): Draft | null {
  if (matrix.total < 2) return null;
  const serious = (counts: readonly number[]) =>
    matrix.severities.reduce((n, s, j) => n + ((['Significant', 'Critical'] as (Severity | 'Not set')[]).includes(s) ? item(counts, j, 'severity column') : 0), 0);
  const ranked = rootCauseRows(matrix).map(({ cause, counts, total }) => ({ cause, counts, count: total }))
    .filter((c): c is typeof c & { cause: RootCause } => c.cause !== 'Not set' && c.count >= 2).sort((a, b) => b.count - a.count);
  const top = ranked[0];
  if (!top || top.count / matrix.total < 0.4) return null;
  const severe = serious(top.counts);
  const detail = severe === 0 ? 'all minor' : `${severe} significant or critical`;
  return {
    category: 'issues',
    score: (0.8 * top.count) / matrix.total,
    learning: `${top.cause} was the root cause of ${top.count} of ${matrix.total} issues (${detail}).`,
    recommendations: [`${CAUSE_ACTIONS[top.cause]}: ${top.count} of ${matrix.total} issues traced back to ${top.cause.toLowerCase()} causes (${detail}).`],
  };
}

function onTimeDraft({ campaign, creators }: DraftInput): Draft | null {
  const share = campaign.onTimeShare;
  if (share === null || campaign.n.onTime < 2 || share >= 0.8) return null;
  const onTime = Math.round(share * campaign.n.onTime);
  const revisions = (flag: boolean) => creators.filter((c) => c.firstDraftOnTime === flag && c.revisions !== null).map((c) => c.revisions);
  const [late, prompt] = [revisions(false), revisions(true)];
  const extra = late.length >= 2 && prompt.length >= 2 && mean(late)! > mean(prompt)!
    ? `; late creators needed ${mean(late)!.toFixed(1)} revision rounds on average against ${mean(prompt)!.toFixed(1)} for on-time ones`
    : '';
  const counted = `${onTime} of ${campaign.n.onTime} creators (${formatPercent(share)})`;
  return {
    category: 'drafts',
    score: 1 - share,
    learning: `Only ${counted} delivered their first draft on time${extra}.`,
    recommendations: [`Build buffer into first-draft deadlines and check in halfway: only ${counted} delivered their first draft on time.`],
    basis: { creators: campaign.n.onTime },
  };
}

function liftDraft(campaign: GroupFigures): Draft | null {
  const lift = campaign.medianErLift;
  if (lift === null || campaign.n.erLift < 2 || Math.abs(lift) < 0.1) return null;
  const evidence = `median ER lift ${formatSignedPercent(lift)} across ${campaign.n.erLift} creators`;
  return lift < 0
    ? {
      category: 'engagement', score: Math.min(0.8 * -lift, 0.6),
      learning: `Sponsored content engaged below creators' usual level: ${evidence}.`,
      recommendations: [`Give creators more creative room so sponsored posts hold their audience: ${evidence}.`],
      basis: { creators: campaign.n.erLift },
    }
    : { category: 'engagement', score: Math.min(0.8 * lift, 0.6), learning: `Sponsored content engaged better than creators' usual posts: ${evidence}.`, recommendations: [] };
}
