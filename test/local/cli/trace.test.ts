// `debrief run --trace` writes every Advanced Service call as a JSON line, and every call of the sample campaign
// and of a 1,000-creator campaign is one Google's published schemas accept; `debrief check-trace` says so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTrace } from '../../../src/local/cli/check-trace.ts';
import { runOnWorkspace } from '../../../src/local/cli/run.ts';
import type { AdvancedCall } from '../../../src/local/emulator/advanced-calls.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';

function debrief(...args: string[]) {
  return spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });
}

describe('debrief run --trace', () => {
  it('writes one {service, method, params, body} line per call of the sample campaign, each accepted by Google\'s schemas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-trace-'));
    const trace = join(dir, 'calls', 'trace.jsonl');
    const run = debrief('run', 'examples/sample-campaign.json', '--out', join(dir, 'out'), '--trace', trace);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = readFileSync(trace, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as AdvancedCall);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['service', 'method', 'params', 'body']);
      expect(['docs', 'slides', 'drive', 'sheets']).toContain(line.service);
    }
    const methods = new Set(lines.map((l) => `${l.service} ${l.method}`));
    for (const m of ['docs documents.batchUpdate', 'slides presentations.batchUpdate', 'drive files.copy']) expect(methods).toContain(m);
    expect(lines.find((l) => l.method === 'files.copy')?.params).toEqual({ fileId: expect.any(String), fields: 'id,name' });
    expect(checkTrace(readFileSync(trace, 'utf8'))).toEqual({ calls: lines.length, problems: [] });
    const check = debrief('check-trace', trace);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain(`${lines.length} calls`);
  });

  it('for a 1,000-creator campaign holds only calls Google\'s schemas accept', () => {
    const calls: AdvancedCall[] = [];
    const { documents } = runOnWorkspace(syntheticCampaign(1000), { onAdvancedCall: (call) => calls.push(call), now: () => new Date('2026-11-24T10:00:00Z') });
    expect(documents.problems).toEqual([]);
    expect(calls.filter((c) => c.method.endsWith('batchUpdate')).length).toBeGreaterThanOrEqual(4);
    expect(checkTrace(calls.map((c) => JSON.stringify(c)).join('\n'))).toEqual({ calls: calls.length, problems: [] });
  });
});

describe('debrief check-trace', () => {
  it('names each call Google would refuse, by line, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-badtrace-'));
    const file = join(dir, 'trace.jsonl');
    writeFileSync(file, [
      JSON.stringify({ service: 'docs', method: 'documents.get', params: { documentId: 'd1' }, body: null }),
      JSON.stringify({ service: 'docs', method: 'documents.batchUpdate', params: { documentId: 'd1' }, body: { requests: [{ insertText: { text: 'x', where: 1 } }] } }),
      '{"service": "sheets"}',
    ].join('\n'));
    const check = debrief('check-trace', file);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`line 2: docs documents.batchUpdate: Invalid JSON payload received. Unknown name "where" at 'requests[0].insert_text': Cannot find field.`);
    expect(check.stderr).toContain('line 3: not a traced call');
  });
});
