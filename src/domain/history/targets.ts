// Targets from history: a suggested next target per KPI from the client's own past campaigns. Method (README says
// it in words): take the client's campaigns before this one that had the KPI (same name), the same objective when
// both are known, the 5 most recent; for a count KPI (reach, clicks, conversions grow with spend) scale each actual
// by this budget ÷ that budget when every budget is known; suggest the median. "Historical data" only when at least
// 2 campaigns back it; 1 campaign gives a "Rough estimate"; the campaigns are always listed.
import type { TargetConfidence } from '../choices.ts';
import { median } from '../metrics.ts';
import { nameKey } from '../reports/learnings-doc.ts';
import type { KpiUnit, Ledger, LedgerCampaign, LedgerKpi, Objective } from './records.ts';

export const TARGET_RULES = { mostRecent: 5, historicalMinimum: 2 } as const;

export interface NextCampaign {
  client: string;
  /** The campaign being planned, left out of its own history (and anything after it). */
  campaignKey?: string;
  startDate: string | null;
  budget: number | null;
  objective: Objective | null;
}

export interface TargetBasis {
  campaign: string;
  campaignKey: string;
  wrapDate: string | null;
  actual: number;
  budget: number | null;
  /** The actual as it counts toward the suggestion (scaled by budget for count KPIs). */
  value: number;
}

export interface SuggestedTarget {
  kpi: string;
  unit: KpiUnit | null;
  lowerIsBetter: boolean;
  target: number;
  confidence: TargetConfidence; // 'Historical data' or 'Rough estimate'
  scaled: boolean;
  /** The method in words, for the pack and the KPIs tab's note. */
  method: string;
  basis: TargetBasis[];
  range: { low: number; high: number };
}

const when = (c: Pick<LedgerCampaign, 'wrapDate' | 'startDate'>) => c.wrapDate ?? c.startDate;

/** 3 significant figures for readable targets (1,234,567 → 1,230,000); rates keep 3 figures of their percentage. */
export function roundTarget(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(3)) : value;
}

/** The client's campaigns before `next`, newest first. */
export function earlierCampaigns(ledger: Ledger, next: NextCampaign): LedgerCampaign[] {
  const start = next.startDate;
  return ledger.campaigns
    .filter((c) => nameKey(c.client) === nameKey(next.client) && c.key !== next.campaignKey)
    .filter((c) => {
      if (!start) return true;
      const at = when(c);
      return at !== null && at < start;
    })
    .sort((a, b) => (when(b) ?? '').localeCompare(when(a) ?? ''));
}

export function suggestTarget(ledger: Ledger, next: NextCampaign, kpi: string): SuggestedTarget | null {
  const campaigns = earlierCampaigns(ledger, next).filter((c) => !next.objective || !c.objective || c.objective === next.objective);
  const rows = new Map<string, LedgerKpi>();
  for (const k of ledger.kpis) if (nameKey(k.kpi) === nameKey(kpi) && k.actual !== null && !rows.has(k.campaignKey)) rows.set(k.campaignKey, k);
  const used = campaigns.filter((c) => rows.has(c.key)).slice(0, TARGET_RULES.mostRecent);
  if (!used.length) return null;
  const latest = rows.get(used[0]?.key ?? '') as LedgerKpi;
  const unit = latest.unit;
  const budgets = used.map((c) => c.budget);
  const scaled = unit === 'Count' && next.budget !== null && next.budget > 0 && budgets.every((b) => b !== null && b > 0);
  const basis: TargetBasis[] = used.map((c) => {
    const actual = rows.get(c.key)?.actual ?? 0;
    return { campaign: c.campaign, campaignKey: c.key, wrapDate: c.wrapDate, actual, budget: c.budget, value: scaled ? actual * (next.budget as number) / (c.budget as number) : actual };
  });
  const values = basis.map((b) => b.value);
  const target = roundTarget(median(values) ?? 0);
  const confidence: TargetConfidence = used.length >= TARGET_RULES.historicalMinimum ? 'Historical data' : 'Rough estimate';
  const scaling = scaled ? ', each scaled by this budget ÷ its budget'
    : unit === 'Count' ? ' (not scaled by budget: a budget is missing)' : '';
  const method = `Median of ${used.length === 1 ? 'the actual of 1 earlier campaign' : `the actuals of ${used.length} earlier campaigns`}${scaling}.`;
  return {
    kpi: latest.kpi, unit, lowerIsBetter: latest.lowerIsBetter, target, confidence, scaled, method, basis,
    range: { low: Math.min(...values), high: Math.max(...values) },
  };
}

/** A suggestion for every KPI the client has had (or for `kpis`), in the order of the client's latest campaign. */
export function suggestTargets(ledger: Ledger, next: NextCampaign, kpis?: readonly string[]): SuggestedTarget[] {
  const names = kpis ?? kpiNamesOf(ledger, earlierCampaigns(ledger, next));
  return names.flatMap((k) => suggestTarget(ledger, next, k) ?? []);
}

function kpiNamesOf(ledger: Ledger, campaigns: readonly LedgerCampaign[]): string[] {
  const seen = new Map<string, string>();
  for (const c of campaigns) {
    for (const k of ledger.kpis) if (k.campaignKey === c.key && !seen.has(nameKey(k.kpi))) seen.set(nameKey(k.kpi), k.kpi);
  }
  return [...seen.values()];
}
