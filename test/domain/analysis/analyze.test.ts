// analyzeWorkbook on the hand-computed fixture: group figures, content ranks and traits, KPI misses by
// confidence, the root-cause matrix, drafted sentences with their numbers, and the fewer-than-2 rule.
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../src/domain/analysis/index.ts';
import type { Analysis, Group } from '../../../src/domain/analysis/types.ts';
import type { Check, Workbook } from '../../../src/domain/records.ts';
import { creator, fixtureWorkbook, testCellOf } from '../fixture.ts';

const analyze = (workbook: Workbook = fixtureWorkbook(), extra: Partial<Parameters<typeof analyzeWorkbook>[1]> = {}) =>
  analyzeWorkbook(workbook, { today: '2026-11-25', cellOf: testCellOf, ...extra });

const group = (a: Analysis, dimension: string, value: string): Group => {
  const found = a.groups.find((d) => d.dimension === dimension)?.groups.find((g) => g.value === value);
  if (!found) throw new Error(`no ${dimension} group ${value}`);
  return found;
};

describe('campaign and group figures', () => {
  const a = analyze();

  it('totals the campaign with pooled costs', () => {
    const c = a.campaign;
    expect(c).toMatchObject({ creators: 6, cost: 10_000, engagements: 12_500, impressions: 400_000, conversions: 80, clicks: 1_190 });
    expect(c.cpe).toBeCloseTo(0.8, 12); // 10,000 ÷ 12,500
    expect(c.cpm).toBeCloseTo(25, 12); // 10,000 ÷ 400,000 × 1000
    expect(c.cpa).toBeCloseTo(67.25, 12); // 5,380 ÷ 80: @eve.fit has no conversions, so her cost is left out
    expect(c.cpc).toBeCloseTo(10_000 / 1_190, 12);
    expect(c.medianErLift).toBeCloseTo(0.25, 12); // −0.575, −0.35, 0.25, 0.25, 0.25, 0.5
    expect(c.averageRating).toBeCloseTo(3.6, 12);
    expect(c.onTimeShare).toBeCloseTo(0.6, 12);
    expect(c.n).toEqual({ erLift: 6, cpe: 6, cpm: 6, cpc: 6, cpa: 5, rating: 5, onTime: 5, rates: { saveRate: 0 } }); // the fixture has no saves
    expect(c.rates).toEqual({ saveRate: null });
  });

  it('groups creators into tiers by followers, in tier order, marking the 1-creator group small', () => {
    const tiers = a.groups.find((d) => d.dimension === 'tier')!;
    expect(tiers.groups.map((g) => [g.label, g.creators, g.small])).toEqual([
      ['Nano (under 10K)', 1, true], ['Micro (10K–50K)', 3, false], ['Mid-tier (50K–500K)', 2, false],
    ]);
    expect(tiers.unassigned).toBe(0);
    const micro = group(a, 'tier', 'Micro');
    expect(micro).toMatchObject({ cost: 2_280, engagements: 3_800, conversions: 35 });
    expect(micro.cpe).toBeCloseTo(0.6, 12);
    expect(micro.cpm).toBeCloseTo(2_280 / 130, 10);
    expect(micro.cpa).toBeCloseTo(2_280 / 35, 10);
    expect(micro.medianErLift).toBeCloseTo(0.25, 12);
    expect(micro.averageRating).toBeCloseTo(4, 12);
    expect(micro.onTimeShare).toBeCloseTo(2 / 3, 12);
    expect(micro.vsCampaign.cpe).toBeCloseTo(-0.25, 12);
    const mid = group(a, 'tier', 'Mid-tier');
    expect(mid.cpe).toBeCloseTo(7_620 / 7_700, 12);
    expect(mid.vsCampaign.cpe).toBeCloseTo(7_620 / 7_700 / 0.8 - 1, 12);
    expect(mid.medianErLift).toBeCloseTo(-0.0375, 12); // (0.5 − 0.575) ÷ 2
    expect(mid.cpa).toBe(75); // only @dan.trains has conversions
    expect(mid.n.cpa).toBe(1);
    expect(mid.vsCampaign.onTimeShare).toBeCloseTo(-0.1, 12); // 50% vs 60%
  });

  it('groups by platform, format and brief too', () => {
    expect(group(a, 'platform', 'Instagram').cpe).toBeCloseTo(6_300 / 4_000, 12);
    expect(group(a, 'platform', 'TikTok').vsCampaign.cpe).toBeCloseTo(-0.65, 12);
    expect(group(a, 'platform', 'YouTube').small).toBe(true);
    expect(a.groups.find((d) => d.dimension === 'format')!.groups.map((g) => g.value)).toEqual(['Reel', 'Static', 'Long-form video', 'Short video']);
    const detailed = group(a, 'brief', 'Detailed');
    const vague = group(a, 'brief', 'Vague');
    expect([detailed.creators, vague.creators]).toEqual([4, 2]);
    expect(detailed.cpe).toBeCloseTo(4_100 / 9_500, 12);
    expect(vague.cpe).toBeCloseTo(5_900 / 3_000, 12);
    expect(detailed.medianErLift).toBeCloseTo(0.25, 12);
    expect(vague.medianErLift).toBeCloseTo(-0.4625, 12);
  });

  it('counts creators without a value for a dimension as unassigned', () => {
    const wb = fixtureWorkbook();
    wb.creators.push(creator(9, { handle: '@x', cost: 10, engagements: 10 }));
    const b = analyze(wb);
    expect(b.groups.map((d) => d.unassigned)).toEqual([1, 1, 1, 1, 7]); // no creator has a brief checklist
    expect(b.campaign.creators).toBe(7);
  });

  it('lists per-creator metrics with tiers', () => {
    expect(a.creators.map((c) => [c.handle, c.tier])).toEqual([
      ['@ana.glow', 'Micro'], ['@ben.lifts', 'Micro'], ['@cat.runs', 'Micro'], ['@dan.trains', 'Mid-tier'], ['@eve.fit', 'Mid-tier'], ['@fay.moves', 'Nano'],
    ]);
    expect(a.creators[4].cpa).toBeNull();
    expect(a.creators[0].cpe).toBe(0.4);
  });
});

