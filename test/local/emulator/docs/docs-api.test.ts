// The Docs advanced service: documents.get index arithmetic as the Docs API documents it, batchUpdate requests
// applied in order and all-or-nothing, and writeControl.requiredRevisionId refusing a stale write.
import { describe, expect, it } from 'vitest';
import { GoogleJsonResponseException } from '../../../../src/local/emulator/drive/api-error.ts';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { docsWorld, type Any } from './world.ts';
import { ONE_PIXEL_PNG } from '../../../support/images.ts';

type Element = Any;

/** [startIndex, endIndex, kind, text] per top-level structural element. */
function outline(json: Any): [number, number, string, string][] {
  return json.body.content.map((e: Element) => {
    const kind = e.sectionBreak ? 'sectionBreak' : e.table ? 'table' : 'paragraph';
    const text = e.paragraph ? e.paragraph.elements.map((x: Element) => x.textRun?.content ?? '').join('') : '';
    return [e.startIndex ?? 0, e.endIndex, kind, text];
  });
}

function paragraphs(json: Any): Element[] {
  return json.body.content.filter((e: Element) => e.paragraph).map((e: Element) => e.paragraph);
}

describe('Docs.Documents.get', () => {
  it('counts indices as the Docs API does: section break 0–1, each paragraph ends in "\\n", a table opens, each row and cell take one index', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Small');
    const id = doc.getId();
    const body = doc.getBody();
    body.getChild(0).setText('Title');
    body.getChild(0).setHeading(w.DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('Hi');
    body.appendListItem('one');
    body.appendTable([['a', 'bc']]);
    doc.saveAndClose();
    const json = w.Docs.Documents.get(id);
    expect(json).toMatchObject({ documentId: id, title: 'Small' });
    expect(json.body.content[0]).toEqual(expect.objectContaining({ endIndex: 1 }));
    expect(json.body.content[0].startIndex).toBeUndefined();
    expect(outline(json)).toEqual([
      [0, 1, 'sectionBreak', ''], [1, 7, 'paragraph', 'Title\n'], [7, 10, 'paragraph', 'Hi\n'], [10, 14, 'paragraph', 'one\n'],
      [14, 23, 'table', ''], [23, 24, 'paragraph', '\n'],
    ]);
    const table = json.body.content[4].table;
    expect([table.rows, table.columns]).toEqual([1, 2]);
    expect([table.tableRows[0].startIndex, table.tableRows[0].endIndex]).toEqual([15, 23]);
    const cells = table.tableRows[0].tableCells;
    expect(cells.map((c: Element) => [c.startIndex, c.endIndex, c.content[0].startIndex, c.content[0].paragraph.elements[0].textRun.content]))
      .toEqual([[16, 19, 17, 'a\n'], [19, 23, 20, 'bc\n']]);
    const [title, , item] = paragraphs(json);
    expect(title.paragraphStyle.namedStyleType).toBe('HEADING_1');
    expect(item.bullet.listId).toBeTruthy();
    expect(json.lists[item.bullet.listId].listProperties.nestingLevels[0].glyphSymbol).toBe('●');
  });

  it('counts UTF-16 code units, line breaks as "\\u000b", and splits text runs by style', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Units');
    const p = doc.getBody().getChild(0);
    p.setText('😀 a\nb');
    p.editAsText().setBold(0, 1, true);
    const id = doc.getId();
    doc.saveAndClose();
    const elements = paragraphs(w.Docs.Documents.get(id))[0].elements;
    expect(elements.map((e: Element) => [e.startIndex, e.endIndex, e.textRun.content, e.textRun.textStyle])).toEqual([
      [1, 3, '😀', { bold: true }], [3, 8, ' a\u000bb\n', {}],
    ]);
  });

  it('answers 404 for a Doc out of reach, and can nest the content in tabs', () => {
    const w = docsWorld();
    const foreign = w.foreignDoc('Theirs');
    expect(() => w.Docs.Documents.get(foreign)).toThrow('API call to docs.documents.get failed with error: Requested entity was not found.');
    const id = w.DocumentApp.create('Mine').getId();
    const json = w.Docs.Documents.get(id, { includeTabsContent: true });
    expect(json.body).toBeUndefined();
    expect(json.tabs[0].documentTab.body.content).toHaveLength(2);
  });
});

