// Body and its elements: appendTable builds a whole table in one call, list items continue their list, headings,
// images and rules, and the structural rules and error messages of Google Docs.
import { describe, expect, it } from 'vitest';
import { newBlob } from '../../../../src/local/emulator/drive/blob.ts';
import { docsWorld, PNG, type Any } from './world.ts';

function newBody() {
  const w = docsWorld();
  const doc = w.DocumentApp.create('Report');
  return { w, doc, body: doc.getBody() as Any, D: w.DocumentApp };
}

describe('appendTable', () => {
  it('builds the whole table in one call, a paragraph per cell, and keeps a paragraph after it', () => {
    const { w, body, D } = newBody();
    const { result: table, calls } = w.calls.measure(() => body.appendTable([['KPI', 'Target', 'Actual'], ['Reach', '100,000', '120,500'], ['CTR', '2%', '1.4%']]));
    expect(calls).toEqual({ 'Body.appendTable': 1 });
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getNumCells()).toBe(3);
    expect(table.getCell(2, 2).getText()).toBe('1.4%');
    expect(table.getCell(0, 0).getChild(0).getType()).toBe(D.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).getType()).toBe(D.ElementType.PARAGRAPH);
    expect(body.getTables()).toHaveLength(1);
  });

  it('takes String[][] only, as Apps Script does', () => {
    const { body } = newBody();
    expect(() => body.appendTable([[1, 2]])).toThrow("The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.");
  });

  it('styles a cell through editAsText()', () => {
    const { body } = newBody();
    const table = body.appendTable([['KPI', 'Met?'], ['Reach', 'missed']]);
    table.getRow(0).getCell(0).editAsText().setBold(true);
    expect(table.getCell(0, 0).editAsText().isBold()).toBe(true);
    expect(table.getCell(1, 1).editAsText().isBold()).toBe(false);
    expect(table.getCell(1, 0).getParentTable().getNumRows()).toBe(2);
  });
});

describe('paragraphs and list items', () => {
  it('sets headings and alignment, and appendText styles only the new text', () => {
    const { body, D } = newBody();
    const heading = body.appendParagraph('Results').setHeading(D.ParagraphHeading.HEADING2).setAlignment(D.HorizontalAlignment.CENTER);
    expect(heading.getHeading()).toBe(D.ParagraphHeading.HEADING2);
    expect(heading.getAlignment()).toBe(D.HorizontalAlignment.CENTER);
    const p = body.appendParagraph('Reach: ');
    p.appendText('120,500').setBold(true);
    expect(p.getText()).toBe('Reach: 120,500');
    expect(p.getNumChildren()).toBe(2);
    expect(p.editAsText().isBold(0)).toBe(false);
    expect(p.editAsText().isBold(7)).toBe(true);
    expect(p.editAsText().isBold()).toBeNull();
    expect(() => p.setHeading('HEADING1')).toThrow("The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.");
  });

  it('turns "\\n" in paragraph text into a line break', () => {
    const { body } = newBody();
    expect(body.appendParagraph('one\ntwo').getText()).toBe('one\rtwo');
  });

  it('continues the list before a new list item, with glyph and nesting level', () => {
    const { body, D } = newBody();
    const a = body.appendListItem('First learning');
    const b = body.appendListItem('What changes').setNestingLevel(1).setGlyphType(D.GlyphType.HOLLOW_BULLET);
    body.appendParagraph('between');
    const c = body.appendListItem('A new list');
    expect(b.getListId()).toBe(a.getListId());
    expect(c.getListId()).not.toBe(a.getListId());
    expect(b.getNestingLevel()).toBe(1);
    expect(b.getGlyphType()).toBe(D.GlyphType.HOLLOW_BULLET);
    expect(a.getGlyphType()).toBe(D.GlyphType.BULLET);
    expect(body.getListItems()).toHaveLength(3);
    expect(a.getType()).toBe(D.ElementType.LIST_ITEM);
  });

  it('appends images, rules and page breaks in paragraphs of their own', () => {
    const { body, D } = newBody();
    const image = body.appendImage(newBlob(new Uint8Array(PNG), 'image/png', 'shot.png'));
    expect(image.getType()).toBe(D.ElementType.INLINE_IMAGE);
    expect([image.getWidth(), image.getHeight()]).toEqual([1, 1]);
    expect(image.getParent().getType()).toBe(D.ElementType.PARAGRAPH);
    expect(body.appendHorizontalRule().getType()).toBe(D.ElementType.HORIZONTAL_RULE);
    expect(body.appendPageBreak().getType()).toBe(D.ElementType.PAGE_BREAK);
    expect(body.getImages()).toHaveLength(1);
    expect(() => body.appendImage(newBlob('not an image', 'text/plain'))).toThrow('The image you are trying to use is invalid or corrupt.');
  });

  it('inserts a table where a placeholder paragraph was, then removes the placeholder', () => {
    const { body, D } = newBody();
    body.appendParagraph('Intro');
    body.appendParagraph('{{kpi_table}}');
    body.appendParagraph('Outro');
    const found = body.findText('\\{\\{kpi_table\\}\\}');
    const paragraph = found.getElement().getParent();
    const index = body.getChildIndex(paragraph);
    body.insertTable(index, [['KPI', 'Actual']]);
    paragraph.removeFromParent();
    expect(body.getChild(2).getType()).toBe(D.ElementType.TABLE);
    expect(paragraph.getParent()).toBeNull();
    expect(body.getText()).toBe('\nIntro\nKPI\nActual\nOutro');
  });
});

