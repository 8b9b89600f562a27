// The portfolio against a hand calculation over the scenario's 9 creator rows (support.ts).
import { describe, expect, it } from 'vitest';
import { portfolio } from '../../../src/domain/history/portfolio.ts';
import { buildPortfolioBlocks } from '../../../src/domain/reports/portfolio-doc.ts';
import { blocksToMarkdown } from '../../../src/domain/reports/model.ts';
import { ledgerOf, scenario } from './support.ts';

const { ledger } = ledgerOf(scenario());
const label = (c: { objective: string; tier: string; format: string; platform: string }) => `${c.objective} ${c.tier} ${c.format} ${c.platform}`;

describe('portfolio', () => {
  const p = portfolio(ledger);

  it('groups by objective × tier × format × platform, largest first', () => {
    expect(p.cells.map((c) => `${label(c)}: ${c.creators}`)).toEqual([
      'Awareness Micro Reel Instagram: 3', 'Awareness Micro Short video TikTok: 1', 'Awareness Mid-tier Static Instagram: 1',
      'Conversion Micro Reel Instagram: 2', 'Conversion Mid-tier Long-form video YouTube: 1', 'Conversion Mid-tier Static Instagram: 1',
    ]);
  });

  it('pools CPE, takes the median ER lift and sums conversions, by hand', () => {
    const micro = p.cells[0]!;
    expect(micro.cpe).toEqual({ value: 1_800 / 3_750, n: 3, claimed: true }); // (400 + 500 + 900) ÷ (1,000 + 1,250 + 1,500)
    expect(micro.medianErLift.value).toBeCloseTo(0.25, 12); // median of +25%, +42%, −25%
    expect(micro.conversions).toEqual({ value: 28, n: 3, claimed: true });
    expect([micro.campaigns, micro.clients, micro.claimed]).toEqual([3, 1, true]);
  });

  it('greys figures under the threshold and claims nothing from them', () => {
    const conversionReels = p.cells[3]!;
    expect(conversionReels).toMatchObject({ creators: 2, claimed: false, cpe: { value: 0.5, n: 2, claimed: false } });
    expect(p.claims.map((c) => `${c.objective} ${c.kind}: ${label(c.cell)}`)).toEqual([
      'Awareness lowest CPE: Awareness Micro Reel Instagram', 'Awareness highest median ER lift: Awareness Micro Reel Instagram',
    ]);
    const loose = portfolio(ledger, { threshold: 2 });
    const conversion = loose.claims.filter((c) => c.objective === 'Conversion');
    expect(conversion.map((c) => c.kind)).toEqual(['lowest CPE', 'highest median ER lift']);
    expect(conversion[1]?.cell.medianErLift.value).toBeCloseTo((-0.2 + (1_400 / 30_000 / 0.05 - 1)) / 2, 12); // fay −20%, gus −6.7%
  });

  it('narrows to one client category', () => {
    expect(portfolio(ledger, { category: 'fintech' }).cells.map((c) => c.objective)).toEqual(['Conversion', 'Conversion', 'Conversion']);
  });

  it('says unclaimed figures in brackets with their n', () => {
    const md = blocksToMarkdown(buildPortfolioBlocks(p));
    expect(md).toContain('| Awareness | Micro | Reel | Instagram | 3 | 3 | 1 | $0.48 | +25% | 28 |');
    expect(md).toContain('| Conversion | Micro | Reel | Instagram | 2 | 2 | 1 | ($0.50, n=2: not claimed) |');
    expect(md).toContain('- Awareness: lowest CPE from Micro · Reel · Instagram, pooled CPE $0.48 (3 creators) over 3 campaigns.');
  });
});
