// What the next campaign's workbook starts with: suggested targets with their method and campaigns in Notes, and
// every open action carried as an Issues row tied to its ledger row by id.
import { describe, expect, it } from 'vitest';
import { nextCampaignSeed, seedSummary } from '../../../src/domain/history/next-campaign.ts';
import { APPROVAL_ACTION, ledgerOf, scenario } from './support.ts';

const { ledger } = ledgerOf(scenario());

describe('next campaign seed', () => {
  const seed = nextCampaignSeed(ledger, { client: 'glowlab', campaign: 'Winter Glow', startDate: '2026-12-01', budget: 30_000, objective: null }, '2026-11-20');

  it('carries the client’s fields from its latest campaign', () => {
    expect(seed).toMatchObject({ client: 'Glowlab', campaign: 'Winter Glow', clientCategory: 'Beauty', objective: 'Awareness', currency: 'USD', budget: 30_000, campaignManager: 'Priya Shah' });
  });

  it('suggests targets with their confidence and, in Notes, the method and the campaigns behind them', () => {
    expect(seed.kpis.map((k) => [k.name, k.target, k.confidence])).toEqual([['Reach', 1_380_000, 'Historical data'], ['Engagement rate', 0.045, 'Historical data'], ['CPE', 0.45, 'Historical data']]);
    expect(seed.kpis[0]?.notes).toBe('Suggested from history (historical data): Median of the actuals of 3 earlier campaigns, each scaled by this budget ÷ its budget. Campaigns: Autumn Glow 690,000, Summer Glow 900,000, Spring Glow 500,000.');
  });

  it('carries every open action with the id that ties it to its ledger row', () => {
    expect(seed.issues.map((i) => [i.action, i.status, i.carriedFrom])).toEqual([
      ['Agree a 48-hour approval window with the client', 'In progress', `Spring Glow · ${APPROVAL_ACTION}`],
      ['Book legal review into the timeline', 'Open', expect.stringMatching(/^Summer Glow · A-[0-9A-Z]{7}$/)],
      ['Send briefs a week earlier', 'Open', expect.stringMatching(/^Autumn Glow · A-/)],
    ]);
    expect(seed.issues[0]).toMatchObject({ area: null, rootCause: 'Client-side', severity: 'Significant', owner: 'Tom Reed', due: '2026-05-01', carriedFromUrl: expect.stringContaining('SpringGlow') });
    expect(seedSummary(seed)).toBe('3 open actions carried, 3 targets suggested (3 from historical data)');
  });
});
