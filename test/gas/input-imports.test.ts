// Issue 11, "imports": every limit is checked before anything is written, a refused import writes nothing,
// the same rows again change nothing, a changed file updates the rows it wrote and keeps (and names) what a
// person typed, and the person chooses whether a file starts a new campaign or adds to the open one.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/domain/errors.ts';
import { fixture, freshBundle, rowsByHeader } from '../support/bundle.ts';

type Result = { rows: Record<string, { appended: number; filled: number; unchanged?: number; conflicts?: number }>; checks: { kind: string; cell: string; message: string }[] };
const TABS = ['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins'];
const snapshot = (workspace: ReturnType<typeof freshBundle>['workspace']) =>
  JSON.stringify(TABS.map((t) => [workspace.inspect.values(t), workspace.inspect.formulas(t)]));
const failure = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return decodeError(error);
  }
  throw new Error('expected the call to fail');
};

describe('imports are idempotent', () => {
  it('changes nothing when the same file is imported twice: issues and wins are not doubled', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', fixture('small-campaign.json'));
    const before = snapshot(workspace);
    const again = bundle.run('importCampaign', fixture('small-campaign.json')) as Result;
    expect(snapshot(workspace)).toBe(before);
    expect(rowsByHeader(workspace, 'Issues')).toHaveLength(2);
    expect(rowsByHeader(workspace, 'Wins')).toHaveLength(1);
    expect(Object.values(again.rows).every((r) => r.appended === 0 && r.filled === 0)).toBe(true);
  });

  it('updates the rows a changed file wrote, and keeps a value a person typed since, naming it', () => {
    const { workspace, bundle } = freshBundle();
    const file = fixture('small-campaign.json') as { creators: Record<string, unknown>[] };
    bundle.run('importCampaign', file);
    workspace.inspect.setCell('Creators', 'C3', 21000); // a person corrects @micro1's followers
    const changed = structuredClone(file);
    changed.creators[0]!.followers = 9000; // the export now says @nano has 9K
    changed.creators[1]!.followers = 25000; // and @micro1 25K
    const result = bundle.run('importCampaign', changed) as Result;
    const creators = rowsByHeader(workspace, 'Creators');
    expect(creators.map((c) => c.Followers)).toEqual([9000, 21000, 45000, 600000]);
    expect(result.checks.find((c) => c.kind === 'import-conflict')).toMatchObject({ cell: 'Creators!C3', message: expect.stringContaining('kept "21000", typed here; the file says "25000"') });
    expect(result.rows.Creators).toMatchObject({ filled: 1, conflicts: 1 });

    const replaced = bundle.run('importCampaign', changed, { replaceTyped: true }) as Result;
    expect(rowsByHeader(workspace, 'Creators')[1]?.Followers).toBe(25000);
    expect(replaced.checks.find((c) => c.kind === 'import-conflict')?.message).toContain('replaced "21000"');
  });
});

describe('a refused import writes nothing', () => {
  it('refuses a too-long learning before any row is written, naming the field, and a retry does not duplicate', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    const before = snapshot(workspace);
    const file = { ...fixture('small-campaign.json'), learnings: ['x'.repeat(1001)] };
    const problem = failure(() => bundle.run('importCampaign', file));
    expect(problem.code).toBe('bad-input');
    expect(problem.fields).toEqual([{ path: 'learnings[0]', message: expect.stringContaining('longer than 1000 characters') }]);
    expect(snapshot(workspace)).toBe(before);
    bundle.run('importCampaign', { ...file, learnings: ['Natural integrations won.'] });
    bundle.run('importCampaign', { ...file, learnings: ['Natural integrations won.'] });
    expect(rowsByHeader(workspace, 'Creators')).toHaveLength(4);
  });

  it('refuses text longer than a cell holds, naming the field, with no stack trace', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    const before = snapshot(workspace);
    const file = { client: 'Glowlab', campaign: 'Long', content: [{ id: 'A' }, { id: 'B', comments: 'y'.repeat(50_001) }] };
    const problem = failure(() => bundle.run('importCampaign', file));
    expect(problem).toMatchObject({ code: 'bad-input', fields: [{ path: 'content[1].comments', message: expect.stringContaining('50,000 characters') }] });
    expect(problem.message).not.toMatch(/at \w+ \(/);
    expect(snapshot(workspace)).toBe(before);
  });

  it('refuses learnings that would overflow the document property they are kept in, before writing', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('buildTabs');
    const before = snapshot(workspace);
    const learnings = Array.from({ length: 10 }, (_, i) => `${i} ${'é'.repeat(990)}`); // 10 × ~2 KB: over 9 KB
    const problem = failure(() => bundle.run('importCampaign', { ...fixture('small-campaign.json'), learnings }));
    expect(problem.code).toBe('quota');
    expect(problem.message).toMatch(/nothing was (imported|changed)/i);
    expect(snapshot(workspace)).toBe(before);
  });
});

describe('the person chooses the campaign', () => {
  it('adds to the open campaign only when the file is for it, and starts a new one only in an empty spreadsheet', () => {
    const { workspace, bundle } = freshBundle();
    bundle.run('importCampaign', fixture('small-campaign.json'), { mode: 'new' });
    const before = snapshot(workspace);
    const other = { client: 'Glowlab', campaign: 'Another', creators: [{ handle: '@x' }] };
    expect(failure(() => bundle.run('importCampaign', other, { mode: 'add' }))).toMatchObject({ code: 'bad-input', message: expect.stringContaining('this spreadsheet holds Glowlab — Hand-checked') });
    expect(failure(() => bundle.run('importCampaign', other, { mode: 'new' }))).toMatchObject({ code: 'not-ready', message: expect.stringContaining('make a new spreadsheet') });
    expect(snapshot(workspace)).toBe(before);
    bundle.run('importCampaign', { client: 'Glowlab', campaign: 'Hand-checked', creators: [{ handle: '@x' }] }, { mode: 'add' });
    expect(rowsByHeader(workspace, 'Creators')).toHaveLength(5);
  });
});
