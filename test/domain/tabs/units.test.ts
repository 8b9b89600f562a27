// KPI units: what was typed decides first ("3.5%", "$0.50"), then a known KPI, then the numbers; never a pattern
// over the name. Every unit has a format without a trailing dot.
import { describe, expect, it } from 'vitest';
import { resolveUnit, unitFormat, unitOfNumbers, unitOfTyped } from '../../../src/domain/tabs/units.ts';
import { knownKpi, KPIS_TAB } from '../../../src/domain/tabs/kpis-tab.ts';
import { readTable } from '../../../src/domain/tabs/read.ts';

describe('a KPI’s unit', () => {
  it.each([
    [{ name: 'Save rate', target: '3.5%', actual: 0.031 }, 'Percent'],
    [{ name: 'Cost of sales', target: '$0.50', actual: '0.46' }, 'Money'],
    [{ name: 'Cost of sales', target: 'EUR 12', actual: 11 }, 'Money'],
    [{ name: 'CPE', target: 0.5, actual: 0.46 }, 'Money'], // a known KPI
    [{ name: 'Engagement rate', target: 0.06, actual: 0.05 }, 'Percent'],
    [{ name: 'Reach', target: '4M', actual: 'lots' }, 'Count'],
    [{ name: 'Cost of sales', target: 4_000_000, actual: 3_580_000 }, 'Count'], // not CPE: names are matched whole
    [{ name: 'Avg. watch time', target: 12.5, actual: 11 }, 'Number'],
    [{ name: 'CPE', unit: 'Count' as const, target: 5, actual: 4 }, 'Count'], // the one picked wins
    [{ name: 'Reach', target: '35%', actual: null }, 'Percent'], // what was typed wins over a known KPI
  ])('%o is %s', (kpi, unit) => {
    expect(resolveUnit(kpi)).toBe(unit);
  });

  it('knows KPIs by their whole name or an alias, whatever the case and spacing', () => {
    expect(knownKpi(' cost per  engagement ')?.name).toBe('CPE');
    expect(knownKpi('click-through rate')?.unit).toBe('Percent');
    expect(knownKpi('CPE target')).toBeUndefined();
    expect(unitOfTyped(['1,200', 3])).toBeNull();
    expect(unitOfNumbers([null, 'lots'])).toBe('Number');
  });

  it('gives every unit a format that never leaves a trailing dot', () => {
    expect(unitFormat('Count', 'USD')).toBe('#,##0');
    expect(unitFormat('Money', 'EUR')).toBe('[$€]#,##0.00');
    expect(unitFormat('Percent', 'USD')).toBe('0.0#%');
    expect(unitFormat('Number', 'USD')).toBe('General');
    expect(unitFormat(null, 'USD')).toBe('General'); // Automatic: Sheets shows what was typed
    for (const unit of ['Count', 'Money', 'Percent', 'Number', null] as const) expect(unitFormat(unit, 'USD')).not.toMatch(/\.#+(?![0#])/);
  });

  it('reads a target in its row’s unit: a percent as a rate, so a bare 4.1 is 4.1% and said so', () => {
    const header = KPIS_TAB.columns.map((c) => c.header);
    const row = (cells: Record<string, unknown>) => KPIS_TAB.columns.map((c) => cells[c.key] ?? '');
    const { records, checks } = readTable(KPIS_TAB, { values: [header, row({ name: 'Save rate', unit: 'Percent', target: 4.1, actual: '3.5%' }), row({ name: 'Views', unit: 'Count', target: 4.5 })] }, 'Etc/UTC');
    expect(records[0]).toMatchObject({ unit: 'Percent', actual: 0.035 });
    expect(records[0]?.target).toBeCloseTo(0.041, 12);
    expect(checks.map((c) => c.kind)).toEqual(['assumed-percent']);
    expect(records[1]).toMatchObject({ unit: 'Count', target: 4.5 });
  });
});
