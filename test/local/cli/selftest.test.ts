// `debrief selftest` runs the add-on's Diagnostics on the local Workspace: every check passes, one line each.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('debrief selftest', () => {
  it('prints one PASS line per check and exits 0 on the local Workspace', () => {
    const run = spawnSync(process.execPath, ['bin/debrief.js', 'selftest'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Debrief diagnostics, .*: (\d+) of \1 checks passed$/);
    expect(lines.slice(1).every((line) => line.startsWith('PASS  '))).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });
});
