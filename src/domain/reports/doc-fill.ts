// Fills a copied Doc template in one Docs API batchUpdate, planned from the copy's JSON (Documents.get): every
// placeholder is found by index in the text Google stores (runs joined, so one split by formatting is still
// found), and edits go from the end of each segment back to its start, so an edit never moves one still to come.
// Text placeholders are replaced in body, headers and footers (literal: people's "$", "\" and "{{ }}" land as
// typed, and nothing inserted is ever searched again); a block placeholder alone in its paragraph becomes its
// content there, one sharing a paragraph is removed from it and its content follows. Documented requests only.
import type { ReportContent } from './content.ts';
import { insertBlocks, pictureUri, type Request } from './doc-insert.ts';
import type { DocsJson, StructuralElementJson } from './docs-json.ts';
import { blockLines } from './model.ts';
import { textColumn } from './fit.ts';
import { PAGE_MARGIN } from './page-layout.ts';
import { token } from './placeholders.ts';
import { storedLine } from './stored-text.ts';

/** A template may repeat a block placeholder; more copies than this of one is surely a mistake. */
const MAX_BLOCK_COPIES = 3;
const TOKEN = /\{\{([A-Za-z0-9_]+)\}\}/g;

export interface DocFillPlan {
  requests: Request[];
  /** Pictures the plan inserts (insertInlineImage: Docs fetches each itself and refuses the batch if it can't). */
  pictures: number;
}

/** A paragraph as it stands while planning; `text` has one character per index (U+FFFC for non-text elements). */
interface Para {
  kind: 'p';
  start: number;
  text: string;
}
type Node = Para | { kind: 't' };

interface Edit {
  at: number;
  para: Para;
  container: Node[];
  name: string;
  block: boolean;
  /** In a table's cell, where the Docs API takes no page break. */
  inTable: boolean;
}

/** The paragraph's content as indexes: each run's text, and one U+FFFC per index of anything else (an image). */
function paragraphText(element: StructuralElementJson): string {
  return (element.paragraph?.elements ?? []).map((e) => {
    const length = (e.endIndex ?? 0) - (e.startIndex ?? 0);
    const content = e.textRun?.content;
    return content !== undefined && content.length === length ? content : '\ufffc'.repeat(Math.max(0, length));
  }).join('').replace(/\n$/, '');
}

/** The segment's containers as planning nodes, and every placeholder in them. */
function collect(content: readonly StructuralElementJson[] | undefined, found: Edit[], isBlock: (name: string) => boolean, inTable = false): Node[] {
  const nodes: Node[] = [];
  for (const element of content ?? []) {
    if (element.paragraph) {
      const para: Para = { kind: 'p', start: element.startIndex ?? 0, text: paragraphText(element) };
      nodes.push(para);
      for (const m of para.text.matchAll(TOKEN)) {
        found.push({ at: para.start + (m.index ?? 0), para, container: nodes, name: m[1] ?? '', block: isBlock(m[1] ?? ''), inTable });
      }
    } else if (element.table) {
      nodes.push({ kind: 't' });
      for (const row of element.table.tableRows ?? []) for (const cell of row.tableCells ?? []) collect(cell.content, found, isBlock, true);
    } else {
      nodes.push({ kind: 't' }); // a section break, a table of contents: not a paragraph, never edited
    }
  }
  return nodes;
}

