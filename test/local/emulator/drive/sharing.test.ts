// Users and sharing in the local Workspace, as Google decides access: a colleague's file is reached only once it
// is shared with the user, and then by each service as its scope allows (documents: every Doc the user can open;
// Drive and drive.file: only files the user gave the add-on); readers and commenters can't write.
import { describe, expect, it } from 'vitest';
import { blankDocument, DOCUMENT_MIME } from '../../../../src/local/emulator/docs/model.ts';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { createLocalWorkspace } from '../../../../src/local/emulator/index.ts';
import { newPresentationModel, PRESENTATION_MIME } from '../../../../src/local/emulator/slides/model.ts';
import { NOW, type Any } from '../docs/world.ts';

const A = 'avery@agency.example';
const B = 'blake@agency.example';
const C = 'casey@agency.example';
const SCOPE = (name: string) => `https://www.googleapis.com/auth/${name}`;
const DEBRIEF_SCOPES = ['spreadsheets.currentonly', 'script.container.ui', 'drive.file', 'documents', 'presentations'].map(SCOPE);

/** One domain Drive; each person works in their own workspace with the given manifest scopes. */
function domain(scopes = DEBRIEF_SCOPES) {
  const drive = new DriveStore(NOW, A);
  const as = (email: string) => createLocalWorkspace({ userEmail: email, drive, now: NOW, oauthScopes: scopes }).globals as Any;
  const doc = drive.create({ name: 'Client learnings', mimeType: DOCUMENT_MIME, content: blankDocument(), owner: A, grantedTo: [A] });
  return { drive, as, doc: doc.id };
}

const drive404 = (id: string) => `API call to drive.files.get failed with error: File not found: ${id}.`;

