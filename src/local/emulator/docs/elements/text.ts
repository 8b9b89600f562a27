// Document.Text: one run of text in a paragraph (formatting never splits it), or the view editAsText() gives of a
// paragraph or of a whole container, whose paragraphs are then joined by "\n".
// Google: https://developers.google.com/apps-script/reference/document/text
import { item } from '../../../item.ts';
import { AppsScriptException, signatureMismatch } from '../../errors.ts';
import { NotImplementedError } from '../../tracked.ts';
import type { AnyNode, ParagraphNode, TextNode, TextStyle } from '../model.ts';
import { paragraphText, sameStyle, textNode } from '../model.ts';
import type { DocSession } from '../session.ts';
import { deleteChars, insertChars, restyle } from '../text-ops.ts';
import { findIn, replaceIn, type RangeElementFake } from './range-element.ts';
import { paragraphsUnder, textNodesUnder } from '../tree.ts';
import { ElementFake, integerArg, stringArg } from './element.ts';

/** Where each character of the view comes from; `null` marks the "\n" between two paragraphs. */
interface Piece {
  node: TextNode | null;
  para: ParagraphNode;
  start: number;
}

/** Not verified against Google: DocumentApp's wording for an offset past the end of a Text. */
function offsetError(offset: number, length: number): AppsScriptException {
  return new AppsScriptException(`Index (${offset}) must be less than the content length (${length}).`);
}

export class TextFake extends ElementFake {
  /** `_view` is the paragraph or container this Text stands for when it came from editAsText(). */
  constructor(session: DocSession, node: AnyNode, private readonly _view?: 'paragraph' | 'container') {
    super(session, node);
  }

  protected get _typeName(): string {
    return 'TEXT';
  }

  private _pieces(): Piece[] {
    const node = this._node;
    if (!this._view) return [{ node: node as TextNode, para: undefined as unknown as ParagraphNode, start: 0 }];
    const paragraphs = this._view === 'paragraph' ? [node as ParagraphNode] : paragraphsUnder(node);
    const pieces: Piece[] = [];
    let offset = 0;
    paragraphs.forEach((para, i) => {
      if (i > 0) pieces.push({ node: null, para, start: offset++ });
      for (const child of para.children) {
        if (child.kind !== 'text') continue;
        pieces.push({ node: child, para, start: offset });
        offset += child.chars.length;
      }
    });
    return pieces;
  }

  private _textNodes(): TextNode[] {
    return this._view ? textNodesUnder(this._node) : [this._node as TextNode];
  }

  getText(): string {
    return this._pieces().map((p) => (p.node ? p.node.chars : '\n')).join('');
  }

  private _length(): number {
    return this.getText().length;
  }

  /** Applies `edit` to each text node's share of [start, end). */
  private _eachRange(start: number, end: number, edit: (node: TextNode, from: number, to: number) => void): void {
    for (const piece of this._pieces()) {
      if (!piece.node) continue;
      const from = Math.max(start, piece.start) - piece.start;
      const to = Math.min(end, piece.start + piece.node.chars.length) - piece.start;
      if (from < to) edit(piece.node, from, to);
    }
  }

  /** (value) for the whole Text or (start, endInclusive, value) for a range, as every setX of Text accepts. */
  private _style(method: string, args: unknown[], check: (v: unknown) => boolean, key: keyof TextStyle, toValue: (v: unknown) => unknown): this {
    let start = 0;
    let end = this._length();
    let value: unknown;
    if (args.length === 1 && check(args[0])) value = args[0];
    else if (args.length === 3 && typeof args[0] === 'number' && typeof args[1] === 'number' && check(args[2])) {
      [start, end, value] = [args[0], (args[1] as number) + 1, args[2]];
      if (start < 0 || end > this._length() || start >= end) throw offsetError(Math.max(start, end - 1), this._length());
    } else throw signatureMismatch(this._method(method), args);
    this._eachRange(start, end, (node, from, to) => restyle(node, from, to, { [key]: toValue(value) }));
    this._s.changed();
    return this;
  }

