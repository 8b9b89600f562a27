// Issue 11, "structure": a deleted header row, an orphaned Campaign label, and a person's own sheet named like a
// tab of Debrief's. Each is named by a check, and a rebuild repairs it without losing a value; Debrief knows its
// own tabs (their remembered ids, and the developer metadata it tags them with) and never wipes a sheet it didn't make.
import { describe, expect, it } from 'vitest';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';

type Check = { kind: string; cell: string; message: string };
const campaign = {
  client: 'Glowlab', campaign: 'Structure', startDate: '2026-10-01', wrapDate: '2026-11-18',
  creators: [
    { handle: '@ana', platform: 'Instagram', followers: 12_000, cost: 400, impressions: 50_000, engagements: 2100 },
    { handle: '@ben', platform: 'TikTok', followers: 90_000, cost: 900, impressions: 200_000, engagements: 6000 },
  ],
};

function built() {
  const { workspace, bundle } = freshBundle();
  bundle.run('importCampaign', campaign);
  const app = (workspace.globals.SpreadsheetApp as any).getActiveSpreadsheet();
  return { workspace, bundle, app };
}

const runChecks = (bundle: ReturnType<typeof built>['bundle']) => (bundle.run('runChecks') as { checks: Check[] }).checks;

describe('structure people break', () => {
  it('names a deleted header row, and a rebuild puts the headers back above the data, formulas and values kept', () => {
    const { workspace, bundle, app } = built();
    const before = workspace.inspect.values('Creators').slice(0, 3);
    app.getSheetByName('Creators').deleteRows(1, 1);
    const named = runChecks(bundle).filter((c) => c.kind === 'structure');
    expect(named).toEqual([expect.objectContaining({ cell: 'Creators!1:1', message: expect.stringContaining('was the header row deleted?') })]);

    const result = bundle.run('buildTabs') as { checks: Check[] };
    expect(result.checks.filter((c) => c.kind === 'structure').map((c) => c.cell)).toEqual(['Creators!1:1']);
    expect(result.checks.filter((c) => c.kind === 'typed-over-formula')).toEqual([]);
    expect(workspace.inspect.values('Creators').slice(0, 3)).toEqual(before); // headers, both rows, their formulas' results
    expect(rowsByHeader(workspace, 'Creators').map((c) => c.Handle)).toEqual(['@ana', '@ben']);
    expect(runChecks(bundle).filter((c) => c.kind === 'structure')).toEqual([]);
    const again = bundle.run('buildTabs') as { checks: Check[] };
    expect(again.checks.filter((c) => c.kind === 'structure')).toEqual([]); // no second header set
    expect(workspace.inspect.values('Creators')[0]).toEqual(before[0]);
  });

  it('names an orphaned Campaign label and still reads its value; a rebuild labels the value again', () => {
    const { workspace, bundle } = built();
    const row = workspace.inspect.values('Campaign').findIndex((r) => r[0] === 'Client') + 1;
    workspace.inspect.setCell('Campaign', `A${row}`, '');
    const named = runChecks(bundle).filter((c) => c.kind === 'structure');
    expect(named).toEqual([expect.objectContaining({ cell: `Campaign!A${row}`, message: expect.stringContaining('"Client" label was cleared') })]);
    const state = bundle.run('getSidebarState') as { setup?: { client?: string } };
    expect(state.setup?.client).toBe('Glowlab'); // read as the client all along

    const result = bundle.run('buildTabs') as { checks: Check[] };
    expect(result.checks.filter((c) => c.kind === 'structure').map((c) => c.cell)).toEqual([`Campaign!A${row}`]);
    const values = workspace.inspect.values('Campaign');
    expect(values.filter((r) => r[0] === 'Client').map((r) => r[1])).toEqual(['Glowlab']); // one Client row, its value kept
    expect(values.filter((r) => r[0] === '' && r[1] !== '')).toEqual([]);
  });

  it('never wipes a sheet of a person named like a tab Debrief deleted, and says where its own tab went', () => {
    const { workspace, bundle, app } = built();
    app.deleteSheet(app.getSheetByName('Patterns'));
    const own = app.insertSheet('Patterns');
    own.getRange('A1').setValue('My own patterns');
    const result = bundle.run('analyze') as { checks: Check[] };
    expect(workspace.inspect.values('Patterns')).toEqual([['My own patterns']]);
    expect(result.checks).toContainEqual(expect.objectContaining({ cell: 'Patterns!A1', kind: 'structure', message: expect.stringContaining('"Patterns (Debrief)"') }));
    expect(workspace.inspect.values('Patterns (Debrief)').length).toBeGreaterThan(5);
    bundle.run('analyze'); // found again by its id, under its new name
    expect(workspace.inspect.values('Patterns')).toEqual([['My own patterns']]);
    expect(workspace.inspect.sheetNames().filter((n) => n.startsWith('Patterns'))).toEqual(['Patterns (Debrief)', 'Patterns']);
  });

  it('knows its tab by the developer metadata it tags it with, even when its remembered ids are lost', () => {
    const { workspace, bundle, app } = built();
    const props = (workspace.globals.PropertiesService as any).getDocumentProperties();
    props.deleteProperty('debrief.tabIds'); // as in a copy of the spreadsheet: the sheets and their tags, no properties
    bundle.run('analyze');
    expect(workspace.inspect.sheetNames().filter((n) => n.startsWith('Patterns'))).toEqual(['Patterns']);
    expect(app.getSheetByName('Patterns').getDeveloperMetadata().map((m: any) => [m.getKey(), m.getValue()])).toEqual([['debriefTab', 'Patterns']]);
  });
});

describe('a half-built tab', () => {
  it('is named, and a rebuild adds what it lacks without losing a value', () => {
    const { workspace, bundle, app } = built();
    const header = workspace.inspect.values('Creators')[0] as string[];
    const cost = header.indexOf('Cost') + 1;
    const width = header.length;
    // As a build stopped halfway would leave it: the headers from Cost on never written, a value typed below anyway.
    app.getSheetByName('Creators').getRange(1, cost, 1, width - cost + 1).clearContent();
    workspace.inspect.setCell('Creators', 'A4', '@cara');
    const named = runChecks(bundle).filter((c) => c.kind === 'missing-column').map((c) => c.message);
    expect(named).toContainEqual(expect.stringContaining('no "Cost" column'));
    bundle.run('buildTabs');
    const rows = rowsByHeader(workspace, 'Creators');
    expect(rows.map((c) => [c.Handle, c.Cost])).toEqual([['@ana', 400], ['@ben', 900], ['@cara', '']]);
    expect(runChecks(bundle).filter((c) => c.kind === 'missing-column')).toEqual([]);
  });
});
