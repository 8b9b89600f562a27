// The metric definitions, in code. The tabs' formulas (tabs/*.ts) compute the same figures live in the sheet;
// test/domain/metrics.test.ts evaluates those formulas and checks both agree, so change them together.
import { item } from './item.ts';
import type { ContentRecord, CreatorRecord, KpiRecord, TierThresholds } from './records.ts';
import { DEFAULT_TIERS } from './records.ts';
import type { Tier } from './choices.ts';
import { MAX_PLAUSIBLE } from './values.ts';

/**
 * numerator ÷ denominator × scale, or null when an input is missing or the denominator is zero: the sheet's
 * `ratio()` formulas show blank in the same cases, and a zero numerator gives 0 there too (a gifted post costs 0).
 */
export function ratio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = (numerator / denominator) * scale;
  return Number.isFinite(value) ? value : null;
}

/**
 * A ratio of amounts (counts, costs): null as `ratio`, and also when an amount is negative or implausibly large, as
 * the tabs' `ratio(…, { amounts: true })` formulas show blank (the reader names such values and leaves them out).
 */
export function amountRatio(numerator: number | null, denominator: number | null, scale = 1): number | null {
  if (numerator === null || denominator === null || numerator < 0 || denominator <= 0 || numerator >= MAX_PLAUSIBLE || denominator >= MAX_PLAUSIBLE) return null;
  return ratio(numerator, denominator, scale);
}

export const sponsoredEr = (c: Pick<CreatorRecord, 'engagements' | 'followers'>) => amountRatio(c.engagements, c.followers);

export function erLift(c: Pick<CreatorRecord, 'engagements' | 'followers' | 'organicEngagementRate'>): number | null {
  const organic = c.organicEngagementRate;
  const lifted = organic !== null && organic > 0 && organic <= 1 ? ratio(sponsoredEr(c), organic) : null;
  return lifted === null ? null : lifted - 1;
}

export const cpe = (c: Pick<CreatorRecord, 'cost' | 'engagements'>) => amountRatio(c.cost, c.engagements);
export const cpm = (c: Pick<CreatorRecord, 'cost' | 'impressions'>) => amountRatio(c.cost, c.impressions, 1000);
export const cpc = (c: Pick<CreatorRecord, 'cost' | 'clicks'>) => amountRatio(c.cost, c.clicks);
export const cpa = (c: Pick<CreatorRecord, 'cost' | 'conversions'>) => amountRatio(c.cost, c.conversions);
/**
 * Rounded to 10 decimals, as the Content tab's ER formula is: the Rank formula's COUNTIFS turns ER into text
 * for its ">" criterion, and an unrounded 1/3 would compare against its own 15-digit text and miscount.
 */
export const contentEr = (p: Pick<ContentRecord, 'engagements' | 'impressions'>) => {
  const er = amountRatio(p.engagements, p.impressions);
  return er === null ? null : Math.round(er * 1e10) / 1e10;
};

/**
 * Rates of one count over another: for each creator and each piece, and pooled over a group of creators
 * (Σ of ÷ Σ per, over those that have both). Each shows in the Patterns tab, the internal brief and the metric
 * definitions; a new input column that feeds one is one entry here.
 */
export const RATES = [
  {
    key: 'saveRate', name: 'Save rate', of: 'saves', per: 'impressions',
    definition: 'Saves ÷ impressions: how often people kept the content to come back to (Instagram saves, TikTok favourites).',
  },
] as const satisfies readonly { key: string; name: string; of: RateInput; per: RateInput; definition: string }[];

/** The counts a rate may be made of: the input columns creators and pieces both have. */
type RateInput = { [K in keyof CreatorRecord & keyof ContentRecord]: CreatorRecord[K] extends number | null ? K : never }[keyof CreatorRecord & keyof ContentRecord];
export type Rate = (typeof RATES)[number];
export type RateKey = Rate['key'];

/** A rate for one creator or piece: null when a count is missing or the divisor is zero. */
export const rateOf = (rate: Rate, record: Pick<CreatorRecord, RateInput>): number | null => amountRatio(record[rate.of], record[rate.per]);

/** Every rate for one creator or piece, by key. */
export const ratesOf = (record: Pick<CreatorRecord, RateInput>): Record<RateKey, number | null> =>
  Object.fromEntries(RATES.map((rate) => [rate.key, rateOf(rate, record)])) as Record<RateKey, number | null>;

export const kpiVariance = (k: Pick<KpiRecord, 'target' | 'actual'>) =>
  k.actual === null || k.target === null || k.target <= 0 ? null : ratio(k.actual - k.target, k.target);

export type KpiStatus = 'met' | 'missed' | 'unknown';

export function kpiStatus(k: Pick<KpiRecord, 'target' | 'actual' | 'lowerIsBetter'>): KpiStatus {
  if (k.target === null || k.actual === null || k.target < 0) return 'unknown';
  const met = k.lowerIsBetter ? k.actual <= k.target : k.actual >= k.target;
  return met ? 'met' : 'missed';
}

