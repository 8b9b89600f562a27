// How tall a document's content will be on Google's page (page-layout.ts), estimated from Arial's character
// widths (Helvetica's metrics, which Arial shares), so a builder can rank and cut until it fits its page budget
// instead of shrinking the type. An estimate: the page-budget tests print the real thing in Chromium.
import type { ReportContent } from './content.ts';
import type { TemplateLine } from './doc-templates.ts';
import { spansText, type Block } from './model.ts';
import { columnWidths } from './table-widths.ts';
import { lineCount } from './text-width.ts';
import { pictureUri } from './doc-insert.ts';
import { chartBoxIn } from './charts.ts';
import { BUILT_IN_MARGINS, DOC_STYLES, LINE_HEIGHT_EM, MIN_FONT_SIZE, LIST_INDENT, PAGE_SIZES, PICTURE_BOX_PT, TABLE_BORDER, TABLE_CELL_PADDING, TABLE_CELL_PADDING_Y, type DocStyleName } from './page-layout.ts';
import { placeholdersIn, token } from './placeholders.ts';

const lineHeight = (size: number) => size * LINE_HEIGHT_EM;

function styled(style: DocStyleName, text: string, width: number): number {
  const s = DOC_STYLES[style];
  return s.spaceAbove + lineCount(text, s.fontSize, width) * lineHeight(s.fontSize) + s.spaceBelow;
}


/**
 * The heights of the parts of `block` a page break can't split, top to bottom: a table's rows, a list's items, a
 * paragraph (kept whole: Docs keeps a paragraph's last two lines together), a picture.
 */
export function blockParts(block: Block, width: number): number[] {
  const size = DOC_STYLES.NORMAL_TEXT.fontSize;
  const normal = lineHeight(size);
  switch (block.kind) {
    case 'heading':
      return [styled(block.level === 1 ? 'HEADING_1' : block.level === 2 ? 'HEADING_2' : 'HEADING_3', block.text, width)];
    case 'paragraph':
      return [lineCount(spansText(block.spans), size, width) * normal];
    case 'bullets':
      return block.items.map((item) => lineCount(spansText(item), size, width - LIST_INDENT) * normal);
    case 'image':
      // A picture only where Docs can fetch it (doc-insert.ts); otherwise its link, one line.
      return [(block.shared ? block.box?.height ?? PICTURE_BOX_PT : pictureUri(block.url) ? PICTURE_BOX_PT : 0) + normal];
    case 'table': {
      // Drawn at the widths doc-insert.ts writes (the narrower paper's column), on a wider page too. Each cell line
      // is as tall as a line of Normal text: the cell's paragraph keeps Normal text's 11 pt and its 10 pt text
      // (doc-insert.ts) sits on that line (measured in Chromium: 14.5 pt a line, not 13.2).
      const widths = columnWidths([block.header, ...block.rows], Math.min(width, TEXT_COLUMN.width));
      const row = (cells: readonly string[], bold: boolean) =>
        Math.max(1, ...cells.map((c, i) => lineCount(c, MIN_FONT_SIZE, (widths[i] ?? width) - 2 * TABLE_CELL_PADDING - TABLE_BORDER, bold))) * normal + 2 * TABLE_CELL_PADDING_Y + TABLE_BORDER;
      return [row(block.header, true) + TABLE_BORDER, ...block.rows.map((r) => row(r, false))];
    }
  }
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A builder's fit steps, most detailed first: each one the step before with `changes`. */
export function steps<T>(first: T, ...changes: Partial<T>[]): T[] {
  const out = [first];
  for (const change of changes) out.push({ ...out[out.length - 1], ...change } as T);
  return out;
}

/** The text column and the height a page gives content, on the narrower and the shorter of `papers` (Letter and A4). */
export function textColumn(margins: { top: number; bottom: number; left: number; right: number }, papers = Object.values(PAGE_SIZES)): { width: number; height: number } {
  return {
    width: Math.min(...papers.map((p) => p.width)) - margins.left - margins.right,
    height: Math.min(...papers.map((p) => p.height)) - margins.top - margins.bottom,
  };
}
/** The built-in templates' text column. */
export const TEXT_COLUMN = textColumn(BUILT_IN_MARGINS);

/**
 * The parts `content` fills a built-in template with, top to bottom (blockParts): its own lines in their styles,
 * each block placeholder's blocks; a heading joined to the part after it (Docs keeps a heading with its next line).
 */
export function templateParts(lines: readonly TemplateLine[], content: ReportContent, width = TEXT_COLUMN.width): number[] {
  const fill = (text: string) => text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, name: string) => content.text[name] ?? whole);
  const parts: number[] = [];
  let heading = 0;
  const add = (isHeading: boolean, heights: number[]) => {
    for (const h of heights) {
      if (isHeading) heading += h;
      else {
        parts.push(h + heading);
        heading = 0;
      }
    }
  };
  for (const line of lines) {
    const names = placeholdersIn(line.text);
    const block = names.find((n) => content.blocks[n] !== undefined);
    if (block && line.text.trim() === token(block)) {
      for (const b of content.blocks[block] ?? []) add(b.kind === 'heading', blockParts(b, width));
      const chart = content.charts?.[block];
      if (chart) add(false, [chartBoxIn(chart, width).height + 4]); // drawn the column's width, as tall as its rows need
      continue;
    }
    add(line.style.startsWith('HEADING'), [styled(line.style as DocStyleName, fill(line.text), width)]);
  }
  return [...parts, heading]; // and a heading the template ends with (0 when none)
}

/** How tall `content` fills a built-in template, all its parts end to end. */
export const templateHeight = (lines: readonly TemplateLine[], content: ReportContent, width?: number): number => sum(templateParts(lines, content, width));

/** Pages `parts` fill, each page `height` tall: a part that doesn't fit what is left of a page starts the next. */
export function pagesFilled(parts: readonly number[], height: number): number {
  let pages = 1;
  let used = 0;
  for (const h of parts) {
    if (used > 0 && used + h > height) {
      pages += 1;
      used = 0;
    }
    used += h;
  }
  return pages;
}

/** A margin for what the estimate can't see: Arial's real widths and kerning, a border rounded up. */
const SAFETY = 0.99;

/**
 * The first of `candidates` (most detailed first) whose content fits `budget` pages of the built-in template;
 * the last when none does.
 */
export function firstThatFits(candidates: readonly ReportContent[], lines: readonly TemplateLine[], pages: number): ReportContent {
  return candidates.find((c) => fitsPages(c, lines, pages)) ?? (candidates[candidates.length - 1] as ReportContent);
}

/**
 * Whether `content` is estimated to fit `pages` pages of the built-in template on Letter and on A4, each paper
 * with its own text column: laid out part by part, so a row or a heading pushed past a page break costs what it does.
 */
export function fitsPages(content: ReportContent, lines: readonly TemplateLine[], pages: number): boolean {
  return Object.values(PAGE_SIZES).every((paper) => {
    const column = textColumn(BUILT_IN_MARGINS, [paper]);
    return pagesFilled(templateParts(lines, content, column.width), column.height * SAFETY) <= pages;
  });
}
