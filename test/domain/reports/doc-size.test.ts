// How full a Doc is, read strictly from the Docs API's JSON: every segment's indexes, plus what a batch inserts.
import { describe, expect, it } from 'vitest';
import { docLength, insertedLength, MAX_DOC_CHARACTERS, overfullDoc } from '../../../src/domain/reports/doc-size.ts';

const segment = (end: number) => ({ content: [{ endIndex: 1, sectionBreak: {} }, { startIndex: 1, endIndex: end }] });

describe('docLength', () => {
  it('adds up the body, headers and footers, each by its last end index', () => {
    expect(docLength({})).toBe(0);
    expect(docLength({ body: segment(120) })).toBe(120);
    expect(docLength({ body: segment(120), headers: { h1: segment(30) }, footers: { f1: segment(5), f2: segment(7) } })).toBe(162);
  });
});

describe('insertedLength', () => {
  it('counts the UTF-16 units of every insertText, nothing for other requests', () => {
    expect(insertedLength([{ insertText: { text: 'abc' } }, { updateParagraphStyle: {} }, { insertText: { text: '👩🏽' } }, null])).toBe(7);
  });
});

describe('overfullDoc', () => {
  it('says how long the Doc would be only when it passes what a Google Doc holds', () => {
    const doc = { body: segment(MAX_DOC_CHARACTERS - 10) };
    expect(overfullDoc(doc, [{ insertText: { text: 'x'.repeat(10) } }])).toBeUndefined();
    expect(overfullDoc(doc, [{ insertText: { text: 'x'.repeat(11) } }])).toBe(MAX_DOC_CHARACTERS + 1);
  });
});
