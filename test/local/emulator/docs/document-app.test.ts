// DocumentApp: creating and opening Docs, the errors for Docs out of reach, saveAndClose() and the end of an
// execution, authorization, and calls counted per official class.
import { describe, expect, it } from 'vitest';
import { AppsScriptException } from '../../../../src/local/emulator/errors.ts';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { docsWorld } from './world.ts';

describe('DocumentApp.create / openById / openByUrl', () => {
  it('creates a Doc the add-on owns: one empty paragraph, a Docs URL, reachable later by id and URL', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Acme — Spring — Client report (2026-11-24)');
    const id = doc.getId();
    expect(doc.getName()).toBe('Acme — Spring — Client report (2026-11-24)');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${id}/edit`);
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
    doc.getBody().appendParagraph('Hello');
    doc.saveAndClose();
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('\nHello');
    expect(w.DocumentApp.openByUrl(`https://docs.google.com/document/d/${id}/edit?usp=sharing`).getName()).toBe('Acme — Spring — Client report (2026-11-24)');
  });

  it('answers "Document … is missing" for a Doc out of reach or missing, and refuses a URL naming no document', () => {
    const w = docsWorld();
    const template = w.foreignDoc('Their template');
    expect(() => w.DocumentApp.openById(template)).toThrow(`Document ${template} is missing (perhaps it was deleted, or you don't have read access?)`);
    expect(() => w.DocumentApp.openByUrl(`https://docs.google.com/document/d/${template}/edit`)).toThrow(AppsScriptException);
    expect(() => w.DocumentApp.openById('1nothingHerexxxxxxxxxxxxxx')).toThrow('is missing (perhaps it was deleted');
    expect(() => w.DocumentApp.openByUrl('https://example.com/not-a-doc')).toThrow('Invalid argument: url');
    expect(() => w.DocumentApp.openById(w.image())).toThrow('is missing');
  });

  it('exposes the official enums', () => {
    const w = docsWorld();
    expect(String(w.DocumentApp.ParagraphHeading.HEADING2)).toBe('HEADING2');
    expect(String(w.DocumentApp.GlyphType.NUMBER)).toBe('NUMBER');
    expect(w.DocumentApp.ElementType.PARAGRAPH).toBe(w.DocumentApp.ElementType.PARAGRAPH);
    expect(w.DocumentApp.ParagraphHeading.HEADING_2).toBeUndefined();
  });
});

describe('saving', () => {
  it('keeps DocumentApp edits in the open Doc until saveAndClose(); the Docs API reads the saved file', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Report');
    const id = doc.getId();
    doc.getBody().appendParagraph('Unsaved');
    const texts = (json: { body: { content: { paragraph?: { elements: { textRun?: { content: string } }[] } }[] } }) =>
      json.body.content.flatMap((c) => c.paragraph?.elements.map((e) => e.textRun?.content) ?? []).join('');
    expect(texts(w.Docs.Documents.get(id))).toBe('\n');
    doc.saveAndClose();
    expect(texts(w.Docs.Documents.get(id))).toBe('\nUnsaved\n');
  });

  it('saves every open Doc when the execution ends; a closed Document refuses further use', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Report');
    const id = doc.getId();
    const body = doc.getBody();
    body.appendParagraph('Saved at the end');
    w.endExecution();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => doc.getBody()).toThrow('Document is closed');
    expect(doc.getId()).toBe(id); // scripts export a closed Doc by its id: DriveApp.getFileById(doc.getId())
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('\nSaved at the end');
  });

  it('an open Document keeps the copy it loaded: Docs API edits show in DocumentApp from the next execution', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Report').getId();
    w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'via API', location: { index: 1 } } }] }, id);
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('');
    w.endExecution();
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('via API');
  });

  it('opening a Doc twice in one execution shares its unsaved edits', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Report').getId();
    w.DocumentApp.openById(id).getBody().appendParagraph('one');
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('\none');
  });

  it('refuses loudly to save DocumentApp edits over Docs API edits made meanwhile (Google merges; we cannot)', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Report');
    doc.getBody().appendParagraph('via DocumentApp');
    w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'via API', endOfSegmentLocation: {} } }] }, doc.getId());
    expect(() => doc.saveAndClose()).toThrow(NotImplementedError);
  });

  it('setName renames the Drive file', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Draft');
    doc.setName('Final');
    expect(w.Drive.Files.get(doc.getId()).name).toBe('Final');
  });
});

describe('authorization and call counting', () => {
  it('refuses DocumentApp in NONE and LIMITED with Apps Script\'s permission message', () => {
    const w = docsWorld();
    w.setAuthMode('NONE');
    expect(() => w.DocumentApp.create('x')).toThrow(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
    w.setAuthMode('LIMITED');
    expect(() => w.DocumentApp.openById('abc')).toThrow('You do not have permission to call DocumentApp.openById.');
  });

  it('refuses DocumentApp when the manifest lacks the documents scope', () => {
    const w = docsWorld({ scopes: ['https://www.googleapis.com/auth/drive.file'] });
    expect(() => w.DocumentApp.create('x')).toThrow('Required permissions: https://www.googleapis.com/auth/documents');
    expect(w.Docs.Documents.create({ title: 'via API' }).title).toBe('via API');
  });

  it('counts each call under its official class', () => {
    const w = docsWorld();
    const { calls } = w.calls.measure(() => {
      const body = w.DocumentApp.create('Report').getBody();
      body.appendParagraph('Results').setHeading(w.DocumentApp.ParagraphHeading.HEADING1);
      body.appendListItem('one').setGlyphType(w.DocumentApp.GlyphType.NUMBER);
    });
    expect(calls).toEqual({
      'DocumentApp.create': 1, 'Document.getBody': 1, 'Body.appendParagraph': 1, 'Paragraph.setHeading': 1,
      'Body.appendListItem': 1, 'ListItem.setGlyphType': 1,
    });
  });
});
