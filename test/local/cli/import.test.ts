// `debrief run … --import` (issue 11): platform exports imported after the campaign file, the mapping used written to
// --out/import.json; a bad --out or a missing export is refused before any work, one line naming it, no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const debrief = (...args: string[]) => spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });
const EXPORTS = 'test/fixtures/exports';

describe('debrief run --import', () => {
  it('imports a YouTube export for a named creator and writes the mapping it used', () => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-import-'));
    const run = debrief('run', 'examples/sample-campaign.json', '--out', out, '--import', `@dewy.dana=${EXPORTS}/youtube-table-data.csv`, '--import', `${EXPORTS}/influencer-platform.csv`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'import.json'), 'utf8'));
    expect(report.map((r: { platform: string; rows: number }) => [r.platform, r.rows])).toEqual([['YouTube', 2], ['Creators export', 2]]);
    expect(report[0].mapping).toContainEqual({ header: 'Content', to: 'id' });
    expect(report[0].skipped).toEqual(['line 2: the "Total" row (totals, not a post)']);
    const content = JSON.parse(readFileSync(join(out, 'workbook.json'), 'utf8')).tabs.Content.values as unknown[][];
    const piece = content.find((r) => r[0] === 'dQw4w9WgXcQ');
    expect(piece?.slice(0, 3)).toEqual(['dQw4w9WgXcQ', '@dewy.dana', 'YouTube']);
  });

  it('refuses an --out that is a file and an export that is missing, before any work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bad-'));
    const file = join(dir, 'taken.txt');
    writeFileSync(file, 'x');
    const badOut = debrief('run', 'examples/sample-campaign.json', '--out', file);
    expect([badOut.status, badOut.stderr.trim()]).toEqual([1, `--out ${file} is a file; give a folder (it is made if missing).`]);
    const missing = debrief('run', 'examples/sample-campaign.json', '--out', join(dir, 'out'), '--import', join(dir, 'nope.csv'));
    expect([missing.status, missing.stderr.trim()]).toEqual([1, `${join(dir, 'nope.csv')}: no such file.`]);
    mkdirSync(join(dir, 'state'));
    writeFileSync(join(dir, 'state', 'workspace-state.json'), '{"users": ');
    const corrupt = debrief('run', 'examples/sample-campaign.json', '--out', join(dir, 'out'), '--state', join(dir, 'state'));
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr.trim()).toMatch(new RegExp(`^${join(dir, 'state', 'workspace-state.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a Debrief state file: [^\n]+$`));
  });

  it('accepts a campaign file that starts with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-bom-'));
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${readFileSync('examples/sample-campaign.json', 'utf8')}`);
    const run = debrief('run', join(dir, 'bom.json'), '--out', join(dir, 'out'));
    expect([run.status, run.stderr]).toEqual([0, '']);
  });

  it('says what failed in one line, with no stack trace unless --debug', () => {
    const plain = debrief('check-trace', '/nonexistent/trace.jsonl');
    expect([plain.status, plain.stderr.trim()]).toEqual([1, 'debrief: /nonexistent/trace.jsonl: no such file or folder. (--debug shows the stack trace)']);
    const debug = debrief('check-trace', '/nonexistent/trace.jsonl', '--debug');
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/ENOENT[\s\S]*\n\s+at /); // the stack trace
  });
});
