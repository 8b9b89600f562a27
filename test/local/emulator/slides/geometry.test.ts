// Page-element geometry as Google reports it: an intrinsic size plus a scale transform (a default-theme
// placeholder is 3000000 × 3000000 EMU scaled ≈ 2.84 × 1.14), a resize that changes the transform and not the
// size, and createTable refusing any transform whose scale isn't 1.
import { describe, expect, it } from 'vitest';
import { slidesWorld, type Any } from './world.ts';

const EMU = 12700;

function deckWithBody() {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Geometry');
  const id = deck.getId();
  deck.saveAndClose();
  w.Slides.Presentations.batchUpdate({ requests: [{ createSlide: { objectId: 'body_slide', slideLayoutReference: { predefinedLayout: 'TITLE_AND_BODY' },
    placeholderIdMappings: [{ layoutPlaceholder: { type: 'BODY', index: 0 }, objectId: 'body_box' }] } }] }, id);
  const element = () => (w.Slides.Presentations.get(id).slides as Any[]).find((s) => s.objectId === 'body_slide').pageElements.find((e: Any) => e.objectId === 'body_box');
  return { w, id, element };
}

const table = (transform: Record<string, unknown>) => ({ createTable: { objectId: 'kpi_table', rows: 2, columns: 2, elementProperties: {
  pageObjectId: 'body_slide', size: { width: { magnitude: 3_000_000, unit: 'EMU' }, height: { magnitude: 3_000_000, unit: 'EMU' } }, transform } } });

describe('Slides geometry', () => {
  it('reports a default-theme placeholder as 3000000 EMU square scaled to its box', () => {
    const { w, id, element } = deckWithBody();
    const body = element();
    expect(body.size).toEqual({ width: { magnitude: 3_000_000, unit: 'EMU' }, height: { magnitude: 3_000_000, unit: 'EMU' } });
    expect(body.transform.scaleX).toBeCloseTo(2.84, 2);
    expect(body.transform.scaleY).toBeCloseTo(1.14, 2);
    const shape = w.SlidesApp.openById(id).getSlideById('body_slide').getPageElementById('body_box');
    expect(shape.getWidth()).toBeCloseTo(body.transform.scaleX * 3_000_000 / EMU, 3); // SlidesApp reports the visible size
  });

  it('resizes by changing the transform, never the intrinsic size', () => {
    const { w, id, element } = deckWithBody();
    const deck = w.SlidesApp.openById(id);
    deck.getSlideById('body_slide').getPageElementById('body_box').setWidth(300);
    deck.saveAndClose();
    expect(element().size.width.magnitude).toBe(3_000_000);
    expect(element().transform.scaleX).toBeCloseTo(300 * EMU / 3_000_000, 6);
    w.Slides.Presentations.batchUpdate({ requests: [{ updatePageElementTransform: { objectId: 'body_box', applyMode: 'RELATIVE',
      transform: { scaleX: 0.5, scaleY: 1, translateX: 0, translateY: 0, unit: 'EMU' } } }] }, id);
    expect(element().size.width.magnitude).toBe(3_000_000);
    expect(element().transform.scaleX).toBeCloseTo(150 * EMU / 3_000_000, 6);
  });

  it('refuses a table transform with a scale other than 1, or a shear, and places one of scale 1 at its size', () => {
    const { w, id, element } = deckWithBody();
    const scaled = element().transform;
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [table(scaled)] }, id))
      .toThrow('Invalid requests[0].createTable: Table transforms must have a scale of 1 and no shear components.');
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [table({ scaleX: 1, scaleY: 1, shearX: 0.2, unit: 'EMU' })] }, id))
      .toThrow('Table transforms must have a scale of 1 and no shear components.');
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [table({ translateX: 10, unit: 'EMU' })] }, id)) // scale left out is 0
      .toThrow('Table transforms must have a scale of 1 and no shear components.');
    w.Slides.Presentations.batchUpdate({ requests: [table({ scaleX: 1, scaleY: 1, translateX: 127_000, translateY: 254_000, unit: 'EMU' })] }, id);
    const placed = w.SlidesApp.openById(id).getSlideById('body_slide').getPageElementById('kpi_table');
    expect([placed.getLeft(), placed.getTop(), placed.getWidth()]).toEqual([10, 20, 3_000_000 / EMU]);
  });
});
