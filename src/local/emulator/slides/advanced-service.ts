// The Slides advanced service: Slides.Presentations.get / create / batchUpdate over the saved file, with the
// REST API's JSON and its errors as Apps Script surfaces them (GoogleJsonResponseException, "API call to … failed").
// Google: https://developers.google.com/slides/api/reference/rest/v1/presentations/batchUpdate,
//   https://developers.google.com/apps-script/advanced/slides
import { judgeAdvancedCall, restParams } from '../advanced-calls.ts';
import { isPlainObject } from '../errors.ts';
import { GoogleJsonResponseException } from '../drive/api-error.ts';
import type { StoredFile } from '../drive/drive-store.ts';
import { SCOPE, requireAuthorization } from '../service-context.ts';
import { STALE_REVISION_MESSAGE } from '../docs/api/docs-service.ts';
import { applyRequests } from './batch-update.ts';
import { RequestError } from './batch-request.ts';
import { PRESENTATION_MIME, clonePresentation, newPresentationModel, type PresentationModel } from './model.ts';
import { presentationJson, revisionId } from './rest-json.ts';
import { PRESENTATIONS, type SlidesRuntime } from './runtime.ts';

export class PresentationsCollectionFake {
  constructor(private readonly _rt: SlidesRuntime) {}

  /** The REST reference's scopes: reading accepts read-only ones, writing needs presentations or drive(.file). */
  private _authorize(method: string, write: boolean): void {
    const anyOf = [PRESENTATIONS, SCOPE.drive, SCOPE.driveFile, ...(write ? [] : [`${PRESENTATIONS}.readonly`, SCOPE.driveReadonly])];
    requireAuthorization(this._rt.ctx, `Slides.Presentations.${method}`, anyOf);
  }

  /** presentations reaches every deck the user can open, drive.file only granted ones; viewers can't write (403, Google's standard PERMISSION_DENIED wording). */
  private _file(method: string, presentationId: unknown): StoredFile<PresentationModel> {
    const write = method !== 'get';
    this._authorize(method, write);
    const access = this._rt.presentationAccess(String(presentationId), 'slidesApi', write ? 'write' : 'read');
    if (access.ok) return access.file;
    if (access.refusal === 'read-only') throw new GoogleJsonResponseException(`slides.presentations.${method}`, 403, 'The caller does not have permission');
    throw new GoogleJsonResponseException(`slides.presentations.${method}`, 404, 'Requested entity was not found.');
  }

  get(presentationId: unknown): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'slides', method: 'presentations.get', params: restParams({ presentationId }), body: null });
    const file = this._file('get', presentationId);
    return presentationJson(file.id, file.name, file.content);
  }

  /** A new deck named by resource.title; like the API, everything else in the resource is ignored. */
  create(resource: unknown): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'slides', method: 'presentations.create', params: {}, body: resource });
    this._authorize('create', true);
    const title = isPlainObject(resource) && typeof resource.title === 'string' ? resource.title : 'Untitled presentation';
    const user = this._rt.ctx.userEmail;
    const file = this._rt.ctx.drive.create({ name: title, mimeType: PRESENTATION_MIME, content: newPresentationModel(), owner: user, grantedTo: [user] });
    return presentationJson(file.id, file.name, file.content);
  }

  /** Every request in order, in one call, all or nothing; one reply per request. */
  batchUpdate(resource: unknown, presentationId: unknown): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'slides', method: 'presentations.batchUpdate', params: restParams({ presentationId }), body: resource });
    const file = this._file('batchUpdate', presentationId);
    const body = isPlainObject(resource) ? resource : {};
    const requests = Array.isArray(body.requests) ? body.requests : [];
    const control = isPlainObject(body.writeControl) ? body.writeControl : {};
    if (typeof control.requiredRevisionId === 'string' && control.requiredRevisionId !== revisionId(file.content)) {
      // Undocumented wording (developers.google.com/workspace/slides/api/reference/rest/v1/presentations/batchUpdate,
      // WriteControl): the generic INVALID_ARGUMENT text, so nothing can match on it (see docs-service.ts).
      throw new GoogleJsonResponseException('slides.presentations.batchUpdate', 400, STALE_REVISION_MESSAGE);
    }
    const trial = clonePresentation(file.content);
    let replies: Record<string, unknown>[];
    try {
      replies = applyRequests(trial, requests, this._rt.ctx.drive);
    } catch (error) {
      if (error instanceof RequestError) throw new GoogleJsonResponseException('slides.presentations.batchUpdate', 400, error.message);
      throw error;
    }
    if (requests.length) {
      trial.revision += 1;
      file.content = trial;
      this._rt.ctx.drive.touch(file);
    }
    return { presentationId: file.id, replies, writeControl: { requiredRevisionId: revisionId(file.content) } };
  }
}

/** The `Slides` global: Slides.Presentations and the schema builders (newCreateSlideRequest()… are not emulated). */
export class SlidesAdvancedFake {
  readonly Presentations: PresentationsCollectionFake;

  constructor(rt: SlidesRuntime) {
    this.Presentations = rt.track('Collection.PresentationsCollection', new PresentationsCollectionFake(rt));
  }
}