/** Text for a text placeholder, or a block's lines where only text can go (a header or footer). */
function textValue(content: ReportContent, name: string): string | undefined {
  const blocks = content.blocks[name];
  const raw = blocks !== undefined ? blocks.flatMap(blockLines).join('; ') : content.text[name];
  return raw === undefined ? undefined : storedLine(raw.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** The Doc's text column in points, on the narrower of Letter and A4 (a person may print it on either). */
export function docTextWidth(doc: DocsJson): number {
  const style = doc.documentStyle;
  const pt = (d: { magnitude?: number } | undefined) => (typeof d?.magnitude === 'number' ? d.magnitude : PAGE_MARGIN);
  return textColumn({ top: 0, bottom: 0, left: pt(style?.marginLeft), right: pt(style?.marginRight) }).width;
}

function planSegment(segment: readonly StructuralElementJson[] | undefined, segmentId: string, content: ReportContent, pictures: boolean, out: DocFillPlan, width: number): void {
  const edits: Edit[] = [];
  const blocksHere = segmentId === '';
  collect(segment, edits, (name) => blocksHere && content.blocks[name] !== undefined);
  const copies = new Map<string, number>();
  const kept = edits.filter((e) => {
    if (!e.block) return true;
    const n = (copies.get(e.name) ?? 0) + 1;
    copies.set(e.name, n);
    return n <= MAX_BLOCK_COPIES;
  });
  for (const edit of kept.sort((a, b) => b.at - a.at)) {
    if (edit.block) fillBlock(edit, segmentId, content, pictures, out, width);
    else replaceText(edit, segmentId, content, out.requests);
  }
}

/**
 * The value goes in right after the placeholder, so it takes the placeholder's own style ("the text style for
 * the inserted text will match the text immediately before the insertion index", InsertTextRequest), then the
 * placeholder goes.
 */
function replaceText(edit: Edit, segmentId: string, content: ReportContent, out: Request[]): void {
  const value = textValue(content, edit.name);
  if (value === undefined) return; // not this artefact's placeholder: left as typed (the template check says so)
  const length = token(edit.name).length;
  if (value) out.push({ insertText: { location: { index: edit.at + length, segmentId }, text: value } });
  out.push({ deleteContentRange: { range: { startIndex: edit.at, endIndex: edit.at + length, segmentId } } });
  const offset = edit.at - edit.para.start;
  edit.para.text = edit.para.text.slice(0, offset) + value + edit.para.text.slice(offset + length);
}

function fillBlock(edit: Edit, segmentId: string, content: ReportContent, pictures: boolean, out: DocFillPlan, width: number): void {
  const { para, container } = edit;
  const blocks = content.blocks[edit.name] ?? [];
  const place = container.indexOf(para);
  const previous = container[place - 1];
  const next = container[place + 1];
  const name = token(edit.name);
  const alone = para.text.trim() === name;
  const range = (startIndex: number, endIndex: number) => ({ range: { startIndex, endIndex, segmentId } });
  const requests = out.requests;
  if (alone) {
    if (blocks.length === 0 && next?.kind === 'p') {
      // Nothing to put there: the whole paragraph goes (not the last of its container, nor just before a table).
      requests.push({ deleteContentRange: range(para.start, para.start + para.text.length + 1) });
      container.splice(place, 1);
      return;
    }
    if (para.text) requests.push({ deleteContentRange: range(para.start, para.start + para.text.length) });
    para.text = '';
  } else {
    const offset = edit.at - para.start;
    requests.push({ deleteContentRange: range(edit.at, edit.at + name.length) });
    para.text = para.text.slice(0, offset) + para.text.slice(offset + name.length);
    if (blocks.length === 0) return;
  }
  // The content goes into an empty paragraph: the placeholder's own (alone), or a new one after it (shared).
  let at = para.start;
  let anchor: number | null = previous?.kind === 'p' ? para.start - 1 : null;
  if (!alone) {
    at = para.start + para.text.length + 1;
    anchor = at - 1;
    requests.push({ insertText: { location: { index: at - 1, segmentId }, text: '\n' } });
  }
  const inserted = insertBlocks(blocks, { segmentId, at, anchor }, { pictures, width, pageBreaks: segmentId === '' && !edit.inTable });
  requests.push(...inserted.requests);
  out.pictures += inserted.pictures;
  // What now follows the paragraph before, for the edits still to come: a table put right after it.
  if (alone && anchor !== null && blocks[0]?.kind === 'table') container[place] = { kind: 't' };
  // The content ends with a table: the empty paragraph after it goes when a paragraph follows to take its place
  // (the API refuses to delete the last newline of a container, or the newline just before a table).
  const empty = inserted.emptyAfterTable;
  if (empty === null) return;
  if (next?.kind === 'p') requests.push({ deleteContentRange: range(empty, empty + 1) });
  else requests.push({ updateParagraphStyle: { ...range(empty, empty + 1), paragraphStyle: { namedStyleType: 'NORMAL_TEXT' }, fields: 'namedStyleType,alignment' } }, { deleteParagraphBullets: range(empty, empty + 1) });
}

/** Every request that fills `doc` (a fresh copy of a template) with `content`; `pictures: false` links them instead. */
export function planDocFill(doc: DocsJson, content: ReportContent, options: { pictures: boolean }): DocFillPlan {
  const plan: DocFillPlan = { requests: [], pictures: 0 };
  const width = docTextWidth(doc);
  planSegment(doc.body?.content, '', content, options.pictures, plan, width);
  for (const [id, header] of Object.entries(doc.headers ?? {})) planSegment(header.content, id, content, options.pictures, plan, width);
  for (const [id, footer] of Object.entries(doc.footers ?? {})) planSegment(footer.content, id, content, options.pictures, plan, width);
  return plan;
}

/** What to tell the person about screenshots that are linked because no picture can be made from them. */
export function screenshotNotes(content: ReportContent): string[] {
  const images = Object.values(content.blocks).flat().filter((b) => b.kind === 'image');
  const linked = images.filter((b) => !b.shared && pictureUri(b.url) === undefined);
  if (linked.length === 0) return [];
  const one = linked.length === 1;
  return [`${one ? 'A screenshot is' : `${linked.length} screenshots are`} linked rather than shown: Docs can only place a picture from a public image link (PNG, JPEG or GIF), not from a Drive page.`];
}
