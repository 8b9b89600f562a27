// Drafts about creator groups: the tier, platform or format whose pooled CPE stands out from the campaign's,
// and the brief-style effect. Only groups of 2 or more creators are claimed; a lone extreme is named as too small.
import type { Draft, DraftInput } from './draft-input.ts';
import { describeChange, formatMoney, formatSignedPercent, plural } from './format.ts';
import type { DimensionGroups, Group, LeanFigure } from './types.ts';

/** Relative CPE differences smaller than this are noise, not a learning. */
const MEANINGFUL = 0.1;

/** Tier gaps lead: agencies plan budgets by tier, so a clear tier difference is the most actionable cost finding. */
const WEIGHT = { tier: (d: number) => 0.6 + d / 2, platform: (d: number) => 0.8 * d, format: (d: number) => 0.7 * d } as const;

function subject(group: Group): string {
  if (group.dimension !== 'tier') return `${group.value} creators`;
  const name = group.value === 'Mid-tier' ? 'Mid-tier' : `${group.value}-tier`;
  return `${name} creators (${group.label.slice(group.value.length + 2, -1)})`;
}

export function costDraft(dimension: DimensionGroups, { campaign, currency }: DraftInput): Draft | null {
  if (dimension.dimension === 'brief' || dimension.dimension === 'briefScore' || campaign.cpe === null) return null;
  const money = (v: number) => formatMoney(v, currency);
  const priced = dimension.groups.filter((g) => g.cpe !== null && g.vsCampaign.cpe !== null && g.value !== 'Other');
  const standout = standoutCpe(priced, campaign.cpe);
  if (!standout) return null;
  const { group: pick, delta } = standout;
  const evidence = `(${money(pick.cpe!)} vs ${money(campaign.cpe)}, ${plural(pick.n.cpe, 'creator')})`;
  // Say so when a single creator would have been the extreme: it is shown, never claimed.
  const lonely = priced.filter((g) => g.n.cpe < 2 && (delta < 0 ? g.cpe! < pick.cpe! : g.cpe! > pick.cpe!));
  const [extreme] = lonely;
  const caveat = extreme
    ? ` ${extreme.label} had a ${delta < 0 ? 'lower' : 'higher'} CPE still (${money(extreme.cpe!)}), but from 1 creator: too few to call a pattern.`
    : '';
  const learning = delta < 0
    ? `${subject(pick)} delivered a ${describeChange(delta)} CPE than the campaign average ${evidence}.${caveat}`
    : `${subject(pick)} had a ${describeChange(delta)} CPE than the campaign average ${evidence}.${caveat}`;
  const recommendation = delta < 0
    ? `Shift budget toward ${lowerSubject(pick)}, which delivered a ${describeChange(delta)} CPE than the campaign average ${evidence}.`
    : `Renegotiate fees with ${lowerSubject(pick)} or move that budget elsewhere: their CPE was ${describeChange(delta)} than the campaign average ${evidence}.`;
  return {
    category: 'cost', score: WEIGHT[dimension.dimension](Math.min(Math.abs(delta), 1.5)), learning, recommendations: [recommendation],
    lean: { dimension: dimension.dimension, value: pick.value, toward: delta < 0, figure: { metric: 'CPE', value: pick.cpe!, versus: campaign.cpe } },
    basis: { creators: pick.n.cpe, cost: pick.cost },
  };
}

/**
 * The group a cost learning is about: of the groups of 2+ creators with a CPE (never "Other"), the cheapest when
 * it is 10%+ below the campaign's pooled CPE, else the dearest when 10%+ above; `delta` is its CPE against the
 * campaign's (−0.4 = 40% lower). Shared with the previous campaign's learning read from the ledger (reversals.ts).
 */
export function standoutCpe<G extends { value: string; cpe: number | null; n: { cpe: number } }>(groups: readonly G[], campaignCpe: number | null): { group: G; delta: number } | null {
  if (!campaignCpe) return null;
  const solid = groups.filter((g) => g.cpe !== null && g.n.cpe >= 2 && g.value !== 'Other').sort((a, b) => a.cpe! - b.cpe!);
  const vs = (g: G) => g.cpe! / campaignCpe - 1;
  const best = solid[0];
  const worst = solid[solid.length - 1];
  const group = best && vs(best) <= -MEANINGFUL ? best : worst && vs(worst) >= MEANINGFUL ? worst : null;
  return group ? { group, delta: vs(group) } : null;
}

