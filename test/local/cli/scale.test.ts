// `debrief run` at agency scale: 10,000 creators (the 1,000-creator campaign ten times over) run through the local
// Workspace in well under a minute of CPU and give the 1,000-creator figures scaled: every rate, median and share
// the same, every count and sum ten times over.
import { beforeAll, describe, expect, it } from 'vitest';
import { runOnWorkspace, type RunOutcome } from '../../../src/local/cli/run.ts';
import { repeatedCampaign, syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';

const NOW = () => new Date('2026-11-20T10:00:00Z');
/** Counts and sums: ten times over at 10,000. Every other number is a rate, median or share and must not move. */
const SUMS = new Set(['creators', 'cost', 'engagements', 'impressions', 'clicks', 'conversions', 'ranked', 'unranked', 'unassigned']);

type Figures = Record<string, unknown>;
function expectScaled(one: unknown, ten: unknown, times: number, path: string): void {
  if (typeof one === 'number') {
    const key = path.split('.').pop() ?? '';
    const scaled = SUMS.has(key) || /\.n\.\w+$/.test(path) ? one * times : one;
    expect(ten, path).toBeCloseTo(scaled, 9);
  } else if (Array.isArray(one)) {
    expect(ten, path).toHaveLength(one.length);
    one.forEach((item, i) => expectScaled(item, (ten as unknown[])[i], times, `${path}[${i}]`));
  } else if (one && typeof one === 'object') {
    for (const [key, value] of Object.entries(one)) if (key !== 'small') expectScaled(value, (ten as Figures)[key], times, `${path}.${key}`);
  }
}

describe('debrief run at 10,000 creators', () => {
  const base = syntheticCampaign(1000);
  let one: RunOutcome;
  let ten: RunOutcome;
  let cpuSeconds = 0;

  beforeAll(() => {
    one = runOnWorkspace(base, { now: NOW });
    const started = process.cpuUsage();
    ten = runOnWorkspace(repeatedCampaign(base, 10), { now: NOW });
    const used = process.cpuUsage(started);
    cpuSeconds = (used.user + used.system) / 1e6;
  }, 600_000); // wall clock: generous, as a loaded CI machine is slow; the CPU limit below is the check

  // The import goes in three parts here, as on Apps Script (each part under 60 s there), each re-evaluating the
  // Content tab's ranks. Measured on the shared 2-core machine: about 36 s of CPU (import 15 s, analyze 4 s, each
  // document 2–3 s, learnings 9 s); it was 60–67 s when HyperFormula walked the Rank keys column for each piece's
  // MATCH. The limit leaves room for a loaded machine.
  it('takes under a minute of CPU', () => {
    expect(cpuSeconds).toBeLessThan(60);
  });

  it('makes every document, as at 1,000', () => {
    expect(ten.documents.problems).toEqual(one.documents.problems);
    expect(Object.keys(ten.session.costs)).toEqual(Object.keys(one.session.costs));
  });

  it('gives the campaign\'s and every group\'s figures scaled', () => {
    const analysis = (outcome: RunOutcome) => (outcome.report as { analysis: Figures }).analysis;
    expectScaled(analysis(one).campaign, analysis(ten).campaign, 10, 'campaign');
    expectScaled(analysis(one).groups, analysis(ten).groups, 10, 'groups');
    expectScaled(analysis(one).kpis, analysis(ten).kpis, 1, 'kpis');
  });

  it('ranks each copy of a piece alike: the best piece ten times at rank 1, the worst ten times last', () => {
    type Content = { ranked: number; ranks: { id: string; rank: number; er: number }[]; top: { er: number }[]; bottom: { er: number }[] };
    const content = (outcome: RunOutcome) => (outcome.report as { analysis: { content: Content } }).analysis.content;
    const [small, large] = [content(one), content(ten)];
    expect(large.ranked).toBe(small.ranked * 10);
    const best = small.ranks[0]!;
    const copies = [best.id, ...Array.from({ length: 9 }, (_, k) => `${best.id}-${k + 2}`)];
    expect(large.ranks.filter((r) => r.rank === 1).map((r) => r.id).sort()).toEqual(copies.sort());
    // Ten copies tie for each place, so the top are copies of the best piece. (The bottom is empty: ten copies of
    // the worst piece tie at rank 9,991, not above 9,997; how bottom ties should count is the analysis's call.)
    expect(new Set(large.top.map((p) => p.er))).toEqual(new Set([best.er]));
    const worst = small.ranks.at(-1)!;
    expect(large.ranks.slice(-10).map((r) => [r.rank, r.er])).toEqual(Array(10).fill([large.ranked - 9, worst.er]));
  });
});
