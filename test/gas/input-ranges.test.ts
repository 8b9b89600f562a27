// Issue 11, "silent wrong numbers" and "locale": a value that can't be true (a negative target or organic ER, a
// cost of 1e308, a year 57373, thresholds out of order, a wrap before the start) or that reads two ways
// ("400.000") is named by a check with its cell and kept out of the figures; numbers are read in the locale.
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { loadBundle } from '../../src/local/harness.ts';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';

type Check = { kind: string; cell: string; message: string; severity: string };
type Analysis = { campaign: { cost: number; creators: number; engagements: number; impressions: number; cpe: number | null }; checks: Check[]; kpis: { items: { name: string; status: string; variance: number | null }[] } };

const base = { client: 'Glowlab', campaign: 'Ranges', startDate: '2026-10-01', wrapDate: '2026-11-18' };
const analyze = (bundle: ReturnType<typeof freshBundle>['bundle']) => (bundle.run('analyze') as { analysis: Analysis }).analysis;
const at = (checks: Check[], cell: string) => checks.filter((c) => c.cell === cell).map((c) => c.kind);

describe('values that cannot be true', () => {
  it('names each with its cell and keeps it out of the figures', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', {
      ...base,
      kpis: [{ name: 'Reach', target: -100, actual: 90, confidence: 'historical' }],
      creators: [
        { handle: '@neg', followers: 10_000, cost: 100, engagements: 500, organicEngagementRate: -0.02 },
        { handle: '@huge', followers: 10_000, cost: 1e308, engagements: 500 },
        { handle: '@frac', followers: 10_000.5, cost: 200, engagements: 1000 },
        { handle: '@rate', followers: 10_000, cost: 300, engagements: 800, organicEngagementRate: '150%' },
      ],
    });
    const analysis = analyze(bundle);
    expect(at(analysis.checks, 'KPIs!C2')).toContain('out-of-range'); // Target is column C (after Unit)
    expect(at(analysis.checks, 'Creators!M2')).toContain('out-of-range'); // organic ER −2%
    expect(at(analysis.checks, 'Creators!G3')).toContain('unreadable-value'); // 1e308 is too large to be real
    expect(at(analysis.checks, 'Creators!C4')).toContain('out-of-range'); // 10,000.5 followers
    expect(at(analysis.checks, 'Creators!M5')).toContain('out-of-range'); // 150%
    expect(analysis.kpis.items[0]).toMatchObject({ name: 'Reach', status: 'unknown', variance: null });
    expect(analysis.campaign.cost).toBe(600); // 1e308 left out, never Infinity
    expect(JSON.stringify(workspace.inspect.values('Patterns'))).not.toMatch(/Infinity|e\+30/);
  });

  it('names tier thresholds out of order and a wrap date before the start date', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', { ...base, startDate: '2026-11-20', wrapDate: '2026-11-18', tiers: { micro: 60_000, midTier: 50_000 } });
    const midTierRow = workspace.inspect.values('Campaign').findIndex((r) => r[0] === 'Mid-tier from (followers)') + 1; // the Campaign tab grows
    const checks = (bundle.run('runChecks') as { checks: Check[] }).checks;
    expect(checks.find((c) => c.kind === 'date-order')).toMatchObject({ cell: 'Campaign!B5' });
    expect(checks.find((c) => c.kind === 'tier-order')).toMatchObject({ cell: `Campaign!B${midTierRow}`, message: expect.stringContaining('Mid-tier starts at 50,000') });
  });

  it('names a deadline typed as 20261118, which Sheets shows as the year 57373', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', { ...base, issues: [{ description: 'Late links', action: 'Add a links-live sign-off to the checklist by Friday', owner: 'Ana' }] });
    workspace.inspect.setCell('Issues', 'G2', 20261118);
    const checks = (bundle.run('runChecks') as { checks: Check[] }).checks;
    expect(checks.find((c) => c.cell === 'Issues!G2')).toMatchObject({ kind: 'unreadable-value', message: expect.stringContaining('year 57373') });
  });
});

describe('locale', () => {
  it('names "400.000" impressions instead of reading 400, and leaves them out', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', { ...base, creators: [{ handle: '@eu', followers: 10_000, cost: 100, engagements: 500, impressions: '400.000' }] });
    expect(rowsByHeader(workspace, 'Creators')[0]?.Impressions).toBe('400.000'); // kept as typed
    const analysis = analyze(bundle);
    expect(analysis.checks.find((c) => c.cell === 'Creators!H2')).toMatchObject({ kind: 'ambiguous-value', message: expect.stringContaining('400,000') });
    expect(analysis.campaign.impressions).toBe(0);
  });

  it('reads a German file in its locale, "1.234,56 €" and "18.11.2026", into a German spreadsheet', () => {
    const workspace = createLocalWorkspace({ locale: 'de_DE', now: () => new Date('2026-11-24T10:00:00Z') });
    workspace.createSpreadsheet('Lokal');
    const bundle = loadBundle(workspace);
    bundle.run('importCampaign', {
      ...base, locale: 'de_DE', startDate: '01.10.2026', wrapDate: '18.11.2026', budget: '1.234,56 €',
      creators: [{ handle: '@de', followers: '12.400', cost: '1.234,56 €', engagements: '1.000', impressions: '400.000' }],
    });
    const creator = rowsByHeader(workspace, 'Creators')[0]!;
    expect([creator.Followers, creator.Cost, creator.Engagements, creator.Impressions]).toEqual([12_400, 1234.56, 1000, 400_000]);
    const analysis = analyze(bundle);
    expect(analysis.campaign.cpe).toBeCloseTo(1.23456, 10);
    expect(analysis.checks.filter((c) => c.kind === 'ambiguous-value' || c.kind === 'unreadable-value')).toEqual([]);
  });
});
