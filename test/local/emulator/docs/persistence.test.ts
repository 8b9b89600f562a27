// Docs survive a Drive snapshot: content, styles, lists, tables, images, headers and the revision id come back
// after JSON and a restore into a fresh store, as `debrief run --state` keeps the shared learnings Doc.
import { describe, expect, it } from 'vitest';
import { newBlob } from '../../../../src/local/emulator/drive/blob.ts';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { storedDocument } from '../../../../src/local/emulator/docs/model.ts';
import { docsWorld, NOW, PNG, USER } from './world.ts';

function buildDoc() {
  const w = docsWorld();
  const doc = w.DocumentApp.create('Shared learnings');
  const body = doc.getBody();
  body.getChild(0).setText('Acme');
  body.getChild(0).setHeading(w.DocumentApp.ParagraphHeading.HEADING1);
  body.appendParagraph('Spring launch (2026-11-24)').setHeading(w.DocumentApp.ParagraphHeading.HEADING2);
  body.appendListItem('Reels beat static posts 3:1').editAsText().setBold(0, 4, true);
  body.appendTable([['KPI', 'Actual'], ['Reach', '120,500']]);
  body.appendImage(newBlob(new Uint8Array(PNG), 'image/png', 'logo.png'));
  doc.addHeader().appendParagraph('Agency');
  const id = doc.getId();
  doc.saveAndClose();
  return { w, id };
}

describe('Drive snapshot round trip', () => {
  it('restores every Doc exactly, with the same revision id, into a fresh store', () => {
    const { w, id } = buildDoc();
    const before = w.Docs.Documents.get(id);
    const json = JSON.parse(JSON.stringify(w.drive.snapshot()));
    const restored = new DriveStore(NOW, USER);
    const again = docsWorld({ drive: restored }); // registers the Doc codec before the restore
    restored.restore(json);
    expect(again.Docs.Documents.get(id)).toEqual(before);
    const body = again.DocumentApp.openById(id).getBody();
    expect(body.getListItems()[0].editAsText().isBold(0)).toBe(true);
    expect(body.getImages()[0].getBlob().getBytes()).toHaveLength(PNG.length);
  });

  it('saves text as style runs, not one style per character', () => {
    const { w, id } = buildDoc();
    const saved = JSON.stringify(w.drive.snapshot().files.find((f) => f.id === id)?.content);
    expect(saved).toContain('"runs"');
    expect(saved).not.toContain('"styles"');
  });

  it('still reads a Doc restored before the codec was registered', () => {
    const { w, id } = buildDoc();
    const json = JSON.parse(JSON.stringify(w.drive.snapshot()));
    const early = new DriveStore(NOW, USER);
    early.restore(json);
    expect(storedDocument(early, id).doc.body.children[0]).toMatchObject({ style: 'HEADING_1' });
    expect(docsWorld({ drive: early }).DocumentApp.openById(id).getBody().getChild(0).getText()).toBe('Acme');
  });
});
