// The DocumentApp, Docs, DriveApp and Drive fakes with the official interfaces they stand for, for the
// API-surface test (fake-classes.ts): each sample is a bare instance over a throwaway Drive.
import { item } from '../../item.ts';
import type { WorkspaceContext } from '../context.ts';
import { DriveStore } from '../drive/drive-store.ts';
import { Blob } from '../drive/blob.ts';
import { DriveAppFake, FileFake, FileIteratorFake, FolderFake, UserFake } from '../drive/drive-app.ts';
import { DriveRuntime } from '../drive/drive-runtime.ts';
import { DriveV3Fake, FilesCollectionFake } from '../drive/drive-v3.ts';
import type { FakeClass } from '../fake-classes.ts';
import type { ServiceContext } from '../service-context.ts';
import { DocsFake, DocumentsCollectionFake } from './api/docs-service.ts';
import { DocumentAppFake, DocumentFake, wrapNode } from './document-app.ts';
import { HorizontalRuleFake, InlineImageFake, PageBreakFake } from './elements/inline.ts';
import { ListItemFake, ParagraphFake } from './elements/paragraph.ts';
import { BodyFake, FooterSectionFake, HeaderSectionFake } from './elements/section.ts';
import { TableCellFake, TableFake, TableRowFake } from './elements/table.ts';
import { RangeElementFake } from './elements/range-element.ts';
import { TextFake } from './elements/text.ts';
import type { DocModel, ParagraphNode, TableNode } from './model.ts';
import { blankDocument, DOCUMENT_MIME, textNode } from './model.ts';
import { DocSession, DocsRuntime } from './session.ts';

function serviceContext(ctx: WorkspaceContext): ServiceContext {
  return { calls: ctx.calls, drive: new DriveStore(ctx.now, ctx.userEmail), now: ctx.now, userEmail: ctx.userEmail, timeZone: ctx.timeZone, authMode: () => ctx.authMode };
}

function runtime(ctx: WorkspaceContext): DocsRuntime {
  const rt = new DocsRuntime(serviceContext(ctx));
  rt.wrap = wrapNode;
  return rt;
}

function session(ctx: WorkspaceContext): DocSession {
  const rt = runtime(ctx);
  return rt.session(rt.ctx.drive.create<DocModel>({ name: 'Sample', mimeType: DOCUMENT_MIME, content: blankDocument() }));
}

const paragraph = (): ParagraphNode => ({ kind: 'paragraph', style: 'NORMAL_TEXT', children: [textNode('x')] });
const table = (): TableNode => ({ kind: 'table', rows: [{ kind: 'row', cells: [{ kind: 'cell', children: [paragraph()] }] }] });
const driveRuntime = (ctx: WorkspaceContext) => new DriveRuntime(serviceContext(ctx), new Map());

export const DOCS_FAKE_CLASSES: readonly FakeClass[] = [
  { qualifiedName: 'Document.DocumentApp', sample: (ctx) => new DocumentAppFake(runtime(ctx)) },
  { qualifiedName: 'Document.Document', sample: (ctx) => new DocumentFake(session(ctx)) },
  { qualifiedName: 'Document.Body', sample: (ctx) => new BodyFake(session(ctx), blankDocument().body) },
  { qualifiedName: 'Document.HeaderSection', sample: (ctx) => new HeaderSectionFake(session(ctx), { kind: 'header', id: 'h', children: [paragraph()] }) },
  { qualifiedName: 'Document.FooterSection', sample: (ctx) => new FooterSectionFake(session(ctx), { kind: 'footer', id: 'f', children: [paragraph()] }) },
  { qualifiedName: 'Document.Paragraph', sample: (ctx) => new ParagraphFake(session(ctx), paragraph()) },
  { qualifiedName: 'Document.ListItem', sample: (ctx) => new ListItemFake(session(ctx), { ...paragraph(), list: { id: 'l', level: 0, glyph: 'BULLET' } }) },
  { qualifiedName: 'Document.Table', sample: (ctx) => new TableFake(session(ctx), table()) },
  { qualifiedName: 'Document.TableRow', sample: (ctx) => new TableRowFake(session(ctx), item(table().rows, 0, 'sample row')) },
  { qualifiedName: 'Document.TableCell', sample: (ctx) => new TableCellFake(session(ctx), item(item(table().rows, 0, 'sample row').cells, 0, 'sample cell')) },
  { qualifiedName: 'Document.Text', sample: (ctx) => new TextFake(session(ctx), textNode('x')) },
  {
    qualifiedName: 'Document.InlineImage',
    sample: (ctx) => new InlineImageFake(session(ctx), { kind: 'image', objectId: 'i', contentType: 'image/png', base64: '', width: 1, height: 1 }),
  },
  { qualifiedName: 'Document.HorizontalRule', sample: (ctx) => new HorizontalRuleFake(session(ctx), { kind: 'rule' }) },
  { qualifiedName: 'Document.PageBreak', sample: (ctx) => new PageBreakFake(session(ctx), { kind: 'pagebreak' }) },
  { qualifiedName: 'Document.RangeElement', sample: (ctx) => new RangeElementFake(session(ctx), { node: textNode('x'), start: 0, end: 0 }) },
  { qualifiedName: 'Docs', sample: (ctx) => new DocsFake(runtime(ctx)) },
  { qualifiedName: 'Docs.Collection.DocumentsCollection', sample: (ctx) => new DocumentsCollectionFake(runtime(ctx)) },
  { qualifiedName: 'Drive.DriveApp', sample: (ctx) => new DriveAppFake(driveRuntime(ctx)) },
  { qualifiedName: 'Drive.File', sample: (ctx) => new FileFake(driveRuntime(ctx), 'x') },
  { qualifiedName: 'Drive.Folder', sample: (ctx) => new FolderFake(driveRuntime(ctx)) },
  { qualifiedName: 'Drive.FileIterator', sample: (ctx) => new FileIteratorFake(driveRuntime(ctx), []) },
  { qualifiedName: 'Drive.User', sample: () => new UserFake('you@agency.example') },
  { qualifiedName: 'Base.Blob', sample: () => new Blob(new Uint8Array(), null, null) },
  { qualifiedName: 'Drive', sample: (ctx) => new DriveV3Fake(driveRuntime(ctx)) },
  { qualifiedName: 'Drive_v3.Drive.V3.Collection.FilesCollection', sample: (ctx) => new FilesCollectionFake(driveRuntime(ctx)) },
];
