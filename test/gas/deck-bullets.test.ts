// Issue 12: the deck's learnings and recommendations are lists, bulleted in the one fill batch
// (createParagraphBullets after the replacements), not walls of text.
import { describe, expect, it } from 'vitest';
import { renderDeckHtml } from '../../src/local/render/deck.ts';
import { measured, reportsWorld } from './reports-support.ts';

describe('the renewal deck', () => {
  it('bullets its learnings and recommendations in the one batch', () => {
    const world = reportsWorld();
    world.generate('exportSlides');
    const { result, calls } = measured(world, () => world.generate('exportSlides'));
    expect(calls['PresentationsCollection.batchUpdate']).toBe(1);
    const html = renderDeckHtml(world.workspace.drive, result.file.id);
    const slides = html.split('<section class="slide"').slice(1);
    const bulleted = (title: string) => {
      const slide = slides.find((s) => s.includes(`>${title}</span>`)) ?? '';
      return (slide.match(/class="li"/g) ?? []).length;
    };
    const deck = world.deck(result.file.id);
    const items = (title: string) => (deck.slides.find((s) => s.texts[0] === title)?.texts[1] ?? '').split('\n').filter(Boolean).length;
    expect(bulleted('What we learned')).toBe(items('What we learned'));
    expect(bulleted('What we recommend next')).toBe(items('What we recommend next'));
    expect(bulleted('What we learned')).toBeGreaterThanOrEqual(3);
    expect(bulleted('Top content')).toBe(items('Top content')); // a list beside the screenshot (a 7-column table doesn't fit half a slide)
    expect(bulleted('Top content')).toBe(3);
  });
});
