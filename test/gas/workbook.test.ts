// Building, filling and analysing a hand-checked campaign through the built bundle: the formulas the tabs carry
// are evaluated by the local Workspace and must give the values computed by hand below.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, freshBundle, rowsByHeader } from '../support/bundle.ts';

describe('the post-mortem workbook, through the bundle', () => {
  const { workspace, bundle } = freshBundle();
  let analysis: any;

  beforeAll(() => {
    bundle.run('buildTabs');
    bundle.run('importCampaign', fixture('small-campaign.json'));
    analysis = bundle.run('analyze');
  });

  it('builds the seven tabs in order', () => {
    expect(workspace.inspect.sheetNames().slice(0, 7)).toEqual(['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins', 'Patterns']);
  });

  it('computes KPI variances and met/missed respecting direction, filling the starter rows', () => {
    const kpis = rowsByHeader(workspace, 'KPIs');
    const byName = Object.fromEntries(kpis.map((k) => [k.KPI, k]));
    expect(kpis.map((k) => k.KPI)).toEqual(['Reach', 'Impressions', 'Engagement rate', 'Link clicks', 'Conversions', 'CPE', 'CPM']);
    expect(byName.Reach['Variance %']).toBeCloseTo(-0.1, 10);
    expect(byName.Reach.Status).toBe('Missed');
    expect(byName.CPE['Variance %']).toBeCloseTo(-0.2, 10);
    expect(byName.CPE.Status).toBe('Met'); // lower is better
    expect(byName.Conversions['Variance %']).toBeCloseTo(0.2, 10);
    expect(byName.Conversions.Status).toBe('Met');
    expect(byName.Impressions['Variance %']).toBe(''); // no target: blank, never #DIV/0!
    expect(byName.Reach['Target confidence']).toBe('Historical data');
  });

  it('computes tiers, engagement rates and pooled-cost inputs per creator', () => {
    const creators = rowsByHeader(workspace, 'Creators');
    expect(creators.map((c) => c.Tier)).toEqual(['Nano', 'Micro', 'Micro', 'Macro']);
    expect(creators.map((c) => c.Followers)).toEqual([8000, 20000, 45000, 600000]);
    expect(creators.map((c) => c.CPE)).toEqual([0.5, 0.3, 0.5, 0.75]);
    expect(creators.map((c) => c.CPM)).toEqual([25, 12, 15, 22.5]);
    expect(creators.map((c) => c.CPA)).toEqual([100, 60, '', 300]); // no conversions: blank
    expect(creators[0]['Sponsored ER']).toBeCloseTo(0.1, 10);
    expect(creators[0]['ER lift']).toBeCloseTo(1, 10);
    expect(creators[3]['ER lift']).toBeCloseTo(-0.5, 10);
    expect(creators[0].Cost).toBe(400);
  });

  it('ranks content by ER with ties broken by clicks, and marks top and bottom 3', () => {
    const content = rowsByHeader(workspace, 'Content');
    expect(content.map((c) => [c.Piece, c.Rank, c['Top / bottom 3']])).toEqual([
      ['A', 1, 'Top 3'], ['B', 2, 'Top 3'], ['C', 3, 'Top 3'], ['D', 4, 'Bottom 3'],
    ]);
  });

  it('computes the post-mortem due date as wrap + 72 hours', () => {
    const campaign = workspace.inspect.values('Campaign');
    const due = campaign.find((row) => row[0] === 'Post-mortem due')?.[1] as Date;
    expect(due.toISOString().slice(0, 10)).toBe('2026-11-21');
  });

  it('reports group figures against the campaign and drafts learnings with their numbers', () => {
    const tiers = analysis.analysis.groups.find((d: any) => d.dimension === 'tier');
    const micro = tiers.groups.find((g: any) => g.value === 'Micro');
    expect(micro.creators).toBe(2);
    expect(micro.cpe).toBeCloseTo(2100 / 5000, 10);
    expect(analysis.analysis.campaign.cpe).toBeCloseTo(11500 / 17800, 10);
    expect(micro.vsCampaign.cpe).toBeCloseTo(0.42 / (11500 / 17800) - 1, 10); // 35% lower CPE
    expect(micro.small).toBe(false);
    expect(tiers.groups.find((g: any) => g.value === 'Nano').small).toBe(true); // one creator: no pattern claimed
    expect(analysis.learnings.length).toBeGreaterThanOrEqual(3);
    expect(analysis.learnings.length).toBeLessThanOrEqual(5);
    expect(analysis.learnings.join(' ')).toMatch(/\d/);
    expect(analysis.kpis).toEqual({ met: 2, missed: 1, unknown: 4 });
  });

  it('flags the vague, ownerless action and the overdue post-mortem by cell', () => {
    const cells = analysis.checks.map((c: any) => `${c.kind} ${c.cell}`);
    expect(cells).toContain('vague-action Issues!E2');
    expect(cells).toContain('action-without-owner Issues!F2');
    expect(cells).toContain('action-without-deadline Issues!G2');
    expect(cells).toContain('post-mortem-overdue Campaign!B6'); // the Post-mortem due cell
  });

  it('writes the Patterns tab with two charts', () => {
    const text = workspace.inspect.values('Patterns').flat().join(' ');
    expect(text).toContain('Micro');
    expect(workspace.inspect.charts('Patterns')).toHaveLength(2);
  });
});
