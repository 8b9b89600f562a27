// Document.Paragraph and Document.ListItem (a paragraph in a list): heading, alignment, attributes, and the text,
// images, rules and page breaks inside.
// Google: https://developers.google.com/apps-script/reference/document/paragraph,
//   https://developers.google.com/apps-script/reference/document/list-item
import { signatureMismatch } from '../../errors.ts';
import { enumName, officialEnum } from '../../enums.ts';
import { NotImplementedError } from '../../tracked.ts';
import type { Alignment, Glyph, InlineNode, ParagraphNode, TextStyle } from '../model.ts';
import { patchStyle, textNode } from '../model.ts';
import { ContainerFake, imageFrom } from './container.ts';
import { elementArg, enumArg, headingToStyle, integerArg, stringArg, styleToHeading } from './element.ts';

const TEXT_ATTRIBUTES: Record<string, keyof TextStyle> = {
  BOLD: 'bold', ITALIC: 'italic', UNDERLINE: 'underline', STRIKETHROUGH: 'strikethrough', LINK_URL: 'linkUrl',
  FOREGROUND_COLOR: 'foregroundColor', BACKGROUND_COLOR: 'backgroundColor', FONT_SIZE: 'fontSize', FONT_FAMILY: 'fontFamily',
};

export class ParagraphFake extends ContainerFake {
  protected get _typeName(): string {
    return 'PARAGRAPH';
  }

  protected get _para(): ParagraphNode {
    return this._node as ParagraphNode;
  }

  getHeading(): unknown {
    return styleToHeading(this._para.style);
  }

  setHeading(heading: unknown): this {
    this._para.style = headingToStyle(heading, this._method('setHeading'));
    this._s.changed();
    return this;
  }

  getAlignment(): unknown {
    return officialEnum('Document.HorizontalAlignment')[this._para.alignment ?? 'LEFT'];
  }

  setAlignment(alignment: unknown): this {
    this._para.alignment = enumArg('Document.HorizontalAlignment', alignment, this._method('setAlignment'), [alignment]) as Alignment;
    this._s.changed();
    return this;
  }

  /** A new Text element at the end, styled like the character before it; only the new text is returned. */
  appendText(text: unknown): unknown {
    return this._insertInline(this._para.children.length, stringArg(text, this._method('appendText'), [text]));
  }

  insertText(childIndex: unknown, text: unknown): unknown {
    const args = [childIndex, text];
    return this._insertInline(integerArg(childIndex, this._method('insertText'), args), stringArg(text, this._method('insertText'), args));
  }

  private _insertInline(index: number, inline: InlineNode | string): unknown {
    const children = this._para.children;
    if (index < 0 || index > children.length) throw new NotImplementedError('Paragraph', `child index ${index} of ${children.length}`);
    let node = inline;
    if (typeof node === 'string') {
      const before = children.slice(0, index).reverse().find((c) => c.kind === 'text');
      const style = before?.kind === 'text' ? before.styles[before.styles.length - 1] ?? {} : {};
      node = textNode(node.replace(/\n/g, '\r'), style);
    }
    children.splice(index, 0, node);
    this._s.changed();
    return this._s.wrap(node);
  }

  /** Replaces everything in the paragraph (images too) with the text, kept in the first character's style. */
  setText(text: unknown): void {
    const value = stringArg(text, this._method('setText'), [text]);
    const first = this._para.children.find((c) => c.kind === 'text');
    this._para.children = value ? [textNode(value.replace(/\n/g, '\r'), first?.kind === 'text' ? first.styles[0] ?? {} : {})] : [];
    this._s.changed();
  }

  clear(): this {
    this._para.children = [];
    this._s.changed();
    return this;
  }

  appendInlineImage(image: unknown): unknown {
    return this._insertInline(this._para.children.length, imageFrom(this._s, image, this._method('appendInlineImage'), [image]));
  }

  insertInlineImage(childIndex: unknown, image: unknown): unknown {
    const args = [childIndex, image];
    return this._insertInline(integerArg(childIndex, this._method('insertInlineImage'), args), imageFrom(this._s, image, this._method('insertInlineImage'), args));
  }

  appendHorizontalRule(): unknown {
    return this._insertInline(this._para.children.length, { kind: 'rule' });
  }

  insertHorizontalRule(childIndex: unknown): unknown {
    return this._insertInline(integerArg(childIndex, this._method('insertHorizontalRule'), [childIndex]), { kind: 'rule' });
  }

  appendPageBreak(...args: unknown[]): unknown {
    if (args.length > 0) throw new NotImplementedError('Paragraph', 'appendPageBreak(pageBreak)');
    return this._insertInline(this._para.children.length, { kind: 'pagebreak' });
  }

