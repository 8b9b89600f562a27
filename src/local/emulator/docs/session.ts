// What the Docs advanced service needs around the Doc models: the call log to track with, and which Docs the
// current user reaches (drive/access.ts). Google: https://developers.google.com/workspace/docs/api/auth
import type { ServiceContext } from '../service-context.ts';
import { reach, type Access, type Door, type Intent } from '../drive/access.ts';
import { track } from '../tracked.ts';
import { DOCUMENT_MIME, liveDocument, type DocModel } from './model.ts';

export class DocsRuntime {
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
}
