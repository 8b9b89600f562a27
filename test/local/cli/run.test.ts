// `debrief run` on the sample campaign writes the three files; a malformed file exits non-zero naming fields.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function debrief(...args: string[]) {
  return spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });
}

describe('debrief run', () => {
  it('writes workbook.json, report.json and calls.json for the sample campaign', () => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-out-'));
    const run = debrief('run', 'examples/sample-campaign.json', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const workbook = JSON.parse(readFileSync(join(out, 'workbook.json'), 'utf8'));
    expect(Object.keys(workbook.tabs)).toEqual(['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins', 'Patterns']);
    expect(workbook.tabs.Creators.values[0][0]).toBe('Handle');
    expect(workbook.tabs.Creators.formulas[1][3]).toMatch(/^=IF\(ISNUMBER\(C2\)/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.learnings.length).toBeGreaterThanOrEqual(3);
    for (const check of report.checks) expect(Object.keys(check)).toEqual(expect.arrayContaining(['cell', 'message']));
    const calls = JSON.parse(readFileSync(join(out, 'calls.json'), 'utf8'));
    expect(Object.keys(calls)).toEqual(['buildTabs', 'importCampaign', 'analyze']);
    expect(calls.analyze.calls['Range.getValues']).toBeGreaterThan(0);
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
});
