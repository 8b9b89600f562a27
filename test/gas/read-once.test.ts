// Each action reads, checks and analyses once: Analyze's checks are Run checks' checks, each said once, and a
// document reads every tab once whatever it makes.
import { describe, expect, it } from 'vitest';
import type { AnalyzeResult, ChecksResult } from '../../src/domain/rpc.ts';
import { measured, reportsWorld, sampleCampaign } from './reports-support.ts';

describe('read, check and analyse once', () => {
  const campaign = sampleCampaign();
  campaign.creators[1].followers = 'lots'; // an unreadable cell: the reader's check, not ours as well
  const world = reportsWorld(campaign);

  it('gives Analyze the checks Run checks gives, each once', () => {
    const analyzed = world.bundle.run('analyze') as AnalyzeResult;
    const checked = world.bundle.run('runChecks') as ChecksResult;
    expect(analyzed.checks).toEqual(checked.checks);
    const keys = analyzed.checks.map((c) => `${c.cell}|${c.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    const followers = analyzed.checks.filter((c) => c.cell === 'Creators!C3');
    expect(followers.map((c) => c.kind)).toEqual(['unreadable-value']);
  });

  it('reads each tab once per document', () => {
    for (const name of ['generateClientReport', 'generateInternalBrief'] as const) {
      const { calls } = measured(world, () => world.generate(name));
      expect(calls['Sheet.getSheetValues'], name).toBe(6); // Campaign, KPIs, Creators, Content, Issues, Wins: one call each
      expect(calls['Sheet.getDataRange'] ?? 0, name).toBe(0);
    }
  });
});
