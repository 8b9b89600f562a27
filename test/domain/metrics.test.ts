// The metric definitions by hand, and against the tabs' own formulas evaluated by HyperFormula, so the
// sheet's live columns and the analysis can't drift apart.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import {
  compactCount, contentEr, cpa, cpc, cpe, cpm, describeMetrics, erLift, kpiStatus, kpiVariance, mean, median, metricDefinitions, pooled,
  rankContent, ratio, sponsoredEr, tierOf,
} from '../../src/domain/metrics.ts';
import { DEFAULT_TIERS } from '../../src/domain/records.ts';
import { TIER_RANGE_NAMES } from '../../src/domain/tabs/campaign-tab.ts';
import { CONTENT_TAB, CREATORS_TAB, KPIS_TAB } from '../../src/domain/tabs/index.ts';
import { columnLetter, type TableTabSpec } from '../../src/domain/tabs/spec.ts';
import { creator, fixtureWorkbook, kpi, piece } from './fixture.ts';

describe('per-creator metrics', () => {
  const [ana, , cat, dan, eve] = fixtureWorkbook().creators;

  it('computes sponsored ER, ER lift and the cost ratios by their definitions', () => {
    expect(sponsoredEr(ana)).toBeCloseTo(0.05, 12); // 1,000 ÷ 20,000
    expect(erLift(ana)).toBeCloseTo(0.25, 12); // 0.05 ÷ 0.04 − 1
    expect(erLift(cat)).toBeCloseTo(-0.35, 12); // (1,300 ÷ 40,000) ÷ 0.05 − 1
    expect(erLift(dan)).toBeCloseTo(0.5, 12);
    expect(cpe(ana)).toBe(0.4);
    expect(cpm(ana)).toBe(10); // 400 ÷ 40,000 × 1000
    expect(cpc(ana)).toBe(2);
    expect(cpa(ana)).toBe(20);
    expect(cpm(eve)).toBeCloseTo(46.2, 10);
  });

  it('gives null, never NaN or Infinity, for missing or zero divisors', () => {
    expect(cpa(eve)).toBeNull(); // no conversions
    expect(cpe({ cost: 100, engagements: 0 })).toBeNull();
    expect(cpe({ cost: null, engagements: 10 })).toBeNull();
    expect(sponsoredEr({ engagements: 10, followers: 0 })).toBeNull();
    expect(erLift({ engagements: 10, followers: 100, organicEngagementRate: 0 })).toBeNull();
    expect(erLift({ engagements: 10, followers: 100, organicEngagementRate: null })).toBeNull();
    expect(ratio(1, 3e-320)).toBeNull(); // overflow to Infinity
  });

  it('gives 0, like the sheet, when only the numerator is zero (a gifted post)', () => {
    expect(cpe({ cost: 0, engagements: 500 })).toBe(0);
    expect(erLift({ engagements: 0, followers: 100, organicEngagementRate: 0.05 })).toBe(-1);
  });
});

describe('tiers', () => {
  it('puts each threshold in the upper tier', () => {
    expect([9_999, 10_000, 49_999, 50_000, 499_999, 500_000, 999_999, 1_000_000].map((f) => tierOf(f))).toEqual(
      ['Nano', 'Micro', 'Micro', 'Mid-tier', 'Mid-tier', 'Macro', 'Macro', 'Mega']);
    expect(tierOf(null)).toBeNull();
  });

  it('uses the campaign thresholds', () => {
    expect(tierOf(12_000, { ...DEFAULT_TIERS, micro: 15_000 })).toBe('Nano');
  });
});

describe('KPIs', () => {
  it('computes variance and respects the direction', () => {
    expect(kpiVariance({ target: 500_000, actual: 420_000 })).toBeCloseTo(-0.16, 12);
    expect(kpiStatus({ target: 500_000, actual: 420_000, lowerIsBetter: false })).toBe('missed');
    expect(kpiStatus({ target: 100, actual: 100, lowerIsBetter: false })).toBe('met');
    expect(kpiStatus({ target: 1, actual: 0.8, lowerIsBetter: true })).toBe('met');
    expect(kpiStatus({ target: 1, actual: 1.2, lowerIsBetter: true })).toBe('missed');
    expect(kpiVariance({ target: 1, actual: 1.2 })).toBeCloseTo(0.2, 12);
  });

  it('is unknown without both numbers; variance is blank for a zero target', () => {
    expect(kpiStatus({ target: null, actual: 5, lowerIsBetter: false })).toBe('unknown');
    expect(kpiVariance({ target: null, actual: 5 })).toBeNull();
    expect(kpiVariance({ target: 0, actual: 5 })).toBeNull();
    expect(kpiStatus({ target: 0, actual: 5, lowerIsBetter: false })).toBe('met');
  });
});

