// The portfolio across the agency's clients: creators from every campaign in the ledger grouped by tier × format ×
// platform × objective (optionally one client category), with pooled CPE (Σ cost ÷ Σ engagements), median ER
// lift, conversions and the sample behind each figure. A figure resting on fewer creators than the threshold is
// shown greyed and never claimed; the claims name the best claimed cell per objective.
import type { Format, Platform, Tier } from '../choices.ts';
import { median, pooled } from '../metrics.ts';
import { nameKey } from '../reports/learnings-doc.ts';
import type { Ledger, LedgerCreator, Objective } from './records.ts';

/** "No pattern from fewer than 3 creators": the sample a portfolio figure needs before it is claimed. */
export const PORTFOLIO_THRESHOLD = 3;

export interface Figure {
  value: number | null;
  /** Creators the figure rests on (those with its inputs). */
  n: number;
  claimed: boolean;
}

export interface PortfolioCell {
  tier: Tier | 'Not set';
  format: Format | 'Not set';
  platform: Platform | 'Not set';
  objective: Objective | 'Not set';
  currency: string;
  creators: number;
  campaigns: number;
  clients: number;
  cpe: Figure;
  medianErLift: Figure;
  conversions: Figure;
  /** The cell has at least the threshold of creators. */
  claimed: boolean;
}

export interface PortfolioClaim {
  objective: Objective | 'Not set';
  kind: 'lowest CPE' | 'highest median ER lift';
  cell: PortfolioCell;
}

export interface Portfolio {
  threshold: number;
  category: string | null;
  currencies: string[];
  cells: PortfolioCell[];
  claims: PortfolioClaim[];
}

/** Where a creator falls in the portfolio's grid. */
type CellKey = Pick<PortfolioCell, 'tier' | 'format' | 'platform' | 'objective' | 'currency'>;

const ORDER = { objective: ['Awareness', 'Consideration', 'Conversion', 'Not set'] };

export function portfolio(ledger: Ledger, options: { category?: string; threshold?: number } = {}): Portfolio {
  const threshold = options.threshold ?? PORTFOLIO_THRESHOLD;
  const currencyOf = new Map(ledger.campaigns.map((c) => [c.key, c.currency.trim().toUpperCase() || 'USD']));
  const creators = ledger.creators.filter((c) => !options.category || nameKey(c.clientCategory) === nameKey(options.category));
  const groups = new Map<string, { at: CellKey; members: LedgerCreator[] }>();
  for (const c of creators) {
    const at: CellKey = { tier: c.tier ?? 'Not set', format: c.format ?? 'Not set', platform: c.platform ?? 'Not set', objective: c.objective ?? 'Not set', currency: currencyOf.get(c.campaignKey) ?? 'USD' };
    const key = JSON.stringify(at);
    const group = groups.get(key) ?? { at, members: [] };
    group.members.push(c);
    groups.set(key, group);
  }
  const figure = (value: number | null, n: number): Figure => ({ value, n, claimed: value !== null && n >= threshold });
  const cells: PortfolioCell[] = [...groups.values()].map(({ at: { tier, format, platform, objective, currency }, members }) => {
    const cpe = pooled(members, (m) => m.cost, (m) => m.engagements);
    const lifts = members.map((m) => m.erLift).filter((v): v is number => v !== null);
    const conversions = members.map((m) => m.conversions).filter((v): v is number => v !== null);
    return {
      tier, format, platform, objective, currency, creators: members.length,
      campaigns: new Set(members.map((m) => m.campaignKey)).size, clients: new Set(members.map((m) => nameKey(m.client))).size,
      cpe: figure(cpe.value, cpe.n), medianErLift: figure(median(lifts), lifts.length),
      conversions: figure(conversions.length ? conversions.reduce((a, b) => a + b, 0) : null, conversions.length),
      claimed: members.length >= threshold,
    };
  }).sort((a, b) => ORDER.objective.indexOf(a.objective) - ORDER.objective.indexOf(b.objective) || b.creators - a.creators
    || `${a.tier}${a.format}${a.platform}`.localeCompare(`${b.tier}${b.format}${b.platform}`));

  // Claims compare like with like: one objective, one currency (a € CPE is not lower than a $ one).
  const claims: PortfolioClaim[] = [];
  const currencies = [...new Set(cells.map((c) => c.currency))];
  for (const objective of ORDER.objective as PortfolioCell['objective'][]) {
    for (const currency of currencies) {
      const here = cells.filter((c) => c.objective === objective && c.currency === currency);
      const byCpe = here.filter((c) => c.cpe.claimed).sort((a, b) => (a.cpe.value ?? 0) - (b.cpe.value ?? 0))[0];
      if (byCpe) claims.push({ objective, kind: 'lowest CPE', cell: byCpe });
      const byLift = here.filter((c) => c.medianErLift.claimed).sort((a, b) => (b.medianErLift.value ?? 0) - (a.medianErLift.value ?? 0))[0];
      if (byLift) claims.push({ objective, kind: 'highest median ER lift', cell: byLift });
    }
  }
  return { threshold, category: options.category ?? null, currencies, cells, claims };
}
