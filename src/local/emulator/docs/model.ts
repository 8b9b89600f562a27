// One Google Doc as plain, serialisable data: body, header and footer sections of paragraphs (list items are
// paragraphs with a list) and tables; a paragraph holds text with per-character styles, inline images, horizontal
// rules and page breaks. The Docs advanced service, the renderers and Drive snapshots share it.
import type { ContentCodec, DriveStore, StoredFile } from '../drive/drive-store.ts';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export type NamedStyle = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'HEADING_4' | 'HEADING_5' | 'HEADING_6';
export type Glyph = 'BULLET' | 'HOLLOW_BULLET' | 'SQUARE_BULLET' | 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER';
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

/** Character formatting; absent = the paragraph's named style decides. Objects are never mutated once made. */
export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  linkUrl?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  fontSize?: number;
  fontFamily?: string;
}

/** Text; `styles[i]` is the style of `chars[i]` (a UTF-16 code unit). A soft line break is "\r". */
export interface TextNode {
  kind: 'text';
  chars: string;
  styles: TextStyle[];
}
export interface ImageNode {
  kind: 'image';
  objectId: string;
  contentType: string;
  base64: string;
  width: number;
  height: number;
  linkUrl?: string;
  altTitle?: string;
  altDescription?: string;
}
export interface RuleNode {
  kind: 'rule';
}
export interface PageBreakNode {
  kind: 'pagebreak';
}
export type InlineNode = TextNode | ImageNode | RuleNode | PageBreakNode;

export interface ListInfo {
  id: string;
  level: number;
  glyph: Glyph;
}
export interface ParagraphNode {
  kind: 'paragraph';
  style: NamedStyle;
  alignment?: Alignment;
  /** Set for list items (DocumentApp's ListItem, the Docs API's paragraph with a bullet). */
  list?: ListInfo;
  children: InlineNode[];
}
export interface CellNode {
  kind: 'cell';
  children: BlockNode[];
  backgroundColor?: string;
  /** Cell padding in points, where a request set it (a new Doc's tables pad 5 pt on every side). */
  padding?: Partial<Record<CellSide, number>>;
}
export type CellSide = 'top' | 'bottom' | 'left' | 'right';
export interface RowNode {
  kind: 'row';
  cells: CellNode[];
}
export interface TableNode {
  kind: 'table';
  rows: RowNode[];
  /** Column widths in points where a request fixed them (FIXED_WIDTH); the others share what is left. */
  columnWidths?: (number | null)[];
}
export type BlockNode = ParagraphNode | TableNode;
export interface SectionNode {
  kind: 'body' | 'header' | 'footer';
  /** The Docs API's headerId / footerId ("kix.…"); empty for the body. */
  id: string;
  children: BlockNode[];
}
export type ContainerNode = SectionNode | CellNode;
export type AnyNode = SectionNode | BlockNode | RowNode | CellNode | InlineNode;

export interface DocModel {
  body: SectionNode;
  header?: SectionNode;
  footer?: SectionNode;
  /** Page margins in points where a request set them (a new Doc has 72 pt, 1 in, on every side). */
  margins?: Partial<Record<CellSide, number>>;
  /** Goes up by one with every change, through DocumentApp or the Docs API. */
  revision: number;
  /** For generated ids (lists, images, headers). */
  nextId: number;
}

export function emptyParagraph(style: NamedStyle = 'NORMAL_TEXT'): ParagraphNode {
  return { kind: 'paragraph', style, children: [] };
}

export function blankDocument(): DocModel {
  return { body: { kind: 'body', id: '', children: [emptyParagraph()] }, revision: 1, nextId: 1 };
}

export function newId(doc: DocModel, prefix: string): string {
  return `${prefix}.${(doc.nextId++).toString(36).padStart(6, '0')}`;
}

export function textNode(chars: string, style: TextStyle = {}): TextNode {
  return { kind: 'text', chars, styles: Array.from({ length: chars.length }, () => style) };
}

export function inlineLength(node: InlineNode): number {
  return node.kind === 'text' ? node.chars.length : 1;
}

/** The paragraph's text as DocumentApp's getText() shows it: text only, images and rules left out. */
export function paragraphText(p: ParagraphNode): string {
  return p.children.map((c) => (c.kind === 'text' ? c.chars : '')).join('');
}

