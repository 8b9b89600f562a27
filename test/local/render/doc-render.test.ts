// A stored Doc rendered for `debrief run --out`: Markdown with "#" headings, "- " list items nested by two
// spaces, pipe tables with "|" escaped and text as it stands; HTML as a page with every piece of text escaped.
import { describe, expect, it } from 'vitest';
import { renderDocHtml } from '../../../src/local/render/doc-html.ts';
import { renderDocMarkdown } from '../../../src/local/render/doc-markdown.ts';
import { newBlob } from '../../../src/local/emulator/drive/blob.ts';
import { docsWorld, PNG } from '../emulator/docs/world.ts';

function sampleDoc() {
  const w = docsWorld();
  const D = w.DocumentApp;
  const doc = D.create('Acme <Spring> & "Co"');
  const body = doc.getBody();
  body.getChild(0).setText('Acme — Spring launch');
  body.getChild(0).setHeading(D.ParagraphHeading.HEADING1);
  body.appendParagraph('Results').setHeading(D.ParagraphHeading.HEADING2);
  const p = body.appendParagraph('Reach beat target: ');
  p.appendText('120,500').setBold(true);
  p.appendText(' vs 100,000 <script>alert(1)</script> & *stars*').setBold(false); // appended text inherits bold
  body.appendParagraph('');
  body.appendListItem('Reels worked');
  body.appendListItem('Post at 6pm | not 9am').setNestingLevel(1);
  body.appendListItem('Next').setNestingLevel(0);
  body.appendTable([['KPI', 'Target | floor', 'Actual'], ['CTR', '2%', '1.4% <b>']]);
  body.appendParagraph('Details').setHeading(D.ParagraphHeading.HEADING3);
  body.appendImage(newBlob(new Uint8Array(PNG), 'image/png', 'shot.png'));
  doc.addHeader().appendParagraph('Agency <header>');
  const id = doc.getId();
  doc.saveAndClose();
  return { w, id };
}

describe('renderDocMarkdown', () => {
  it('writes headings, lists, pipe tables and the text as it stands, HTML in it shown as text (issue 11)', () => {
    const { w, id } = sampleDoc();
    const md = renderDocMarkdown(w.drive, id);
    const lines = md.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Acme — Spring launch', '', '## Results', '', 'Reach beat target: **120,500** vs 100,000 &lt;script&gt;alert(1)&lt;/script&gt; & *stars*',
    ]);
    expect(md).toContain('- Reels worked\n  - Post at 6pm | not 9am\n- Next');
    expect(md).toContain('| KPI | Target \\| floor | Actual |\n| --- | --- | --- |\n| CTR | 2% | 1.4% &lt;b&gt; |');
    expect(md).toContain('### Details');
    expect(md).toMatch(/!\[image\]\(data:image\/png;base64,iVBOR/);
    expect(md).not.toContain('Agency');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('names the id it cannot find', () => {
    const { w } = sampleDoc();
    expect(() => renderDocMarkdown(w.drive, 'nope')).toThrow('no Google Doc with id nope');
  });
});

describe('renderDocHtml', () => {
  it('is a standalone page with the header, headings, nested lists, a table and the image', () => {
    const { w, id } = sampleDoc();
    const html = renderDocHtml(w.drive, id);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Acme &lt;Spring&gt; &amp; &quot;Co&quot;</title>');
    expect(html).toContain('<h1>Acme — Spring launch</h1>');
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toContain('<strong>120,500</strong>');
    expect(html).toMatch(/<ul[^>]*>\n<li>Reels worked\n<ul[^>]*>\n<li>Post at 6pm \| not 9am\n<\/li><\/ul>\n<\/li>\n<li>Next/);
    expect(html).toContain('<td><p>1.4% &lt;b&gt;</p></td>');
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(html).toMatch(/<header>[\s\S]*<p>Agency &lt;header&gt;<\/p><\/header>/);
    expect(html).toContain('class="page"');
  });

  it('escapes all Doc text, so nothing in it becomes markup', () => {
    const { w, id } = sampleDoc();
    const html = renderDocHtml(w.drive, id);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; *stars*');
    expect(html).not.toContain('<b>');
  });

  it('drops links that are not http(s) or mailto', () => {
    const w = docsWorld();
    const doc = w.DocumentApp.create('Links');
    const text = doc.getBody().getChild(0).editAsText();
    text.setText('bad good');
    text.setLinkUrl(0, 2, 'javascript:alert(1)').setLinkUrl(4, 7, 'https://example.com/?a=1&b="2"');
    const id = doc.getId();
    doc.saveAndClose();
    const html = renderDocHtml(w.drive, id);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">good</a>');
  });
});