describe('content', () => {
  const { content } = analyze();

  it('ranks by ER with the tie broken by clicks and full ties sharing a rank', () => {
    expect(content.ranks.map((r) => [r.id, r.rank])).toEqual([
      ['IG-01', 1], ['IG-02', 2], ['TT-01', 3], ['YT-01', 4], ['IG-03', 5], ['TT-02', 5], ['IG-04', 7],
    ]);
    expect(content.ranked).toBe(7);
    expect(content.unranked).toBe(0);
  });

  it('puts the top 3 and bottom 3 side by side with their qualitative columns', () => {
    expect(content.top.map((p) => p.id)).toEqual(['IG-01', 'IG-02', 'TT-01']);
    expect(content.bottom.map((p) => p.id)).toEqual(['IG-03', 'TT-02', 'IG-04']);
    expect(content.top[1]).toMatchObject({ rank: 2, er: 0.06, clicks: 150, conversions: 6, hook: '=Winter run hack', brandMentionSecond: 10, integration: 'Natural', voice: 'Authentic', comments: 'Asked for the code' });
  });

  it('names the traits the top 3 share that the bottom 3 don’t, strongest first', () => {
    expect(content.traits.map((t) => [t.trait, t.value, t.top, t.bottom])).toEqual([
      ['voice', 'Authentic', 'all top 3 kept an authentic voice', 'all bottom 3 sounded rigid'],
      ['integration', 'Natural', 'all top 3 used natural integration', '2 of the bottom 3 were scripted'],
      ['format', 'Reel', '2 of the top 3 used the Reel format', '2 of the bottom 3 used the Static format'],
      ['brandMention', 'later', 'the top 3 mentioned the brand later, at a median 10 s', 'the bottom 3 at a median 2 s'],
    ]);
    expect(content.note).toMatch(/^All top 3 kept an authentic voice; all bottom 3 sounded rigid\. All top 3 used natural integration; 2 of the bottom 3 were scripted\./);
  });

  it('says when there are too few pieces to compare', () => {
    const wb = fixtureWorkbook();
    wb.content = wb.content.slice(0, 4);
    const few = analyze(wb).content;
    expect(few.bottom.map((p) => p.id)).toEqual(['YT-01']);
    expect(few.traits).toEqual([]);
    expect(few.note).toBe('Only 4 pieces have impressions and engagements to rank; at least 5 are needed to compare the top 3 with the bottom.');
  });
});

