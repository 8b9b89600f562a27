// The small document model every artefact is written in: headings, paragraphs, bullet lists, tables and images.
// Pure data, so the same content fills a Doc, a deck, a Markdown preview and the unit tests.
import { webLink } from '../links.ts';

/** A run of text; `link` makes it a hyperlink, `bold` emphasises it. */
export interface Span {
  text: string;
  link?: string;
  bold?: boolean;
}

/** How a table cell's verdict reads: 'good' (Met) and 'bad' (Missed) are coloured where the file can show it. */
export type Tone = 'good' | 'bad';

export type Block =
  /** `pageBreakBefore`: in a Doc's body, the heading starts a new page (a section sent to one reader alone). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; pageBreakBefore?: true }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'bullets'; items: Span[][] }
  | { kind: 'table'; header: string[]; rows: string[][]; tones?: (Tone | null)[][] }
  /**
   * An image from a link (a Drive file or a public URL); `fallback` is said wherever the image can't be shown.
   * `shared`: a Drive file Debrief itself shared with anyone who has the link for this insert (a chart), so Docs
   * may fetch it although it is a Drive link; `box`: the size it is fitted into, in points (else a screenshot's box).
   */
  | { kind: 'image'; url: string; alt: string; fallback: Span[]; shared?: boolean; box?: { width: number; height: number } };

export const text = (value: string): Span => ({ text: value });
export const link = (value: string, url: string): Span => ({ text: value, link: url });
export const paragraph = (...spans: (Span | string)[]): Block => ({ kind: 'paragraph', spans: spans.map((s) => (typeof s === 'string' ? text(s) : s)) });
export const bullets = (items: readonly (string | Span[])[]): Block => ({ kind: 'bullets', items: items.map((i) => (typeof i === 'string' ? [text(i)] : i)) });
export const table = (header: string[], rows: string[][], tones?: (Tone | null)[][]): Block =>
  (tones?.some((r) => r.some(Boolean)) ? { kind: 'table', header, rows, tones } : { kind: 'table', header, rows });
export const heading = (level: 1 | 2 | 3, value: string): Block => ({ kind: 'heading', level, text: value });

export function spansText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('');
}

/** Every piece of text a block shows, for checks such as "nothing internal leaks" and for plain renderings. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [spansText(block.spans), ...block.spans.flatMap((s) => (s.link ? [s.link] : []))];
    case 'bullets':
      return block.items.flatMap((item) => [spansText(item), ...item.flatMap((s) => (s.link ? [s.link] : []))]);
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'image':
      return [block.url, block.alt, spansText(block.fallback)];
  }
}

/** One line of text per paragraph or list item, as a slide's text box shows a block. */
export function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [spansText(block.spans)];
    case 'bullets':
      return block.items.map(spansText);
    case 'table':
      return [block.header.join(' · '), ...block.rows.map((r) => r.join(' · '))];
    case 'image':
      return [spansText(block.fallback)];
  }
}

const escapeMarkdownCell = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function spansMarkdown(spans: readonly Span[]): string {
  return spans.map((s) => {
    const text = s.text.replace(/</g, '&lt;').replace(/>/g, '&gt;'); // HTML shown as text, never rendered
    const url = s.link === undefined ? undefined : webLink(s.link);
    const inner = url ? `[${text}](${url.replace(/[()\s<>]/g, encodeURIComponent)})` : text;
    return s.bold ? `**${inner}**` : inner;
  }).join('');
}

/** Markdown for previews and tests (the Doc renderer in src/local/render is what `debrief run` writes). */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every Block kind (the compiler checks it).
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${block.text}`;
      case 'paragraph':
        return spansMarkdown(block.spans);
      case 'bullets':
        return block.items.map((item) => `- ${spansMarkdown(item)}`).join('\n');
      case 'table':
        return [block.header, block.header.map(() => '---'), ...block.rows]
          .map((row) => `| ${row.map(escapeMarkdownCell).join(' | ')} |`).join('\n');
      case 'image':
        return `![${block.alt}](${block.url})`;
    }
  }).join('\n\n');
}
