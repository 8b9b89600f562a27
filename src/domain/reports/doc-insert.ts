// Docs API requests that write a block placeholder's content (headings, paragraphs, lists, tables, pictures) into
// one empty paragraph of a Doc, with every index computed here from the text as Google will keep it
// (stored-text.ts). Requests run in order, so each one's indexes count what the ones before it inserted.
import { webLink } from '../links.ts';
import type { Block, Span } from './model.ts';
import { COLORS, MIN_FONT_SIZE, PICTURE_BOX_PT, rgbColor, TABLE_CELL_PADDING_Y } from './page-layout.ts';
import { columnWidths } from './table-widths.ts';
import { storedLine } from './stored-text.ts';

export type Request = Record<string, unknown>;

/** Where a slot's content goes: an empty paragraph at `at`, in the segment `segmentId` ('' is the body). */
export interface InsertPoint {
  segmentId: string;
  at: number;
  /**
   * The index of the newline of the paragraph just before the empty one, in the same container, when there is
   * one: a table that comes first is put after that paragraph, so no blank line is left above the table.
   */
  anchor: number | null;
}

/** What a slot's content left behind the content: whether its empty paragraph is still there and where. */
export interface Inserted {
  requests: Request[];
  /** The start of the empty paragraph after the content's last table, or null when text took it. */
  emptyAfterTable: number | null;
  pictures: number;
}

interface Line {
  spans: Span[];
  style: string;
  bullet: boolean;
  picture?: { uri: string; box?: { width: number; height: number } };
  /** Starts a new page: a page break goes in its own paragraph just before the line. */
  pageBreak?: boolean;
}

/**
 * A screenshot link Docs may be able to fetch as a picture: http(s), at most 2 kB (InsertInlineImageRequest.uri),
 * and not a Google Drive or Docs page, which is a web page rather than an image (Docs can't sign in to fetch it).
 */