/** What briefLeader reads of a brief style's group. */
interface BriefSide {
  value: string;
  small: boolean;
  medianErLift: number | null;
  cpe: number | null;
  n: { erLift: number; cpe: number };
}

/**
 * The brief style that did better (`a`) than the other (`b`): by median ER lift when both have 2+ creators with one
 * and they are 5+ points apart, else by pooled CPE 10%+ apart (`figure` says which, with both sides' numbers); null
 * when neither, or a side is under 2 creators. Shared with the previous campaign's brief learning read from the ledger (reversals.ts).
 */
export function briefLeader<G extends BriefSide>(detailed: G | undefined, vague: G | undefined) {
  if (!detailed || !vague || detailed.small || vague.small) return null;
  const lifts = detailed.n.erLift >= 2 && vague.n.erLift >= 2 && detailed.medianErLift !== null && vague.medianErLift !== null;
  const costs = detailed.n.cpe >= 2 && vague.n.cpe >= 2 && detailed.cpe !== null && vague.cpe !== null && vague.cpe !== 0;
  const liftGap = lifts ? detailed.medianErLift! - vague.medianErLift! : 0;
  const costGap = costs ? detailed.cpe! / vague.cpe! - 1 : 0;
  if (Math.abs(liftGap) < 0.05 && Math.abs(costGap) < MEANINGFUL) return null;
  const byLift = lifts && Math.abs(liftGap) >= 0.05;
  const [a, b] = (byLift ? liftGap > 0 : costGap < 0) ? [detailed, vague] : [vague, detailed];
  const figure: LeanFigure = byLift ? { metric: 'ER lift', value: a.medianErLift!, versus: b.medianErLift! } : { metric: 'CPE', value: a.cpe!, versus: b.cpe! };
  return { a, b, lifts, costs, liftGap, costGap, figure };
}

export function briefDraft({ groups, currency }: DraftInput): Draft | null {
  const brief = groups.find((d) => d.dimension === 'brief');
  const leader = briefLeader(brief?.groups.find((g) => g.value === 'Detailed'), brief?.groups.find((g) => g.value === 'Vague'));
  if (!leader) return null;
  const { a, b, lifts, costs, liftGap, costGap } = leader;
  const name = (g: Group) => (g.value === 'Detailed' ? 'a detailed brief' : 'a vague brief');
  const parts: string[] = [];
  if (lifts && Math.abs(liftGap) >= 0.05) {
    parts.push(`a median ER lift of ${formatSignedPercent(a.medianErLift!)} against ${formatSignedPercent(b.medianErLift!)} with ${name(b)} (${a.n.erLift} vs ${b.n.erLift} creators)`);
  }
  if (costs && Math.abs(costGap) >= MEANINGFUL) {
    const rel = a.cpe! / b.cpe! - 1;
    const sameCreators = parts.length > 0 && a.n.cpe === a.n.erLift && b.n.cpe === b.n.erLift; // already said
    parts.push(`a ${describeChange(rel)} CPE (${formatMoney(a.cpe!, currency)} vs ${formatMoney(b.cpe!, currency)}${sameCreators ? '' : `, ${a.n.cpe} vs ${b.n.cpe} creators`})`);
  }
  const evidence = parts.join(', and ');
  const action = a.value === 'Detailed'
    ? 'Give every creator a detailed brief (key messages, must-shows, deadlines)'
    : 'Give creators a looser brief and room to make the content their own';
  return {
    category: 'brief',
    score: 0.5 + 0.5 * Math.max(Math.abs(liftGap), Math.min(Math.abs(costGap), 1)), // a lever the team controls directly
    learning: `Creators given ${name(a)} had ${evidence}.`,
    recommendations: [`${action}: those given ${name(a)} had ${evidence}.`],
    lean: { dimension: 'brief', value: a.value, toward: true, figure: leader.figure },
    basis: { creators: Math.min(a.creators, b.creators) },
  };
}

/** Mid-sentence: "micro-tier creators", but platform names keep their capitals. */
const lowerSubject = (group: Group) => {
  const text = subject(group);
  return group.dimension === 'platform' ? text : text.charAt(0).toLowerCase() + text.slice(1);
};
