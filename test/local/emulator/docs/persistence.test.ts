// Docs survive a Drive snapshot: content, styles, lists, tables, images, headers and the revision id come back
// after JSON and a restore into a fresh store, as `debrief run --state` keeps the shared learnings Doc.
import { describe, expect, it } from 'vitest';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { storedDocument } from '../../../../src/local/emulator/docs/model.ts';
import { docOf, image, item, para, styled, table } from './doc-builder.ts';
import { docsWorld, NOW, PNG, USER } from './world.ts';

function buildDoc() {
  const w = docsWorld();
  const id = w.ownDoc('Shared learnings', docOf([
    styled('HEADING_1', 'Acme'),
    styled('HEADING_2', 'Spring launch (2026-11-24)'),
    item(0, ['Reel', { bold: true }], 's beat static posts 3:1'),
    table([['KPI', 'Actual'], ['Reach', '120,500']]),
    para(image(PNG.toString('base64'))),
  ], [para('Agency')]));
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
    const { doc } = storedDocument(restored, id);
    const listItem = doc.body.children[2];
    expect(listItem?.kind === 'paragraph' && listItem.children[0]?.kind === 'text' && listItem.children[0].styles[0]).toEqual({ bold: true });
    const picture = doc.body.children[4];
    const inlineImage = picture?.kind === 'paragraph' ? picture.children[0] : undefined;
    expect(inlineImage?.kind === 'image' && Buffer.from(inlineImage.base64, 'base64')).toHaveLength(PNG.length);
    expect(doc.header?.children).toHaveLength(1);
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
    expect(docsWorld({ drive: early }).Docs.Documents.get(id).body.content[1].paragraph.elements[0].textRun.content).toBe('Acme\n');
  });
});
