// Recommendations that reverse the client's previous learning. The previous campaign's creators (from the campaign
// ledger: tier, platform, format, cost, engagements) give its cost learning per dimension the way this campaign's
// drafts are made (standoutCpe: the cheapest group of 2+ creators 10%+ under the campaign's pooled CPE, else the
// dearest 10%+ over). A drafted recommendation of this campaign whose lean opposes it (last time "favour TikTok",
// now "favour Instagram"; or last time Macro was dear, now "shift budget toward Macro") is a reversal, flagged to
// the team with both numbers. When the group favoured last time has no figure this time, this campaign says nothing
// against it: no reversal. Brief style isn't in the ledger, so a brief recommendation is never compared. Structural
// types: anything shaped like the ledger's rows will do.
import { pooled } from '../metrics.ts';
import { standoutCpe } from './draft-groups.ts';
import { formatMoney, formatPercent } from './format.ts';
import { opposes } from './signable.ts';
import type { DimensionGroups, Finding, Lean, LeanFigure } from './types.ts';

/** The dimensions both the ledger's creator rows and this campaign's groups have. */
const DIMENSIONS = ['tier', 'platform', 'format'] as const;
type Compared = (typeof DIMENSIONS)[number];

/** A creator row of the previous campaign, as the ledger keeps it. */
export type PreviousCreator = Record<Compared, string | null> & { cost: number | null; engagements: number | null };

export interface PreviousLearnings {
  campaign: { campaign: string };
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
  /** The previous campaign's learning: its group's pooled CPE against that campaign's. */
  before: ReversalSide;
  /** This campaign's recommendation: the figure it rests on. */
  now: ReversalSide;
  /** "Spring Glow favoured TikTok (CPE $0.12 vs $0.30 average); this one favours Instagram (ER 6.1% vs 2.0% for the bottom pieces)." */
  detail: string;
  /** The detail after REVERSAL_LABEL, as the sidebar and the menu list it. */
  sentence: string;
}

/** The previous campaign's cost lean on each dimension, from its creators' pooled CPE. */
function previousLeans(creators: readonly PreviousCreator[]): Map<Compared, Required<Lean>> {
  const cost = (c: PreviousCreator) => c.cost;
  const engagements = (c: PreviousCreator) => c.engagements;
  const campaignCpe = pooled(creators, cost, engagements).value;
  const leans = new Map<Compared, Required<Lean>>();
  for (const dimension of DIMENSIONS) {
    const values = [...new Set(creators.map((c) => c[dimension]).filter((v): v is string => !!v))];
    const groups = values.map((value) => {
      const figures = pooled(creators.filter((c) => c[dimension] === value), cost, engagements);
      return { value, cpe: figures.value, n: { cpe: figures.n } };
    });
    const standout = standoutCpe(groups, campaignCpe);
    if (!standout || !campaignCpe) continue;
    const { group, delta } = standout;
    leans.set(dimension, { dimension, value: group.value, toward: delta < 0, figure: { metric: 'CPE', value: group.cpe!, versus: campaignCpe } });
  }
  return leans;
}

/** How the team is told (a team-only phrase: client-wording.ts keeps it out of client documents). */
export const REVERSAL_LABEL = 'Reverses last campaign';

const subject = (dimension: Compared, value: string) => (dimension === 'tier' ? (value === 'Mid-tier' ? 'Mid-tier' : `${value} tier`) : dimension === 'format' ? `the ${value} format` : value);

function figureText(figure: LeanFigure, currency: string): string {
  return figure.metric === 'CPE'
    ? `CPE ${formatMoney(figure.value, currency)} vs ${formatMoney(figure.versus, currency)} average`
    : `ER ${formatPercent(figure.value, 1)} vs ${formatPercent(figure.versus, 1)} for the bottom pieces`;
}

/** "favoured TikTok (CPE $0.12 vs $0.30 average)" */
function sideText(dimension: Compared, side: ReversalSide, currency: string, past: boolean): string {
  const verb = side.toward ? (past ? 'favoured' : 'favours') : (past ? 'steered away from' : 'steers away from');
  return `${verb} ${subject(dimension, side.value)} (${figureText(side.figure, currency)})`;
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
  const priced = (dimension: string, value: string) => groups.some((d) => d.dimension === dimension && d.groups.some((g) => g.value === value && g.cpe !== null));
  const found: Reversal[] = [];
  for (const finding of recommendations) {
    const now = finding.lean;
    if (finding.source !== 'analysis' || !now?.figure || !(DIMENSIONS as readonly string[]).includes(now.dimension)) continue;
    const dimension = now.dimension as Compared;
    const then = before.get(dimension);
    if (!then || !opposes(then, now) || (then.value !== now.value && !priced(dimension, then.value))) continue;
    if (found.some((r) => r.dimension === dimension && r.now.value === now.value)) continue; // said once per lean
    const sides = { before: { value: then.value, toward: then.toward, figure: then.figure }, now: { value: now.value, toward: now.toward, figure: now.figure } };
    const detail = `${name} ${sideText(dimension, sides.before, currency, true)}; this one ${sideText(dimension, sides.now, currency, false)}.`;
    found.push({ dimension, recommendation: finding.text, previousCampaign: name, ...sides, detail, sentence: `${REVERSAL_LABEL}: ${detail}` });
  }
  return found;
}
