// Diagnostics on the local Workspace: every check passes through the add-on's own code, one line each, the
// scratch files end in the trash, and a missing scope fails its line with the feature it turns off.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_SCOPES } from '../../src/gas/scopes.ts';
import type { DiagnosticsReport } from '../../src/domain/rpc.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';
import { loadBundle } from '../../src/local/harness.ts';
import { FIXED_NOW } from '../support/bundle.ts';

const SCRATCH = 'Debrief diagnostics (scratch file, safe to delete)';

function world() {
  const workspace = createLocalWorkspace({ now: FIXED_NOW });
  workspace.createSpreadsheet('Diagnostics');
  return { workspace, bundle: loadBundle(workspace) };
}

describe('Diagnostics', () => {
  it('passes every check on the local Workspace, one line each, and trashes its scratch files', () => {
    const { workspace, bundle } = world();
    const report = bundle.run('runDiagnostics') as DiagnosticsReport;
    expect(report.lines.filter((l) => !l.pass)).toEqual([]);
    expect(report.failed).toBe(0);
    expect(report.lines.map((l) => l.check)).toEqual(expect.arrayContaining(['Scopes granted', 'Property budget', 'Template fill', 'Page breaks', 'Stale revision on append', 'Chart picture', 'Bullets in a deck', 'Clean-up']));
    const lines = report.text.split('\n');
    expect(lines[0]).toMatch(/^Debrief diagnostics, .*: (\d+) of \1 checks passed$/);
    for (const line of lines.slice(1)) expect(line).toMatch(/^PASS {2}[A-Z][\w -]+: \S/);
    const scratch = workspace.drive.all().filter((f) => f.name === SCRATCH);
    expect(scratch.length).toBeGreaterThan(0);
    expect(scratch.filter((f) => !f.trashed)).toEqual([]);
    expect(workspace.inspect.sheetNames().filter((name) => name.startsWith('Debrief diagnostics'))).toEqual([]);
    const properties = workspace.exportState().documentProperties[workspace.inspect.spreadsheetId() ?? ''] ?? {};
    expect(Object.keys(properties)).not.toContain('debrief.diagnostics');
  });

  it('fails the scopes line, naming the scope and what it is for, when the user declined one', () => {
    const { workspace, bundle } = world();
    workspace.declineScopes(['https://www.googleapis.com/auth/presentations']);
    const report = bundle.run('runDiagnostics') as DiagnosticsReport;
    const scopes = report.lines.find((l) => l.check === 'Scopes granted');
    expect(scopes).toMatchObject({ pass: false });
    expect(scopes?.detail).toContain('https://www.googleapis.com/auth/presentations (the renewal slides)');
    // The chart goes in through SlidesApp, which needs that scope, and says so; the Slides API batch works under drive.file.
    expect(report.lines.filter((l) => !l.pass).map((l) => l.check)).toEqual(['Scopes granted', 'Chart in a deck']);
    expect(report.lines.find((l) => l.check === 'Chart in a deck')?.detail).toContain('auth/presentations');
    expect(report.text).toContain('FAIL  Scopes granted: not granted: https://www.googleapis.com/auth/presentations');
  });

  it('checks exactly the scopes the manifest asks for', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(FEATURE_SCOPES.map(([scope]) => scope)).toEqual(manifest.oauthScopes);
  });

  it('is on the menu, and shows its lines in an alert', () => {
    const { workspace, bundle } = world();
    bundle.trigger('onOpen');
    bundle.menuItem('Diagnostics');
    const alert = workspace.ui.alerts.at(-1);
    expect(alert?.title).toBe('Debrief diagnostics');
    expect(alert?.message).toMatch(/PASS {2}Template fill: /);
    expect(workspace.ui.toasts.at(-1)).toMatchObject({ title: 'Debrief diagnostics' });
  });
});
