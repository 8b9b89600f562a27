// Elements that hold other elements: child access, text search and replacement (ContainerFake); and those that hold
// paragraphs and tables — Body, HeaderSection, FooterSection, TableCell — with their append/insert methods.
// Google: https://developers.google.com/apps-script/reference/document/container-element
import { AppsScriptException, signatureMismatch } from '../../errors.ts';
import { NotImplementedError } from '../../tracked.ts';
import { readBlobSource } from '../../drive/blob.ts';
import type { AnyNode, BlockNode, CellNode, ImageNode, InlineNode, ParagraphNode, SectionNode, TableNode } from '../model.ts';
import { emptyParagraph, newId, paragraphText, textNode } from '../model.ts';
import { imageSize } from '../image-size.ts';
import type { DocSession } from '../session.ts';
import { childrenOf, paragraphsUnder, textNodesUnder } from '../tree.ts';
import { ElementFake, NOT_A_CHILD, childIndexError, elementArg, integerArg, removeChildAt } from './element.ts';
import { findIn, replaceIn, type RangeElementFake } from './range-element.ts';
import { TextFake } from './text.ts';

export abstract class ContainerFake extends ElementFake {
  protected get _children(): AnyNode[] {
    return childrenOf(this._node) as AnyNode[];
  }

  getNumChildren(): number {
    return this._children.length;
  }

  getChild(childIndex: unknown): unknown {
    const i = integerArg(childIndex, this._method('getChild'), [childIndex]);
    const children = this._children;
    const child = children[i];
    if (!child) throw childIndexError(i, children.length);
    return this._s.wrap(child);
  }

  getChildIndex(child: unknown): number {
    const element = elementArg(child);
    if (!element) throw signatureMismatch(this._method('getChildIndex'), [child]);
    const index = this._children.indexOf(element._model);
    if (index < 0) throw new AppsScriptException(NOT_A_CHILD);
    return index;
  }

  removeChild(child: unknown): this {
    const element = elementArg(child);
    if (!element) throw signatureMismatch(this._method('removeChild'), [child]);
    const index = this._children.indexOf(element._model);
    if (index < 0) throw new AppsScriptException(NOT_A_CHILD);
    removeChildAt(this._s, this._node, index);
    return this;
  }

  /** Paragraph texts joined by "\n" (a paragraph's own text has none; its line breaks are "\r"). */
  getText(): string {
    return paragraphsUnder(this._node).map(paragraphText).join('\n');
  }

  editAsText(): TextFake {
    return this._s.rt.track('Document.Text', new TextFake(this._s, this._node, this._node.kind === 'paragraph' ? 'paragraph' : 'container'));
  }

  findText(searchPattern: unknown, from?: unknown): RangeElementFake | null {
    return findIn(this._s, textNodesUnder(this._node), searchPattern, from);
  }

  /** Replaces within each Text element separately, so a match never spans two paragraphs. */
  replaceText(searchPattern: unknown, replacement: unknown): this {
    replaceIn(this._s, textNodesUnder(this._node), searchPattern, replacement, this._method('replaceText'));
    return this;
  }
}

/** Not verified against Google: the wording for inserting at an index past the end. */
function insertIndexError(index: number, count: number): AppsScriptException {
  return new AppsScriptException(`Child index (${index}) must be less than or equal to the number of child elements (${count}).`);
}

export abstract class BlockContainerFake extends ContainerFake {
  protected get _blocks(): BlockNode[] {
    return (this._node as SectionNode | CellNode).children;
  }

  /** Puts a block at `index`; a table may not end a section or cell, so an empty paragraph follows a last one. */
  protected _insertBlock(index: number | 'end', block: BlockNode, method: string, args: unknown[]): unknown {
    const blocks = this._blocks;
    const at = index === 'end' ? blocks.length : integerArg(index, this._method(method), args);
    if (at < 0 || at > blocks.length) throw insertIndexError(at, blocks.length);
    blocks.splice(at, 0, block);
    if (block.kind === 'table' && at === blocks.length - 1) blocks.push(emptyParagraph());
    this._s.changed();
    return this._s.wrap(block);
  }

  private _paragraph(arg: unknown, list: boolean, method: string, args: unknown[]): ParagraphNode {
    if (typeof arg === 'string') {
      const node: ParagraphNode = { kind: 'paragraph', style: 'NORMAL_TEXT', children: arg ? [textNode(arg.replace(/\n/g, '\r'))] : [] };
      if (list) node.list = this._listFor(method === 'appendListItem' ? this._blocks.length : (args[0] as number));
      return node;
    }
    const element = elementArg(arg);
    const node = element?._model;
    if (!node || node.kind !== 'paragraph' || Boolean(node.list) !== list) throw signatureMismatch(this._method(method), args);
    return detached(element as ElementFake) as ParagraphNode;
  }

  /** A new list item continues the list just before it, else starts a bulleted list. */
  private _listFor(index: number): ParagraphNode['list'] {
    const previous = this._blocks[index - 1];
    if (previous?.kind === 'paragraph' && previous.list) return { ...previous.list, level: 0 };
    return { id: newId(this._s.model(), 'kix.list'), level: 0, glyph: 'BULLET' };
  }

  appendParagraph(textOrParagraph: unknown): unknown {
    return this._insertBlock('end', this._paragraph(textOrParagraph, false, 'appendParagraph', [textOrParagraph]), 'appendParagraph', [textOrParagraph]);
  }

  insertParagraph(childIndex: unknown, textOrParagraph: unknown): unknown {
    const args = [childIndex, textOrParagraph];
    return this._insertBlock(integerArg(childIndex, this._method('insertParagraph'), args), this._paragraph(textOrParagraph, false, 'insertParagraph', args), 'insertParagraph', args);
  }