describe('Docs.Documents.batchUpdate', () => {
  it('applies insertText, updateParagraphStyle and createParagraphBullets in order, in one call', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Learnings').getId();
    const { calls, result } = w.calls.measure(() => w.Docs.Documents.batchUpdate({
      requests: [
        { insertText: { text: 'Acme\nLearning one\n\tWhat changes\n', endOfSegmentLocation: {} } },
        { updateParagraphStyle: { range: { startIndex: 1, endIndex: 6 }, paragraphStyle: { namedStyleType: 'HEADING_2' }, fields: 'namedStyleType' } },
        { createParagraphBullets: { range: { startIndex: 6, endIndex: 33 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
      ],
    }, id));
    expect(calls).toEqual({ 'DocumentsCollection.batchUpdate': 1 });
    expect(result.replies).toEqual([{}, {}, {}]);
    const json = w.Docs.Documents.get(id);
    expect(outline(json).map(([s, e, , t]) => [s, e, t])).toEqual([[0, 1, ''], [1, 6, 'Acme\n'], [6, 19, 'Learning one\n'], [19, 32, 'What changes\n'], [32, 33, '\n']]);
    const [heading, one, two, last] = paragraphs(json);
    expect(heading.paragraphStyle.namedStyleType).toBe('HEADING_2');
    expect(one.bullet).toEqual({ listId: one.bullet.listId, textStyle: {} });
    expect(two.bullet).toEqual({ listId: one.bullet.listId, nestingLevel: 1, textStyle: {} });
    expect(last.bullet).toBeUndefined();
    w.endExecution(); // DocumentApp.create loaded the Doc for this execution; a later one reads the API's edits
    const items = w.DocumentApp.openById(id).getBody().getListItems();
    expect(items.map((i: Any) => [i.getText(), i.getNestingLevel()])).toEqual([['Learning one', 0], ['What changes', 1]]);
  });

  it('rejects a write based on a stale revision; the writer re-reads and retries', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Shared learnings').getId();
    const append = (text: string, revision: string) => w.Docs.Documents.batchUpdate({
      requests: [{ insertText: { text, endOfSegmentLocation: {} } }], writeControl: { requiredRevisionId: revision },
    }, id);
    const seenByA = w.Docs.Documents.get(id).revisionId;
    const seenByB = w.Docs.Documents.get(id).revisionId;
    const afterA = append('From A\n', seenByA).writeControl.requiredRevisionId;
    expect(afterA).not.toBe(seenByA);
    let error: unknown;
    try {
      append('From B\n', seenByB);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    // Google documents no wording for this 400; the local Workspace says nothing about revisions, so nothing can match on it.
    expect((error as Error).message).toBe('API call to docs.documents.batchUpdate failed with error: Request contains an invalid argument.');
    expect(w.Docs.Documents.get(id).revisionId).not.toBe(seenByB); // what is documented: a changed revisionId
    expect((error as GoogleJsonResponseException).details.code).toBe(400);
    append('From B\n', w.Docs.Documents.get(id).revisionId);
    w.endExecution();
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('From A\nFrom B\n');
  });

  it('changes the revision id when DocumentApp saves an edit too', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Doc');
    const id = doc.getId();
    const before = w.Docs.Documents.get(id).revisionId;
    doc.getBody().appendParagraph('edit');
    doc.saveAndClose();
    expect(w.Docs.Documents.get(id).revisionId).not.toBe(before);
  });

  it('is all or nothing: one invalid request and nothing is applied', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Doc').getId();
    const before = w.Docs.Documents.get(id);
    expect(() => w.Docs.Documents.batchUpdate({
      requests: [{ insertText: { text: 'kept?', location: { index: 1 } } }, { insertText: { text: 'x', location: { index: 99 } } }],
    }, id)).toThrow('API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 99 must be less than the end index of the referenced segment, 7.');
    expect(w.Docs.Documents.get(id)).toEqual(before);
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 0 } } }] }, id))
      .toThrow('The insertion index must be inside the bounds of an existing paragraph.');
    expect(() => w.Docs.Documents.batchUpdate({ requests: [] }, id)).toThrow('Must specify at least one request.');
  });

  it('inserted text takes the style of the character before it; a "\\n" splits the paragraph, both halves keeping its style', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Doc');
    const p = doc.getBody().getChild(0);
    p.setText('Bold end');
    p.setHeading(w.DocumentApp.ParagraphHeading.HEADING3);
    p.editAsText().setBold(0, 3, true);
    const id = doc.getId();
    doc.saveAndClose();
    w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'er\nX', location: { index: 5 } } }] }, id);
    const [first, second] = paragraphs(w.Docs.Documents.get(id));
    expect(first.elements.map((e: Element) => [e.textRun.content, e.textRun.textStyle])).toEqual([['Bolder\n', { bold: true }]]);
    expect(second.elements.map((e: Element) => [e.textRun.content, e.textRun.textStyle])).toEqual([['X', { bold: true }], [' end\n', {}]]);
    expect([first.paragraphStyle.namedStyleType, second.paragraphStyle.namedStyleType]).toEqual(['HEADING_3', 'HEADING_3']);
  });

  it('insertTable puts a newline before the table; cells are then filled by index (5, 7, 10, 12 for a 2×2 at index 1)', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Doc').getId();
    w.Docs.Documents.batchUpdate({ requests: [{ insertTable: { rows: 2, columns: 2, location: { index: 1 } } }] }, id);
    const table = w.Docs.Documents.get(id).body.content[2].table;
    const starts = table.tableRows.flatMap((r: Element) => r.tableCells.map((c: Element) => c.content[0].startIndex));
    expect(starts).toEqual([5, 7, 10, 12]);
    w.Docs.Documents.batchUpdate({
      requests: [['12', 'd'], ['10', 'c'], ['7', 'b'], ['5', 'a']].map(([index, text]) => ({ insertText: { text, location: { index: Number(index) } } })),
    }, id);
    w.endExecution();
    const t = w.DocumentApp.openById(id).getBody().getTables()[0];
    expect([t.getCell(0, 0).getText(), t.getCell(0, 1).getText(), t.getCell(1, 0).getText(), t.getCell(1, 1).getText()]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('deleteContentRange joins paragraphs; the paragraph whose "\\n" survives keeps its style', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Doc');
    doc.getBody().getChild(0).setText('AB');
    doc.getBody().getChild(0).setHeading(w.DocumentApp.ParagraphHeading.HEADING1);
    doc.getBody().appendParagraph('CD');
    const id = doc.getId();
    doc.saveAndClose();
    w.Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 2, endIndex: 5 } } }] }, id);
    const [merged] = paragraphs(w.Docs.Documents.get(id));
    expect([merged.elements[0].textRun.content, merged.paragraphStyle.namedStyleType]).toEqual(['AD\n', 'NORMAL_TEXT']);
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: 4 } } }] }, id))
      .toThrow('The range cannot include the newline character at the end of the segment.');
  });

  it('replaceAllText is literal, case-insensitive unless matchCase, and reports occurrences', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Doc');
    doc.getBody().getChild(0).setText('{{Client}} and {{client}} (x).*');
    const id = doc.getId();
    doc.saveAndClose();
    const reply = w.Docs.Documents.batchUpdate({
      requests: [
        { replaceAllText: { containsText: { text: '{{client}}', matchCase: true }, replaceText: 'Acme $1' } },
        { replaceAllText: { containsText: { text: '{{CLIENT}}' }, replaceText: 'Beta' } },
        { replaceAllText: { containsText: { text: '(x).*', matchCase: true }, replaceText: '\\o/' } },
        { replaceAllText: { containsText: { text: 'absent' }, replaceText: 'y' } },
      ],
    }, id).replies;
    expect(reply).toEqual([
      { replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: {} },
    ]);
    expect(w.DocumentApp.openById(id).getBody().getText()).toBe('Beta and Acme $1 \\o/');
  });

  it('updateTextStyle sets bold and links on a range', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Doc');
    doc.getBody().getChild(0).setText('See the deck');
    const id = doc.getId();
    doc.saveAndClose();
    w.Docs.Documents.batchUpdate({ requests: [
      { updateTextStyle: { range: { startIndex: 9, endIndex: 13 }, textStyle: { bold: true, link: { url: 'https://example.com/deck' } }, fields: 'bold,link' } },
    ] }, id);
    const text = w.DocumentApp.openById(id).getBody().getChild(0).editAsText();
    expect([text.isBold(7), text.isBold(8), text.getLinkUrl(8)]).toEqual([false, true, 'https://example.com/deck']);
  });

  it('places a picture only from a public PNG, JPEG or GIF link, refusing the whole batch otherwise', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Doc').getId();
    w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'Screenshot', location: { index: 1 } } }] }, id);
    w.drive.web.publishImage('https://cdn.example/shot.png', 'image/png', ONE_PIXEL_PNG);
    const picture = (uri: string) => ({ insertInlineImage: { uri, location: { index: 1 }, objectSize: { width: { magnitude: 360, unit: 'PT' } } } });
    for (const uri of ['https://cdn.example/missing.png', 'https://drive.google.com/file/d/abc/view', `https://cdn.example/${'x'.repeat(2048)}.png`, 'ftp://cdn.example/shot.png']) {
      expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }, picture(uri)] }, id), uri)
        .toThrow('Invalid requests[1].insertInlineImage: There was a problem retrieving the image.');
    }
    expect(w.Docs.Documents.get(id).body.content[1].paragraph.elements[0].textRun.content).toBe('Screenshot\n'); // all or nothing
    const reply = w.Docs.Documents.batchUpdate({ requests: [picture('https://cdn.example/shot.png')] }, id);
    const json = w.Docs.Documents.get(id);
    const objectId = reply.replies[0].insertInlineImage.objectId;
    expect(json.body.content[1].paragraph.elements[0].inlineObjectElement.inlineObjectId).toBe(objectId);
    expect(json.inlineObjects[objectId].inlineObjectProperties.embeddedObject.size.width).toEqual({ magnitude: 360, unit: 'PT' });
    expect(json.body.content[1].endIndex).toBe(1 + 1 + 'Screenshot'.length + 1); // a picture takes one index
  });

  it('fails loudly on requests the local Workspace does not emulate, and like the API on unknown ones', () => {
    const w = docsWorld();
    const id = w.DocumentApp.create('Doc').getId();
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ createFootnote: { location: { index: 1 } } }] }, id))
      .toThrow(NotImplementedError);
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertTxt: {} }] }, id)).toThrow('Unknown name "insertTxt"');
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }], writeControl: { targetRevisionId: 'r' } }, id))
      .toThrow(NotImplementedError);
  });
});
