// A team through the command line, on one `--state` folder (one emulated domain): A's run makes the learnings Doc
// (named in documents.json), A shares it with B, B pasting it is told to pick it, B picks it and B's campaign lands
// under the same client heading; A and B running at the same moment both land in full; C, not shared, is told to
// ask the owner and can't pick it; a reader is told why appending is refused. A's campaign ledger is shared
// and picked the same way.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const A = 'avery@agency.example';
const B = 'blake@agency.example';

const debrief = (...args: string[]) => spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });

function debriefAsync(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/debrief.js', ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

interface Entry { artefact: string; name: string; id: string; url: string }
const entries = (out: string) => JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as Entry[];
const headings = (out: string) => readFileSync(join(out, 'learnings.md'), 'utf8').split('\n').filter((l) => l.startsWith('#'));

function campaignFile(dir: string, name: string, overrides: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync('examples/sample-campaign.json', 'utf8')), ...overrides }));
  return path;
}

describe('debrief for a team', () => {
  it('shares A\'s learnings Doc with B, tells B to pick it, and lands B\'s campaign under the same heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-team-'));
    const state = join(dir, 'state');
    const spring = campaignFile(dir, 'spring.json', { campaign: 'Spring refresh', startDate: '2027-03-01', wrapDate: '2027-04-02' });
    const summer = campaignFile(dir, 'summer.json', { campaign: 'Summer drop', startDate: '2027-06-01', wrapDate: '2027-07-02' });

    const first = debrief('run', 'examples/sample-campaign.json', '--state', state, '--as', A, '--out', join(dir, 'a1'));
    expect(first.stderr).toBe('');
    const made = entries(join(dir, 'a1'));
    expect(made.map((e) => e.artefact)).toEqual(['client-report', 'internal-brief', 'deck', 'learnings', 'ledger', 'client-report-template', 'internal-brief-template', 'deck-template']);
    const learnings = made.find((e) => e.artefact === 'learnings')!;
    expect(learnings).toMatchObject({ name: 'Client learnings (Debrief)', url: `https://docs.google.com/document/d/${learnings.id}/edit` });

    const shared = debrief('share', '--state', state, learnings.url, B, '--role', 'writer');
    expect(shared.stdout).toBe(`Avery Chen (${A}) shared “Client learnings (Debrief)” with ${B} as writer.\n`);

    const pasted = debrief('run', spring, '--state', state, '--as', B, '--learnings-doc', learnings.url, '--out', join(dir, 'b1'));
    expect(pasted.stderr).toContain(`Not made: learnings Doc: Debrief can’t open the client learnings Doc (${learnings.url}). If it’s shared with you, choose it with “Choose from Drive”`);
    expect(entries(join(dir, 'b1')).map((e) => e.artefact)).not.toContain('learnings'); // and no Doc of B's own

    const picked = debrief('pick', '--state', state, '--as', B, learnings.url, '--for', 'learnings');
    expect(picked.stdout).toBe('Debrief will add learnings to “Client learnings (Debrief)”.\n');
    // A's campaign ledger too: shared in Drive, then chosen by B in the Picker.
    const ledger = made.find((e) => e.artefact === 'ledger')!;
    expect(ledger).toMatchObject({ name: 'Campaign ledger (Debrief)', url: `https://docs.google.com/spreadsheets/d/${ledger.id}/edit` });
    debrief('share', '--state', state, ledger.url, B, '--role', 'writer');
    expect(debrief('pick', '--state', state, '--as', B, ledger.url, '--for', 'ledger').stdout).toBe('Debrief will fill that campaign ledger from now on.\n');

    // A and B at the same moment: both land in full.
    const [a2, b2] = await Promise.all([
      debriefAsync('run', summer, '--state', state, '--as', A, '--out', join(dir, 'a2')),
      debriefAsync('run', spring, '--state', state, '--as', B, '--out', join(dir, 'b2')),
    ]);
    expect([a2.stderr, b2.stderr]).toEqual(['', '']);
    const doc = entries(join(dir, 'b2')).find((e) => e.artefact === 'learnings');
    expect(doc?.id).toBe(learnings.id);
    expect(entries(join(dir, 'b2')).find((e) => e.artefact === 'ledger')?.id).toBe(ledger.id);
    // Whichever run saved last wrote the whole Doc as it ended up.
    const [latest] = [headings(join(dir, 'a2')), headings(join(dir, 'b2'))].sort((x, y) => y.length - x.length);
    expect(latest!.filter((h) => h === '# Lumen Skin')).toHaveLength(1);
    expect(latest).toEqual(expect.arrayContaining(['## Barrier Repair Serum launch — 18 Nov 2026', '## Spring refresh — 2 Apr 2027', '## Summer drop — 2 Jul 2027']));
  }, 240_000); // nine runs of the CLI, two at once

  it('tells C, not shared, to ask the owner; refuses C\'s pick; tells a reader why appending is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-team-'));
    const state = join(dir, 'state');
    debrief('run', 'examples/sample-campaign.json', '--state', state, '--as', A, '--out', join(dir, 'a'));
    const learnings = entries(join(dir, 'a')).find((e) => e.artefact === 'learnings')!;
    const c = debrief('run', 'examples/sample-campaign.json', '--state', state, '--as', 'casey@agency.example', '--learnings-doc', learnings.url, '--out', join(dir, 'c'));
    expect(c.stderr).toContain(`Not made: learnings Doc: Debrief can’t open the client learnings Doc (${learnings.url}). If it’s shared with you, choose it with “Choose from Drive” (with its link pasted, the picker opens on it). If the picker doesn’t show it, it isn’t shared with you, or it was deleted: ask its owner to share it with you as an editor.`);
    const cPick = debrief('pick', '--state', state, '--as', 'casey@agency.example', learnings.url, '--for', 'learnings');
    expect(cPick.status).toBe(1);
    expect(cPick.stderr).toContain('casey@agency.example can’t open “Client learnings (Debrief)”');
    expect(debrief('share', '--state', state, learnings.url, 'riley@agency.example', '--role', 'viewer').stderr).toContain('--role must be reader, commenter, writer');
    debrief('share', '--state', state, learnings.url, 'riley@agency.example', '--role', 'reader');
    expect(debrief('pick', '--state', state, '--as', 'riley@agency.example', learnings.url, '--for', 'learnings').stdout).toContain('You can only view it');
    const reader = debrief('run', 'examples/sample-campaign.json', '--state', state, '--as', 'riley@agency.example', '--out', join(dir, 'r'));
    expect(reader.stderr).toContain(`Not made: learnings: You can only view the client learnings Doc (“Client learnings (Debrief)”), so Debrief can’t add to it. Ask its owner, Avery Chen (${A}), to make you an editor`);
  }, 240_000); // six runs of the CLI
});