  setBold(...args: unknown[]): this {
    return this._style('setBold', args, (v) => typeof v === 'boolean', 'bold', (v) => v);
  }

  setItalic(...args: unknown[]): this {
    return this._style('setItalic', args, (v) => typeof v === 'boolean', 'italic', (v) => v);
  }

  setUnderline(...args: unknown[]): this {
    return this._style('setUnderline', args, (v) => typeof v === 'boolean', 'underline', (v) => v);
  }

  setStrikethrough(...args: unknown[]): this {
    return this._style('setStrikethrough', args, (v) => typeof v === 'boolean', 'strikethrough', (v) => v);
  }

  setLinkUrl(...args: unknown[]): this {
    return this._style('setLinkUrl', args, (v) => typeof v === 'string' || v === null, 'linkUrl', (v) => v || undefined);
  }

  setForegroundColor(...args: unknown[]): this {
    return this._style('setForegroundColor', args, (v) => typeof v === 'string' || v === null, 'foregroundColor', (v) => v ?? undefined);
  }

  setBackgroundColor(...args: unknown[]): this {
    return this._style('setBackgroundColor', args, (v) => typeof v === 'string' || v === null, 'backgroundColor', (v) => v ?? undefined);
  }

  setFontSize(...args: unknown[]): this {
    return this._style('setFontSize', args, (v) => typeof v === 'number', 'fontSize', (v) => v);
  }

  setFontFamily(...args: unknown[]): this {
    return this._style('setFontFamily', args, (v) => typeof v === 'string' || v === null, 'fontFamily', (v) => v ?? undefined);
  }

  /** Each character's style, `null` for the "\n" between paragraphs. */
  private _charStyles(): (TextStyle | null)[] {
    return this._pieces().flatMap((p) => (p.node ? p.node.styles : [null]));
  }

  /** The value at `offset`, or — with no offset — the value shared by the whole Text (null when mixed). */
  private _get(key: keyof TextStyle, offset: unknown, method: string, unset: unknown): unknown {
    const styles = this._charStyles();
    if (offset !== undefined && offset !== null) {
      const at = integerArg(offset, this._method(method), [offset]);
      if (at < 0 || at >= styles.length) throw offsetError(at, styles.length);
      return styles[at]?.[key] ?? unset;
    }
    const values = new Set(styles.filter((s): s is TextStyle => s !== null).map((s) => s[key] ?? unset));
    return values.size === 1 ? [...values][0] : values.size === 0 ? unset : null;
  }

  isBold(offset?: number): boolean | null {
    return this._get('bold', offset, 'isBold', false) as boolean | null;
  }

  isItalic(offset?: number): boolean | null {
    return this._get('italic', offset, 'isItalic', false) as boolean | null;
  }

  isUnderline(offset?: number): boolean | null {
    return this._get('underline', offset, 'isUnderline', false) as boolean | null;
  }

  isStrikethrough(offset?: number): boolean | null {
    return this._get('strikethrough', offset, 'isStrikethrough', false) as boolean | null;
  }

  getLinkUrl(offset?: number): string | null {
    return this._get('linkUrl', offset, 'getLinkUrl', null) as string | null;
  }

  getForegroundColor(offset?: number): string | null {
    return this._get('foregroundColor', offset, 'getForegroundColor', null) as string | null;
  }

  getBackgroundColor(offset?: number): string | null {
    return this._get('backgroundColor', offset, 'getBackgroundColor', null) as string | null;
  }

  getFontSize(offset?: number): number | null {
    return this._get('fontSize', offset, 'getFontSize', null) as number | null;
  }

  getFontFamily(offset?: number): string | null {
    return this._get('fontFamily', offset, 'getFontFamily', null) as string | null;
  }

