// Document.Element: what every DocumentApp element can do (type, parent, siblings, removal, copy, the asX casts),
// plus the argument checks and errors the element classes share.
// Google: https://developers.google.com/apps-script/reference/document/element
import { AppsScriptException, signatureMismatch } from '../../errors.ts';
import { enumName, officialEnum, officialEnumValue, type EnumValue } from '../../enums.ts';
import { item } from '../../../item.ts';
import { unwrap } from '../../tracked.ts';
import type { AnyNode, NamedStyle } from '../model.ts';
import type { DocSession } from '../session.ts';
import { childrenOf, findParent } from '../tree.ts';

export const ELEMENT_TYPE = (name: string): EnumValue => officialEnumValue('Document.ElementType', name);

/** Reported verbatim by Apps Script users (getChildIndex of an element elsewhere, e.g. after body.clear()). */
export const NOT_A_CHILD = 'Element does not contain the specified child element.';
/** Reported verbatim by Apps Script users for removing a section's final paragraph. */
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";

/** Reported verbatim by Apps Script users: "Child index (2228) must be less than the number of child elements (6)." */
export function childIndexError(index: number, count: number): AppsScriptException {
  return new AppsScriptException(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

const HEADINGS: Record<string, NamedStyle> = {
  NORMAL: 'NORMAL_TEXT', HEADING1: 'HEADING_1', HEADING2: 'HEADING_2', HEADING3: 'HEADING_3', HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5', HEADING6: 'HEADING_6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
};

export function headingToStyle(heading: unknown, method: string): NamedStyle {
  const name = enumName(heading);
  const style = name !== undefined && officialEnum('Document.ParagraphHeading')[name] === heading ? HEADINGS[name] : undefined;
  if (!style) throw signatureMismatch(method, [heading]);
  return style;
}

export function styleToHeading(style: NamedStyle): EnumValue {
  const name = Object.keys(HEADINGS).find((k) => HEADINGS[k] === style);
  if (name === undefined) throw new Error(`local Workspace: no ParagraphHeading for the named style ${style}`);
  return officialEnumValue('Document.ParagraphHeading', name);
}

/** The value of an official enum the add-on passed, by name, or a signature error. */
export function enumArg(qualifiedEnum: string, value: unknown, method: string, args: unknown[]): string {
  const name = enumName(value);
  if (name === undefined || officialEnum(qualifiedEnum)[name] !== value) throw signatureMismatch(method, args);
  return name;
}

export function integerArg(value: unknown, method: string, args: unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureMismatch(method, args);
  return Math.trunc(value);
}

export function stringArg(value: unknown, method: string, args: unknown[]): string {
  if (typeof value !== 'string') throw signatureMismatch(method, args);
  return value;
}

/** The fake behind an element the add-on passed back, or undefined if it is not one. */
export function elementArg(value: unknown): ElementFake | undefined {
  const raw = unwrap(value);
  return raw instanceof ElementFake ? raw : undefined;
}

export abstract class ElementFake {
  constructor(protected readonly _s: DocSession, protected readonly _raw: AnyNode) {}

  /** The node, once the Document is known to be open. */
  protected get _node(): AnyNode {
    this._s.model();
    return this._raw;
  }

  /** The node, for the local Workspace's own code. */
  get _model(): AnyNode {
    return this._raw;
  }

  /** Whether the node sits in its Doc (false for copies made by copy()). */
  get _attached(): boolean {
    return findParent(this._s.model(), this._raw) !== undefined || ['body', 'header', 'footer'].includes(this._raw.kind);
  }

  protected abstract get _typeName(): string;

  protected _method(name: string): string {
    return `DocumentApp.${this.constructor.name.replace(/Fake$/, '')}.${name}`;
  }

  getType(): EnumValue {
    this._s.model();
    return ELEMENT_TYPE(this._typeName);
  }

  getParent(): unknown {
    const found = findParent(this._s.model(), this._raw);
    return found ? this._s.wrap(found.parent) : null;
  }

  getNextSibling(): unknown {
    return this._sibling(1);
  }

  getPreviousSibling(): unknown {
    return this._sibling(-1);
  }

  private _sibling(step: number): unknown {
    const found = findParent(this._s.model(), this._raw);
    const sibling = found && (childrenOf(found.parent) as AnyNode[])[found.index + step];
    return sibling ? this._s.wrap(sibling) : null;
  }

  isAtDocumentEnd(): boolean {
    const body = this._s.model().body;
    let last: AnyNode = body;
    for (let children = childrenOf(last); children && children.length > 0; children = childrenOf(last)) last = item(children, children.length - 1, 'child');
    for (let node: AnyNode | undefined = last; node; node = findParent(this._s.model(), node)?.parent) if (node === this._raw) return true;
    return false;
  }

  removeFromParent(): this {
    const found = findParent(this._s.model(), this._raw);
    if (!found) return this;
    removeChildAt(this._s, found.parent, found.index);
    return this;
  }

  /** A detached deep copy, for appendParagraph(paragraph) / insertTable(i, table) and the like. */
  copy(): unknown {
    return this._s.wrap(structuredClone(this._node));
  }

  private _as(typeName: string, method: string): this {
    if (this.getType() !== ELEMENT_TYPE(typeName)) {
      throw new Error(`local Workspace: ${method}() on a ${this._typeName} element; what Apps Script does then is not emulated`);
    }
    return this;
  }

  asBody(): this { return this._as('BODY_SECTION', 'asBody'); }
  asHeaderSection(): this { return this._as('HEADER_SECTION', 'asHeaderSection'); }
  asFooterSection(): this { return this._as('FOOTER_SECTION', 'asFooterSection'); }
  asParagraph(): this { return this._as('PARAGRAPH', 'asParagraph'); }
  asListItem(): this { return this._as('LIST_ITEM', 'asListItem'); }
  asTable(): this { return this._as('TABLE', 'asTable'); }
  asTableRow(): this { return this._as('TABLE_ROW', 'asTableRow'); }
  asTableCell(): this { return this._as('TABLE_CELL', 'asTableCell'); }
  asText(): this { return this._as('TEXT', 'asText'); }
  asInlineImage(): this { return this._as('INLINE_IMAGE', 'asInlineImage'); }
  asHorizontalRule(): this { return this._as('HORIZONTAL_RULE', 'asHorizontalRule'); }
  asPageBreak(): this { return this._as('PAGE_BREAK', 'asPageBreak'); }
}

/**
 * Removes a child, refusing what Docs refuses: a section or cell must keep a paragraph as its last element.
 */
export function removeChildAt(session: DocSession, parent: AnyNode, index: number): void {
  const children = childrenOf(parent) as AnyNode[];
  const isBlockContainer = ['body', 'header', 'footer', 'cell'].includes(parent.kind);
  if (isBlockContainer && index === children.length - 1 && children[index]?.kind === 'paragraph') throw new AppsScriptException(LAST_PARAGRAPH);
  children.splice(index, 1);
  session.changed();
}