describe('KPIs and root causes', () => {
  const a = analyze();

  it('computes each KPI’s variance and status, lower-is-better included', () => {
    expect(a.kpis.items.map((k) => [k.name, k.status])).toEqual([['Reach', 'missed'], ['Engagement rate', 'missed'], ['CPE', 'met'], ['Conversions', 'missed']]);
    const variances = a.kpis.items.map((k) => k.variance!);
    [-0.16, -1 / 6, -0.2, -0.2].forEach((v, i) => expect(variances[i]).toBeCloseTo(v, 12));
    expect([a.kpis.met, a.kpis.missed, a.kpis.unknown]).toEqual([1, 3, 0]);
  });

  it('splits misses by target confidence', () => {
    expect(a.kpis.missesByConfidence).toEqual([
      { confidence: 'Historical data', count: 1, kpis: ['Reach'] },
      { confidence: 'Rough estimate', count: 1, kpis: ['Engagement rate'] },
      { confidence: 'Client-mandated', count: 0, kpis: [] },
      { confidence: 'Not set', count: 1, kpis: ['Conversions'] },
    ]);
  });

  it('counts issues by root cause × severity with totals', () => {
    expect(a.rootCauses).toEqual({
      causes: ['Process', 'Communication', 'Tools', 'Strategy', 'Client-side', 'Creator-side', 'Market conditions', 'Platform or algorithm change'],
      severities: ['Minor', 'Significant', 'Critical'],
      counts: [[0, 1, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 1, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]],
      causeTotals: [2, 0, 0, 0, 1, 0, 0, 0],
      severityTotals: [0, 2, 1],
      total: 3,
    });
  });

  it('adds a "Not set" row and column only when an issue lacks one', () => {
    const wb = fixtureWorkbook();
    wb.issues[0].rootCause = null;
    const m = analyze(wb).rootCauses;
    expect(m.causes.at(-1)).toBe('Not set');
    expect(m.severities).toEqual(['Minor', 'Significant', 'Critical']);
    expect(m.counts.at(-1)).toEqual([0, 1, 0]);
  });
});

describe('drafted learnings and recommendations', () => {
  const a = analyze();

  it('drafts the strongest learnings with the numbers behind them', () => {
    expect(a.learnings).toEqual([
      { source: 'analysis', text: 'Creators given a detailed brief had a median ER lift of +25% against −46% with a vague brief (4 vs 2 creators), and a 78% lower CPE ($0.43 vs $1.97).' },
      { source: 'analysis', text: 'The top 3 pieces (ER 6.0–8.0%) differed from the bottom 3 (ER 1.0–2.0%): all top 3 kept an authentic voice, all bottom 3 sounded rigid; all top 3 used natural integration, 2 of the bottom 3 were scripted.' },
      { source: 'analysis', text: 'Micro-tier creators (10K–50K) delivered a 25% lower CPE than the campaign average ($0.60 vs $0.80, 3 creators). Nano (under 10K) had a lower CPE still ($0.10), but from 1 creator: too few to call a pattern.' },
      { source: 'analysis', text: '3 of 4 KPIs were missed: 1 against a target grounded in historical data (Reach), 1 against a rough-estimate or client-mandated target (Engagement rate) and 1 with no target confidence recorded (Conversions).' },
      { source: 'analysis', text: 'Process was the root cause of 2 of 3 issues (2 significant or critical).' },
    ]);
  });

  it('drafts forward-looking recommendations', () => {
    // Issue 12: the detailed-brief recommendation rests on a vague-brief group of 2 creators, so it is held back
    // (signable.ts; its learning stays and the team is told), and the next-strongest takes its place.
    expect(a.recommendations.map((r) => r.text)).toEqual([
      'Let creators speak in their own voice: all top 3 kept an authentic voice (ER 6.0–8.0%), while all bottom 3 sounded rigid (ER 1.0–2.0%).',
      'Shift budget toward micro-tier creators (10K–50K), which delivered a 25% lower CPE than the campaign average ($0.60 vs $0.80, 3 creators).',
      'Find out why Reach (−16% against target) missed before the next campaign: the target came from historical data, so it is a real shortfall.',
      'Base the next target for Engagement rate (−17% against target) on this campaign\'s actuals, not a rough estimate or a client-mandated figure.',
      'Fix the process first: 2 of 3 issues traced back to process causes (2 significant or critical).',
    ]);
  });

  it('never claims a pattern from a single creator', () => {
    // Nano (1 creator, CPE $0.10) and YouTube (1 creator) are the extremes on cost but are only mentioned as too small.
    for (const f of [...a.learnings, ...a.recommendations]) {
      expect(f.text).not.toMatch(/Nano-tier creators|YouTube creators|toward nano/i);
    }
    const wb = fixtureWorkbook();
    wb.creators[2].brief = 'Detailed'; // leaves one vague-brief creator
    const b = analyze(wb);
    expect(b.learnings.some((l) => /brief/.test(l.text))).toBe(false);
  });

  it('skips a cost pattern when every real group is within 10% of the average', () => {
    const wb = fixtureWorkbook();
    for (const c of wb.creators) c.cost = c.engagements! * 0.5; // every creator at $0.50 CPE
    const b = analyze(wb);
    expect(b.learnings.some((l) => /CPE than the campaign average/.test(l.text))).toBe(false);
  });

  it('puts the team’s own sentences first and fills up to 5', () => {
    const b = analyze(fixtureWorkbook(), { teamLearnings: ['Legal review needs its own line.', '  '], teamRecommendations: ['Book shipping with contracts.'] });
    expect(b.learnings.map((l) => l.source)).toEqual(['team', 'analysis', 'analysis', 'analysis', 'analysis']);
    expect(b.learnings[0].text).toBe('Legal review needs its own line.');
    expect(b.learnings[1].text).toBe(a.learnings[0].text);
    expect(b.recommendations[0]).toEqual({ text: 'Book shipping with contracts.', source: 'team' });
    const six = Array.from({ length: 6 }, (_, i) => `Team learning ${i + 1}`);
    expect(analyze(fixtureWorkbook(), { teamLearnings: six }).learnings.map((l) => l.text)).toEqual(six);
  });

  it('writes the headline', () => {
    expect(a.headline).toEqual([
      '1 of 4 KPIs met, 3 missed (1 against a historical-data target).',
      'Campaign CPE $0.80 across 6 creators; Micro tier lowest at $0.60 (25% lower, 3 creators).',
      'Top piece: IG-01 by @ana.glow at 8.0% ER.',
      '3 issues logged; Process behind 2.',
    ]);
  });

  it('formats money in the campaign currency', () => {
    const wb = fixtureWorkbook();
    wb.campaign.currency = 'EUR';
    expect(analyze(wb).headline[1]).toBe('Campaign CPE €0.80 across 6 creators; Micro tier lowest at €0.60 (25% lower, 3 creators).');
    wb.campaign.currency = 'POINTS';
    expect(analyze(wb).headline[1]).toMatch(/^Campaign CPE POINTS 0\.80 across/);
  });
});

