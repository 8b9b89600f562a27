// Where each element of a Doc segment sits in the Docs API's index space (UTF-16 code units): the body starts at 1,
// after its section break, headers and footers at 0; a paragraph spans its text, one index per image, rule or page
// break, and its closing "\n"; a table takes one index to open, one per row and one per cell before the cell's content.
// Google: https://developers.google.com/docs/api/concepts/structure
import type { AnyNode, BlockNode, DocModel, ParagraphNode, SectionNode, TableNode } from '../model.ts';
import { inlineLength } from '../model.ts';

export interface Span {
  start: number;
  end: number;
}

export interface PlacedParagraph {
  node: ParagraphNode;
  start: number;
  end: number;
  /** The block list holding it (a section's or a cell's), and its place there. */
  container: BlockNode[];
  index: number;
}

export interface PlacedTable {
  node: TableNode;
  start: number;
  end: number;
  container: BlockNode[];
  index: number;
}

export interface SegmentLayout {
  section: SectionNode;
  spans: Map<AnyNode, Span>;
  paragraphs: PlacedParagraph[];
  tables: PlacedTable[];
  /** The segment's end index: one past its last "\n". */
  end: number;
}

export function paragraphLength(p: ParagraphNode): number {
  return p.children.reduce((n, c) => n + inlineLength(c), 0) + 1;
}

export function layoutSegment(section: SectionNode): SegmentLayout {
  const layout: SegmentLayout = { section, spans: new Map(), paragraphs: [], tables: [], end: 0 };
  const place = (blocks: BlockNode[], offset: number): number => {
    blocks.forEach((block, index) => {
      const start = offset;
      if (block.kind === 'paragraph') {
        offset += paragraphLength(block);
        layout.paragraphs.push({ node: block, start, end: offset, container: blocks, index });
      } else {
        const placed: PlacedTable = { node: block, start, end: 0, container: blocks, index };
        layout.tables.push(placed);
        offset += 1;
        for (const row of block.rows) {
          const rowStart = offset;
          offset += 1;
          for (const cell of row.cells) {
            const cellStart = offset;
            offset = place(cell.children, offset + 1);
            layout.spans.set(cell, { start: cellStart, end: offset });
          }
          layout.spans.set(row, { start: rowStart, end: offset });
        }
        placed.end = offset;
      }
      layout.spans.set(block, { start, end: offset });
    });
    return offset;
  };
  layout.end = place(section.children, section.kind === 'body' ? 1 : 0);
  return layout;
}

/** The segment a request names: "" or absent is the body; otherwise a header or footer id. */
export function segmentOf(doc: DocModel, segmentId: unknown): SectionNode | undefined {
  if (segmentId === undefined || segmentId === null || segmentId === '') return doc.body;
  if (doc.header?.id === segmentId) return doc.header;
  if (doc.footer?.id === segmentId) return doc.footer;
  return undefined;
}

// A batch applies its requests one after another, each needing the layout of its segment. Recomputing it for every
// request costs O(document) each time (a 1,000-row table filled cell by cell would take minutes), so a batch keeps
// one layout per segment: requests that only restyle keep it, an insertText without a newline shifts it in place,
// and any other edit drops it to be computed afresh. Sections are per-batch copies, so nothing outlives a batch.
const layouts = new WeakMap<SectionNode, SegmentLayout>();

export function batchLayout(section: SectionNode): SegmentLayout {
  let layout = layouts.get(section);
  if (!layout) {
    layout = layoutSegment(section);
    layouts.set(section, layout);
  }
  return layout;
}

export function forgetLayouts(doc: DocModel): void {
  for (const section of [doc.body, doc.header, doc.footer]) if (section) layouts.delete(section);
}

/** After `length` characters went in at `index` of one paragraph: everything after moves, what holds it grows. */
export function shiftLayout(layout: SegmentLayout, index: number, length: number): void {
  const shift = (span: Span) => {
    if (span.start > index) {
      span.start += length;
      span.end += length;
    } else if (span.end > index) span.end += length;
  };
  for (const span of layout.spans.values()) shift(span);
  for (const placed of layout.paragraphs) shift(placed);
  for (const placed of layout.tables) shift(placed);
  layout.end += length;
}