describe('structure rules and errors', () => {
  it('cannot remove the last paragraph of a section', () => {
    const { body } = newBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.appendParagraph('x');
    body.removeChild(body.getChild(0));
    expect(body.getText()).toBe('x');
  });

  it('reports child indexes as Apps Script does', () => {
    const { body, w } = newBody();
    expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
    const other = w.DocumentApp.create('Other').getBody().getChild(0);
    expect(() => body.getChildIndex(other)).toThrow('Element does not contain the specified child element.');
  });

  it('clear() keeps the last paragraph, emptied', () => {
    const { body } = newBody();
    body.appendParagraph('a');
    const last = body.appendParagraph('b');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChildIndex(last)).toBe(0);
    expect(last.getText()).toBe('');
  });

  it('getParagraphs includes list items and paragraphs inside tables', () => {
    const { body } = newBody();
    body.appendListItem('item');
    body.appendTable([['cell']]);
    expect(body.getParagraphs().map((p: Any) => p.getText())).toEqual(['', 'item', 'cell', '']);
  });

  it('appends copies of elements, from this Doc or another; an element still in a Doc must be copied first', () => {
    const { w, body, D } = newBody();
    const template = w.DocumentApp.create('Template').getBody();
    template.getChild(0).setText('Reusable block');
    template.getChild(0).setHeading(D.ParagraphHeading.HEADING3);
    const pasted = body.appendParagraph(template.getChild(0).copy());
    expect([pasted.getText(), pasted.getHeading()]).toEqual(['Reusable block', D.ParagraphHeading.HEADING3]);
    pasted.setText('changed');
    expect(template.getChild(0).getText()).toBe('Reusable block');
    expect(() => body.appendParagraph(template.getChild(0))).toThrow('Element must be detached.');
    expect(body.appendTable(body.appendTable([['x']]).copy()).getCell(0, 0).getText()).toBe('x');
  });

  it('headers and footers are sections of their own', () => {
    const { doc, D } = newBody();
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    header.appendParagraph('Agency logo here');
    expect(header.getType()).toBe(D.ElementType.HEADER_SECTION);
    expect(doc.getHeader().getText()).toBe('\nAgency logo here');
  });
});
