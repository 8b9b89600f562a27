// A stored Doc rendered for `debrief run --out`: Markdown with "#" headings, "- " list items nested by two
// spaces, pipe tables with "|" escaped and text as it stands; HTML as a page with every piece of text escaped.
import { describe, expect, it } from 'vitest';
import { renderDocHtml } from '../../../src/local/render/doc-html.ts';
import { renderDocMarkdown } from '../../../src/local/render/doc-markdown.ts';
import { docOf, image, item, para, styled, table } from '../emulator/docs/doc-builder.ts';
import { docsWorld, PNG } from '../emulator/docs/world.ts';

function sampleDoc() {
  const w = docsWorld();
  const id = w.ownDoc('Acme <Spring> & "Co"', docOf([
    styled('HEADING_1', 'Acme — Spring launch'),
    styled('HEADING_2', 'Results'),
    para('Reach beat target: ', ['120,500', { bold: true }], ' vs 100,000 <script>alert(1)</script> & *stars*'),
    para(),
    item(0, 'Reels worked'),
    item(1, 'Post at 6pm | not 9am'),
    item(0, 'Next'),
    table([['KPI', 'Target | floor', 'Actual'], ['CTR', '2%', '1.4% <b>']]),
    styled('HEADING_3', 'Details'),
    para(image(PNG.toString('base64'))),
  ], [para('Agency <header>')]));
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
    const id = w.ownDoc('Links', docOf([para(['bad', { linkUrl: 'javascript:alert(1)' }], ' ', ['good', { linkUrl: 'https://example.com/?a=1&b="2"' }])]));
    const html = renderDocHtml(w.drive, id);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=&quot;2&quot;">good</a>');
  });
});