describe('sharing a file with colleagues', () => {
  it('keeps a file nobody shared with you out of every service\'s reach', () => {
    const { as, doc } = domain();
    const c = as(C);
    expect(() => c.Drive.Files.get(doc)).toThrow(drive404(doc));
    expect(() => c.Docs.Documents.get(doc)).toThrow('Requested entity was not found.');
  });

  it('lets the documents scope reach a shared Doc through the Docs API at once, and Drive only once the colleague picks it (drive.file)', () => {
    const { drive, as, doc } = domain();
    drive.share(doc, B, 'writer');
    const b = as(B);
    expect(b.Docs.Documents.get(doc).title).toBe('Client learnings');
    expect(() => b.Drive.Files.get(doc)).toThrow(drive404(doc));
    drive.grant(doc, B); // B chose it in Google Picker
    expect(b.Drive.Files.get(doc, { fields: 'id,capabilities(canEdit),owners(emailAddress)' }))
      .toEqual({ id: doc, capabilities: { canEdit: true }, owners: [{ emailAddress: A }] });
    expect(b.Drive.Files.copy({ name: 'B’s copy' }, doc, { fields: 'id' }).id).not.toBe(doc);
  });

  it('under drive.file alone reaches a colleague\'s Doc through the Docs API only after the pick', () => {
    const { drive, as, doc } = domain([SCOPE('drive.file')]);
    drive.share(doc, B, 'writer');
    const b = as(B);
    expect(() => b.Docs.Documents.get(doc)).toThrow('Requested entity was not found.');
    drive.grant(doc, B);
    const reply = b.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'From B' } }] }, doc);
    expect(reply.documentId).toBe(doc);
  });

  it('lets readers and commenters read but never write, through any service', () => {
    const { drive, as, doc } = domain();
    drive.share(doc, B, 'reader');
    drive.share(doc, C, 'commenter');
    for (const email of [B, C]) {
      drive.grant(doc, email);
      const g = as(email);
      expect(g.Docs.Documents.get(doc).title).toBe('Client learnings');
      expect(g.Drive.Files.get(doc, { fields: 'capabilities(canEdit)' })).toEqual({ capabilities: { canEdit: false } });
      expect(() => g.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'x' } }] }, doc))
        .toThrow('API call to docs.documents.batchUpdate failed with error: The caller does not have permission');
      expect(() => g.Drive.Files.update({ name: 'Mine now' }, doc)).toThrow(`The user does not have sufficient permissions for file ${doc}.`);
    }
    expect(drive.find(doc)?.name).toBe('Client learnings');
  });

  it('lets a writer rename but only the owner trash', () => {
    const { drive, as, doc } = domain();
    drive.share(doc, B, 'writer');
    drive.grant(doc, B);
    const b = as(B);
    expect(b.Drive.Files.update({ name: 'Learnings (team)' }, doc).name).toBe('Learnings (team)');
    expect(() => b.Drive.Files.update({ trashed: true }, doc)).toThrow('does not have sufficient permissions');
    expect(as(A).Drive.Files.update({ trashed: true }, doc, null, { fields: 'trashed' })).toEqual({ trashed: true });
  });

  it('treats decks the same way through SlidesApp and the Slides API', () => {
    const { drive, as } = domain();
    const deck = drive.create({ name: 'Agency deck', mimeType: PRESENTATION_MIME, content: newPresentationModel(), owner: A }).id;
    expect(() => as(B).Slides.Presentations.get(deck)).toThrow('Requested entity was not found.');
    drive.share(deck, B, 'reader');
    const b = as(B);
    expect(b.SlidesApp.openById(deck).getName()).toBe('Agency deck');
    expect(() => b.SlidesApp.openById(deck).appendSlide()).toThrow('Access denied: SlidesApp.');
    expect(() => b.Slides.Presentations.batchUpdate({ requests: [{ createSlide: {} }] }, deck)).toThrow('The caller does not have permission');
  });

  it('grants only what the user can open, per user, and lists what each person sees', () => {
    const { drive, doc } = domain();
    expect(() => drive.grant(doc, C)).toThrow('casey@agency.example can’t open “Client learnings”');
    expect(() => drive.share(doc, A, 'reader')).toThrow('owns “Client learnings”');
    expect(() => drive.share(doc, 'not an email', 'reader')).toThrow('isn’t an email address');
    drive.share(doc, B, 'reader');
    expect(drive.visibleTo(B).map((f) => f.id)).toEqual([doc]);
    expect(drive.visibleTo(C)).toEqual([]);
    drive.grant(doc, B);
    expect(drive.find(doc)?.grantedTo).toEqual([A, B]);
    drive.unshare(doc, B);
    expect(drive.visibleTo(B)).toEqual([]);
  });

  it('lets Google fetch a Drive image by URL only when anyone with the link may view it, not just the user', () => {
    const { drive, as } = domain();
    const shot = drive.create({ name: 'shot.png', mimeType: 'image/png', content: {}, owner: A, grantedTo: [A] });
    const slide = as(A).SlidesApp.create('Deck').appendSlide();
    const url = `https://drive.google.com/file/d/${shot.id}/view`;
    expect(() => slide.insertImage(url)).toThrow('There was a problem retrieving the image.');
    shot.linkSharing = 'reader';
    expect(slide.insertImage(url).getSourceUrl()).toBe(url);
  });

  it('keeps owners, shares and grants in the snapshot, and reads snapshots from before sharing', () => {
    const { drive, doc } = domain();
    drive.share(doc, B, 'writer');
    drive.grant(doc, B);
    const restored = new DriveStore(NOW, A);
    restored.restore(JSON.parse(JSON.stringify(drive.snapshot())));
    expect(restored.find(doc)).toMatchObject({ owner: A, shares: { [B]: 'writer' }, grantedTo: [A, B] });
    const old = { nextId: 2, files: [{ id: '1old', name: 'Old', mimeType: 'image/png', owner: A, createdAt: '', updatedAt: '', trashed: false, reachable: true, content: {} }] };
    restored.restore(old as never);
    expect(restored.find('1old')).toMatchObject({ shares: {}, grantedTo: [A] });
  });
});
