// Docs for tests, written straight into the local Workspace's model (as a person typing in Google Docs would
// leave them): paragraphs with styled runs, list items, tables, images, a header. The add-on never builds Docs
// this way; it only reaches them through the Docs API.
import {
  blankDocument, DOCUMENT_MIME, storedDocument, textNode, type BlockNode, type DocModel, type Glyph, type ImageNode,
  type InlineNode, type NamedStyle, type ParagraphNode, type TableNode, type TextStyle,
} from '../../../../src/local/emulator/docs/model.ts';
import type { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';

/** Plain text, a styled run, or an inline node (an image). */
export type Run = string | readonly [string, TextStyle] | InlineNode;

function inline(run: Run): InlineNode {
  if (typeof run === 'string') return textNode(run);
  if (Array.isArray(run)) return textNode(run[0] as string, run[1] as TextStyle);
  return run as InlineNode;
}

export function para(...runs: readonly Run[]): ParagraphNode {
  return { kind: 'paragraph', style: 'NORMAL_TEXT', children: runs.map(inline).filter((n) => n.kind !== 'text' || n.chars !== '') };
}

export function styled(style: NamedStyle, ...runs: readonly Run[]): ParagraphNode {
  return { ...para(...runs), style };
}

/** A list item at nesting `level` of list `listId`. */
export function item(level: number, ...runs: readonly Run[]): ParagraphNode {
  return { ...para(...runs), list: { id: 'kix.list.1', level, glyph: 'BULLET' as Glyph } };
}

export function table(rows: readonly (readonly string[])[]): TableNode {
  return { kind: 'table', rows: rows.map((r) => ({ kind: 'row', cells: r.map((c) => ({ kind: 'cell', children: [para(c)] })) })) };
}

export function image(base64: string, width = 1, height = 1): ImageNode {
  return { kind: 'image', objectId: 'kix.image.1', contentType: 'image/png', base64, width, height };
}

/** A Doc model holding `blocks` (a paragraph after a final table, as Google Docs keeps one), and a header if given. */
export function docOf(blocks: readonly BlockNode[], header?: readonly BlockNode[]): DocModel {
  const doc = blankDocument();
  const children = [...blocks];
  if (children.length === 0 || children[children.length - 1]?.kind === 'table') children.push(para());
  doc.body.children = children;
  if (header) doc.header = { kind: 'header', id: 'kix.header.1', children: [...header] };
  return doc;
}

/** Stores `doc` as a Google Doc the user owns (one the add-on made, so drive.file reaches it); returns its id. */
export function storeDoc(drive: DriveStore, name: string, doc: DocModel, owner = 'you@agency.example'): string {
  return drive.create({ name, mimeType: DOCUMENT_MIME, content: doc, owner, grantedTo: [owner] }).id;
}

/** Edits a stored Doc as a person would in Google Docs: the change and a new revision, no API call. */
export function editDoc(drive: DriveStore, id: string, edit: (doc: DocModel) => void): void {
  const { doc } = storedDocument(drive, id);
  edit(doc);
  doc.revision += 1;
  const file = drive.find(id);
  if (file) drive.touch(file);
}

/** The body's paragraphs as text (tables as their cells' text joined by tabs), one line each. */
export function bodyLines(drive: DriveStore, id: string): string[] {
  const text = (p: ParagraphNode) => p.children.map((c) => (c.kind === 'text' ? c.chars : '')).join('');
  return storedDocument(drive, id).doc.body.children.map((b) => (b.kind === 'paragraph' ? text(b) : b.rows.map((r) => r.cells.map((c) => c.children.map((x) => (x.kind === 'paragraph' ? text(x) : '')).join('\n')).join('\t')).join('\n')));
}
