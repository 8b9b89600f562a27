// How Google lays out the documents Debrief makes, in one place: page sizes and margins, the built-in templates'
// named styles (font, size, spacing) and table geometry of a new Google Doc, the deck's slide size, and the
// colours Debrief writes. The content builders fit their text to these numbers (fit.ts), and the local renderings
// (src/local/render) draw with the same numbers, so a page count measured in Chromium is the one Google shows.
//
// Assumptions (a new Doc made with the Docs API, in Google's defaults; nothing here is read from a real account):
// - Page: US Letter 8.5 × 11 in (612 × 792 pt) in en-US accounts, A4 (595.3 × 841.9 pt) in most others; a new
//   Doc's margins are 1 in (72 pt) on every side. Debrief's built-in templates set theirs to 0.5 in at the top and
//   bottom and 0.75 in at the sides (UpdateDocumentStyleRequest) and never change the page size, so both must fit.
// - Named styles of a new Doc: Normal text Arial 11 pt, line spacing 1.15, no space around; Title 26 pt (3 pt
//   after); Subtitle 15 pt grey #666666 (16 pt after); Heading 1 20 pt (20 pt before, 6 after); Heading 2 16 pt
//   (18 / 6); Heading 3 14 pt #434343 (16 / 4). Headings keep the normal 1.15 line spacing.
// - Lists (BULLET_DISC_CIRCLE_SQUARE): each level indented 36 pt, the glyph hanging 18 pt.
// - Tables from insertTable: the text column's full width, columns of equal width, 5 pt cell padding on every side,
//   1 pt black borders; cell text in Normal text. Debrief then sets its own tables' top and bottom padding to 2 pt
//   (UpdateTableCellStyleRequest), so a row of figures takes one line and a little air, as in a Sheet.
// - Inline images: their objectSize as given (points), on a line of their own.
// - Slides: a new deck is 16:9, 10 × 5.625 in (720 × 405 pt); text Debrief writes gets an explicit font size, so the
//   theme's defaults never decide whether it fits. Text boxes don't shrink text to fit (autofit NONE, the strict
//   reading: Google documents no default autofit for placeholders).

export type PageSizeName = 'LETTER' | 'A4';

export const PAGE_SIZES: Readonly<Record<PageSizeName, { width: number; height: number }>> = {
  LETTER: { width: 612, height: 792 },
  A4: { width: 595.28, height: 841.89 },
};
/** A new Doc's margins (an agency's own template keeps whatever it has). */
export const PAGE_MARGIN = 72;
/** The margins of Debrief's built-in Doc templates, in points. */
export const BUILT_IN_MARGINS = { top: 36, bottom: 36, left: 54, right: 54 } as const;

export type DocStyleName = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3';

export interface DocStyle {
  fontSize: number;
  spaceAbove: number;
  spaceBelow: number;
  color: string;
}

export const DOC_FONT = 'Arial';
export const LINE_SPACING = 1.15;
/**
 * Docs' line spacing multiplies the font's own line height, which for Arial is 1.149 em (its ascent, descent and
 * line gap: (1854 + 434 + 67) / 2048), so "1.15" is about 1.32 em of the font size.
 */
export const LINE_HEIGHT_EM = Number((LINE_SPACING * 1.149).toFixed(4));

export const DOC_STYLES: Readonly<Record<DocStyleName, DocStyle>> = {
  NORMAL_TEXT: { fontSize: 11, spaceAbove: 0, spaceBelow: 0, color: '#000000' },
  TITLE: { fontSize: 26, spaceAbove: 0, spaceBelow: 3, color: '#000000' },
  SUBTITLE: { fontSize: 15, spaceAbove: 0, spaceBelow: 16, color: '#666666' },
  HEADING_1: { fontSize: 20, spaceAbove: 20, spaceBelow: 6, color: '#000000' },
  HEADING_2: { fontSize: 16, spaceAbove: 18, spaceBelow: 6, color: '#000000' },
  HEADING_3: { fontSize: 14, spaceAbove: 16, spaceBelow: 4, color: '#434343' },
};

export const LIST_INDENT = 36;
export const TABLE_CELL_PADDING = 5;
/** The top and bottom padding Debrief sets on the cells of the tables it writes (doc-insert.ts). */
export const TABLE_CELL_PADDING_Y = 2;
export const TABLE_BORDER = 1;

/** A screenshot's box in a Doc (doc-insert.ts): a thumbnail a person recognises, small enough for a one-page report. */
export const PICTURE_BOX_PT = 100;

/** No text Debrief writes is smaller than this: content is cut to fit, never shrunk. */
export const MIN_FONT_SIZE = 10;

/** The slide (points) and the sizes Debrief sets on what it writes into a deck. */
/**
 * A slide in points; `bulletIndent`: how far a bulleted paragraph's text starts from its bullet (Slides' list
 * presets indent each level by 18 pt; not documented as a number, so the renderings and the overflow check take it).
 */
export const SLIDE = { width: 720, height: 405, bodyFontSize: 14, tableFontSize: 10, paddingX: 7.2, paddingY: 7.2, bulletIndent: 18 } as const;

/** The bullets Debrief asks for (CreateParagraphBulletsRequest.bulletPreset): a disc at the first level. */
export const BULLET_PRESET = 'BULLET_DISC_CIRCLE_SQUARE';

/** Met and Missed in tables, and the deck's accent when the Campaign tab names no brand colour. */
export const COLORS = { good: '#188038', bad: '#c5221f', accent: '#1a73e8' } as const;

/** "#1a73e8" → the API's rgbColor (0–1 floats). */
export function rgbColor(hex: string): { red: number; green: number; blue: number } {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}