describe('checks and the result’s shape', () => {
  it('merges read checks first and drops our check on a cell they already name', () => {
    const read: Check[] = [{ cell: 'KPIs!confidence5', kind: 'unreadable-value', severity: 'error', message: 'Target confidence: "guess" is not one of …' }];
    const a = analyze(fixtureWorkbook(), { readChecks: read });
    expect(a.checks[0]).toBe(read[0]);
    expect(a.checks.filter((c) => c.cell === 'KPIs!confidence5')).toHaveLength(1);
    expect(a.checks.map((c) => c.kind)).toEqual(['unreadable-value', 'post-mortem-overdue', 'action-without-owner', 'action-without-deadline', 'vague-action', 'vague-action',
      'unexplained-variance', 'unexplained-variance', 'unexplained-variance', 'unexplained-variance',
      'held-recommendation', 'held-recommendation', 'held-recommendation']);
  });

  it('runs its checks once: the reader’s first, ours after, none of ours on a cell the reader named', () => {
    // Issue 10: Analyze used to run the checks twice and drop the repeats by comparing their text.
    const wb = fixtureWorkbook();
    const ours = analyze(wb).checks;
    const unreadable = { ...ours[1]!, kind: 'unreadable-value' as const, severity: 'error' as const, message: 'Target confidence: "guess" is not one of the choices.' };
    const checks = analyze(wb, { readChecks: [unreadable] }).checks;
    expect(checks[0]).toEqual(unreadable);
    expect(checks.filter((c) => c.cell === unreadable.cell)).toEqual([unreadable]);
    expect(checks.slice(1)).toEqual(ours.filter((c) => c.cell !== unreadable.cell));
    expect(new Set(checks.map((c) => `${c.cell}|${c.kind}`)).size).toBe(checks.length);
  });

  it('describes cells plainly when no cellOf is given', () => {
    const a = analyzeWorkbook(fixtureWorkbook(), { today: '2026-11-25' });
    expect(a.checks.map((c) => c.cell).slice(0, 2)).toEqual(['Campaign (postMortemDue)', 'KPIs row 5 (confidence)']);
  });

  it('is plain JSON: no Dates, undefined, NaN or Infinity', () => {
    const a = analyze();
    const text = JSON.stringify(a);
    expect(JSON.parse(text)).toEqual(a);
    expect(text).not.toMatch(/NaN|Infinity/);
    const walk = (v: unknown): void => {
      expect(v === undefined || v instanceof Date || (typeof v === 'number' && !Number.isFinite(v))).toBe(false);
      if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(a);
  });

  it('copes with an empty workbook', () => {
    const empty: Workbook = { ...fixtureWorkbook(), kpis: [], creators: [], content: [], issues: [], wins: [] };
    const a = analyze(empty, { today: '2026-11-19' });
    expect(a.headline).toEqual(['Nothing to analyze yet: add KPIs, creators and content, then run Analyze again.']);
    expect(a.learnings).toEqual([]);
    expect(a.campaign).toMatchObject({ creators: 0, cpe: null, medianErLift: null, onTimeShare: null });
    expect(a.groups.every((d) => d.groups.length === 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