  insertPageBreak(childIndex: unknown, ...rest: unknown[]): unknown {
    if (rest.length > 0) throw new NotImplementedError('Paragraph', 'insertPageBreak(childIndex, pageBreak)');
    return this._insertInline(integerArg(childIndex, this._method('insertPageBreak'), [childIndex]), { kind: 'pagebreak' });
  }

  getLinkUrl(): string | null {
    return (this.editAsText() as unknown as { getLinkUrl(): string | null }).getLinkUrl();
  }

  setLinkUrl(url: unknown): this {
    if (typeof url !== 'string' && url !== null) throw signatureMismatch(this._method('setLinkUrl'), [url]);
    for (const child of this._para.children) {
      if (child.kind === 'text') child.styles = child.styles.map((s) => patchStyle(s, { linkUrl: url || undefined }));
      if (child.kind === 'image') child.linkUrl = url || undefined;
    }
    this._s.changed();
    return this;
  }

  /** Attribute names → values, as DocumentApp.Attribute keys them; text attributes are null when mixed. */
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries([...Object.keys(officialEnum('Document.Attribute'))].map((k) => [k, null]));
    out.HEADING = this.getHeading();
    out.HORIZONTAL_ALIGNMENT = this._para.alignment ? this.getAlignment() : null;
    const styles = this._para.children.flatMap((c) => (c.kind === 'text' ? c.styles : []));
    for (const [attribute, key] of Object.entries(TEXT_ATTRIBUTES)) {
      const values = new Set(styles.map((s) => s[key] ?? null));
      out[attribute] = values.size === 1 ? [...values][0] : null;
    }
    return out;
  }

  setAttributes(attributes: unknown): this {
    if (attributes === null || typeof attributes !== 'object') throw signatureMismatch(this._method('setAttributes'), [attributes]);
    for (const [attribute, value] of Object.entries(attributes as Record<string, unknown>)) {
      if (attribute === 'HEADING') this._para.style = headingToStyle(value, this._method('setAttributes'));
      else if (attribute === 'HORIZONTAL_ALIGNMENT') this._para.alignment = enumName(value) as Alignment | undefined;
      else if (TEXT_ATTRIBUTES[attribute]) {
        const key = TEXT_ATTRIBUTES[attribute];
        for (const child of this._para.children) {
          if (child.kind === 'text') child.styles = child.styles.map((s) => patchStyle(s, { [key]: value }));
        }
      } else if (!this._setListAttribute(attribute, value)) throw new NotImplementedError('Paragraph', `setAttributes({${attribute}})`);
    }
    this._s.changed();
    return this;
  }

  protected _setListAttribute(_attribute: string, _value: unknown): boolean {
    return false;
  }
}

export class ListItemFake extends ParagraphFake {
  protected override get _typeName(): string {
    return 'LIST_ITEM';
  }

  private get _list(): NonNullable<ParagraphNode['list']> {
    return this._para.list as NonNullable<ParagraphNode['list']>;
  }

  getGlyphType(): unknown {
    return officialEnum('Document.GlyphType')[this._list.glyph];
  }

  setGlyphType(glyphType: unknown): this {
    this._list.glyph = enumArg('Document.GlyphType', glyphType, this._method('setGlyphType'), [glyphType]) as Glyph;
    this._s.changed();
    return this;
  }

  getNestingLevel(): number {
    return this._list.level;
  }

  setNestingLevel(nestingLevel: unknown): this {
    const level = integerArg(nestingLevel, this._method('setNestingLevel'), [nestingLevel]);
    if (level < 0 || level > 8) throw new NotImplementedError('ListItem', `setNestingLevel(${level})`);
    this._list.level = level;
    this._s.changed();
    return this;
  }

  getListId(): string {
    return this._list.id;
  }

  setListId(listItem: unknown): this {
    const other = elementArg(listItem)?._model;
    if (other?.kind !== 'paragraph' || !other.list) throw signatureMismatch(this._method('setListId'), [listItem]);
    this._list.id = other.list.id;
    this._s.changed();
    return this;
  }

  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), GLYPH_TYPE: this.getGlyphType(), NESTING_LEVEL: this._list.level, LIST_ID: this._list.id };
  }

  protected override _setListAttribute(attribute: string, value: unknown): boolean {
    if (attribute === 'GLYPH_TYPE') this._list.glyph = enumName(value) as Glyph;
    else if (attribute === 'NESTING_LEVEL' && typeof value === 'number') this._list.level = value;
    else return false;
    return true;
  }
}
