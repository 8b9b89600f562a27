// The Docs advanced service (userSymbol "Docs"): Documents.get / create / batchUpdate over the saved Doc. A batch
// is all or nothing; writeControl.requiredRevisionId refuses a write based on a stale read, which is how two
// appends to one shared Doc are kept apart (the loser re-reads and retries).
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate,
//   https://developers.google.com/docs/api/reference/rest/v1/documents/get
import { judgeAdvancedCall, restParams } from '../../advanced-calls.ts';
import { isPlainObject } from '../../errors.ts';
import { GoogleJsonResponseException } from '../../drive/api-error.ts';
import { officialMembers } from '../../official-api.ts';
import { SCOPE, requireAuthorization } from '../../service-context.ts';
import { NotImplementedError } from '../../tracked.ts';
import type { StoredFile } from '../../drive/drive-store.ts';
import { blankDocument, cloneDocument, documentCodec, DOCUMENT_MIME, inlineLength, normalizeDocument, type BlockNode, type DocModel } from '../model.ts';
import type { DocsRuntime } from '../session.ts';
import { applyRequest, RequestError } from './requests.ts';
import { documentJson, revisionId } from './to-json.ts';

const SCOPES = [SCOPE.documents, SCOPE.driveFile, SCOPE.drive];
const READ_SCOPES = [SCOPE.documents, SCOPE.documentsReadonly, SCOPE.driveFile, SCOPE.drive, SCOPE.driveReadonly];

/**
 * A write based on a stale read (writeControl.requiredRevisionId no longer the latest) is refused with a 400, but
 * Google documents no wording for it (developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate,
 * WriteControl). The local Workspace answers with the generic INVALID_ARGUMENT text on purpose, so the add-on can't
 * depend on matching one; what is documented (Document.revisionId: "If the revision ID is unchanged between calls,
 * then the document has not changed") is how a writer tells staleness: read again and compare.
 */
export const STALE_REVISION_MESSAGE = 'Request contains an invalid argument.';

/**
 * A Google Doc holds up to 1.02 million characters (Google Drive Help, "Files you can store in Google Drive",
 * https://support.google.com/drive/answer/37603). Google documents neither how it counts nor how a batch past it is
 * refused, so the local Workspace refuses, with the generic 400, a batch that leaves more than that many characters
 * (each paragraph's newline and each picture, rule or page break counted as one, as Docs indexes them).
 */
export const MAX_DOC_CHARACTERS = 1_020_000;

function blocksLength(blocks: BlockNode[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') length += 1 + block.children.reduce((sum, node) => sum + inlineLength(node), 0);
    else for (const row of block.rows) for (const cell of row.cells) length += blocksLength(cell.children);
  }
  return length;
}

export function docCharacters(doc: DocModel): number {
  return [doc.body, doc.header, doc.footer].reduce((sum, section) => sum + (section ? blocksLength(section.children) : 0), 0);
}

export class DocsFake {
  readonly Documents: DocumentsCollectionFake;

  constructor(rt: DocsRuntime) {
    this.Documents = rt.track('Docs.Collection.DocumentsCollection', new DocumentsCollectionFake(rt));
    // Docs.newInsertTextRequest() and friends: empty resources for the script to fill.
    for (const name of officialMembers('Docs')) {
      if (name.startsWith('new')) (this as unknown as Record<string, () => object>)[name] = () => ({});
    }
  }
}

export class DocumentsCollectionFake {
  constructor(private readonly _rt: DocsRuntime) {}

  get(documentId: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'docs', method: 'documents.get', params: restParams({ documentId }, optionalArgs), body: null });
    const file = this._file('get', documentId);
    const tabs = isPlainObject(optionalArgs) && optionalArgs.includeTabsContent === true;
    return documentJson(file.content, file.id, file.name, tabs);
  }

  create(resource: unknown): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'docs', method: 'documents.create', params: {}, body: resource });
    requireAuthorization(this._rt.ctx, 'Docs.Documents.create', SCOPES);
    const title = isPlainObject(resource) && typeof resource.title === 'string' ? resource.title : 'Untitled document';
    const file = this._rt.ctx.drive.create<DocModel>({ name: title, mimeType: DOCUMENT_MIME, content: blankDocument(), owner: this._rt.ctx.userEmail, grantedTo: [this._rt.ctx.userEmail] });
    return documentJson(file.content, file.id, file.name);
  }

  batchUpdate(resource: unknown, documentId: unknown): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'docs', method: 'documents.batchUpdate', params: restParams({ documentId }), body: resource });
    const file = this._file('batchUpdate', documentId, 'write');
    const fail = (message: string) => new GoogleJsonResponseException('docs.documents.batchUpdate', 400, message);
    if (!isPlainObject(resource)) throw fail('Invalid JSON payload received.');
    const requests = resource.requests;
    if (!Array.isArray(requests) || requests.length === 0) throw fail('Must specify at least one request.');
    const control = isPlainObject(resource.writeControl) ? resource.writeControl : {};
    if (control.targetRevisionId !== undefined) throw new NotImplementedError('DocumentsCollection', 'batchUpdate with writeControl.targetRevisionId');
    const current = revisionId(file.id, file.content.revision);
    if (control.requiredRevisionId !== undefined && control.requiredRevisionId !== current) throw fail(STALE_REVISION_MESSAGE);
    const work = cloneDocument(file.content);
    let replies: Record<string, unknown>[];
    try {
      replies = requests.map((request, i) => applyRequest(work, request, i, this._rt.ctx.drive.web));
    } catch (error) {
      if (error instanceof RequestError) throw fail(error.message);
      throw error;
    }
    normalizeDocument(work);
    if (docCharacters(work) > MAX_DOC_CHARACTERS) throw fail('Request contains an invalid argument.'); // generic: Google documents no wording
    if (JSON.stringify(documentCodec.serialize(work)) !== JSON.stringify(documentCodec.serialize(file.content))) {
      work.revision = file.content.revision + 1;
      file.content = work;
      this._rt.ctx.drive.touch(file);
    }
    return { documentId: file.id, replies, writeControl: { requiredRevisionId: revisionId(file.id, file.content.revision) } };
  }

  /** documents reaches every Doc the user can open, drive.file only granted ones; viewers can't write (403, Google's standard PERMISSION_DENIED wording). */
  private _file(method: string, documentId: unknown, intent: 'read' | 'write' = 'read'): StoredFile<DocModel> {
    requireAuthorization(this._rt.ctx, `Docs.Documents.${method}`, intent === 'read' ? READ_SCOPES : SCOPES);
    const access = this._rt.docAccess(documentId, 'docsApi', intent);
    if (access.ok) return access.file;
    if (access.refusal === 'read-only') throw new GoogleJsonResponseException(`docs.documents.${method}`, 403, 'The caller does not have permission');
    throw new GoogleJsonResponseException(`docs.documents.${method}`, 404, 'Requested entity was not found.');
  }
}
