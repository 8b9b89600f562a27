// The completeness gate: a −30% miss with nothing linked stops the gate naming its cell; linking an Issue clears it.
import { describe, expect, it } from 'vitest';
import {
  describeOverride, gateChecks, gateSummary, linkedKpiNames, overrideOf, runGate, type GateInput,
} from '../../src/domain/completeness-gate.ts';
import { kpi } from './fixture.ts';

const cellOf = (tab: string, row: number, key: string) => `${tab}!${{ actual: 'D', linkedKpi: 'J' }[key] ?? key}${row}`;

function input(overrides: Partial<GateInput> = {}): GateInput {
  return {
    kpis: [
      kpi(2, { name: 'Reach', target: 1_000_000, actual: 700_000, confidence: 'Rough estimate' }), // −30%
      kpi(3, { name: 'Link clicks', target: 10_000, actual: 9_500, confidence: 'Historical data' }), // −5%, historical
      kpi(4, { name: 'Engagement rate', target: 0.03, actual: 0.0315, confidence: 'Historical data' }), // +5%, met
      kpi(5, { name: 'CPE', target: 0.5, actual: 0.35, lowerIsBetter: true, confidence: 'Client-mandated' }), // −30%, beaten
      kpi(6, { name: 'Conversions', target: 100, actual: 91, confidence: 'Rough estimate' }), // −9%: within 10%
      kpi(7, { name: 'Impressions', target: null, actual: 5_000_000 }), // no target: nothing to judge
    ],
    issues: [],
    wins: [],
    cellOf,
    ...overrides,
  };
}

describe('runGate', () => {
  it('stops at an unexplained −30% miss, naming its cell, and lists every KPI that needs an explanation', () => {
    const result = runGate(input());
    expect(result.passed).toBe(false);
    expect(result.threshold).toBe(0.1);
    expect(result.items.map((i) => [i.kpi, i.cell, i.outcome, i.needs, i.reasons])).toEqual([
      ['Reach', 'KPIs!D2', 'missed', 'Issues', ['beyond-threshold']],
      ['Link clicks', 'KPIs!D3', 'missed', 'Issues', ['historical-miss']],
      ['CPE', 'KPIs!D5', 'beaten', 'Wins', ['beyond-threshold']],
    ]);
    expect(result.unexplained[0]?.message).toBe(
      'Reach missed its target by 30.0% (−30.0%), more than the 10% the team set, and nothing explains it yet. Add an Issue with “Reach” in its KPI column saying why.');
    expect(result.unexplained[1]?.message).toContain('on a target set from historical data');
    expect(result.unexplained[2]?.message).toContain('CPE beat its target by 30.0% (−30.0%)');
    expect(result.unexplained[2]?.message).toContain('Add a Win with “CPE” in its KPI column');
    expect(gateSummary(result)).toBe('3 KPIs need an explanation before the client sees them.');
  });

  it('clears a KPI once an Issue (for a miss) or a Win (for a beat) links it, however the name is typed', () => {
    const result = runGate(input({
      issues: [{ row: 4, linkedKpi: '  reach ' }, { row: 5, linkedKpi: 'Link clicks, CPE' }],
      wins: [{ row: 2, linkedKpi: 'CPE' }],
    }));
    expect(result.passed).toBe(true);
    expect(result.items.map((i) => [i.kpi, i.linkedBy])).toEqual([
      ['Reach', ['Issues!J4']], ['Link clicks', ['Issues!J5']], ['CPE', ['Wins!J2']],
    ]);
    expect(result.items[0]?.message).toBe('Reach missed its target by 30.0% (−30.0%): explained by Issues!J4.');
    expect(gateSummary(result)).toBe('Every KPI that needs one has an explanation (3 KPIs).');
  });

  it('does not count an Issue as the explanation of a beat, nor a Win for a miss', () => {
    const result = runGate(input({ issues: [{ row: 2, linkedKpi: 'CPE' }], wins: [{ row: 2, linkedKpi: 'Reach' }] }));
    expect(result.unexplained.map((i) => i.kpi)).toEqual(['Reach', 'Link clicks', 'CPE']);
  });

  it('uses the Campaign setting for the threshold, and falls back to 10% when it is blank or nonsense', () => {
    expect(runGate(input({ threshold: 0.35 })).items.map((i) => i.kpi)).toEqual(['Link clicks']);
    expect(runGate(input({ threshold: 0.05 })).items.map((i) => i.kpi)).toEqual(['Reach', 'Link clicks', 'CPE', 'Conversions']);
    expect(runGate(input({ threshold: null })).threshold).toBe(0.1);
    expect(runGate(input({ threshold: -1 })).threshold).toBe(0.1);
    expect(runGate(input({ threshold: Number.NaN })).threshold).toBe(0.1);
  });

  it('treats a variance of exactly the threshold as within it', () => {
    const result = runGate(input({ kpis: [kpi(2, { name: 'Reach', target: 100, actual: 90, confidence: 'Rough estimate' })] }));
    expect(result.items).toEqual([]);
    expect(gateSummary(result)).toBe('No KPI is far enough off target to need an explanation.');
  });

  it('warns about a link to a KPI that is not on the KPIs tab instead of silently ignoring it', () => {
    const result = runGate(input({ issues: [{ row: 3, linkedKpi: 'Reech' }] }));
    expect(result.unknownLinks).toEqual([expect.objectContaining({ cell: 'Issues!J3', kind: 'unknown-kpi-link', severity: 'warning' })]);
    expect(gateChecks(result).map((c) => [c.kind, c.cell])).toEqual([
      ['unexplained-variance', 'KPIs!D2'], ['unexplained-variance', 'KPIs!D3'], ['unexplained-variance', 'KPIs!D5'], ['unknown-kpi-link', 'Issues!J3'],
    ]);
  });

  it('keeps a KPI name that itself holds a comma whole', () => {
    const known = new Set(['clicks, paid', 'reach']);
    expect(linkedKpiNames('Clicks, paid', known)).toEqual(['clicks, paid']);
    expect(linkedKpiNames('Reach; clicks, paid', known)).toEqual(['reach', 'clicks', 'paid']);
    expect(linkedKpiNames('   ', known)).toEqual([]);
  });
});

describe('generating anyway', () => {
  it('records who generated what with which KPIs unexplained, in words for the internal brief', () => {
    const override = overrideOf(runGate(input()), 'Client report', 'tom@agency.example', '2026-11-25T10:04:00.000Z');
    expect(override.kpis.map((k) => k.cell)).toEqual(['KPIs!D2', 'KPIs!D3', 'KPIs!D5']);
    expect(describeOverride(override)).toBe(
      'Client report generated on 2026-11-25 by tom@agency.example with 3 KPIs unexplained: Reach (−30.0%, KPIs!D2), Link clicks (−5.0%, KPIs!D3), CPE (−30.0%, KPIs!D5).');
  });
});
