// replaceText and findText take RE2 regular expressions matched inside each Text element; replacements follow
// Java's Matcher.replaceAll, so "$" and "\" are special. Template code must escape both sides.
import { describe, expect, it } from 'vitest';
import { docsWorld, type Any } from './world.ts';

function bodyWith(...paragraphs: string[]): { body: Any; D: Any } {
  const w = docsWorld();
  const body = w.DocumentApp.create('Template').getBody();
  body.getChild(0).setText(paragraphs[0]);
  for (const text of paragraphs.slice(1)) body.appendParagraph(text);
  return { body, D: w.DocumentApp };
}

/** What template code should do with user text: escape the pattern for RE2 and the replacement for Java. */
const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeReplacement = (s: string) => s.replace(/[\\$]/g, '\\$&');

describe('replaceText patterns are regular expressions', () => {
  it('a "." in the pattern matches any character', () => {
    const { body } = bodyWith('Total: 1.5 and 1x5');
    body.replaceText('1.5', 'N');
    expect(body.getText()).toBe('Total: N and N');
  });

  it('an escaped pattern matches literally', () => {
    const { body } = bodyWith('Total: 1.5 and 1x5', '{{client}} (Q1)');
    body.replaceText(escapePattern('1.5'), 'N');
    body.replaceText(escapePattern('{{client}} (Q1)'), 'Acme');
    expect(body.getText()).toBe('Total: N and 1x5\nAcme');
  });

  it('matches within one paragraph, never across two', () => {
    const { body } = bodyWith('end of one', 'start of two');
    body.replaceText('one.start', 'X');
    body.replaceText('one\\nstart', 'X');
    expect(body.getText()).toBe('end of one\nstart of two');
    body.replaceText('^start', 'Start');
    expect(body.getText()).toBe('end of one\nStart of two');
  });

  it('refuses what RE2 lacks (backreferences, lookaround) and malformed patterns', () => {
    const { body } = bodyWith('aa');
    for (const pattern of ['(a)\\1', 'a(?=a)', '(?<!b)a', 'a*+', '(unclosed', '[z-a]']) {
      expect(() => body.replaceText(pattern, 'x'), pattern).toThrow('Invalid argument: searchPattern');
    }
    expect(body.getText()).toBe('aa');
  });

  it('supports RE2 forms JS spells differently: (?i), (?P<name>…), \\Q…\\E, POSIX classes', () => {
    const { body } = bodyWith('Acme ACME acme', 'a.b a-b', 'x1y');
    body.replaceText('(?i)acme', 'Co');
    body.replaceText('\\Qa.b\\E', 'lit');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${d}, the RE2 replacement syntax under test.
    body.replaceText('(?P<d>[[:digit:]])', '<${d}>');
    expect(body.getText()).toBe('Co Co Co\nlit a-b\nx<1>y');
  });
});

describe('replaceText replacements follow Java\'s Matcher.replaceAll', () => {
  it('"$n" inserts a group; an escaped "\\$" is a literal dollar', () => {
    const { body } = bodyWith('Budget: {{budget}}', 'Name: Smith, Jo');
    body.replaceText('\\{\\{budget\\}\\}', escapeReplacement('$5,000 \\ net'));
    body.replaceText('Name: (\\w+), (\\w+)', 'Name: $2 $1');
    expect(body.getText()).toBe('Budget: $5,000 \\ net\nName: Jo Smith');
  });

  it('an unescaped "$" throws Java\'s errors, and nothing changes', () => {
    const { body } = bodyWith('{{x}}');
    expect(() => body.replaceText('\\{\\{x\\}\\}', 'costs $')).toThrow('Illegal group reference: group index is missing');
    expect(() => body.replaceText('\\{\\{x\\}\\}', '$5 off')).toThrow('No group 5');
    expect(() => body.replaceText('\\{\\{x\\}\\}', 'US$ price')).toThrow('Illegal group reference');
    expect(() => body.replaceText('\\{\\{x\\}\\}', 'trailing \\')).toThrow('character to be escaped is missing');
    expect(body.getText()).toBe('{{x}}');
    body.replaceText('nomatch', '$');
    expect(body.getText()).toBe('{{x}}');
  });

  it('replaces a placeholder split across bold and plain runs; the result takes the first character\'s format', () => {
    const { body } = bodyWith('Dear {{client}},');
    body.editAsText().setBold(5, 8, true);
    const text = body.getChild(0).getChild(0);
    expect(body.getChild(0).getNumChildren()).toBe(1);
    expect(text.getTextAttributeIndices()).toEqual([0, 5, 9]);
    body.replaceText('\\{\\{client\\}\\}', 'Acme Corp');
    expect(body.getText()).toBe('Dear Acme Corp,');
    const edited = body.getChild(0).editAsText();
    expect([edited.isBold(4), edited.isBold(5), edited.isBold(13), edited.isBold(14)]).toEqual([false, true, true, false]);
  });

  it('works in table cells, headers and single Text elements', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('T');
    doc.getBody().appendTable([['{{a}}', 'b']]);
    doc.addHeader().appendParagraph('{{client}} report');
    doc.getBody().replaceText('\\{\\{a\\}\\}', 'A');
    doc.getHeader().replaceText('\\{\\{client\\}\\}', 'Acme');
    expect(doc.getBody().getTables()[0].getCell(0, 0).getText()).toBe('A');
    expect(doc.getHeader().getText()).toBe('\nAcme report');
    const text = doc.getBody().appendParagraph('x-y-z').editAsText();
    text.replaceText('-', '+');
    expect(text.getText()).toBe('x+y+z');
  });
});

describe('findText', () => {
  it('returns a RangeElement on the Text element, with inclusive offsets, and continues from a result', () => {
    const { body, D } = bodyWith('no match here', 'See {{a}} and {{b}}');
    const first = body.findText('\\{\\{\\w+\\}\\}');
    expect(first.getElement().getType()).toBe(D.ElementType.TEXT);
    expect(first.getElement().getText()).toBe('See {{a}} and {{b}}');
    expect([first.getStartOffset(), first.getEndOffsetInclusive(), first.isPartial()]).toEqual([4, 8, true]);
    const second = body.findText('\\{\\{\\w+\\}\\}', first);
    expect([second.getStartOffset(), second.getEndOffsetInclusive()]).toEqual([14, 18]);
    expect(body.findText('\\{\\{\\w+\\}\\}', second)).toBeNull();
    expect(first.getElement().getParent().getText()).toBe('See {{a}} and {{b}}');
  });

  it('is case-sensitive and RE2-checked like replaceText', () => {
    const { body } = bodyWith('Acme');
    expect(body.findText('acme')).toBeNull();
    expect(body.findText('(?i)acme')).not.toBeNull();
    expect(() => body.findText('(a)\\1')).toThrow('Invalid argument: searchPattern');
  });
});

describe('Text editing', () => {
  it('inserts, deletes and styles by offset; the ranges are inclusive', () => {
    const { body } = bodyWith('Hello world');
    const text = body.getChild(0).editAsText();
    text.insertText(5, ',').deleteText(7, 11).appendText('there').setItalic(0, 4, true).setLinkUrl(7, 11, 'https://example.com');
    expect(text.getText()).toBe('Hello, there');
    expect(text.isItalic(4)).toBe(true);
    expect(text.isItalic(5)).toBe(false);
    expect(text.getLinkUrl(8)).toBe('https://example.com');
    text.setForegroundColor('#ff0000');
    expect(text.getForegroundColor()).toBe('#ff0000');
    expect(() => text.deleteText(3, 40)).toThrow('Index (40) must be less than the content length (12).');
  });
});
