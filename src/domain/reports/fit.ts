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
      // A picture only where Docs can fetch it (doc-insert.ts); otherwise its link, one line.
      return (block.shared ? block.box?.height ?? PICTURE_BOX_PT : pictureUri(block.url) ? PICTURE_BOX_PT : 0) + lineHeight(normal);
    case 'table': {
      const widths = columnWidths([block.header, ...block.rows], width);
      const row = (cells: readonly string[], bold: boolean) =>
        Math.max(1, ...cells.map((c, i) => lineCount(c, small, (widths[i] ?? width) - 2 * TABLE_CELL_PADDING - TABLE_BORDER, bold))) * lineHeight(small) + 2 * TABLE_CELL_PADDING_Y + TABLE_BORDER;
      return row(block.header, true) + block.rows.reduce((h, r) => h + row(r, false), 0) + TABLE_BORDER;
    }
  }
}

/** The text column and the height a page gives content, on the narrower and the shorter of Letter and A4. */
export function textColumn(margins: { top: number; bottom: number; left: number; right: number }): { width: number; height: number } {
  return {
    width: Math.min(PAGE_SIZES.LETTER.width, PAGE_SIZES.A4.width) - margins.left - margins.right,
    height: Math.min(PAGE_SIZES.LETTER.height, PAGE_SIZES.A4.height) - margins.top - margins.bottom,
  };
}
/** The built-in templates' text column. */
export const TEXT_COLUMN = textColumn(BUILT_IN_MARGINS);

/** How tall `content` fills a built-in template: its own lines in their styles, each block placeholder's blocks. */
export function templateHeight(lines: readonly TemplateLine[], content: ReportContent, width = TEXT_COLUMN.width): number {
  const fill = (text: string) => text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, name: string) => content.text[name] ?? whole);
  let height = 0;
  for (const line of lines) {
    const names = placeholdersIn(line.text);
    const block = names.find((n) => content.blocks[n] !== undefined);
    if (block && line.text.trim() === token(block)) {
      height += (content.blocks[block] ?? []).reduce((h, b) => h + blockHeight(b, width), 0);
      const chart = content.charts?.[block];
      if (chart) height += chartBoxIn(chart, width).height + 4; // drawn the column's width, as tall as its rows need
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
