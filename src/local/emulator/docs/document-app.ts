// DocumentApp and Document: creating and opening Docs (by id or URL, only those the add-on may reach), their
// sections, and saveAndClose(). Every element handed out is tracked under its official Document.* name.
// Google: https://developers.google.com/apps-script/reference/document/document-app,
//   https://developers.google.com/apps-script/reference/document/document
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { officialEnum } from '../enums.ts';
import { SCOPE, requireAuthorization } from '../service-context.ts';
import { NotImplementedError } from '../tracked.ts';
import { fileUrl, idFromUrl } from '../drive/urls.ts';
import { blankDocument, DOCUMENT_MIME, emptyParagraph, newId, type AnyNode, type DocModel } from './model.ts';
import type { DocSession, DocsRuntime } from './session.ts';
import { BodyFake, FooterSectionFake, HeaderSectionFake } from './elements/section.ts';
import { HorizontalRuleFake, InlineImageFake, PageBreakFake } from './elements/inline.ts';
import { ListItemFake, ParagraphFake } from './elements/paragraph.ts';
import { TableCellFake, TableFake, TableRowFake } from './elements/table.ts';
import { TextFake } from './elements/text.ts';

/**
 * Apps Script's message for a Doc that is missing or out of reach, as users report it (the id included):
 * "Document 1qjB-… is missing (perhaps it was deleted, or you don't have read access?)".
 */
export function missingDocument(id: string): string {
  return `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`;
}
/** Not verified against Google: Apps Script's usual "Invalid argument: <name>" for a URL that names no document. */
export const INVALID_URL = 'Invalid argument: url';
const ENUMS = ['Attribute', 'ElementType', 'GlyphType', 'HorizontalAlignment', 'ParagraphHeading', 'PositionedLayout', 'TextAlignment', 'VerticalAlignment', 'FontFamily'];

export class DocumentAppFake {
  constructor(private readonly _rt: DocsRuntime) {
    for (const name of ENUMS) Object.defineProperty(this, name, { value: officialEnum(`Document.${name}`), enumerable: true, configurable: true });
  }

  create(name: unknown): DocumentFake {
    requireAuthorization(this._rt.ctx, 'DocumentApp.create', [SCOPE.documents]);
    if (typeof name !== 'string') throw signatureMismatch('DocumentApp.create', [name]);
    const file = this._rt.ctx.drive.create<DocModel>({ name, mimeType: DOCUMENT_MIME, content: blankDocument(), owner: this._rt.ctx.userEmail, grantedTo: [this._rt.ctx.userEmail] });
    return wrapDocument(this._rt.session(file));
  }

  openById(id: unknown): DocumentFake {
    requireAuthorization(this._rt.ctx, 'DocumentApp.openById', [SCOPE.documents]);
    if (typeof id !== 'string') throw signatureMismatch('DocumentApp.openById', [id]);
    return this._open(id);
  }

  openByUrl(url: unknown): DocumentFake {
    requireAuthorization(this._rt.ctx, 'DocumentApp.openByUrl', [SCOPE.documents]);
    if (typeof url !== 'string') throw signatureMismatch('DocumentApp.openByUrl', [url]);
    const id = idFromUrl(url);
    if (!id) throw new AppsScriptException(INVALID_URL);
    return this._open(id);
  }

  private _open(id: string): DocumentFake {
    const file = this._rt.docFile(id);
    if (!file) throw new AppsScriptException(missingDocument(id));
    return wrapDocument(this._rt.session(file));
  }

  /** A Sheets add-on has no active document. */
  getActiveDocument(): null {
    return null;
  }

  getUi(): never {
    throw new AppsScriptException('Cannot call DocumentApp.getUi() from this context.');
  }
}

function wrapDocument(session: DocSession): DocumentFake {
  return session.rt.track('Document.Document', new DocumentFake(session));
}

export class DocumentFake {
  constructor(private readonly _s: DocSession) {}

  /** Still answers after saveAndClose(): scripts commonly export the closed Doc by its id. */
  getId(): string {
    return this._s.file.id;
  }

  getName(): string {
    return this._s.file.name;
  }

  /** Renames the Drive file at once. */
  setName(name: unknown): this {
    if (typeof name !== 'string') throw signatureMismatch('DocumentApp.Document.setName', [name]);
    this._s.model();
    this._s.file.name = name;
    this._s.rt.ctx.drive.touch(this._s.file);
    return this;
  }

  getUrl(): string {
    return fileUrl(DOCUMENT_MIME, this._s.file.id);
  }

  getBody(): unknown {
    return this._s.wrap(this._s.model().body);
  }

  getHeader(): unknown {
    const header = this._s.model().header;
    return header ? this._s.wrap(header) : null;
  }

  getFooter(): unknown {
    const footer = this._s.model().footer;
    return footer ? this._s.wrap(footer) : null;
  }

  addHeader(): unknown {
    const doc = this._s.model();
    if (doc.header) throw new NotImplementedError('Document', 'addHeader() when the Doc already has a header');
    doc.header = { kind: 'header', id: newId(doc, 'kix.hdr'), children: [emptyParagraph()] };
    this._s.changed();
    return this._s.wrap(doc.header);
  }

  addFooter(): unknown {
    const doc = this._s.model();
    if (doc.footer) throw new NotImplementedError('Document', 'addFooter() when the Doc already has a footer');
    doc.footer = { kind: 'footer', id: newId(doc, 'kix.ftr'), children: [emptyParagraph()] };
    this._s.changed();
    return this._s.wrap(doc.footer);
  }

  /** Writes the edits to the Doc and closes it: any further use throws "Document is closed…". */
  saveAndClose(): void {
    this._s.model();
    this._s.close();
  }
}

/** The tracked DocumentApp element for a node of an open Doc. */
export function wrapNode(session: DocSession, node: AnyNode): unknown {
  const rt = session.rt;
  switch (node.kind) {
    case 'body':
      return rt.track('Document.Body', new BodyFake(session, node));
    case 'header':
      return rt.track('Document.HeaderSection', new HeaderSectionFake(session, node));
    case 'footer':
      return rt.track('Document.FooterSection', new FooterSectionFake(session, node));
    case 'paragraph':
      return node.list ? rt.track('Document.ListItem', new ListItemFake(session, node)) : rt.track('Document.Paragraph', new ParagraphFake(session, node));
    case 'table':
      return rt.track('Document.Table', new TableFake(session, node));
    case 'row':
      return rt.track('Document.TableRow', new TableRowFake(session, node));
    case 'cell':
      return rt.track('Document.TableCell', new TableCellFake(session, node));
    case 'text':
      return rt.track('Document.Text', new TextFake(session, node));
    case 'image':
      return rt.track('Document.InlineImage', new InlineImageFake(session, node));
    case 'rule':
      return rt.track('Document.HorizontalRule', new HorizontalRuleFake(session, node));
    case 'pagebreak':
      return rt.track('Document.PageBreak', new PageBreakFake(session, node));
  }
}
