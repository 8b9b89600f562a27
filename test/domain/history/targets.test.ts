// Targets from history and the backtest, against figures worked out by hand from the scenario (support.ts).
import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/domain/history/backtest.ts';
import { roundTarget, suggestTarget, suggestTargets } from '../../../src/domain/history/targets.ts';
import { ledgerOf, scenario } from './support.ts';

const { ledger } = ledgerOf(scenario());
const winter = { client: 'Glowlab', startDate: '2026-12-01', budget: 30_000, objective: 'Awareness' as const };

describe('suggested targets', () => {
  it('scales count KPIs by budget and takes the median: 1.5M, 1.35M, 1.38M → 1.38M', () => {
    const reach = suggestTarget(ledger, winter, 'reach');
    expect(reach).toMatchObject({ kpi: 'Reach', unit: 'Count', target: 1_380_000, confidence: 'Historical data', scaled: true, range: { low: 1_350_000, high: 1_500_000 } });
    expect(reach?.basis.map((b) => [b.campaign, b.actual, b.budget, b.value])).toEqual([
      ['Autumn Glow', 690_000, 15_000, 1_380_000], ['Summer Glow', 900_000, 20_000, 1_350_000], ['Spring Glow', 500_000, 10_000, 1_500_000],
    ]);
    expect(reach?.method).toBe('Median of the actuals of 3 earlier campaigns, each scaled by this budget ÷ its budget.');
  });

  it('doesn’t scale without this campaign’s budget, and says so', () => {
    const reach = suggestTarget(ledger, { ...winter, budget: null }, 'Reach');
    expect(reach).toMatchObject({ target: 690_000, scaled: false });
    expect(reach?.method).toBe('Median of the actuals of 3 earlier campaigns (not scaled by budget: a budget is missing).');
  });

  it('takes rates and costs as they were', () => {
    expect(suggestTarget(ledger, winter, 'Engagement rate')).toMatchObject({ target: 0.045, scaled: false, confidence: 'Historical data' });
    expect(suggestTarget(ledger, winter, 'CPE')).toMatchObject({ target: 0.45, lowerIsBetter: true, confidence: 'Historical data' });
    expect(suggestTarget(ledger, winter, 'CPE')?.basis.map((b) => b.campaign)).toEqual(['Summer Glow', 'Spring Glow']);
  });

  it('calls 1 campaign a rough estimate and 0 nothing', () => {
    const early = { client: 'Northwind', startDate: '2026-04-01', budget: 30_000, objective: null };
    expect(suggestTarget(ledger, early, 'Conversions')).toMatchObject({ target: 300, confidence: 'Rough estimate', basis: [{ campaign: 'Launch' }] });
    expect(suggestTarget(ledger, { ...early, startDate: '2026-01-01' }, 'Conversions')).toBeNull();
    expect(suggestTarget(ledger, winter, 'Conversions')).toBeNull(); // another client's KPI
  });

  it('compares like objectives only', () => {
    expect(suggestTarget(ledger, { ...winter, objective: 'Conversion' }, 'Reach')).toBeNull();
    expect(suggestTarget(ledger, { ...winter, objective: null }, 'Reach')?.basis).toHaveLength(3);
  });

  it('suggests every KPI the client has had, in its latest campaign’s order', () => {
    expect(suggestTargets(ledger, winter).map((t) => `${t.kpi} ${t.target}`)).toEqual(['Reach 1380000', 'Engagement rate 0.045', 'CPE 0.45']);
  });

  it.each([[712_500, 713_000], [1_234_567, 1_230_000], [0.04567, 0.0457], [0, 0], [-1234, -1230]])('rounds %d to 3 significant figures', (value, rounded) => {
    expect(roundTarget(value)).toBe(rounded);
  });
});

describe('the backtest', () => {
  const result = backtest(ledger);

  it('suggests each campaign’s targets from the campaigns before it only', () => {
    expect(result.pairs.map((p) => `${p.campaign} ${p.kpi}: ${p.suggested} (${p.confidence})`)).toEqual([
      'Summer Glow Reach: 1000000 (Rough estimate)', 'Summer Glow Engagement rate: 0.04 (Rough estimate)', 'Summer Glow CPE: 0.4 (Rough estimate)',
      'Autumn Glow Reach: 713000 (Historical data)', 'Autumn Glow Engagement rate: 0.045 (Historical data)',
      'Relaunch Conversions: 300 (Rough estimate)',
    ]);
  });

  it('gives the median absolute percentage error of suggested and typed targets over the same rows', () => {
    // suggested: 0, 0.0333, 0.1111, 0.1667, 0.2, 0.2 → (0.1111 + 0.1667) / 2; typed: 0, 0.0145, 0.1, 0.1111, 0.1111, 0.3333
    expect(result.suggestedMdape).toBeCloseTo((100_000 / 900_000 + 60 / 360) / 2, 12);
    expect(result.typedMdape).toBeCloseTo((0.1 + 100_000 / 900_000) / 2, 12);
    expect(result.historical.n).toBe(2);
    expect(result.historical.suggestedMdape).toBeCloseTo(23_000 / 690_000 / 2, 12);
    expect(result.historical.typedMdape).toBeCloseTo((10_000 / 690_000 + 0.015 / 0.045) / 2, 12);
  });

  it('has nothing to say about a ledger of one campaign per client', () => {
    const single = ledgerOf(scenario().filter((c) => ['Spring Glow', 'Launch'].includes(c.workbook.campaign.campaign))).ledger;
    expect(backtest(single)).toMatchObject({ pairs: [], suggestedMdape: null, typedMdape: null });
  });
});
