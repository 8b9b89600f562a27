// Loud gaps: an error the local Workspace raises itself (NotImplementedError, a bug) fails the execution even
// when the add-on catches it; Google's own errors, emulated, stay the add-on's to handle.
import { describe, expect, it } from 'vitest';
import { LocalWorkspaceGapError, loadBundle } from '../../src/local/harness.ts';
import { createLocalWorkspace } from '../../src/local/emulator/index.ts';

const ADD_ON = `
function unemulated() {
  var doc = Docs.Documents.create({ title: 'Scratch' });
  Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'a' } }], writeControl: { targetRevisionId: 'r1' } }, doc.documentId);
}
function swallowed() { try { unemulated(); } catch (e) { return 'fine: ' + e.name; } }
function rethrown() { try { unemulated(); } catch (e) { throw new Error('Something went wrong'); } }
function googleError() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return e.message; }
}
function standIn() { try { Broken.call(); } catch (e) { return 'caught ' + e.name; } }
function refusedByGoogle() {
  try { Docs.Documents.get('1nothingHere0000000000000000000000000000000'); } catch (e) { return e.message; }
}
`;

function bundle() {
  const workspace = createLocalWorkspace();
  workspace.createSpreadsheet('Campaign');
  return loadBundle(workspace, { code: ADD_ON });
}

describe('a harness run', () => {
  it('fails when the add-on swallows an error the local Workspace raised itself, naming it', () => {
    const b = bundle();
    expect(() => b.run('swallowed')).toThrow(LocalWorkspaceGapError);
    expect(() => b.run('swallowed')).toThrow('NotImplementedError: DocumentsCollection.batchUpdate with writeControl.targetRevisionId() is not implemented');
  });

  it('fails when the add-on turns such an error into another one', () => {
    expect(() => bundle().run('rethrown')).toThrow(LocalWorkspaceGapError);
  });

  it('fails with the error itself when it propagates uncaught', () => {
    let thrown: unknown;
    try {
      bundle().run('unemulated');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ name: 'NotImplementedError' });
  });

  it('leaves the Google errors it emulates to the add-on', () => {
    const b = bundle();
    expect(b.run('googleError')).toMatch(/^The (starting )?(row|coordinates)/i);
    expect(b.run('refusedByGoogle')).toBe('API call to docs.documents.get failed with error: Requested entity was not found.');
  });

  it('leaves failures of a stand-in a test put in a service\'s place to the add-on', () => {
    const workspace = createLocalWorkspace();
    workspace.createSpreadsheet('Campaign');
    workspace.registerGlobal('Broken', { call() { throw new TypeError('boom'); } });
    expect(loadBundle(workspace, { code: ADD_ON }).run('standIn')).toBe('caught TypeError');
  });

  it('starts each execution clean', () => {
    const b = bundle();
    expect(() => b.run('swallowed')).toThrow(LocalWorkspaceGapError);
    expect(b.run('googleError')).toEqual(expect.any(String));
  });
});
