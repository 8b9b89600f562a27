// Recommendations that reverse the client's previous learning. The previous campaign's creators (from the campaign
// ledger: tier, platform, format, brief style, cost, engagements, ER lift) give its learning per dimension the way
// this campaign's drafts are made: for tier, platform and format the cheapest group of 2+ creators 10%+ under the
// campaign's pooled CPE, else the dearest 10%+ over (standoutCpe); for the brief, the style with the better median
// ER lift, else CPE (briefLeader). A drafted recommendation of this campaign whose lean opposes it (last time
// "favour TikTok", now "favour Instagram"; last time Macro was dear, now "shift budget toward Macro") is a reversal,
// flagged to the team with both numbers. When the group favoured last time has no figure this time, this campaign
// says nothing against it: no reversal. Structural types: anything shaped like the ledger's rows will do.
import { median, pooled } from '../metrics.ts';
import { briefLeader, standoutCpe } from './draft-groups.ts';
import { formatMoney, formatPercent, formatSignedPercent } from './format.ts';
import { opposes } from './signable.ts';
import type { DimensionGroups, Finding, Lean, LeanFigure } from './types.ts';

/** The dimensions both the ledger's creator rows and this campaign's groups have. */
const DIMENSIONS = ['tier', 'platform', 'format', 'brief'] as const;
type Compared = (typeof DIMENSIONS)[number];

/** A creator row of the previous campaign, as the ledger keeps it. */
export type PreviousCreator = Record<Compared, string | null> & { cost: number | null; engagements: number | null; erLift: number | null };

export interface PreviousLearnings {
  /** Its name, and its currency when the ledger has one (its CPE is said in it). */
  campaign: { campaign: string; currency?: string };
  creators: readonly PreviousCreator[];
}

export interface ReversalSide {
  value: string;
  toward: boolean;
  figure: LeanFigure;
}

export interface Reversal {
  dimension: Compared;
  /** This campaign's recommendation, as drafted. */
  recommendation: string;
  previousCampaign: string;
  /** The previous campaign's learning: the figure it rested on (a group's pooled CPE against the campaign's, or a brief style's against the other's). */
  before: ReversalSide;
  /** This campaign's recommendation: the figure it rests on. */
  now: ReversalSide;
  /** "Spring Glow favoured TikTok (CPE $0.12 vs $0.30 average); this one favours Instagram (ER 6.1% vs 2.0% for the bottom pieces)." */
  detail: string;
  /** The detail after REVERSAL_LABEL, as the sidebar and the menu list it. */
  sentence: string;
}

/** The previous campaign's figures for one group: pooled CPE and median ER lift, with how many creators each rests on. */
function figuresOf(creators: readonly PreviousCreator[], value: string) {
  const lifts = creators.map((c) => c.erLift).filter((v): v is number => v !== null);
  const cpe = pooled(creators, (c) => c.cost, (c) => c.engagements);
  return { value, small: creators.length < 2, cpe: cpe.value, medianErLift: median(lifts), n: { cpe: cpe.n, erLift: lifts.length } };
}

/** The previous campaign's lean on each dimension, as its drafts would have had it. */
function previousLeans(creators: readonly PreviousCreator[]): Map<Compared, Required<Lean>> {
  const campaignCpe = figuresOf(creators, '').cpe;
  const leans = new Map<Compared, Required<Lean>>();
  for (const dimension of DIMENSIONS) {
    const values = [...new Set(creators.map((c) => c[dimension]).filter((v): v is string => !!v))];
    const groups = values.map((value) => figuresOf(creators.filter((c) => c[dimension] === value), value));
    if (dimension === 'brief') {
      const leader = briefLeader(groups.find((g) => g.value === 'Detailed'), groups.find((g) => g.value === 'Vague'));
      if (leader) leans.set(dimension, { dimension, value: leader.a.value, toward: true, figure: leader.figure });
      continue;
    }
    const standout = standoutCpe(groups, campaignCpe);
    if (!standout || !campaignCpe) continue;
    const { group, delta } = standout;
    leans.set(dimension, { dimension, value: group.value, toward: delta < 0, figure: { metric: 'CPE', value: group.cpe!, versus: campaignCpe } });
  }
  return leans;
}

/** How the team is told (a team-only phrase: client-wording.ts keeps it out of client documents). */
export const REVERSAL_LABEL = 'Reverses last campaign';

const brief = (value: string) => `a ${value.toLowerCase()} brief`;
const subject = (dimension: Compared, value: string) =>
  (dimension === 'tier' ? (value === 'Mid-tier' ? 'Mid-tier' : `${value} tier`) : dimension === 'format' ? `the ${value} format` : dimension === 'brief' ? brief(value) : value);

/** "CPE $0.12 vs $0.30 average"; a brief style's against the other style's. */
function figureText(dimension: Compared, side: ReversalSide, currency: string): string {
  const { metric, value, versus } = side.figure;
  const against = dimension === 'brief' ? `with ${brief(side.value === 'Detailed' ? 'Vague' : 'Detailed')}` : metric === 'ER' ? 'for the bottom pieces' : 'average';
  if (metric === 'CPE') return `CPE ${formatMoney(value, currency)} vs ${formatMoney(versus, currency)} ${against}`;
  return metric === 'ER' ? `ER ${formatPercent(value, 1)} vs ${formatPercent(versus, 1)} ${against}` : `median ER lift ${formatSignedPercent(value)} vs ${formatSignedPercent(versus)} ${against}`;
}

/** "favoured TikTok (CPE $0.12 vs $0.30 average)" */
function sideText(dimension: Compared, side: ReversalSide, currency: string, past: boolean): string {
  const verb = side.toward ? (past ? 'favoured' : 'favours') : (past ? 'steered away from' : 'steers away from');
  return `${verb} ${subject(dimension, side.value)} (${figureText(dimension, side, currency)})`;
}

/**
 * This campaign's drafted recommendations that point the opposite way from the previous campaign's learning, each
 * with both numbers. `groups` are this campaign's: a reversal toward another group needs the one favoured last time
 * to have a figure this time.
 */
export function findReversals(recommendations: readonly Finding[], groups: readonly DimensionGroups[], previous: PreviousLearnings | null | undefined, currency: string): Reversal[] {
  if (!previous || previous.creators.length === 0) return [];
  const before = previousLeans(previous.creators);
  const name = previous.campaign.campaign.trim() || 'The last campaign';
  const figured = (dimension: string, value: string) => groups.some((d) => d.dimension === dimension && d.groups.some((g) => g.value === value && (g.cpe !== null || g.medianErLift !== null)));
  const found: Reversal[] = [];
  for (const finding of recommendations) {
    const now = finding.lean;
    if (finding.source !== 'analysis' || !now?.figure || !(DIMENSIONS as readonly string[]).includes(now.dimension)) continue;
    const dimension = now.dimension as Compared;
    const then = before.get(dimension);
    if (!then || !opposes(then, now) || (then.value !== now.value && !figured(dimension, then.value))) continue;
    if (found.some((r) => r.dimension === dimension && r.now.value === now.value)) continue; // said once per lean
    const sides = { before: { value: then.value, toward: then.toward, figure: then.figure }, now: { value: now.value, toward: now.toward, figure: now.figure } };
    const detail = `${name} ${sideText(dimension, sides.before, previous.campaign.currency || currency, true)}; this one ${sideText(dimension, sides.now, currency, false)}.`;
    found.push({ dimension, recommendation: finding.text, previousCampaign: name, ...sides, detail, sentence: `${REVERSAL_LABEL}: ${detail}` });
  }
  return found;
}
