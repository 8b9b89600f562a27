// The Docs advanced service: documents.get index arithmetic as the Docs API documents it, batchUpdate requests
// applied in order and all-or-nothing, and writeControl.requiredRevisionId refusing a stale write.
import { describe, expect, it } from 'vitest';
import { GoogleJsonResponseException } from '../../../../src/local/emulator/drive/api-error.ts';
import { NotImplementedError } from '../../../../src/local/emulator/tracked.ts';
import { docOf, item as listItem, para, styled, table as tableOf } from './doc-builder.ts';
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

/** The body's paragraphs' text, each ending in "\n", as documents.get gives it. */
function bodyText(json: Any): string {
  return paragraphs(json).map((p: Element) => p.elements.map((x: Element) => x.textRun?.content ?? '').join('')).join('');
}

describe('Docs.Documents.get', () => {
  it('counts indices as the Docs API does: section break 0–1, each paragraph ends in "\\n", a table opens, each row and cell take one index', () => {
    const w = docsWorld();
    const id = w.ownDoc('Small', docOf([styled('HEADING_1', 'Title'), para('Hi'), listItem(0, 'one'), tableOf([['a', 'bc']])]));
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
    const id = w.ownDoc('Units', docOf([para(['😀', { bold: true }], ' a\rb')])); // "\r": a soft line break, as the model keeps it
    const elements = paragraphs(w.Docs.Documents.get(id))[0].elements;
    expect(elements.map((e: Element) => [e.startIndex, e.endIndex, e.textRun.content, e.textRun.textStyle])).toEqual([
      [1, 3, '😀', { bold: true }], [3, 8, ' a\u000bb\n', {}],
    ]);
  });

  it('answers 404 for a Doc out of reach, and can nest the content in tabs', () => {
    const w = docsWorld();
    const foreign = w.foreignDoc('Theirs');
    expect(() => w.Docs.Documents.get(foreign)).toThrow('API call to docs.documents.get failed with error: Requested entity was not found.');
    const id = w.ownDoc('Mine');
    const json = w.Docs.Documents.get(id, { includeTabsContent: true });
    expect(json.body).toBeUndefined();
    expect(json.tabs[0].documentTab.body.content).toHaveLength(2);
  });
});

describe('Docs.Documents.batchUpdate', () => {
  it('applies insertText, updateParagraphStyle and createParagraphBullets in order, in one call', () => {
    const w = docsWorld();
    const id = w.ownDoc('Learnings');
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
    expect(json.lists[one.bullet.listId].listProperties.nestingLevels[1]).toBeDefined();
  });

  it('rejects a write based on a stale revision; the writer re-reads and retries', () => {
    const w = docsWorld();
    const id = w.ownDoc('Shared learnings');
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
    expect(bodyText(w.Docs.Documents.get(id))).toBe('From A\nFrom B\n\n');
  });

  it('is all or nothing: one invalid request and nothing is applied', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc');
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
    const id = w.ownDoc('Doc', docOf([styled('HEADING_3', ['Bold', { bold: true }], ' end')]));
    w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'er\nX', location: { index: 5 } } }] }, id);
    const [first, second] = paragraphs(w.Docs.Documents.get(id));
    expect(first.elements.map((e: Element) => [e.textRun.content, e.textRun.textStyle])).toEqual([['Bolder\n', { bold: true }]]);
    expect(second.elements.map((e: Element) => [e.textRun.content, e.textRun.textStyle])).toEqual([['X', { bold: true }], [' end\n', {}]]);
    expect([first.paragraphStyle.namedStyleType, second.paragraphStyle.namedStyleType]).toEqual(['HEADING_3', 'HEADING_3']);
  });

  it('insertTable puts a newline before the table; cells are then filled by index (5, 7, 10, 12 for a 2×2 at index 1)', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc');
    w.Docs.Documents.batchUpdate({ requests: [{ insertTable: { rows: 2, columns: 2, location: { index: 1 } } }] }, id);
    const table = w.Docs.Documents.get(id).body.content[2].table;
    const starts = table.tableRows.flatMap((r: Element) => r.tableCells.map((c: Element) => c.content[0].startIndex));
    expect(starts).toEqual([5, 7, 10, 12]);
    w.Docs.Documents.batchUpdate({
      requests: [['12', 'd'], ['10', 'c'], ['7', 'b'], ['5', 'a']].map(([index, text]) => ({ insertText: { text, location: { index: Number(index) } } })),
    }, id);
    const filled = w.Docs.Documents.get(id).body.content[2].table;
    const texts = filled.tableRows.flatMap((r: Element) => r.tableCells.map((c: Element) => c.content[0].paragraph.elements[0].textRun.content));
    expect(texts).toEqual(['a\n', 'b\n', 'c\n', 'd\n']);
  });

  it('deleteContentRange joins paragraphs; the paragraph whose "\\n" survives keeps its style', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc', docOf([styled('HEADING_1', 'AB'), para('CD')]));
    w.Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 2, endIndex: 5 } } }] }, id);
    const [merged] = paragraphs(w.Docs.Documents.get(id));
    expect([merged.elements[0].textRun.content, merged.paragraphStyle.namedStyleType]).toEqual(['AD\n', 'NORMAL_TEXT']);
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: 4 } } }] }, id))
      .toThrow('The range cannot include the newline character at the end of the segment.');
  });

  it('replaceAllText is literal, case-insensitive unless matchCase, and reports occurrences', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc', docOf([para('{{Client}} and {{client}} (x).*')]));
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
    expect(bodyText(w.Docs.Documents.get(id))).toBe('Beta and Acme $1 \\o/\n');
  });

  it('updateTextStyle sets bold and links on a range', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc', docOf([para('See the deck')]));
    w.Docs.Documents.batchUpdate({ requests: [
      { updateTextStyle: { range: { startIndex: 9, endIndex: 13 }, textStyle: { bold: true, link: { url: 'https://example.com/deck' } }, fields: 'bold,link' } },
    ] }, id);
    const runs = paragraphs(w.Docs.Documents.get(id))[0].elements.map((e: Element) => [e.textRun.content, e.textRun.textStyle]);
    // The paragraph's "\n" joins the run before it (the local Workspace's reading; the add-on reads runs by index).
    expect(runs).toEqual([['See the ', {}], ['deck\n', { bold: true, link: { url: 'https://example.com/deck' } }]]);
  });

  it('places a picture only from a public PNG, JPEG or GIF link, refusing the whole batch otherwise', () => {
    const w = docsWorld();
    const id = w.ownDoc('Doc');
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
    const id = w.ownDoc('Doc');
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ createFootnote: { location: { index: 1 } } }] }, id))
      .toThrow(NotImplementedError);
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertTxt: {} }] }, id)).toThrow('Unknown name "insertTxt"');
    expect(() => w.Docs.Documents.batchUpdate({ requests: [{ insertText: { text: 'x', location: { index: 1 } } }], writeControl: { targetRevisionId: 'r' } }, id))
      .toThrow(NotImplementedError);
  });
});
