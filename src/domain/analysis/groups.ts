// Creator figures per group (tier, platform, format, brief style) and for the whole campaign, with pooled
// costs: a group's CPE is Σ cost ÷ Σ engagements, so a big creator weighs in proportion to what they got.
import { BRIEF_STYLES, FORMATS, PLATFORMS, TIERS } from '../choices.ts';
import { compactCount, cpa, cpc, cpe, cpm, erLift, mean, median, pooled, RATES, ratio, sponsoredEr, tierOf } from '../metrics.ts';
import { BRIEF_BANDS, briefBand, briefScore, checklistOf } from '../brief-checklist.ts';
import type { CreatorRecord, TierThresholds } from '../records.ts';
import type { CreatorMetrics, Dimension, DimensionGroups, Group, GroupFigures, VsCampaign } from './types.ts';

const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

export function groupFigures(creators: readonly CreatorRecord[]): GroupFigures {
  const cost = (c: CreatorRecord) => c.cost;
  const pooledCpe = pooled(creators, cost, (c) => c.engagements);
  const pooledCpm = pooled(creators, cost, (c) => c.impressions, 1000);
  const pooledCpc = pooled(creators, cost, (c) => c.clicks);
  const pooledCpa = pooled(creators, cost, (c) => c.conversions);
  const lifts = creators.map(erLift).filter((v): v is number => v !== null);
  const ratings = creators.map((c) => c.rating).filter((v): v is number => v !== null);
  const onTime = creators.map((c) => c.firstDraftOnTime).filter((v): v is boolean => v !== null);
  const rates = RATES.map((rate) => [rate.key, pooled(creators, (c) => c[rate.of], (c) => c[rate.per])] as const);
  return {
    creators: creators.length,
    cost: sum(creators.map(cost)),
    engagements: sum(creators.map((c) => c.engagements)),
    impressions: sum(creators.map((c) => c.impressions)),
    clicks: sum(creators.map((c) => c.clicks)),
    conversions: sum(creators.map((c) => c.conversions)),
    medianErLift: median(lifts),
    cpe: pooledCpe.value,
    cpm: pooledCpm.value,
    cpc: pooledCpc.value,
    cpa: pooledCpa.value,
    averageRating: mean(ratings),
    onTimeShare: ratio(onTime.filter(Boolean).length, onTime.length),
    rates: Object.fromEntries(rates.map(([key, r]) => [key, r.value])) as GroupFigures['rates'],
    n: {
      erLift: lifts.length, cpe: pooledCpe.n, cpm: pooledCpm.n, cpc: pooledCpc.n, cpa: pooledCpa.n, rating: ratings.length, onTime: onTime.length,
      rates: Object.fromEntries(rates.map(([key, r]) => [key, r.n])) as GroupFigures['n']['rates'],
    },
  };
}

function vsCampaign(group: GroupFigures, campaign: GroupFigures): VsCampaign {
  const relative = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b - 1);
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    cpe: relative(group.cpe, campaign.cpe),
    cpm: relative(group.cpm, campaign.cpm),
    cpa: relative(group.cpa, campaign.cpa),
    medianErLift: difference(group.medianErLift, campaign.medianErLift),
    averageRating: difference(group.averageRating, campaign.averageRating),
    onTimeShare: difference(group.onTimeShare, campaign.onTimeShare),
  };
}

/** "10K–50K" for Micro with the default thresholds; "under 10K" and "1M+" at the ends. */
export function tierRange(tier: string, tiers: TierThresholds): string {
  const k = compactCount;
  switch (tier) {
    case 'Nano': return `under ${k(tiers.micro)}`;
    case 'Micro': return `${k(tiers.micro)}–${k(tiers.midTier)}`;
    case 'Mid-tier': return `${k(tiers.midTier)}–${k(tiers.macro)}`;
    case 'Macro': return `${k(tiers.macro)}–${k(tiers.mega)}`;
    default: return `${k(tiers.mega)}+`;
  }
}

const DIMENSIONS: readonly { dimension: Dimension; title: string; values: readonly string[] }[] = [
  { dimension: 'tier', title: 'Tier', values: TIERS },
  { dimension: 'platform', title: 'Platform', values: PLATFORMS },
  { dimension: 'format', title: 'Format', values: FORMATS },
  { dimension: 'brief', title: 'Brief', values: BRIEF_STYLES },
  { dimension: 'briefScore', title: 'Brief checklist', values: BRIEF_BANDS },
];

export function dimensionValue(creator: CreatorRecord, dimension: Dimension, tiers: TierThresholds): string | null {
  switch (dimension) {
    case 'tier': return tierOf(creator.followers, tiers);
    case 'platform': return creator.platform;
    case 'format': return creator.format;
    case 'brief': return creator.brief;
    case 'briefScore': return briefBand(briefScore(checklistOf(creator)));
  }
}

/** Groups in each vocabulary's order, only those with creators. */
export function groupCreators(creators: readonly CreatorRecord[], tiers: TierThresholds, campaign: GroupFigures): DimensionGroups[] {
  return DIMENSIONS.map(({ dimension, title, values }) => {
    const groups: Group[] = [];
    for (const value of values) {
      const members = creators.filter((c) => dimensionValue(c, dimension, tiers) === value);
      if (members.length === 0) continue;
      const figures = groupFigures(members);
      const label = dimension === 'tier' ? `${value} (${tierRange(value, tiers)})` : dimension === 'briefScore' ? `${value} items` : value;
      groups.push({ dimension, value, label, small: members.length < 2, ...figures, vsCampaign: vsCampaign(figures, campaign) });
    }
    const unassigned = creators.filter((c) => dimensionValue(c, dimension, tiers) === null).length;
    return { dimension, title, groups, unassigned };
  });
}

export function creatorMetrics(creators: readonly CreatorRecord[], tiers: TierThresholds): CreatorMetrics[] {
  return creators.map((c) => ({
    row: c.row, handle: c.handle, tier: tierOf(c.followers, tiers), sponsoredEr: sponsoredEr(c), erLift: erLift(c),
    cpe: cpe(c), cpm: cpm(c), cpc: cpc(c), cpa: cpa(c),
  }));
}
