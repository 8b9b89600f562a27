// `debrief run` and the completeness gate: report.json says which KPIs are unexplained (by cell) and the client
// report and slides aren't made; with --force they are, and the internal brief records it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function campaignWithUnexplainedMiss(): string {
  const campaign = JSON.parse(readFileSync('examples/sample-campaign.json', 'utf8'));
  const reach = campaign.kpis.find((k: { name: string }) => k.name === 'Reach');
  Object.assign(reach, { target: 5_000_000, actual: 3_500_000 });
  for (const issue of campaign.issues) if (issue.linkedKpi === 'Reach') issue.linkedKpi = '';
  const path = join(mkdtempSync(join(tmpdir(), 'debrief-gate-')), 'campaign.json');
  writeFileSync(path, JSON.stringify(campaign));
  return path;
}

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/debrief.js', 'run', ...args], { encoding: 'utf8' });

describe('debrief run at the completeness gate', () => {
  const file = campaignWithUnexplainedMiss();

  it('reports the gate in report.json and makes only the internal documents', () => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-out-'));
    const result = run(file, '--out', out);
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.gate).toMatchObject({ passed: false, forced: false, threshold: 0.1, summary: '1 KPI needs an explanation before the client sees it.' });
    expect(report.gate.unexplained).toEqual([expect.objectContaining({ kpi: 'Reach', cell: 'KPIs!D2', needs: 'Issues' })]);
    expect(result.stderr).toMatch(/Not made: client report: 1 KPI needs an explanation/);
    expect(existsSync(join(out, 'client-report.md'))).toBe(false);
    expect(existsSync(join(out, 'deck.json'))).toBe(false);
    expect(existsSync(join(out, 'internal-brief.md'))).toBe(true);
  });

  it('makes them with --force and records it in the internal brief', () => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-out-'));
    const result = run(file, '--force', '--out', out);
    expect(result.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.gate).toMatchObject({ passed: false, forced: true });
    expect(existsSync(join(out, 'client-report.md'))).toBe(true);
    expect(readFileSync(join(out, 'internal-brief.md'), 'utf8')).toMatch(/Generated anyway: Client report generated on \d{4}-\d{2}-\d{2} by debrief run --force with 1 KPI unexplained: Reach \(−30\.0%, KPIs!D2\)/);
  });
});
