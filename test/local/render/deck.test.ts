// deck.json and the HTML rendering of a saved deck: texts in reading order, tables as rows of cell texts, every
// element placed on a 16:9 card, and all text escaped.
import { describe, expect, it } from 'vitest';
import { renderDeckHtml, renderDeckJson } from '../../../src/local/render/deck.ts';
import { slidesWorld, varianceChart } from '../emulator/slides/world.ts';
import { ONE_PIXEL_PNG } from '../../support/images.ts';

function renderedDeck() {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Acme <Spring> & "launch"');
  const id = deck.getId();
  deck.getSlides()[0].remove();
  const results = deck.appendSlide(w.SlidesApp.PredefinedLayout.TITLE_ONLY);
  results.getPlaceholder(w.SlidesApp.PlaceholderType.TITLE).asShape().getText().setText('Results vs KPIs');
  results.insertTextBox('right note', 400, 300, 200, 40);
  results.insertTextBox('left note', 20, 300, 200, 40);
  const table = results.insertTable(2, 2, 20, 100, 400, 120);
  [['KPI', 'Variance'], ['Reach', '<b>+12%</b>']].forEach((row, r) => row.forEach((t, c) => table.getCell(r, c).getText().setText(t)));
  results.insertSheetsChart(varianceChart().chart, 450, 100, 250, 150);
  const learned = deck.appendSlide(w.SlidesApp.PredefinedLayout.TITLE_AND_BODY);
  learned.getPlaceholder(w.SlidesApp.PlaceholderType.BODY).asShape().getText().setText('<script>alert("x")</script>');
  w.drive.web.publishImage('https://cdn.example/reel.png?a=1&b="2"', 'image/png', ONE_PIXEL_PNG);
  learned.insertImage('https://cdn.example/reel.png?a=1&b="2"', 500, 20, 100, 80);
  deck.saveAndClose();
  return { w, id };
}

describe('renderDeckJson', () => {
  it('lists each slide\'s texts top-then-left and its tables as rows of cell texts', () => {
    const { w, id } = renderedDeck();
    expect(renderDeckJson(w.drive, id)).toEqual({
      slides: [
        { texts: ['Results vs KPIs', 'left note', 'right note'], tables: [[['KPI', 'Variance'], ['Reach', '<b>+12%</b>']]] },
        { texts: ['<script>alert("x")</script>'], tables: [] },
      ],
    });
  });

  it('reads only what was saved, and refuses ids that are not decks', () => {
    const { w, id } = renderedDeck();
    const open = w.SlidesApp.openById(id);
    open.getSlides()[0].insertTextBox('unsaved');
    expect(JSON.stringify(renderDeckJson(w.drive, id))).not.toContain('unsaved');
    expect(() => renderDeckJson(w.drive, 'nope')).toThrow('is not a Slides presentation');
  });
});

describe('renderDeckHtml', () => {
  it('draws 16:9 cards with positioned texts, tables, charts and images, escaping every text', () => {
    const { w, id } = renderedDeck();
    const html = renderDeckHtml(w.drive, id);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Acme &lt;Spring&gt; &amp; &quot;launch&quot;</title>');
    expect(html.match(/<section class="slide"/g)).toHaveLength(2);
    expect(html).toContain('width:960px;height:540px');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;+12%&lt;/b&gt;');
    expect(html).toContain('Linked Sheets chart: Variance per KPI');
    expect(html).toContain('<small>KPIs!A1:B3</small>');
    expect(html).toContain('src="https://cdn.example/reel.png?a=1&amp;b=&quot;2&quot;"');
    // the left note (20pt in) sits at 20 × 4/3 px
    expect(html).toMatch(/left:26\.7px;top:400\.0px;[^"]*"><span[^>]*>left note/);
  });
});
