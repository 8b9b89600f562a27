// What the ledger says before a client's next campaign: open actions (overdue marked, status from the latest
// campaign), recurring root causes, creators' latest verdicts, the don't-rebook check on a new Creators tab, and
// the campaign a report compares with.
import { describe, expect, it } from 'vitest';
import { campaignBefore, creatorStandings, dontRebookHits, openActions, recurringCauses } from '../../../src/domain/history/client-history.ts';
import { campaignKey } from '../../../src/domain/history/keys.ts';
import { APPROVAL_ACTION, ledgerOf, scenario } from './support.ts';

const { ledger } = ledgerOf(scenario());

describe('client history', () => {
  it('lists every action not done, overdue first, with where it came from and its latest status', () => {
    const open = openActions(ledger, 'glowlab', '2026-11-20');
    expect(open.map((a) => [a.action, a.campaign, a.status, a.owner, a.daysOverdue])).toEqual([
      ['Agree a 48-hour approval window with the client', 'Spring Glow', 'In progress', 'Tom Reed', 203],
      ['Book legal review into the timeline', 'Summer Glow', 'Open', '', 111],
      ['Send briefs a week earlier', 'Autumn Glow', 'Open', 'Sam Lee', 19],
    ]);
    expect(open[0]).toMatchObject({ key: APPROVAL_ACTION, overdue: true, statusFrom: 'Summer Glow', workbookUrl: expect.stringContaining('SpringGlow') });
    expect(openActions(ledger, 'Glowlab', '2026-10-01').map((a) => a.overdue)).toEqual([true, true, false]);
    expect(openActions(ledger, 'Northwind', '2026-11-20')).toEqual([]);
  });

  it('gives the campaign to compare with: the client’s latest before this one, with its KPIs and learnings', () => {
    const autumn = campaignKey('Glowlab', 'Autumn Glow');
    const before = campaignBefore(ledger, 'glowlab', autumn, '2026-10-15');
    expect(before?.campaign.campaign).toBe('Summer Glow');
    expect(before?.kpis.every((k) => k.campaign === 'Summer Glow')).toBe(true);
    expect(before?.kpis.length).toBeGreaterThan(0);
    expect(before?.learnings).toEqual(['Doubling budget roughly doubled reach', 'TikTok drafts ran late', 'Legal review needs its own slot']);
    // A campaign not in the ledger yet (its own post-mortem): the latest before its wrap; without a date, the latest.
    expect(campaignBefore(ledger, 'Glowlab', campaignKey('Glowlab', 'Winter Glow'), '2026-08-01')?.campaign.campaign).toBe('Summer Glow');
    expect(campaignBefore(ledger, 'Glowlab', campaignKey('Glowlab', 'Winter Glow'), null)?.campaign.campaign).toBe('Autumn Glow');
    expect(campaignBefore(ledger, 'Glowlab', campaignKey('Glowlab', 'Spring Glow'), '2026-04-15')).toBeNull();
    expect(campaignBefore(ledger, 'Acme', campaignKey('Acme', 'One'), null)).toBeNull();
  });

  it('finds root causes logged in 2 or more of the client’s campaigns', () => {
    expect(recurringCauses(ledger, 'Glowlab')).toEqual([
      { cause: 'Client-side', campaigns: ['Spring Glow', 'Summer Glow'] },
      { cause: 'Process', campaigns: ['Spring Glow', 'Autumn Glow'] },
    ]);
    expect(recurringCauses(ledger, 'Northwind')).toEqual([]);
  });

  it('keeps each creator’s history across campaigns, with the latest verdict', () => {
    const glowlab = creatorStandings(ledger, 'Glowlab');
    expect(glowlab.map((s) => [s.handle, s.latest.campaign, s.latest.verdict, s.history.length])).toEqual([
      ['@Ana.Glow', 'Summer Glow', 'Rebook', 2],
      ['@ben.lifts', 'Summer Glow', 'Rebook with conditions', 1],
      ['@cat.runs', 'Autumn Glow', 'Rebook with conditions', 1], // ER lift −25%
      ['@eve.fit', 'Spring Glow', "Don't rebook", 1],
    ]);
    const everywhere = creatorStandings(ledger).find((s) => s.handle === '@eve.fit');
    expect(everywhere?.history.map((h) => `${h.client}: ${h.verdict}`)).toEqual(["Glowlab: Don't rebook", "Northwind: Don't rebook"]);
  });

  it('flags a creator whose latest verdict anywhere is don’t rebook, naming the row and the verdict’s inputs', () => {
    const hits = dontRebookHits(ledger, [{ row: 2, handle: 'EVE.FIT' }, { row: 3, handle: '@ana.glow' }, { row: 4, handle: '' }]);
    expect(hits.map((h) => [h.row, h.verdict.client, h.verdict.campaign])).toEqual([[2, 'Northwind', 'Relaunch']]);
    expect(hits[0]?.verdict.reasons).toContain('ER lift −52% (red flag)');
  });

  it('doesn’t flag a campaign by its own verdicts', () => {
    const relaunchOnly = { ...ledger, creators: ledger.creators.filter((c) => c.campaign === 'Relaunch') };
    expect(dontRebookHits(relaunchOnly, [{ row: 2, handle: '@eve.fit' }], 'northwind/relaunch')).toEqual([]);
  });
});