describe('group helpers', () => {
  it('pools over members with both numbers and says how many', () => {
    const members = [{ c: 100, e: 50 }, { c: 300, e: 150 }, { c: 1000, e: null }, { c: null, e: 999 }];
    expect(pooled(members, (m) => m.c, (m) => m.e)).toEqual({ value: 2, n: 2 });
    expect(pooled(members, (m) => m.c, (m) => m.e, 1000)).toEqual({ value: 2000, n: 2 });
    expect(pooled([], (m: { c: number }) => m.c, (m) => m.c)).toEqual({ value: null, n: 0 });
  });

  it('takes medians and means over known values', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
    expect(mean([1, 2, null, 6])).toBe(3);
  });
});

describe('content ranking', () => {
  it('ranks by ER, breaks ties by clicks, and gives full ties the same rank', () => {
    const ranks = rankContent(fixtureWorkbook().content);
    // IG-01 .08; IG-02 and TT-01 tie at .06 (IG-02 has more clicks); YT-01 .04; IG-03 and TT-02 tie on ER and clicks; IG-04 .01
    expect(ranks).toEqual([1, 3, 2, 4, 5, 5, 7]);
  });

  it('leaves unrankable pieces out and counts blank clicks as 0', () => {
    const ranks = rankContent([
      piece(2, { id: 'a', impressions: 100, engagements: 10, clicks: null }),
      piece(3, { id: 'b', impressions: 100, engagements: 10, clicks: 1 }),
      piece(4, { id: 'c', impressions: null, engagements: 10 }),
      piece(5, { id: 'd', impressions: 0, engagements: 10 }),
    ]);
    expect(ranks).toEqual([2, 1, null, null]);
    expect(contentEr({ engagements: 10, impressions: 100 })).toBe(0.1);
  });
});

describe('definitions', () => {
  it('states every metric the issue defines', () => {
    const names = metricDefinitions.map((m) => m.name);
    for (const name of ['Sponsored ER', 'ER lift', 'CPE', 'CPM', 'CPC', 'CPA', 'Content ER', 'KPI variance', 'Tiers']) expect(names).toContain(name);
    expect(metricDefinitions.find((m) => m.name === 'Tiers')?.definition).toBe(
      'By followers: Nano under 10K, Micro 10K–50K, Mid-tier 50K–500K, Macro 500K–1M, Mega 1M and up.');
    expect(describeMetrics({ micro: 5_000, midTier: 25_000, macro: 250_000, mega: 1_500_000 }).find((m) => m.name === 'Tiers')?.definition)
      .toContain('Nano under 5K, Micro 5K–25K');
  });

  it('says follower counts the short way', () => {
    expect([950, 1_500, 10_000, 1_000_000, 2_400_000].map(compactCount)).toEqual(['950', '1.5K', '10K', '1M', '2.4M']);
  });
});

/** Evaluates a tab spec's formulas over rows of inputs with HyperFormula; returns each row's values by key. */
function evaluate(spec: TableTabSpec, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const helpers = spec.helpers ?? [];
  const keys = [...spec.columns, ...helpers].map((c) => c.key); // helper columns come after the tab's own
  const columnOf = (key: string) => {
    const index = keys.indexOf(key);
    if (index < 0) throw new Error(`no column ${key}`);
    return columnLetter(index + 1);
  };
  const refsOf = (row: number) => Object.assign((key: string) => `${columnOf(key)}${row}`, { column: (key: string) => `$${columnOf(key)}:$${columnOf(key)}` });
  const grid = [[...spec.columns, ...helpers].map((c) => c.header)];
  rows.forEach((input, i) => {
    const ref = refsOf(i + 2);
    const helperCells = helpers.map((h) => (i === 0 ? h.formula(ref, rows.length + 1) : null));
    grid.push([...spec.columns.map((c) => (c.formula ? c.formula(ref) : (input[c.key] ?? null))), ...helperCells] as string[]);
  });
  const named = [
    ...Object.entries(TIER_RANGE_NAMES).map(([size, name]) => ({ name, expression: DEFAULT_TIERS[size as keyof typeof DEFAULT_TIERS] })),
    { name: 'TRUE', expression: '=TRUE()' }, // Sheets has a bare TRUE literal; HyperFormula only TRUE() (the local Workspace adds the same)
  ];
  const hf = HyperFormula.buildFromSheets({ Tab: grid }, { licenseKey: 'gpl-v3' }, named);
  const values = hf.getSheetValues(hf.getSheetId('Tab')!);
  hf.destroy();
  return values.slice(1).map((cells) => Object.fromEntries(spec.columns.map((c, j) => [c.key, cells[j]])));
}

