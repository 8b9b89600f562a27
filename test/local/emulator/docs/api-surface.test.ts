// Every Docs and Drive fake exposes only members Apps Script has, under the official
// interface it is tracked as (advanced services from apis/docs_v1.d.ts and apis/drive_v3.d.ts).
import { describe, expect, it } from 'vitest';
import { WorkspaceContext } from '../../../../src/local/emulator/context.ts';
import { DOCS_FAKE_CLASSES } from '../../../../src/local/emulator/docs/fake-classes.ts';
import { FAKE_CLASSES } from '../../../../src/local/emulator/fake-classes.ts';
import { officialMembers } from '../../../../src/local/emulator/official-api.ts';
import { NotImplementedError, publicMethodsOf } from '../../../../src/local/emulator/tracked.ts';
import { createLocalWorkspace } from '../../../../src/local/emulator/index.ts';
import { docsWorld, NOW, USER, type Any } from './world.ts';

describe('Docs and Drive fakes against @types/google-apps-script', () => {
  const ctx = new WorkspaceContext(USER, 'Etc/UTC', NOW);

  it.each(DOCS_FAKE_CLASSES.map((c) => [c.qualifiedName, c] as const))('%s has no public member Apps Script lacks', (name, fakeClass) => {
    const official = officialMembers(name);
    const sample = fakeClass.sample(ctx);
    const fields = Object.keys(sample).filter((key) => !key.startsWith('_'));
    expect([...publicMethodsOf(sample), ...fields].filter((m) => !official.has(m))).toEqual([]);
  });

  it('is in the workspace-wide registry, advanced services included', () => {
    const names = FAKE_CLASSES.map((c) => c.qualifiedName);
    expect(names).toEqual(expect.arrayContaining(['Docs.Collection.DocumentsCollection', 'Drive_v3.Drive.V3.Collection.FilesCollection']));
    expect(officialMembers('Docs.Collection.DocumentsCollection').has('batchUpdate')).toBe(true);
  });

  it('hides helpers, answers undefined for made-up names and fails loudly on official methods not emulated', () => {
    const w = docsWorld();
    const documents = w.Docs.Documents;
    expect(documents._rt).toBeUndefined();
    expect(documents.patch).toBeUndefined();
    expect(Object.keys(documents)).toEqual([]);
  });

  it('hands out DocumentApp, DriveApp and Logger without emulating them: a call fails as Google would without the scope, else loudly', () => {
    const g = createLocalWorkspace({ now: NOW }).globals as Record<string, Any>;
    expect(() => g.DocumentApp.create('x')).toThrow(NotImplementedError);
    expect(() => g.DocumentApp.ParagraphHeading).toThrow(NotImplementedError);
    expect(() => g.DriveApp.getFileById('x')).toThrow(NotImplementedError);
    expect(() => g.Logger.log('x')).toThrow(NotImplementedError);
    expect(g.DocumentApp.madeUp).toBeUndefined();
    const scoped = createLocalWorkspace({ now: NOW, oauthScopes: ['https://www.googleapis.com/auth/drive.file'] }).globals as Record<string, Any>;
    expect(() => scoped.DocumentApp.openById('x')).toThrow('You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents');
  });
});
