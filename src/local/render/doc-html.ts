// A stored Google Doc as a standalone HTML page a person can open to see roughly what Google would show: a white
// page with the header, body and footer, headings, lists, tables and images. Every piece of Doc text is escaped.
import type { DriveStore } from '../emulator/drive/drive-store.ts';
import type { BlockNode, DocModel, Glyph, ParagraphNode, SectionNode, TableNode, TextStyle } from '../emulator/docs/model.ts';
import { storedDocument, styleRuns } from '../emulator/docs/model.ts';
import {
  DOC_FONT, DOC_STYLES, LINE_HEIGHT_EM, LIST_INDENT, PAGE_MARGIN, PAGE_SIZES, TABLE_BORDER, TABLE_CELL_PADDING, type PageSizeName,
} from '../../domain/reports/page-layout.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const SAFE_URL = /^(https?:|mailto:)/i;
const COLOR = /^#[0-9a-f]{3,8}$/i;
const TAGS: Record<string, string> = { TITLE: 'h1', SUBTITLE: 'h2', HEADING_1: 'h1', HEADING_2: 'h2', HEADING_3: 'h3', HEADING_4: 'h4', HEADING_5: 'h5', HEADING_6: 'h6' };
const ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };
const NUMBERED: Glyph[] = ['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'];
const LIST_STYLE: Partial<Record<Glyph, string>> = {
  BULLET: 'disc', HOLLOW_BULLET: 'circle', SQUARE_BULLET: 'square', NUMBER: 'decimal', LATIN_UPPER: 'upper-alpha',
  LATIN_LOWER: 'lower-alpha', ROMAN_UPPER: 'upper-roman', ROMAN_LOWER: 'lower-roman',
};

function runHtml(text: string, style: TextStyle): string {
  let out = escapeHtml(text).replace(/\r/g, '<br>');
  const css: string[] = [];
  if (style.foregroundColor && COLOR.test(style.foregroundColor)) css.push(`color:${style.foregroundColor}`);
  if (style.backgroundColor && COLOR.test(style.backgroundColor)) css.push(`background:${style.backgroundColor}`);
  if (style.fontSize) css.push(`font-size:${Number(style.fontSize)}pt`);
  if (css.length) out = `<span style="${css.join(';')}">${out}</span>`;
  if (style.strikethrough) out = `<s>${out}</s>`;
  if (style.underline && !style.linkUrl) out = `<u>${out}</u>`;
  if (style.italic) out = `<em>${out}</em>`;
  if (style.bold) out = `<strong>${out}</strong>`;
  if (style.linkUrl && SAFE_URL.test(style.linkUrl)) out = `<a href="${escapeHtml(style.linkUrl)}">${out}</a>`;
  return out;
}

function inlineHtml(p: ParagraphNode): string {
  return p.children.map((child) => {
    if (child.kind === 'text') return styleRuns(child).map((r) => runHtml(child.chars.slice(r.start, r.end), r.style)).join('');
    if (child.kind === 'image') {
      if (!/^image\/[a-z0-9.+-]+$/i.test(child.contentType)) return '';
      const alt = escapeHtml(child.altDescription ?? child.altTitle ?? '');
      return `<img src="data:${child.contentType};base64,${child.base64}" style="width:${Number(child.width)}px;height:${Number(child.height)}px" alt="${alt}">`;
    }
    if (child.kind === 'rule') return '<hr>';
    return '<div class="page-break"></div>';
  }).join('');
}

function paragraphHtml(p: ParagraphNode): string {
  const tag = TAGS[p.style] ?? 'p';
  const align = p.alignment ? ` style="text-align:${ALIGN[p.alignment]}"` : '';
  const cls = p.style === 'TITLE' || p.style === 'SUBTITLE' ? ` class="${p.style.toLowerCase()}"` : '';
  return `<${tag}${cls}${align}>${inlineHtml(p) || '<br>'}</${tag}>`;
}

function tableHtml(table: TableNode): string {
  const rows = table.rows.map((row) => `<tr>${row.cells.map((cell) => {
    const css = [cell.backgroundColor && COLOR.test(cell.backgroundColor) ? `background:${cell.backgroundColor}` : '',
      ...Object.entries(cell.padding ?? {}).map(([side, pt]) => `padding-${side}:${Number(pt)}pt`)].filter(Boolean);
    return `<td${css.length ? ` style="${css.join(';')}"` : ''}>${blocksHtml(cell.children)}</td>`;
  }).join('')}</tr>`);
  const widths = table.columnWidths ?? [];
  const cols = widths.some((w) => w !== null) ? `<colgroup>${widths.map((w) => (w === null ? '<col>' : `<col style="width:${Number(w)}pt">`)).join('')}</colgroup>` : '';
  return `<table>${cols}${rows.join('')}</table>`;
}

