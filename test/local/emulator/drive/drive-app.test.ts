// DriveApp, File, Blob: reachability under drive.file, Google's error wording, copies, trash, and the URLs and
// bytes the add-on reads.
import { describe, expect, it } from 'vitest';
import { NO_ITEM } from '../../../../src/local/emulator/drive/drive-app.ts';
import { newBlob } from '../../../../src/local/emulator/drive/blob.ts';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { docsWorld, PNG, USER } from '../docs/world.ts';

describe('DriveApp.getFileById', () => {
  it('opens a file the add-on may reach and reports what Drive knows about it', () => {
    const w = docsWorld();
    const id = w.image('screenshot.png');
    const file = w.DriveApp.getFileById(id);
    expect(file.getId()).toBe(id);
    expect(file.getName()).toBe('screenshot.png');
    expect(file.getMimeType()).toBe('image/png');
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${id}/view`);
    expect(file.getOwner().getEmail()).toBe(USER);
    expect(file.getDateCreated().toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(file.getSize()).toBe(PNG.length);
    const blob = file.getBlob();
    expect(blob.getContentType()).toBe('image/png');
    expect(Buffer.from(blob.getBytes().map((b: number) => b & 0xff))).toEqual(PNG);
  });

  it('answers Google\'s "No item with the given ID…" for a missing id and for a file the add-on was never granted', () => {
    const w = docsWorld();
    const foreign = w.image('theirs.png', false);
    expect(() => w.DriveApp.getFileById('1doesNotExistxxxxxxxxxxxx')).toThrow(NO_ITEM);
    expect(() => w.DriveApp.getFileById(foreign)).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
    expect(() => w.DriveApp.getFileById(42)).toThrow("The parameters (number) don't match the method signature for DriveApp.getFileById.");
  });

  it('gives Docs and Slides their editor URLs', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Report');
    expect(w.DriveApp.getFileById(doc.getId()).getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const deck = w.drive.create({ name: 'Deck', mimeType: 'application/vnd.google-apps.presentation', content: {} });
    expect(w.DriveApp.getFileById(deck.id).getUrl()).toBe(`https://docs.google.com/presentation/d/${deck.id}/edit`);
  });
});

describe('File', () => {
  it('makeCopy names an unnamed copy "Copy of …"; the copy is the user\'s and reachable', () => {
    const w = docsWorld();
    const file = w.DriveApp.getFileById(w.image('logo.png'));
    const copy = file.makeCopy();
    expect(copy.getName()).toBe('Copy of logo.png');
    expect(copy.getId()).not.toBe(file.getId());
    expect(w.drive.find(copy.getId())).toMatchObject({ owner: USER, grantedTo: [USER] });
    expect(file.makeCopy('Logo v2', w.DriveApp.getRootFolder()).getName()).toBe('Logo v2');
    expect(() => file.makeCopy(7)).toThrow("The parameters (number) don't match the method signature for DriveApp.File.makeCopy.");
  });

  it('setName and setTrashed change the file; a trashed file still opens by id', () => {
    const w = docsWorld();
    const id = w.image();
    w.DriveApp.getFileById(id).setName('renamed.png').setTrashed(true);
    const again = w.DriveApp.getFileById(id);
    expect(again.getName()).toBe('renamed.png');
    expect(again.isTrashed()).toBe(true);
    expect(w.DriveApp.getFilesByName('renamed.png').hasNext()).toBe(false);
  });

  it('createFile makes a reachable file from a Blob or from text', () => {
    const w = docsWorld();
    const fromBlob = w.DriveApp.createFile(newBlob(new Uint8Array(PNG), 'image/png', 'chart.png'));
    expect([fromBlob.getName(), fromBlob.getMimeType()]).toEqual(['chart.png', 'image/png']);
    const fromText = w.DriveApp.createFile('notes.txt', 'hello', 'text/plain');
    expect(fromText.getBlob().getDataAsString()).toBe('hello');
    const it = w.DriveApp.getFilesByName('notes.txt');
    expect(it.next().getId()).toBe(fromText.getId());
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });

  it('getBlob of a Google Doc (a PDF export) and format conversions are not emulated, loudly', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Report');
    expect(() => w.DriveApp.getFileById(doc.getId()).getBlob()).toThrow(NotImplementedError);
    expect(() => w.DriveApp.getFileById(w.image()).getAs('image/jpeg')).toThrow(NotImplementedError);
    expect(w.DriveApp.getFileById(w.image()).getAs('image/png').getContentType()).toBe('image/png');
  });
});

describe('Blob', () => {
  it('keeps bytes as Java bytes, text as UTF-8, and copies independently', () => {
    const blob = newBlob('é$', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-61, -87, 36]);
    expect(blob.getDataAsString()).toBe('é$');
    const copy = blob.copyBlob().setName('b.txt');
    expect([blob.getName(), copy.getName()]).toEqual(['a.txt', 'b.txt']);
    expect(blob.isGoogleType()).toBe(false);
  });
});

describe('authorization', () => {
  it('refuses DriveApp in AuthMode.NONE and LIMITED with Apps Script\'s permission message', () => {
    const w = docsWorld();
    const id = w.image();
    for (const mode of ['NONE', 'LIMITED'] as const) {
      w.setAuthMode(mode);
      expect(() => w.DriveApp.getFileById(id)).toThrow(
        'You do not have permission to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
      );
    }
  });

  it('refuses DriveApp when the manifest grants only drive.file', () => {
    const w = docsWorld({ scopes: ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/documents'] });
    expect(() => w.DriveApp.getRootFolder()).toThrow('You do not have permission to call DriveApp.getRootFolder.');
    expect(() => w.DriveApp.createFile('a.txt', 'x')).toThrow('Required permissions: https://www.googleapis.com/auth/drive');
  });

  it('counts calls under the official class names', () => {
    const w = docsWorld();
    const id = w.image();
    w.DriveApp.getFileById(id).getName();
    expect(w.calls.snapshot()).toEqual({ 'DriveApp.getFileById': 1, 'File.getName': 1 });
  });
});
