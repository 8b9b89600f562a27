// replaceAllText is literal everywhere in Slides (Presentation, Slide, TextRange and the API request): `.`, `$`,
// `\` and `{{x}}` mean themselves, counts are returned, and matching ignores case unless asked not to.
import { describe, expect, it } from 'vitest';
import { slidesWorld, type Any } from './world.ts';

function deckWith(texts: string[]) {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Template');
  const slide = deck.appendSlide();
  const shapes = texts.map((t, i) => slide.insertTextBox(t, 10, 10 + 60 * i, 300, 50));
  return { w, deck, slide, shapes };
}

const textOf = (shape: Any) => shape.getText().asString();

describe('Presentation.replaceAllText', () => {
  it('treats regex characters in the search text literally and counts occurrences', () => {
    const { deck, shapes } = deckWith(['Cost: $1.50 (approx.)', 'a.b a.b axb']);
    expect(deck.replaceAllText('.', '·')).toBe(4);
    expect(textOf(shapes[0])).toBe('Cost: $1·50 (approx·)\n');
    expect(textOf(shapes[1])).toBe('a·b a·b axb\n');
    expect(deck.replaceAllText('(approx·)', '[est]')).toBe(1);
    expect(deck.replaceAllText('no such text', 'x')).toBe(0);
  });

  it('puts $&, $1, backslashes and {{placeholders}} in the replacement literally', () => {
    const { deck, shapes } = deckWith(['Client: {{client}}', '{{client}} / {{CLIENT}}']);
    expect(deck.replaceAllText('{{client}}', 'A$&B $1 \\o/ {{campaign}}', true)).toBe(2);
    expect(textOf(shapes[0])).toBe('Client: A$&B $1 \\o/ {{campaign}}\n');
    expect(textOf(shapes[1])).toBe('A$&B $1 \\o/ {{campaign}} / {{CLIENT}}\n');
  });

  it('ignores case by default and respects matchCase', () => {
    const { deck, shapes } = deckWith(['Reach REACH reach']);
    expect(deck.replaceAllText('reach', 'r', true)).toBe(1);
    expect(textOf(shapes[0])).toBe('Reach REACH r\n');
    expect(deck.replaceAllText('reach', 'x')).toBe(2);
    expect(textOf(shapes[0])).toBe('x x r\n');
  });

  it('reaches table cells and keeps the style of the replaced text', () => {
    const { deck, slide, shapes } = deckWith(['Hello {{name}}']);
    shapes[0].getText().getRange(6, 14).getTextStyle().setBold(true);
    slide.insertTable(1, 2).getCell(0, 1).getText().setText('{{name}}!');
    expect(deck.replaceAllText('{{name}}', 'Acme')).toBe(2);
    const name = shapes[0].getText().getRange(6, 10);
    expect(name.asString()).toBe('Acme');
    expect(name.getTextStyle().isBold()).toBe(true);
    expect(slide.getTables()[0].getCell(0, 1).getText().asString()).toBe('Acme!\n');
  });
});

describe('Slide and TextRange replaceAllText', () => {
  it('stay within their slide or range', () => {
    const { deck, slide, shapes } = deckWith(['x.y x.y']);
    const other = deck.appendSlide();
    const far = other.insertTextBox('x.y');
    expect(slide.replaceAllText('X.Y', 'z')).toBe(2);
    expect(textOf(far)).toBe('x.y\n');
    expect(textOf(shapes[0])).toBe('z z\n');
    expect(far.getText().getRange(0, 2).replaceAllText('x.', '$')).toBe(1);
    expect(textOf(far)).toBe('$y\n');
  });
});

describe('the replaceAllText request', () => {
  it('is literal too, counts per request, and leaves occurrencesChanged out when nothing changed', () => {
    const { w, deck, shapes } = deckWith(['{{kpi}} is up $5.00', 'nothing']);
    const [id, shapeId] = [deck.getId(), shapes[0].getObjectId()];
    deck.saveAndClose();
    const response = w.Slides.Presentations.batchUpdate({
      requests: [
        { replaceAllText: { containsText: { text: '{{KPI}}', matchCase: false }, replaceText: 'Reach ($&)' } },
        { replaceAllText: { containsText: { text: '$5.00', matchCase: true }, replaceText: '$1' } },
        { replaceAllText: { containsText: { text: 'absent', matchCase: true }, replaceText: 'x' } },
      ],
    }, id);
    expect(response.replies).toEqual([{ replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: { occurrencesChanged: 1 } }, { replaceAllText: {} }]);
    const shape = w.SlidesApp.openById(id).getPageElementById(shapeId).asShape();
    expect(shape.getText().asString()).toBe('Reach ($&) is up $1\n');
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [{ replaceAllText: { containsText: { text: '' }, replaceText: 'x' } }] }, id))
      .toThrow('match text should not be empty');
  });
});