/** Blocks in order; consecutive list items become nested <ul>/<ol> by nesting level. */
export function blocksHtml(blocks: BlockNode[]): string {
  const out: string[] = [];
  const open: string[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) out.push(`</li></${open.pop()}>`);
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.list) {
      const depth = block.list.level + 1;
      const tag = NUMBERED.includes(block.list.glyph) ? 'ol' : 'ul';
      if (open.length >= depth) {
        closeTo(depth);
        out.push('</li>');
      }
      while (open.length < depth) {
        open.push(tag);
        out.push(`<${tag} style="list-style-type:${LIST_STYLE[block.list.glyph]}">`);
      }
      out.push(`<li>${inlineHtml(block)}`);
      continue;
    }
    closeTo(0);
    out.push(block.kind === 'paragraph' ? paragraphHtml(block) : tableHtml(block));
  }
  closeTo(0);
  return out.join('\n');
}

/**
 * The page as Google lays it out (src/domain/reports/page-layout.ts holds every number): page size and 1 in
 * margins, the named styles' sizes and spacing (as padding, since Docs adds the space after one paragraph to the
 * space before the next where CSS margins would collapse), equal-width tables across the text column, lists
 * indented 36 pt. On screen a white page on grey; printed, the same page at its real size.
 */
function docCss(page: PageSizeName, margins: DocModel['margins'] = {}): string {
  const size = PAGE_SIZES[page];
  const m = (side: 'top' | 'right' | 'bottom' | 'left') => `${margins[side] ?? PAGE_MARGIN}pt`;
  const margin = `${m('top')} ${m('right')} ${m('bottom')} ${m('left')}`;
  const style = (name: keyof typeof DOC_STYLES) => {
    const s = DOC_STYLES[name];
    return `font-size:${s.fontSize}pt;padding:${s.spaceAbove}pt 0 ${s.spaceBelow}pt;margin:0;color:${s.color};font-weight:400;line-height:${LINE_HEIGHT_EM}`;
  };
  return `body{background:#f1f3f4;margin:0;font-family:${DOC_FONT},"Liberation Sans",Helvetica,sans-serif;color:#000}
.page{background:#fff;width:${size.width}pt;min-height:${size.height}pt;box-sizing:border-box;margin:24px auto;padding:${margin};box-shadow:0 1px 3px rgba(0,0,0,.3)}
main{${style('NORMAL_TEXT')};padding:0}
p,li{${style('NORMAL_TEXT')}}h1{${style('HEADING_1')}}h2{${style('HEADING_2')}}h3{${style('HEADING_3')}}h4,h5,h6{${style('NORMAL_TEXT')};font-weight:700}
h1.title{${style('TITLE')}}h2.subtitle{${style('SUBTITLE')}}
ul,ol{margin:0;padding:0 0 0 ${LIST_INDENT}pt}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:0}
td{border:${TABLE_BORDER}pt solid #000;padding:${TABLE_CELL_PADDING}pt;vertical-align:top;overflow-wrap:normal;word-break:normal}td p{padding:0}
header,footer{color:#5f6368;font-size:10pt}header{border-bottom:1px dashed #dadce0;margin-bottom:18pt}footer{border-top:1px dashed #dadce0;margin-top:18pt}
.page-break{break-after:page;border-top:1px dashed #999}img{vertical-align:bottom}
@page{size:${size.width}pt ${size.height}pt;margin:${margin}}
@media print{body{background:#fff}.page{width:auto;min-height:0;margin:0;padding:0;box-shadow:none}header,footer{display:none}}`;
}

function sectionHtml(tag: 'header' | 'footer', section: SectionNode | undefined): string {
  return section ? `<${tag}>${blocksHtml(section.children)}</${tag}>` : '';
}

/** `page`: the paper Google would print it on (US Letter by default; A4 in most of the world). */
export function renderDocHtml(store: DriveStore, id: string, options: { page?: PageSizeName } = {}): string {
  const { name, doc } = storedDocument(store, id);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title><style>${docCss(options.page ?? 'LETTER', doc.margins)}</style></head>
<body><div class="page">
${sectionHtml('header', doc.header)}
<main>${blocksHtml(doc.body.children)}</main>
${sectionHtml('footer', doc.footer)}
</div></body></html>
`;
}
