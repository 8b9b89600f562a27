// `debrief run` writes a creator-feedback-<handle>.md for each creator chosen for a note (by default those far from
// the campaign), and each carries only that creator's own figures: no costs, no other creator's handle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('debrief run’s creator feedback notes', () => {
  it('writes one note per chosen creator, each naming only that creator', () => {
    const out = mkdtempSync(join(tmpdir(), 'debrief-feedback-'));
    const result = spawnSync(process.execPath, ['bin/debrief.js', 'run', 'examples/sample-campaign.json', '--out', out], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const notes = readdirSync(out).filter((f) => f.startsWith('creator-feedback-')).sort();
    expect(notes).toEqual(['creator-feedback-dewy.dana.md', 'creator-feedback-glowbymara.md', 'creator-feedback-nightcream.nora.md', 'creator-feedback-skinwithsol.md']);
    const handles = (JSON.parse(readFileSync('examples/sample-campaign.json', 'utf8')).creators as { handle: string }[]).map((c) => c.handle);
    for (const file of notes) {
      const text = readFileSync(join(out, file), 'utf8');
      const own = handles.filter((h) => file === `creator-feedback-${h.replace(/^@/, '').toLowerCase()}.md`);
      expect(own, file).toHaveLength(1);
      expect(text).toContain(own[0]);
      for (const other of handles.filter((h) => h !== own[0])) expect(text, file).not.toMatch(new RegExp(`${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.])`));
      expect(text).not.toMatch(/\$|\bcost\b|\bfee\b|rating|revision/i);
    }
  });
});