  appendListItem(textOrListItem: unknown): unknown {
    return this._insertBlock('end', this._paragraph(textOrListItem, true, 'appendListItem', [textOrListItem]), 'appendListItem', [textOrListItem]);
  }

  insertListItem(childIndex: unknown, textOrListItem: unknown): unknown {
    const args = [childIndex, textOrListItem];
    return this._insertBlock(integerArg(childIndex, this._method('insertListItem'), args), this._paragraph(textOrListItem, true, 'insertListItem', args), 'insertListItem', args);
  }

  /** appendTable(string[][]) builds the whole table in one call, a paragraph in each cell. */
  appendTable(...args: unknown[]): unknown {
    if (args.length !== 1) throw new NotImplementedError(this._typeName, 'appendTable() without cells');
    return this._insertBlock('end', tableFrom(args[0], this._method('appendTable'), args), 'appendTable', args);
  }

  insertTable(childIndex: unknown, ...rest: unknown[]): unknown {
    const args = [childIndex, ...rest];
    if (rest.length !== 1) throw new NotImplementedError(this._typeName, 'insertTable() without cells');
    const at = integerArg(childIndex, this._method('insertTable'), args);
    return this._insertBlock(at, tableFrom(rest[0], this._method('insertTable'), args), 'insertTable', args);
  }

  appendHorizontalRule(): unknown {
    return this._inlineInNewParagraph('end', { kind: 'rule' }, 'appendHorizontalRule', []);
  }

  insertHorizontalRule(childIndex: unknown): unknown {
    return this._inlineInNewParagraph(childIndex, { kind: 'rule' }, 'insertHorizontalRule', [childIndex]);
  }

  appendImage(image: unknown): unknown {
    return this._inlineInNewParagraph('end', imageFrom(this._s, image, this._method('appendImage'), [image]), 'appendImage', [image]);
  }

  insertImage(childIndex: unknown, image: unknown): unknown {
    const args = [childIndex, image];
    return this._inlineInNewParagraph(childIndex, imageFrom(this._s, image, this._method('insertImage'), args), 'insertImage', args);
  }

  /** Rules, images and page breaks live in a paragraph of their own; the inline element is returned. */
  protected _inlineInNewParagraph(index: unknown, inline: InlineNode, method: string, args: unknown[]): unknown {
    const at = index === 'end' ? 'end' : integerArg(index, this._method(method), args);
    this._insertBlock(at, { kind: 'paragraph', style: 'NORMAL_TEXT', children: [inline] }, method, args);
    return this._s.wrap(inline);
  }

  setText(text: unknown): this {
    if (typeof text !== 'string') throw signatureMismatch(this._method('setText'), [text]);
    this.clear();
    const last = this._blocks[0] as ParagraphNode;
    if (text) last.children = [textNode(text.replace(/\n/g, '\r'))];
    this._s.changed();
    return this;
  }

  /** Keeps the last paragraph (emptied) and removes the rest, as Docs does: a section always holds one paragraph. */
  clear(): this {
    const blocks = this._blocks;
    const last = blocks[blocks.length - 1];
    const keep: ParagraphNode = last?.kind === 'paragraph' ? last : emptyParagraph();
    keep.children = [];
    delete keep.list;
    blocks.splice(0, blocks.length, keep);
    this._s.changed();
    return this;
  }
}

/**
 * What to insert for an element the add-on passed: a copy of a detached element (from copy(), this Doc's or
 * another's). Not verified against Google: the wording for passing an element that is still in a document.
 */
export function detached(element: ElementFake): AnyNode {
  if (element._attached) throw new AppsScriptException('Element must be detached.');
  return structuredClone(element._model);
}

export function tableFrom(cells: unknown, method: string, args: unknown[]): TableNode {
  const element = elementArg(cells);
  if (element) {
    if (element._model.kind !== 'table') throw signatureMismatch(method, args);
    return detached(element) as TableNode;
  }
  if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))) {
    throw signatureMismatch(method, args);
  }
  const rows = cells as string[][];
  const [first] = rows;
  if (!first || first.length === 0) throw new NotImplementedError('Body', `${method.split('.').pop()}() with no cells`);
  if (rows.some((row) => row.length !== first.length)) throw new NotImplementedError('Body', `${method.split('.').pop()}() with rows of different lengths`);
  return {
    kind: 'table',
    rows: rows.map((row) => ({
      kind: 'row',
      cells: row.map((text): CellNode => ({ kind: 'cell', children: [{ kind: 'paragraph', style: 'NORMAL_TEXT', children: text ? [textNode(text.replace(/\n/g, '\r'))] : [] }] })),
    })),
  };
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

export function imageFrom(session: DocSession, image: unknown, method: string, args: unknown[]): ImageNode {
  const element = elementArg(image);
  if (element) {
    if (element._model.kind !== 'image') throw signatureMismatch(method, args);
    return detached(element) as ImageNode;
  }
  const blob = readBlobSource(image);
  if (!blob) throw signatureMismatch(method, args);
  // Docs takes PNG, JPEG and GIF. Not verified against Google: the wording (shared with the Slides fakes).
  if (!IMAGE_TYPES.has(blob.contentType ?? '')) throw new AppsScriptException('The image you are trying to use is invalid or corrupt.');
  const { width, height } = imageSize(blob.bytes);
  return {
    kind: 'image', objectId: newId(session.model(), 'kix.img'), contentType: blob.contentType ?? 'application/octet-stream',
    base64: Buffer.from(blob.bytes).toString('base64'), width, height,
  };
}
