// A stored Google Doc as Markdown, for `debrief run --out`: headings as "#" lines, list items as "- " lines (two
// spaces per nesting level), tables as pipe tables, text exactly as it stands (bold, italic and links marked).
import type { DriveStore } from '../emulator/drive/drive-store.ts';
import type { BlockNode, ParagraphNode, TableNode, TextStyle } from '../emulator/docs/model.ts';
import { storedDocument, styleRuns } from '../emulator/docs/model.ts';
import { webLink } from '../../domain/links.ts';

const HEADING_MARKS: Record<string, string> = {
  TITLE: '#', SUBTITLE: '##', HEADING_1: '#', HEADING_2: '##', HEADING_3: '###', HEADING_4: '####', HEADING_5: '#####', HEADING_6: '######',
};

/** Text as Markdown shows it: HTML in it stays visible text (`<script>` is shown, never run or rendered). */
export const escapeHtmlInMarkdown = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One run of text with its marks; spaces stay outside the markers so "**bold **" never happens. */
function markRun(text: string, style: TextStyle): string {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  if (!core) return text;
  let out = escapeHtmlInMarkdown(core);
  if (style.italic) out = `*${out}*`;
  if (style.bold) out = `**${out}**`;
  const url = style.linkUrl ? webLink(style.linkUrl) : undefined;
  if (url) out = `[${out}](${url.replace(/[()\s<>]/g, encodeURIComponent)})`;
  return lead + out + trail;
}

/** The paragraph's content inline: runs marked, line breaks as Markdown hard breaks, images inline. */
export function inlineMarkdown(p: ParagraphNode): string {
  return p.children.map((child) => {
    if (child.kind === 'text') return styleRuns(child).map((r) => markRun(child.chars.slice(r.start, r.end), r.style)).join('');
    if (child.kind === 'image') return `![${escapeHtmlInMarkdown(child.altTitle ?? child.altDescription ?? 'image').replace(/[[\]]/g, '\\$&')}](data:${child.contentType};base64,${child.base64})`;
    if (child.kind === 'rule') return '\n---\n';
    return '<!-- page break -->';
  }).join('').replace(/\r/g, '  \n');
}

function paragraphMarkdown(p: ParagraphNode): string {
  const text = inlineMarkdown(p);
  if (p.list) return `${'  '.repeat(p.list.level)}- ${text}`;
  const mark = HEADING_MARKS[p.style];
  return mark && text.trim() ? `${mark} ${text}` : text;
}

function cellMarkdown(blocks: BlockNode[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? inlineMarkdown(b) : tableMarkdown(b).replace(/\n/g, ' ')))
    .filter((t) => t !== '')
    .join('<br>')
    .replace(/\s*\n\s*/g, '<br>')
    .replace(/\|/g, '\\|');
}

function tableMarkdown(table: TableNode): string {
  const rows = table.rows.map((row) => `| ${row.cells.map((cell) => cellMarkdown(cell.children)).join(' | ')} |`);
  const columns = table.rows[0]?.cells.length ?? 0;
  if (rows.length === 0 || columns === 0) return '';
  return [rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n');
}

/** Blocks separated by blank lines, except consecutive list items, which stay one list; empty paragraphs vanish. */
export function blocksMarkdown(blocks: BlockNode[]): string {
  let out = '';
  let previousWasItem = false;
  for (const block of blocks) {
    const text = block.kind === 'paragraph' ? paragraphMarkdown(block) : tableMarkdown(block);
    const isItem = block.kind === 'paragraph' && Boolean(block.list);
    if (text.trim() === '') {
      previousWasItem = false;
      continue;
    }
    if (out) out += isItem && previousWasItem ? '\n' : '\n\n';
    out += text;
    previousWasItem = isItem;
  }
  return out;
}

export function renderDocMarkdown(store: DriveStore, id: string): string {
  const { doc } = storedDocument(store, id);
  return `${blocksMarkdown(doc.body.children)}\n`;
}