export function sameStyle(a: TextStyle, b: TextStyle): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** A style with `patch` applied; `undefined`/`null` in the patch removes the attribute. */
export function patchStyle(style: TextStyle, patch: Partial<Record<keyof TextStyle, unknown>>): TextStyle {
  const out: Record<string, unknown> = { ...style };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === false) delete out[k];
    else out[k] = v;
  }
  return out as TextStyle;
}

/** Runs of equal style: [start, end) offsets into `node.chars`. */
export function styleRuns(node: TextNode): { start: number; end: number; style: TextStyle }[] {
  const runs: { start: number; end: number; style: TextStyle }[] = [];
  for (const [i, style] of node.styles.entries()) { // one style per character
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.style, style)) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, style });
  }
  return runs;
}

/** Merges adjacent text nodes and drops empty ones: how a Doc looks once saved and reopened. */
export function normalizeParagraph(p: ParagraphNode): void {
  const out: InlineNode[] = [];
  for (const child of p.children) {
    const last = out[out.length - 1];
    if (child.kind === 'text' && child.chars.length === 0) continue;
    if (child.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', chars: last.chars + child.chars, styles: [...last.styles, ...child.styles] };
    } else out.push(child);
  }
  p.children = out;
}

export function forEachParagraph(blocks: BlockNode[], visit: (p: ParagraphNode) => void): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') visit(block);
    else for (const row of block.rows) for (const cell of row.cells) forEachParagraph(cell.children, visit);
  }
}

export function sections(doc: DocModel): SectionNode[] {
  return [doc.body, ...(doc.header ? [doc.header] : []), ...(doc.footer ? [doc.footer] : [])];
}

export function normalizeDocument(doc: DocModel): void {
  for (const section of sections(doc)) forEachParagraph(section.children, normalizeParagraph);
}

export function cloneDocument(doc: DocModel): DocModel {
  return structuredClone(doc);
}

// Saved form: text as runs rather than one style object per character.
type SavedInline = Exclude<InlineNode, TextNode> | { kind: 'text'; chars: string; runs: [number, TextStyle][] };
/** Marks the saved form, so a Doc restored before the codec was registered can still be read. */
const SAVED = 'debrief.doc.v1';

export const documentCodec: ContentCodec<DocModel> = {
  serialize(doc) {
    const copy = cloneDocument(doc);
    normalizeDocument(copy);
    (copy as unknown as { format: string }).format = SAVED;
    for (const section of sections(copy)) {
      forEachParagraph(section.children, (p) => {
        (p as unknown as { children: SavedInline[] }).children = p.children.map((c) =>
          c.kind === 'text' ? { kind: 'text', chars: c.chars, runs: styleRuns(c).map((r) => [r.end - r.start, r.style] as [number, TextStyle]) } : c);
      });
    }
    return copy;
  },
  deserialize(data) {
    const doc = structuredClone(data) as DocModel;
    delete (doc as unknown as { format?: string }).format;
    for (const section of sections(doc)) {
      forEachParagraph(section.children, (p) => {
        p.children = (p.children as unknown as SavedInline[]).map((c) => {
          if (c.kind !== 'text') return c;
          const styles: TextStyle[] = [];
          for (const [length, style] of c.runs) for (let i = 0; i < length; i++) styles.push(style);
          return { kind: 'text', chars: c.chars, styles };
        });
      });
    }
    return doc;
  },
};

/** The Doc in a stored file as the model, converting it if it was restored in its saved form. */
export function liveDocument(file: StoredFile): DocModel {
  if ((file.content as { format?: string } | null)?.format === SAVED) file.content = documentCodec.deserialize(file.content);
  return file.content as DocModel;
}

/** A Doc by id from the store, whoever may reach it (for renderers and tests), or an error naming the id. */
export function storedDocument(store: DriveStore, id: string): { name: string; doc: DocModel } {
  const file = store.find(id);
  if (!file || file.mimeType !== DOCUMENT_MIME) throw new Error(`local Workspace: no Google Doc with id ${id}`);
  return { name: file.name, doc: liveDocument(file) };
}