const blankAsNull = (v: unknown) => (v === '' || v === undefined ? null : v);

describe('the tabs’ formulas agree with metrics.ts', () => {
  it('Creators: tier, sponsored ER, ER lift, CPE, CPM, CPC, CPA', () => {
    const creators = [
      ...fixtureWorkbook().creators,
      creator(8, { handle: 'edge-zero', followers: 10_000, cost: 0, engagements: 0, impressions: 0, clicks: 0, conversions: 0, organicEngagementRate: 0 }),
      creator(9, { handle: 'edge-blank', followers: null, cost: 50, engagements: 5, organicEngagementRate: 0.02 }),
      creator(10, { handle: 'edge-mega', followers: 1_000_000, cost: 999, engagements: 333, impressions: 77_777, organicEngagementRate: 0.003 }),
    ];
    const sheet = evaluate(CREATORS_TAB, creators as unknown as Record<string, unknown>[]);
    creators.forEach((c, i) => {
      const row = sheet[i];
      expect(blankAsNull(row.tier), c.handle).toBe(tierOf(c.followers));
      for (const [key, fn] of [['sponsoredER', sponsoredEr], ['erLift', erLift], ['cpe', cpe], ['cpm', cpm], ['cpc', cpc], ['cpa', cpa]] as const) {
        const expected = fn(c);
        if (expected === null) expect(blankAsNull(row[key]), `${c.handle} ${key}`).toBeNull();
        else expect(row[key], `${c.handle} ${key}`).toBeCloseTo(expected, 6); // HyperFormula rounds to ~10 significant digits
      }
    });
  });

  it('Content: ER, rank (ties by clicks) and the top / bottom 3 marker', () => {
    const pieces = [...fixtureWorkbook().content, piece(9, { id: 'no-views', engagements: 5 }), piece(10, { id: 'no-clicks', impressions: 1_000, engagements: 40 })];
    const sheet = evaluate(CONTENT_TAB, pieces as unknown as Record<string, unknown>[]);
    const ranks = rankContent(pieces);
    expect(sheet.map((r) => blankAsNull(r.rank))).toEqual(ranks);
    pieces.forEach((p, i) => {
      const er = contentEr(p);
      if (er === null) expect(blankAsNull(sheet[i].er)).toBeNull();
      else expect(sheet[i].er).toBeCloseTo(er, 9);
    });
    // no-clicks ties YT-01 on ER with fewer clicks, so it ranks 5th and pushes the bottom 3 to ranks 6, 6 and 8
    expect(ranks).toEqual([1, 3, 2, 4, 6, 6, 8, null, 5]);
    expect(sheet.map((r) => r.marker)).toEqual(['Top 3', 'Top 3', 'Top 3', '', 'Bottom 3', 'Bottom 3', 'Bottom 3', '', '']);
  });

  it('KPIs: variance and status, both directions', () => {
    const kpis = [
      ...fixtureWorkbook().kpis,
      kpi(6, { name: 'zero target', target: 0, actual: 3 }),
      kpi(7, { name: 'no actual', target: 10, actual: null }),
      kpi(8, { name: 'CPM', target: 10, actual: 12, lowerIsBetter: true }),
    ];
    const sheet = evaluate(KPIS_TAB, kpis as unknown as Record<string, unknown>[]);
    kpis.forEach((k, i) => {
      const variance = kpiVariance(k);
      if (variance === null) expect(blankAsNull(sheet[i].variance), k.name).toBeNull();
      else expect(sheet[i].variance, k.name).toBeCloseTo(variance, 9);
      const status = kpiStatus(k);
      expect(blankAsNull(sheet[i].status), k.name).toBe(status === 'unknown' ? null : status === 'met' ? 'Met' : 'Missed');
    });
  });
});
