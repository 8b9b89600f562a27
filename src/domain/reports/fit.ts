// How tall a document's content will be on Google's page (page-layout.ts), estimated from Arial's character
// widths (Helvetica's metrics, which Arial shares), so a builder can rank and cut until it fits its page budget
// instead of shrinking the type. An estimate: the page-budget tests print the real thing in Chromium.
import type { ReportContent } from './content.ts';
import type { TemplateLine } from './doc-templates.ts';
import { spansText, type Block } from './model.ts';
import { DOC_STYLES, LINE_HEIGHT_EM, MIN_FONT_SIZE, LIST_INDENT, PAGE_MARGIN, PAGE_SIZES, TABLE_BORDER, TABLE_CELL_PADDING, type DocStyleName } from './page-layout.ts';
import { placeholdersIn, token } from './placeholders.ts';

// Widths of ASCII 32–126 in thousandths of an em (Helvetica AFM = Arial's).
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

function charWidth(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 32 && code <= 126 ? (WIDTHS[code - 32] ?? 556) : 556;
}

/** Points a text takes on one line at `size` (bold ~8% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const c of text) units += charWidth(c);
  return (units / 1000) * size * (bold ? 1.08 : 1);
}

/** Lines a text wraps to in `width` points, word by word (a word wider than the line takes what it needs). */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  if (!text.trim()) return 1;
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, size, bold);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    }
    if (w > width) {
      lines += Math.ceil(w / width) - 1;
      used = w % width;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

const lineHeight = (size: number) => size * LINE_HEIGHT_EM;

function styled(style: DocStyleName, text: string, width: number): number {
  const s = DOC_STYLES[style];
  return s.spaceAbove + lineCount(text, s.fontSize, width) * lineHeight(s.fontSize) + s.spaceBelow;
}

/** A picture's height in the Doc when Debrief sizes it (doc-insert.ts, doc-charts.ts). */
export const PICTURE_BOX_PT = 160;
export const CHART_HEIGHT_PT = 96;

export function blockHeight(block: Block, width: number): number {
  const normal = DOC_STYLES.NORMAL_TEXT.fontSize;
  const small = MIN_FONT_SIZE; // tables (doc-insert.ts)
  switch (block.kind) {
    case 'heading':
      return styled(block.level === 1 ? 'HEADING_1' : block.level === 2 ? 'HEADING_2' : 'HEADING_3', block.text, width);
    case 'paragraph':
      return lineCount(spansText(block.spans), normal, width) * lineHeight(normal);
    case 'bullets':
      return block.items.reduce((h, item) => h + lineCount(spansText(item), normal, width - LIST_INDENT) * lineHeight(normal), 0);
    case 'image':
      return PICTURE_BOX_PT + lineHeight(normal);
    case 'table': {
      const columns = Math.max(1, block.header.length, ...block.rows.map((r) => r.length));
      const inner = width / columns - 2 * TABLE_CELL_PADDING;
      const row = (cells: readonly string[], bold: boolean) =>
        Math.max(1, ...cells.map((c) => lineCount(c, small, inner, bold))) * lineHeight(small) + 2 * TABLE_CELL_PADDING + TABLE_BORDER;
      return row(block.header, true) + block.rows.reduce((h, r) => h + row(r, false), 0) + TABLE_BORDER;
    }
  }
}

/** The text column and the height a page gives content, on the narrower and the shorter of Letter and A4. */
export const TEXT_COLUMN = {
  width: Math.min(PAGE_SIZES.LETTER.width, PAGE_SIZES.A4.width) - 2 * PAGE_MARGIN,
  height: Math.min(PAGE_SIZES.LETTER.height, PAGE_SIZES.A4.height) - 2 * PAGE_MARGIN,
} as const;

/** How tall `content` fills a built-in template: its own lines in their styles, each block placeholder's blocks. */
export function templateHeight(lines: readonly TemplateLine[], content: ReportContent, width = TEXT_COLUMN.width): number {
  const fill = (text: string) => text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, name: string) => content.text[name] ?? whole);
  let height = 0;
  for (const line of lines) {
    const names = placeholdersIn(line.text);
    const block = names.find((n) => content.blocks[n] !== undefined);
    if (block && line.text.trim() === token(block)) {
      height += (content.blocks[block] ?? []).reduce((h, b) => h + blockHeight(b, width), 0);
      if (content.charts?.[block]) height += CHART_HEIGHT_PT + 4;
      continue;
    }
    height += styled(line.style as DocStyleName, fill(line.text), width);
  }
  return height;
}

const SAFETY = 0.92;
const PAGE_BREAK_LOSS = 60;

/**
 * The first of `candidates` (most detailed first) whose content fits `budget` pages of the built-in template;
 * the last when none does.
 */
export function firstThatFits(candidates: readonly ReportContent[], lines: readonly TemplateLine[], pages: number): ReportContent {
  // A margin for what the estimate can't see (a word that wraps early, a table row's border), and for each page
  // break after the first (a row or a heading that won't split is pushed to the next page).
  const budget = pages * TEXT_COLUMN.height * SAFETY - (pages - 1) * PAGE_BREAK_LOSS;
  return candidates.find((c) => templateHeight(lines, c) <= budget) ?? (candidates[candidates.length - 1] as ReportContent);
}
