// The client report's variance chart on Google's documented path (issue 12): a PNG from the Charts service saved
// as the user's own Drive file, shared with anyone who has the link, placed by the Docs API from its
// webContentLink in the fill's one batch, and removed afterwards; left out, with the reason, when the domain
// forbids link sharing. Diagnostics runs the same path ("Chart in a report").
import { describe, expect, it } from 'vitest';
import type { DiagnosticsReport } from '../../src/domain/rpc.ts';
import type { DocModel } from '../../src/local/emulator/docs/model.ts';
import { measured, reportsWorld } from './reports-support.ts';

const images = (doc: DocModel) => doc.body.children.flatMap((b) => (b.kind === 'paragraph' ? b.children : [])).filter((c) => c.kind === 'image');
const temporary = (world: ReturnType<typeof reportsWorld>) => world.workspace.drive.all().filter((f) => f.name.startsWith('Debrief chart'));

describe('the chart in the client report', () => {
  it('goes in as a picture from a file shared by link for the insert, and the file is gone after', () => {
    const world = reportsWorld();
    world.generate('generateClientReport', {}); // the first also makes the built-in template
    const { result, calls } = measured(world, () => world.generate('generateClientReport', {}));
    expect(result.warnings).toEqual([]);
    const doc = world.workspace.drive.find(result.file.id)!.content as DocModel;
    const [chart] = images(doc);
    expect(chart).toMatchObject({ kind: 'image', contentType: 'image/png' });
    // Right under the summary, before the KPI table it draws.
    const at = doc.body.children.findIndex((b) => b.kind === 'paragraph' && b.children.some((c) => c.kind === 'image'));
    expect(doc.body.children[at + 1]?.kind).toBe('table');
    expect(temporary(world)).toEqual([]);
    expect(calls['FilesCollection.create']).toBe(1);
    expect(calls['PermissionsCollection.create']).toBe(1);
    expect(calls['FilesCollection.remove']).toBe(1);
    expect(calls['DocumentsCollection.batchUpdate']).toBe(1);
  });

  it('is left out, with the reason, when the domain forbids sharing by link; the file still goes', () => {
    const world = reportsWorld();
    world.workspace.drive.linkSharingAllowed = false;
    const result = world.generate('generateClientReport', {});
    expect(result.warnings).toEqual([expect.stringContaining('your organization doesn’t allow sharing a file that way')]);
    expect(images(world.workspace.drive.find(result.file.id)!.content as DocModel)).toEqual([]);
    expect(world.markdown(result.file.id)).toContain('| Reach | 4,000,000 | 3,580,000 | −10.5% | Missed |');
    expect(temporary(world)).toEqual([]);
  });

  it('is what Diagnostics checks on a real account, and its line fails with the reason when sharing is forbidden', () => {
    const world = reportsWorld();
    const pass = world.bundle.run('runDiagnostics') as DiagnosticsReport;
    expect(pass.lines.find((l) => l.check === 'Chart in a report')).toMatchObject({ pass: true });
    world.workspace.drive.linkSharingAllowed = false;
    const fail = world.bundle.run('runDiagnostics') as DiagnosticsReport;
    expect(fail.lines.find((l) => l.check === 'Chart in a report')).toMatchObject({ pass: false, detail: expect.stringContaining('Drive refused') });
    expect(temporary(world)).toEqual([]);
  });
});
