// createParagraphBullets: every paragraph the range touches is bulleted, leading tabs go, text typed into a
// bulleted paragraph stays bulleted; Presentations.get shows the bullet on the paragraph's marker, and the deck
// rendering draws it.
import { describe, expect, it } from 'vitest';
import { renderDeckHtml } from '../../../../src/local/render/deck.ts';
import { slidesWorld, type Any } from './world.ts';

function deckWithBox(text: string) {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Acme — renewal');
  const id = deck.getId();
  deck.saveAndClose();
  w.Slides.Presentations.batchUpdate({
    requests: [
      { createSlide: { objectId: 'page_1', slideLayoutReference: { predefinedLayout: 'BLANK' } } },
      { createShape: { objectId: 'note_box', shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 'page_1' } } },
      { insertText: { objectId: 'note_box', text } },
    ],
  }, id);
  return { w, id };
}

const markers = (w: Any, id: string) => {
  const deck = w.Slides.Presentations.get(id);
  const box = deck.slides.flatMap((s: Any) => s.pageElements).find((e: Any) => e.objectId === 'note_box');
  return box.shape.text.textElements.filter((e: Any) => e.paragraphMarker).map((e: Any) => Boolean(e.paragraphMarker.bullet));
};
const content = (w: Any, id: string) => {
  const deck = w.Slides.Presentations.get(id);
  const box = deck.slides.flatMap((s: Any) => s.pageElements).find((e: Any) => e.objectId === 'note_box');
  return box.shape.text.textElements.map((e: Any) => e.textRun?.content ?? '').join('');
};

describe('createParagraphBullets', () => {
  it('bullets the paragraphs the range overlaps, and only those', () => {
    const { w, id } = deckWithBox('Intro\nOne\nTwo\nOutro');
    // [7, 11) starts inside "One" and ends inside "Two": both are bulleted, "Intro" and "Outro" are not.
    w.Slides.Presentations.batchUpdate({ requests: [{ createParagraphBullets: { objectId: 'note_box', textRange: { type: 'FIXED_RANGE', startIndex: 7, endIndex: 11 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } }] }, id);
    expect(markers(w, id)).toEqual([false, true, true, false]);
  });

  it('removes leading tabs, and text typed into a bulleted paragraph stays in the list', () => {
    const { w, id } = deckWithBox('\tOne\n\t\tTwo');
    w.Slides.Presentations.batchUpdate({ requests: [
      { createParagraphBullets: { objectId: 'note_box', textRange: { type: 'ALL' } } },
      { insertText: { objectId: 'note_box', text: ' more', insertionIndex: 3 } },
    ] }, id);
    expect(content(w, id)).toBe('One more\nTwo\n');
    expect(markers(w, id)).toEqual([true, true]);
  });

  it('is drawn as a list in the deck rendering, and text without bullets is drawn as before', () => {
    const { w, id } = deckWithBox('First learning\nSecond learning');
    const plain = renderDeckHtml(w.drive, id);
    expect(plain).not.toContain('class="li"');
    w.Slides.Presentations.batchUpdate({ requests: [{ createParagraphBullets: { objectId: 'note_box', textRange: { type: 'ALL' } } }] }, id);
    const html = renderDeckHtml(w.drive, id);
    expect(html.match(/class="li"/g)).toHaveLength(2);
    expect(html).toContain('>First learning</span></div>');
  });
});