/** Nano < micro ≤ Micro < midTier ≤ Mid-tier < macro ≤ Macro < mega ≤ Mega, as the Tier formula. */
export function tierOf(followers: number | null, tiers: TierThresholds = DEFAULT_TIERS): Tier | null {
  if (followers === null || followers < 0 || followers >= MAX_PLAUSIBLE) return null;
  if (followers < tiers.micro) return 'Nano';
  if (followers < tiers.midTier) return 'Micro';
  if (followers < tiers.macro) return 'Mid-tier';
  if (followers < tiers.mega) return 'Macro';
  return 'Mega';
}

/** A pooled ratio over a group: Σ numerator ÷ Σ denominator over the members that have both, and how many did. */
export function pooled<T>(members: readonly T[], numerator: (m: T) => number | null, denominator: (m: T) => number | null, scale = 1): { value: number | null; n: number } {
  let top = 0;
  let bottom = 0;
  let n = 0;
  for (const m of members) {
    const a = numerator(m);
    const b = denominator(m);
    if (a === null || b === null) continue;
    top += a;
    bottom += b;
    n++;
  }
  return { value: n === 0 ? null : ratio(top, bottom, scale), n };
}

export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  const upper = item(known, mid, 'median value');
  return known.length % 2 ? upper : (item(known, mid - 1, 'median value') + upper) / 2;
}

export function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/** Sheets' ROUND(x, 0): halves go away from zero (Math.round sends -2.5 to -2). */
const roundHalfAwayFromZero = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * Each piece's rank by content ER, highest first (null without an ER), as the Rank formula:
 * 1 + #(ER > mine) + #(ER = mine and clicks > mine), clicks rounded to whole clicks and blank ones counted as 0.
 * Sorted once, so 10,000 pieces take milliseconds: a full tie (same ER, same clicks) shares the first rank of its run.
 */
export function rankContent(pieces: readonly Pick<ContentRecord, 'engagements' | 'impressions' | 'clicks'>[]): (number | null)[] {
  const scored = pieces.map((p, index) => ({ index, er: contentEr(p), clicks: roundHalfAwayFromZero(p.clicks ?? 0) }));
  const ranked = scored.filter((s): s is typeof s & { er: number } => s.er !== null).sort((a, b) => b.er - a.er || b.clicks - a.clicks);
  const ranks: (number | null)[] = pieces.map(() => null);
  ranked.forEach((piece, i) => {
    const previous = ranked[i - 1];
    const tied = previous !== undefined && previous.er === piece.er && previous.clicks === piece.clicks;
    ranks[piece.index] = tied ? (ranks[previous.index] as number) : i + 1;
  });
  return ranks;
}

export interface MetricDefinition {
  name: string;
  definition: string;
}

/** The definitions in words, with this campaign's tier thresholds (README and the Patterns tab). */
export function describeMetrics(tiers: TierThresholds = DEFAULT_TIERS): MetricDefinition[] {
  const k = compactCount;
  return [
    { name: 'Sponsored ER', definition: 'Engagements ÷ followers.' },
    { name: 'ER lift', definition: 'Sponsored ER ÷ organic ER − 1: above 0 means sponsored content engaged better than the creator’s usual posts.' },
    { name: 'CPE', definition: 'Cost per engagement: cost ÷ engagements.' },
    { name: 'CPM', definition: 'Cost per thousand impressions: cost ÷ impressions × 1000.' },
    { name: 'CPC', definition: 'Cost per click: cost ÷ clicks.' },
    { name: 'CPA', definition: 'Cost per conversion: cost ÷ conversions.' },
    { name: 'Content ER', definition: 'Engagements ÷ impressions. Content is ranked by it, highest first; ties are broken by clicks.' },
    ...RATES.map((rate) => ({ name: rate.name, definition: `${rate.definition} For a group: pooled, Σ ÷ Σ.` })),
    { name: 'KPI variance', definition: '(Actual − target) ÷ target. A KPI is met when actual ≥ target, or ≤ target when lower is better.' },
    {
      name: 'Tiers',
      definition: `By followers: Nano under ${k(tiers.micro)}, Micro ${k(tiers.micro)}–${k(tiers.midTier)}, Mid-tier ${k(tiers.midTier)}–${k(tiers.macro)}, ` +
        `Macro ${k(tiers.macro)}–${k(tiers.mega)}, Mega ${k(tiers.mega)} and up.`,
    },
    { name: 'Pooled CPE / CPM / CPA', definition: 'For a group of creators: Σ cost ÷ Σ engagements (impressions, conversions), over the creators that have both numbers.' },
    { name: 'Median ER lift', definition: 'The middle ER lift of a group’s creators, so one outlier doesn’t decide it.' },
    { name: 'On-time share', definition: 'Creators whose first draft arrived on time ÷ creators with that box filled in.' },
    { name: 'Missing inputs', definition: 'A figure whose inputs are missing, or whose divisor is zero, is left blank rather than guessed.' },
  ];
}

export const metricDefinitions: readonly MetricDefinition[] = describeMetrics();

/** 10000 → "10K", 1500000 → "1.5M": how people say follower counts. */
export function compactCount(value: number): string {
  const units: [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toFixed(1))}${suffix}`;
  }
  return String(value);
}
