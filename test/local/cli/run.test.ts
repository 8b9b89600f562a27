// `debrief run` on the sample campaign writes the workbook, report and call files and every document; a malformed
// file exits non-zero naming fields; with --state the shared learnings Doc carries over to the next run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shared } from '../../support/shared.ts';

function debrief(...args: string[]) {
  return spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });
}

describe('debrief run', () => {
  // One run of the sample campaign, read by the two tests that check its output.
  const sample = shared(() => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-out-'));
    return { out, run: debrief('run', 'examples/sample-campaign.json', '--out', out) };
  });

  it('writes workbook.json, report.json and calls.json for the sample campaign', () => {
    const { out, run } = sample();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const workbook = JSON.parse(readFileSync(join(out, 'workbook.json'), 'utf8'));
    expect(Object.keys(workbook.tabs)).toEqual(['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins', 'Patterns']);
    expect(workbook.tabs.Creators.values[0][0]).toBe('Handle');
    expect(workbook.tabs.Creators.formulas[1][3]).toMatch(/^=IF\((AND\()?ISNUMBER\(C2\)/); // the Tier formula (bounded since issue 11)
    // displayValues as Range.getDisplayValues returns them: text, same shape, KPI values in their unit.
    for (const tab of Object.values(workbook.tabs) as { values: unknown[][]; displayValues: string[][] }[]) {
      expect(tab.displayValues.map((r) => r.length)).toEqual(tab.values.map((r) => r.length));
      expect(tab.displayValues.flat().every((v) => typeof v === 'string')).toBe(true);
    }
    const kpis = workbook.tabs.KPIs.displayValues as string[][];
    const [kpi, target] = ['KPI', 'Target'].map((h) => kpis[0]!.indexOf(h));
    const targetOf = (name: string) => kpis.find((r) => r[kpi!] === name)?.[target!];
    expect([targetOf('Reach'), targetOf('Engagement rate'), targetOf('CPE')]).toEqual(['4,000,000', expect.stringMatching(/^\d+(\.\d\d?)?%$/), expect.stringMatching(/^\$\d+\.\d\d$/)]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.learnings.length).toBeGreaterThanOrEqual(3);
    for (const check of report.checks) expect(Object.keys(check)).toEqual(expect.arrayContaining(['cell', 'message']));
    const calls = JSON.parse(readFileSync(join(out, 'calls.json'), 'utf8'));
    expect(Object.keys(calls)).toEqual(['buildTabs', 'importCampaign', 'analyze', 'generateClientReport', 'generateInternalBrief', 'exportSlides', 'appendLearnings']);
    expect(calls.analyze.calls['Sheet.getSheetValues']).toBeGreaterThan(0);
  });

  it('exits non-zero and names each bad field of a malformed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bad-'));
    const file = JSON.parse(readFileSync('test/fixtures/small-campaign.json', 'utf8'));
    file.creators[2].followers = { many: true };
    file.kpis = 'none';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(file));
    const run = debrief('run', join(dir, 'bad.json'), '--out', join(dir, 'out'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('creators[2].followers');
    expect(run.stderr).toContain('kpis');
  });

  it('turns an unreadable value in a well-formed file into a check naming its cell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-cell-'));
    const file = JSON.parse(readFileSync('test/fixtures/small-campaign.json', 'utf8'));
    file.creators[1].followers = 'lots';
    writeFileSync(join(dir, 'odd.json'), JSON.stringify(file));
    const run = debrief('run', join(dir, 'odd.json'), '--out', join(dir, 'out'));
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.checks).toContainEqual(expect.objectContaining({ cell: 'Creators!C3', kind: 'unreadable-value' }));
  });

  it('writes every document as Markdown (or deck JSON) and HTML', () => {
    const { out, run } = sample();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of ['client-report', 'internal-brief', 'learnings']) {
      expect(readFileSync(join(out, `${name}.html`), 'utf8')).toMatch(/^<!doctype html>/);
    }
    const client = readFileSync(join(out, 'client-report.md'), 'utf8');
    expect(client).toContain('| Reach | 4,000,000 | 3,580,000 | −10.5% | Missed |');
    expect(client).toContain('We fell short on Reach (−10.5%), Engagement rate (−25.7%)'); // one page beside the chart: the misses end the summary
    expect(readFileSync(join(out, 'internal-brief.md'), 'utf8')).toContain('# 5. What worked');
    expect(readFileSync(join(out, 'learnings.md'), 'utf8')).toContain('# Lumen Skin\n\n## Barrier Repair Serum launch — 18 Nov 2026\n\n- ');
    const deck = JSON.parse(readFileSync(join(out, 'deck.json'), 'utf8'));
    expect(deck.slides).toHaveLength(5);
    expect(deck.slides[1]).toMatchObject({ texts: ['Results vs KPIs: 3 of 7 KPIs met'], tables: [expect.arrayContaining([['KPI', 'Target', 'Actual', 'Variance', 'Result']])] });
    expect(readFileSync(join(out, 'deck.html'), 'utf8')).toMatch(/<html/);
  });

  it('keeps the learnings Doc across runs with --state, so a second campaign lands under the same heading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-state-'));
    const state = join(dir, 'state');
    expect(debrief('run', 'examples/sample-campaign.json', '--out', join(dir, 'one'), '--state', state).status).toBe(0);
    const next = JSON.parse(readFileSync('examples/sample-campaign.json', 'utf8'));
    Object.assign(next, { campaign: 'Spring refresh', startDate: '2027-03-01', wrapDate: '2027-04-02' });
    writeFileSync(join(dir, 'next.json'), JSON.stringify(next));
    const run = debrief('run', join(dir, 'next.json'), '--out', join(dir, 'two'), '--state', state);
    expect(run.stderr).toBe('');
    const learnings = readFileSync(join(dir, 'two', 'learnings.md'), 'utf8');
    expect(learnings.match(/^# Lumen Skin$/gm)).toHaveLength(1);
    expect(learnings.indexOf('## Barrier Repair Serum launch — 18 Nov 2026')).toBeLessThan(learnings.indexOf('## Spring refresh — 2 Apr 2027'));
    expect(readFileSync(join(dir, 'one', 'learnings.md'), 'utf8')).not.toContain('Spring refresh');
  });
});
