// The Drive advanced service (v3): copying a template under drive.file, v3 File resources and their fields,
// and the GoogleJsonResponseException Apps Script raises for a file out of reach.
import { describe, expect, it } from 'vitest';
import { GoogleJsonResponseException } from '../../../../src/local/emulator/drive/api-error.ts';
import { newBlob } from '../../../../src/local/emulator/drive/blob.ts';
import { DOCUMENT_MIME } from '../../../../src/local/emulator/docs/model.ts';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { bodyLines } from '../docs/doc-builder.ts';
import { docsWorld, PNG } from '../docs/world.ts';

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('Drive.Files.copy', () => {
  it('refuses a template the user never picked, as Drive answers "File not found"', () => {
    const w = docsWorld();
    const template = w.foreignDoc('Agency template');
    const error = thrown(() => w.Drive.Files.copy({ name: 'Report' }, template));
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect((error as Error).message).toBe(`API call to drive.files.copy failed with error: File not found: ${template}.`);
    expect((error as GoogleJsonResponseException).details.code).toBe(404);
  });

  it('copies a granted template into a file the add-on owns and may open, returning the default v3 fields', () => {
    const w = docsWorld();
    const template = w.foreignDoc('Agency template', (doc) => {
      doc.body.children = [{ kind: 'paragraph', style: 'HEADING_1', children: [{ kind: 'text', chars: '{{client}}', styles: Array(10).fill({}) }] }];
    }, true);
    const copy = w.Drive.Files.copy({ name: 'Acme — Report' }, template, { supportsAllDrives: true });
    expect(Object.keys(copy)).toEqual(['kind', 'id', 'name', 'mimeType']);
    expect(copy).toMatchObject({ kind: 'drive#file', name: 'Acme — Report', mimeType: DOCUMENT_MIME });
    const stored = w.drive.find(copy.id);
    expect(stored).toMatchObject({ grantedTo: ['you@agency.example'], owner: 'you@agency.example' });
    expect(bodyLines(w.drive, copy.id)).toEqual(['{{client}}']);
    expect(w.Drive.Files.copy({}, copy.id).name).toBe('Copy of Acme — Report');
  });

  it('returns the fields asked for', () => {
    const w = docsWorld();
    const id = w.ownDoc('Report');
    const copy = w.Drive.Files.copy({ name: 'Copy' }, id, { fields: 'id,webViewLink,owners(emailAddress)' });
    expect(copy).toEqual({ id: copy.id, webViewLink: `https://docs.google.com/document/d/${copy.id}/edit?usp=drivesdk`, owners: [{ emailAddress: 'you@agency.example' }] });
    expect(() => w.Drive.Files.get(id, { fields: 'id,colour' })).toThrow('API call to drive.files.get failed with error: Invalid field selection colour');
  });
});

describe('Drive.Files.get and create', () => {
  it('get reads metadata of reachable files only', () => {
    const w = docsWorld();
    const id = w.image('a.png');
    expect(w.Drive.Files.get(id, { fields: '*' })).toMatchObject({ id, name: 'a.png', mimeType: 'image/png', size: String(PNG.length), trashed: false });
    expect(() => w.Drive.Files.get(w.image('b.png', false))).toThrow('File not found');
    expect(() => w.Drive.Files.get(w.ownDoc('D'), { alt: 'media' }))
      .toThrow('Only files with binary content can be downloaded. Use Export with Docs Editors files.');
  });

  it('create uploads a blob, or makes a blank Google Doc; conversions are not emulated', () => {
    const w = docsWorld();
    const image = w.Drive.Files.create({ name: 'chart.png' }, newBlob(new Uint8Array(PNG), 'image/png', 'x.png'));
    expect(image).toMatchObject({ name: 'chart.png', mimeType: 'image/png' });
    const doc = w.Drive.Files.create({ name: 'Learnings', mimeType: DOCUMENT_MIME });
    expect(w.Docs.Documents.get(doc.id).body.content).toHaveLength(2); // the section break and one empty paragraph
    expect(() => w.Drive.Files.create({ mimeType: DOCUMENT_MIME }, newBlob('x', 'text/plain'))).toThrow(NotImplementedError);
  });

  it('needs authorization like every advanced service, and counts FilesCollection calls', () => {
    const w = docsWorld();
    const id = w.image();
    w.Drive.Files.get(id);
    expect(w.calls.snapshot()).toEqual({ 'FilesCollection.get': 1 });
    w.setAuthMode('NONE');
    expect(() => w.Drive.Files.get(id)).toThrow('You do not have permission to call Drive.Files.get.');
  });
});