export function pictureUri(url: string): string | undefined {
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return undefined;
  if (/^https?:\/\/(drive|docs)\.google\.com\//i.test(url)) return undefined;
  return url;
}

const HEADING_STYLE = { 1: 'HEADING_1', 2: 'HEADING_2', 3: 'HEADING_3' } as const;
/**
 * A screenshot's box in the Doc: "If both are specified, the image is scaled to fit within the provided dimensions
 * while maintaining its aspect ratio" (InsertInlineImageRequest.objectSize), so a tall phone screenshot stays small.
 */
const PICTURE_BOX = { width: { magnitude: PICTURE_BOX_PT, unit: 'PT' }, height: { magnitude: PICTURE_BOX_PT, unit: 'PT' } };

function linesOf(block: Exclude<Block, { kind: 'table' }>, pictures: boolean, pageBreaks: boolean): Line[] {
  switch (block.kind) {
    case 'heading':
      return [{ spans: [{ text: block.text }], style: HEADING_STYLE[block.level], bullet: false, ...(pageBreaks && block.pageBreakBefore ? { pageBreak: true } : {}) }];
    case 'paragraph':
      return [{ spans: block.spans, style: 'NORMAL_TEXT', bullet: false }];
    case 'bullets':
      return block.items.map((spans) => ({ spans, style: 'NORMAL_TEXT', bullet: true }));
    case 'image': {
      const uri = block.shared ? block.url : pictureUri(block.url);
      return [{ spans: block.fallback, style: 'NORMAL_TEXT', bullet: false, ...(pictures && uri ? { picture: { uri, ...(block.box ? { box: block.box } : {}) } } : {}) }];
    }
  }
}

const clean = (spans: readonly Span[]): Span[] => spans.map((s) => ({ ...s, text: storedLine(s.text) }));
const lineText = (line: Line) => line.spans.map((s) => s.text).join('');

/**
 * Consecutive text lines go in with one insertText at `at`, the start of an empty paragraph, which the last line
 * takes. Styles and bullets are set on exactly what went in. Returns the length added (the last line's newline
 * was already there).
 */
function insertLines(lines: Line[], at: number, segmentId: string, out: Request[]): { length: number; pictures: number } {
  const texts = lines.map(lineText);
  const joined = texts.join('\n');
  const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex, segmentId });
  const end = at + joined.length + 1; // through the last line's newline
  if (joined) out.push({ insertText: { location: { index: at, segmentId }, text: joined } });
  // Inserted paragraphs copy the style and bullets of the paragraph they went into: set both on ours.
  out.push({ deleteParagraphBullets: { range: range(at, end) } });
  out.push({ updateTextStyle: { range: range(at, end), textStyle: {}, fields: '*' } });
  let start = at;
  let bulletsFrom: number | null = null;
  const closeBullets = (upTo: number) => {
    if (bulletsFrom !== null) out.push({ createParagraphBullets: { range: range(bulletsFrom, upTo), bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } });
    bulletsFrom = null;
  };
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const lineEnd = start + (texts[i] ?? '').length + 1;
    starts.push(start);
    out.push({ updateParagraphStyle: { range: range(start, lineEnd), paragraphStyle: { namedStyleType: line.style }, fields: 'namedStyleType,alignment' } });
    if (line.bullet && bulletsFrom === null) bulletsFrom = start;
    if (!line.bullet) closeBullets(start);
    let offset = start;
    for (const span of line.spans) {
      const spanRange = range(offset, offset + span.text.length);
      if (span.text && span.bold) out.push({ updateTextStyle: { range: spanRange, textStyle: { bold: true }, fields: 'bold' } });
      const url = span.link === undefined ? undefined : webLink(span.link); // only http(s) becomes a link
      if (span.text && url) out.push({ updateTextStyle: { range: spanRange, textStyle: { link: { url } }, fields: 'link' } });
      offset += span.text.length;
    }
    start = lineEnd;
  });
  closeBullets(end);
  // Pictures and page breaks last, from the bottom up: each goes in at the start of its line, so earlier lines stay
  // put. A picture takes one index; a page break two, "a page break followed by a newline" (InsertPageBreakRequest):
  // a paragraph of its own, which would keep the line's style (a heading), so it is made Normal text.
  let pictures = 0;
  let breaks = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const lineStart = starts[i] ?? at;
    const picture = line?.picture;
    if (picture) {
      const box = picture.box ? { width: { magnitude: picture.box.width, unit: 'PT' }, height: { magnitude: picture.box.height, unit: 'PT' } } : PICTURE_BOX;
      out.push({ insertInlineImage: { uri: picture.uri, location: { index: lineStart, segmentId }, objectSize: box } });
      pictures += 1;
    }
    if (line?.pageBreak) {
      out.push({ insertPageBreak: { location: { index: lineStart, segmentId } } });
      out.push({ updateParagraphStyle: { range: range(lineStart, lineStart + 2), paragraphStyle: { namedStyleType: 'NORMAL_TEXT' }, fields: 'namedStyleType,alignment' } });
      breaks += 1;
    }
  }
  return { length: joined.length + pictures + 2 * breaks, pictures };
}

/**
 * An empty table at `at` (the Docs API puts a newline before it), then its cells from the last to the first so
 * each cell's index, counted in the empty table, still holds; the header row bold. Returns the table's length.
 */
