// Document.Body, HeaderSection and FooterSection: a Doc's sections, holding paragraphs, list items and tables.
// Google: https://developers.google.com/apps-script/reference/document/body,
//   https://developers.google.com/apps-script/reference/document/header-section,
//   https://developers.google.com/apps-script/reference/document/footer-section
import { NotImplementedError } from '../../tracked.ts';
import type { AnyNode, ImageNode, ParagraphNode, TableNode } from '../model.ts';
import { childrenOf } from '../tree.ts';
import { BlockContainerFake } from './container.ts';

/** Every node under `node` that `keep` accepts, in document order (paragraphs inside tables included). */
function collect<T extends AnyNode>(node: AnyNode, keep: (n: AnyNode) => n is T): T[] {
  const out: T[] = [];
  const visit = (n: AnyNode) => {
    if (keep(n)) out.push(n);
    for (const child of childrenOf(n) ?? []) visit(child);
  };
  for (const child of childrenOf(node) ?? []) visit(child);
  return out;
}

abstract class SectionFake extends BlockContainerFake {
  /** All paragraphs, list items included, tables' included. */
  getParagraphs(): unknown[] {
    return collect(this._node, (n): n is ParagraphNode => n.kind === 'paragraph').map((p) => this._s.wrap(p));
  }

  getListItems(): unknown[] {
    return collect(this._node, (n): n is ParagraphNode => n.kind === 'paragraph' && Boolean(n.list)).map((p) => this._s.wrap(p));
  }

  getTables(): unknown[] {
    return collect(this._node, (n): n is TableNode => n.kind === 'table').map((t) => this._s.wrap(t));
  }

  getImages(): unknown[] {
    return collect(this._node, (n): n is ImageNode => n.kind === 'image').map((i) => this._s.wrap(i));
  }

  override getParent(): unknown {
    throw new NotImplementedError(this._typeName, 'getParent');
  }
}

export class BodyFake extends SectionFake {
  protected get _typeName(): string {
    return 'BODY_SECTION';
  }

  appendPageBreak(...args: unknown[]): unknown {
    if (args.length > 0) throw new NotImplementedError('Body', 'appendPageBreak(pageBreak)');
    return this._inlineInNewParagraph('end', { kind: 'pagebreak' }, 'appendPageBreak', []);
  }

  insertPageBreak(childIndex: unknown, ...rest: unknown[]): unknown {
    if (rest.length > 0) throw new NotImplementedError('Body', 'insertPageBreak(childIndex, pageBreak)');
    return this._inlineInNewParagraph(childIndex, { kind: 'pagebreak' }, 'insertPageBreak', [childIndex]);
  }

  override removeFromParent(): this {
    throw new NotImplementedError('Body', 'removeFromParent');
  }
}

export class HeaderSectionFake extends SectionFake {
  protected get _typeName(): string {
    return 'HEADER_SECTION';
  }

  override removeFromParent(): this {
    const doc = this._s.model();
    if (doc.header === this._node) delete doc.header;
    this._s.changed();
    return this;
  }
}

export class FooterSectionFake extends SectionFake {
  protected get _typeName(): string {
    return 'FOOTER_SECTION';
  }

  override removeFromParent(): this {
    const doc = this._s.model();
    if (doc.footer === this._node) delete doc.footer;
    this._s.changed();
    return this;
  }
}
