// Issue 11, "distinct rows merged away": rows are the same only when their identity is exactly equal once trimmed;
// look-alikes are counted apart and pointed out; exact repeats are kept and named; content naming an unknown
// creator is named with the handle it probably meant. Through the built bundle, as a person would import.
import { describe, expect, it } from 'vitest';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';

const base = { client: 'Glowlab', campaign: 'Identity', startDate: '2026-10-01', wrapDate: '2026-11-18' };
const creator = (handle: string, followers: number, extra: Record<string, unknown> = {}) =>
  ({ handle, platform: 'Instagram', followers, cost: 500, engagements: 1000, impressions: 20000, ...extra });

describe('identity as typed', () => {
  it('keeps @maya_moves, @maya-moves, @Maya Moves and @maya.moves as four creators, and says they look alike', () => {
    const { workspace, bundle } = freshBundle();
    const result = bundle.run('importCampaign', {
      ...base, creators: [creator('@maya_moves', 10_000), creator('@maya-moves', 20_000), creator('@Maya Moves', 30_000), creator('@maya.moves', 40_000)],
    }) as { checks: { kind: string; cell: string }[] };
    expect(rowsByHeader(workspace, 'Creators').map((c) => [c.Handle, c.Followers])).toEqual([
      ['@maya_moves', 10_000], ['@maya-moves', 20_000], ['@Maya Moves', 30_000], ['@maya.moves', 40_000],
    ]);
    const analysis = (bundle.run('analyze') as { analysis: { campaign: { creators: number }; checks: { kind: string; cell: string }[] } }).analysis;
    expect(analysis.campaign.creators).toBe(4);
    expect(analysis.checks.filter((c) => c.kind === 'look-alike').map((c) => c.cell)).toEqual(['Creators!A3', 'Creators!A4', 'Creators!A5']);
    expect(result.checks.filter((c) => c.kind === 'duplicate-row')).toEqual([]);
  });

  it('keeps an exact repeat of a handle with its own followers, cost and notes, and names it', () => {
    const { workspace, bundle } = freshBundle();
    const result = bundle.run('importCampaign', {
      ...base, creators: [creator('@dup', 10_000, { notes: 'first' }), creator('@dup', 12_000, { cost: 700, notes: 'second' })],
    }) as { checks: { kind: string; cell: string; message: string }[] };
    expect(rowsByHeader(workspace, 'Creators').map((c) => [c.Handle, c.Followers, c.Cost, c.Notes])).toEqual([
      ['@dup', 10_000, 500, 'first'], ['@dup', 12_000, 700, 'second'],
    ]);
    expect(result.checks.find((c) => c.kind === 'duplicate-row')).toMatchObject({ cell: 'Creators!A3' });
    const checks = (bundle.run('runChecks') as { checks: { kind: string; cell: string }[] }).checks;
    expect(checks).toContainEqual(expect.objectContaining({ kind: 'duplicate-row', cell: 'Creators!A3' }));
  });

  it('writes a row repeated with the same values once, and says so', () => {
    const { workspace, bundle } = freshBundle();
    const result = bundle.run('importCampaign', { ...base, creators: [creator('@same', 5000), creator('@same', 5000)] }) as { checks: { kind: string; message: string }[] };
    expect(rowsByHeader(workspace, 'Creators').map((c) => c.Handle)).toEqual(['@same']);
    expect(result.checks.find((c) => c.kind === 'duplicate-row')?.message).toContain('written once');
  });

  it('keeps content ids IG-01, IG 01 and ig_01 apart, and a second KPI named "reach" beside "Reach"', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    bundle.run('importCampaign', {
      ...base,
      kpis: [{ name: 'Reach', target: 100, actual: 90 }, { name: 'reach', target: 50, actual: 60 }],
      content: ['IG-01', 'IG 01', 'ig_01'].map((id, i) => ({ id, impressions: 1000 * (i + 1), engagements: 100 })),
    });
    expect(rowsByHeader(workspace, 'Content').map((c) => [c.Piece, c.Impressions])).toEqual([['IG-01', 1000], ['IG 01', 2000], ['ig_01', 3000]]);
    const kpis = rowsByHeader(workspace, 'KPIs').filter((k) => /^reach$/i.test(String(k.KPI)));
    expect(kpis.map((k) => [k.KPI, k.Target, k.Actual])).toEqual([['Reach', 100, 90], ['reach', 50, 60]]);
  });

  it('names content whose creator is not on the Creators tab, suggesting the nearest handle', () => {
    const { bundle } = freshBundle();
    bundle.run('importCampaign', {
      ...base, creators: [creator('@maya.moves', 10_000)],
      content: [{ id: 'IG-01', creator: '@maya.moves', impressions: 100, engagements: 10 }, { id: 'IG-02', creator: '@Maya.Move', impressions: 100, engagements: 10 }],
    });
    const checks = (bundle.run('runChecks') as { checks: { kind: string; cell: string; message: string }[] }).checks.filter((c) => c.kind === 'unknown-creator');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ cell: 'Content!B3' });
    expect(checks[0]?.message).toContain('did you mean "@maya.moves"');
  });
});