function insertTable(block: Extract<Block, { kind: 'table' }>, at: number, segmentId: string, out: Request[], width: number | undefined): number {
  const columns = Math.max(1, block.header.length, ...block.rows.map((r) => r.length));
  const rows = [block.header, ...block.rows].map((row) => Array.from({ length: columns }, (_, c) => storedLine(row[c] ?? '')));
  const table = at + 1; // the table's start index
  const start = { index: table, segmentId };
  out.push({ insertTable: { rows: rows.length, columns, location: { index: at, segmentId } } });
  const pad = { magnitude: TABLE_CELL_PADDING_Y, unit: 'PT' };
  out.push({ updateTableCellStyle: { tableStartLocation: start, tableCellStyle: { paddingTop: pad, paddingBottom: pad }, fields: 'paddingTop,paddingBottom' } });
  if (width !== undefined && columns > 1) {
    columnWidths(rows, width).forEach((w, c) => out.push({ updateTableColumnProperties: {
      tableStartLocation: start, columnIndices: [c], tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } }, fields: 'widthType,width' } }));
  }
  const cellAt = (r: number, c: number) => table + 3 + r * (1 + 2 * columns) + 2 * c;
  for (let r = rows.length - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const text = rows[r]?.[c] ?? '';
      if (text) out.push({ insertText: { location: { index: cellAt(r, c), segmentId }, text } });
    }
  }
  const length = 1 + rows.length * (1 + 2 * columns) + rows.flat().reduce((n, t) => n + t.length, 0);
  const whole = { startIndex: table, endIndex: table + length, segmentId };
  // Tables at the smallest size Debrief writes (10 pt, never less): a row of figures reads at a glance.
  out.push({ updateTextStyle: { range: whole, textStyle: { fontSize: { magnitude: MIN_FONT_SIZE, unit: 'PT' } }, fields: '*' } });
  out.push({ updateParagraphStyle: { range: whole, paragraphStyle: { namedStyleType: 'NORMAL_TEXT' }, fields: 'namedStyleType,alignment' } });
  let header = table + 3;
  for (const text of rows[0] ?? []) {
    if (text) out.push({ updateTextStyle: { range: { startIndex: header, endIndex: header + text.length, segmentId }, textStyle: { bold: true }, fields: 'bold' } });
    header += text.length + 2;
  }
  // Verdicts (Met, Missed) in their colour: each cell's text starts after the cells before it (row-major) took theirs.
  let before = 0;
  rows.forEach((row, r) => row.forEach((text, c) => {
    const tone = r > 0 ? block.tones?.[r - 1]?.[c] : null;
    const start = table + 3 + r * (1 + 2 * columns) + 2 * c + before;
    if (tone && text) {
      out.push({ updateTextStyle: { range: { startIndex: start, endIndex: start + text.length, segmentId },
        textStyle: { foregroundColor: { color: { rgbColor: rgbColor(COLORS[tone]) } } }, fields: 'foregroundColor' } });
    }
    before += text.length;
  }));
  return length;
}

/**
 * Every request that writes `blocks` into the empty paragraph at `point`, and what it leaves after them.
 * `width`: the text column in points, to size tables' columns to their text (else the API's equal columns).
 * `pageBreaks`: headings marked `pageBreakBefore` start a new page; only where the Docs API takes a page break
 * (the body, outside tables: InsertPageBreakRequest), so elsewhere they are left out.
 */
export function insertBlocks(blocks: readonly Block[], point: InsertPoint, options: { pictures: boolean; width?: number; pageBreaks?: boolean }): Inserted {
  const out: Request[] = [];
  const { segmentId } = point;
  let at = point.at; // the start of the paragraph that ends the content (empty unless text just took it)
  // What stands before a table that comes next: the paragraph before the empty one (its newline at `anchor`),
  // the last line of text just written (its newline at `anchor`), or a table or nothing (no anchor).
  let before: 'paragraph' | 'text' | 'none' = point.anchor === null ? 'none' : 'paragraph';
  let anchor = point.anchor ?? 0;
  let pictures = 0;
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i]!;
    if (block.kind === 'table') {
      if (before === 'none') {
        // First in its container, or after a table: the newline the API puts before a table stays.
        at += 1 + insertTable(block, at, segmentId, out, options.width);
      } else {
        // At the end of the paragraph before: "text\n[table]" then that paragraph's old newline, now empty.
        const length = insertTable(block, anchor, segmentId, out, options.width);
        at = anchor + 1 + length;
        // Before the slot's own empty paragraph, that makes two empty paragraphs: the extra one goes.
        if (before === 'paragraph') out.push({ deleteContentRange: { range: { startIndex: at, endIndex: at + 1, segmentId } } });
      }
      before = 'none';
      i += 1;
      continue;
    }
    const lines: Line[] = [];
    while (i < blocks.length && blocks[i]!.kind !== 'table') {
      lines.push(...linesOf(blocks[i] as Exclude<Block, { kind: 'table' }>, options.pictures, options.pageBreaks === true).map((l) => ({ ...l, spans: clean(l.spans) })));
      i += 1;
    }
    // Text runs until a table or the end, so its last line always takes the empty paragraph.
    const inserted = insertLines(lines, at, segmentId, out);
    pictures += inserted.pictures;
    anchor = at + inserted.length;
    at = anchor;
    before = 'text';
  }
  return { requests: out, emptyAfterTable: before === 'none' && blocks.length > 0 ? at : null, pictures };
}
