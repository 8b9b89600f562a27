// An open Document as DocumentApp holds it: Apps Script loads the Doc when it is opened, shows the script its own
// edits, and writes them back on saveAndClose() or when the execution ends. The Docs API reads and writes the
// saved file, so it does not see unsaved DocumentApp edits.
// Google: https://developers.google.com/apps-script/reference/document/document#saveAndClose()
import { AppsScriptException } from '../errors.ts';
import type { StoredFile } from '../drive/drive-store.ts';
import { reach, type Access, type Door, type Intent } from '../drive/access.ts';
import type { ServiceContext } from '../service-context.ts';
import { NotImplementedError, track } from '../tracked.ts';
import { cloneDocument, DOCUMENT_MIME, liveDocument, normalizeDocument, type AnyNode, type DocModel } from './model.ts';

/** Reported verbatim by Apps Script users for any use of a Document after saveAndClose(). */
export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';
/** Not verified against Google: Apps Script's "Access denied: <Service>." wording, for an edit by someone who may only view or comment. */
export const READ_ONLY_MESSAGE = 'Access denied: DocumentApp.';

export class DocSession {
  private readonly work: DocModel;
  private base: number;
  private dirty = false;
  private closed = false;

  constructor(readonly rt: DocsRuntime, readonly file: StoredFile<DocModel>) {
    this.work = cloneDocument(file.content);
    this.base = file.content.revision;
  }

  /** The script's view of the Doc; throws once the Document is closed. */
  model(): DocModel {
    if (this.closed) throw new AppsScriptException(CLOSED_MESSAGE);
    return this.work;
  }

  /** Every DocumentApp edit calls this after changing the model; a viewer's or commenter's edit is refused. */
  changed(): void {
    if (!reach(this.rt.ctx, this.file.id, 'documentApp', 'write').ok) {
      throw new AppsScriptException(READ_ONLY_MESSAGE);
    }
    this.dirty = true;
    this.work.revision += 1;
  }

  wrap<T = unknown>(node: AnyNode): T {
    return this.rt.wrap(this, node) as T;
  }

  save(): void {
    if (!this.dirty) return;
    if (this.file.content.revision !== this.base) {
      // Google merges a script's DocumentApp edits with API edits made meanwhile; the local Workspace cannot.
      throw new NotImplementedError('Document', 'saving DocumentApp edits over Docs API edits made since it was opened (call saveAndClose() before using Docs.Documents)');
    }
    const saved = cloneDocument(this.work);
    normalizeDocument(saved);
    saved.revision = this.base + 1;
    this.file.content = saved;
    this.base = saved.revision;
    this.work.revision = saved.revision;
    this.dirty = false;
    this.rt.ctx.drive.touch(this.file);
  }

  close(): void {
    if (this.closed) return;
    this.save();
    this.closed = true;
    this.rt.forget(this);
  }
}

export class DocsRuntime {
  private readonly open = new Map<string, DocSession>();
  /** Set by the services: makes the tracked DocumentApp element for a node (Paragraph, Table, Text…). */
  wrap: (session: DocSession, node: AnyNode) => unknown = () => {
    throw new Error('local Workspace: DocsRuntime.wrap not set');
  };

  constructor(readonly ctx: ServiceContext) {}

  track<T extends object>(qualifiedClass: string, fake: T): T {
    return track(qualifiedClass, fake, this.ctx.calls);
  }

  /** A Doc the current user reaches through `door` (drive/access.ts), trashed or not, else why not. */
  docAccess(id: unknown, door: Door, intent: Intent = 'read'): Access<DocModel> {
    const access = reach<DocModel>(this.ctx, id, door, intent);
    if (access.file && access.file.mimeType !== DOCUMENT_MIME) return { ok: false, refusal: 'not-found' };
    if (access.file) liveDocument(access.file);
    return access;
  }

  /** A Doc DocumentApp may open for the current user (the documents scope reaches every Doc they can open), else undefined. */
  docFile(id: unknown): StoredFile<DocModel> | undefined {
    const access = this.docAccess(id, 'documentApp');
    return access.ok ? access.file : undefined;
  }

  /** Opening a Doc twice in one execution shares one loaded copy, as Apps Script does. */
  session(file: StoredFile<DocModel>): DocSession {
    let session = this.open.get(file.id);
    if (!session) {
      session = new DocSession(this, file);
      this.open.set(file.id, session);
    }
    return session;
  }

  forget(session: DocSession): void {
    if (this.open.get(session.file.id) === session) this.open.delete(session.file.id);
  }

  /** The end of an execution: every open Document is saved and closed, as Apps Script does. */
  endExecution(): void {
    for (const session of [...this.open.values()]) session.close();
  }
}
