// The backtest: replay the ledger's history campaign by campaign, suggest each KPI's target from the campaigns
// before it only, and compare with what happened. The figure is the median absolute percentage error
// (|target − actual| ÷ |actual|) of the suggested targets, beside the same figure for the targets the teams typed,
// over the same KPI rows (those with an actual, a typed target and a suggestion).
import { median } from '../metrics.ts';
import type { TargetConfidence } from '../choices.ts';
import type { Ledger } from './records.ts';
import { suggestTarget } from './targets.ts';

export interface BacktestPair {
  client: string;
  campaign: string;
  kpi: string;
  actual: number;
  typed: number;
  suggested: number;
  confidence: TargetConfidence;
  typedError: number;
  suggestedError: number;
}

export interface BacktestResult {
  pairs: BacktestPair[];
  /** Median absolute percentage error, as a fraction (0.12 = 12%); null without pairs. */
  suggestedMdape: number | null;
  typedMdape: number | null;
  /** The same two figures over the pairs labelled "Historical data" (at least 2 campaigns behind the suggestion). */
  historical: { n: number; suggestedMdape: number | null; typedMdape: number | null };
}

export function backtest(ledger: Ledger): BacktestResult {
  const pairs: BacktestPair[] = [];
  for (const campaign of ledger.campaigns) {
    const start = campaign.startDate ?? campaign.wrapDate;
    if (!start) continue; // can't be placed in time
    const next = { client: campaign.client, campaignKey: campaign.key, startDate: start, budget: campaign.budget, objective: campaign.objective };
    for (const k of ledger.kpis) {
      if (k.campaignKey !== campaign.key || k.actual === null || k.actual === 0 || k.target === null) continue;
      const suggestion = suggestTarget(ledger, next, k.kpi);
      if (!suggestion) continue;
      const error = (value: number) => Math.abs(value - (k.actual as number)) / Math.abs(k.actual as number);
      pairs.push({
        client: campaign.client, campaign: campaign.campaign, kpi: k.kpi, actual: k.actual, typed: k.target, suggested: suggestion.target,
        confidence: suggestion.confidence, typedError: error(k.target), suggestedError: error(suggestion.target),
      });
    }
  }
  const historical = pairs.filter((p) => p.confidence === 'Historical data');
  return {
    pairs,
    suggestedMdape: median(pairs.map((p) => p.suggestedError)),
    typedMdape: median(pairs.map((p) => p.typedError)),
    historical: { n: historical.length, suggestedMdape: median(historical.map((p) => p.suggestedError)), typedMdape: median(historical.map((p) => p.typedError)) },
  };
}