  /** Offsets where the formatting changes (a paragraph break counts as a change). */
  getTextAttributeIndices(): number[] {
    const styles = this._charStyles();
    const starts = [0];
    for (let i = 1; i < styles.length; i++) {
      const a = item(styles, i - 1, 'character style');
      const b = item(styles, i, 'character style');
      if (a === null || b === null ? a !== b : !sameStyle(a, b)) starts.push(i);
    }
    return starts;
  }

  insertText(offset: unknown, text: unknown): this {
    const at = integerArg(offset, this._method('insertText'), [offset, text]);
    const value = stringArg(text, this._method('insertText'), [offset, text]);
    const length = this._length();
    if (at < 0 || at > length) throw offsetError(at, length);
    this._insert(at, value);
    this._s.changed();
    return this;
  }

  appendText(text: unknown): this {
    const value = stringArg(text, this._method('appendText'), [text]);
    this._insert(this._length(), value);
    this._s.changed();
    return this;
  }

  /** Paragraph text holds no "\n": it becomes a line break ("\r"), as DocumentApp documents for paragraphs. */
  private _insert(at: number, text: string): void {
    if (this._view === 'container' && text.includes('\n')) throw new NotImplementedError('Text', 'insertText() of "\\n" into a container\'s text');
    const value = text.replace(/\n/g, '\r');
    if (!this._view) return insertChars(this._node as TextNode, at, value);
    const paragraphs = this._view === 'paragraph' ? [this._node as ParagraphNode] : paragraphsUnder(this._node);
    let offset = 0;
    for (const para of paragraphs) {
      const length = paragraphText(para).length;
      if (at <= offset + length) {
        let local = at - offset;
        for (const child of para.children) {
          if (child.kind !== 'text') continue;
          if (local <= child.chars.length) return insertChars(child, local, value);
          local -= child.chars.length;
        }
        para.children.push(textNode(value)); // an empty paragraph has no text run yet
        return;
      }
      offset += length + 1;
    }
  }

  deleteText(startOffset: unknown, endOffsetInclusive: unknown): this {
    const args = [startOffset, endOffsetInclusive];
    const start = integerArg(startOffset, this._method('deleteText'), args);
    const end = integerArg(endOffsetInclusive, this._method('deleteText'), args) + 1;
    const length = this._length();
    if (start < 0 || end > length || start >= end) throw offsetError(Math.max(start, end - 1), length);
    if (this._pieces().some((p) => !p.node && p.start >= start && p.start < end)) {
      throw new NotImplementedError('Text', 'deleteText() across paragraphs');
    }
    const edits: [TextNode, number, number][] = [];
    this._eachRange(start, end, (node, from, to) => edits.push([node, from, to]));
    for (const [node, from, to] of edits) deleteChars(node, from, to);
    this._s.changed();
    return this;
  }

  setText(text: unknown): this {
    const value = stringArg(text, this._method('setText'), [text]);
    if (this._view === 'container') throw new NotImplementedError('Text', 'setText() on a container\'s text');
    const nodes = this._textNodes();
    const style = nodes[0]?.styles[0] ?? {};
    if (this._view === 'paragraph') {
      const para = this._node as ParagraphNode;
      para.children = para.children.filter((c) => c.kind !== 'text');
      para.children.unshift(textNode(value.replace(/\n/g, '\r'), style));
    } else {
      const node = item(nodes, 0, 'text node'); // a Text element of its own is one text node
      node.chars = value.replace(/\n/g, '\r');
      node.styles = Array.from({ length: node.chars.length }, () => style);
    }
    this._s.changed();
    return this;
  }

  editAsText(): this {
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): RangeElementFake | null {
    return findIn(this._s, this._textNodes(), searchPattern, from);
  }

  replaceText(searchPattern: unknown, replacement: unknown): this {
    replaceIn(this._s, this._textNodes(), searchPattern, replacement, this._method('replaceText'));
    return this;
  }

  override getParent(): unknown {
    if (this._view) throw new NotImplementedError('Text', 'getParent() of an editAsText() view');
    return super.getParent();
  }
}
