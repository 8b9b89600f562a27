// The Drive advanced service, v3 (userSymbol "Drive"): Files.copy / get / create / update / remove returning v3 File
// resources, and Permissions.create for link sharing. Under drive.file it reaches exactly the files the user gave the add-on (created with it or chosen in
// Google Picker); under drive, every file the user can open (drive/access.ts). Errors follow Drive's "Resolve
// errors" page (https://developers.google.com/drive/api/guides/handle-errors): 404 "File not found: <id>." and
// 403 insufficientFilePermissions.
import type { StoredFile } from './drive-store.ts';
import { officialMembers } from '../official-api.ts';
import { SCOPE, requireAuthorization } from '../service-context.ts';
import { NotImplementedError } from '../tracked.ts';
import { judgeAdvancedCall, restParams } from '../advanced-calls.ts';
import { isPlainObject } from '../errors.ts';
import { GoogleJsonResponseException } from './api-error.ts';
import { bytesOf, readBlobSource } from './blob.ts';
import type { DriveRuntime } from './drive-runtime.ts';
import { fileUrl } from './urls.ts';
import { displayName } from '../users.ts';
import type { Intent } from './access.ts';

const SCOPES = [SCOPE.driveFile, SCOPE.drive];
const GOOGLE_TYPE = /^application\/vnd\.google-apps\./;
/** What files.* return when the request names no `fields`. */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

export class DriveV3Fake {
  readonly Files: FilesCollectionFake;
  readonly Permissions: PermissionsCollectionFake;

  constructor(rt: DriveRuntime) {
    this.Files = rt.track('Drive_v3.Drive.V3.Collection.FilesCollection', new FilesCollectionFake(rt));
    this.Permissions = rt.track('Drive_v3.Drive.V3.Collection.PermissionsCollection', new PermissionsCollectionFake(rt));
    // Drive.newFile(), Drive.newPermission()…: empty resources for the script to fill.
    for (const name of officialMembers('Drive')) {
      if (name.startsWith('new')) (this as unknown as Record<string, () => object>)[name] = () => ({});
    }
  }
}

export class FilesCollectionFake {
  constructor(private readonly _rt: DriveRuntime) {}

  copy(resource: unknown, fileId: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'files.copy', params: restParams({ fileId }, optionalArgs), body: resource });
    this._auth('copy');
    const source = this._find('drive.files.copy', fileId);
    const meta = resourceArg('drive.files.copy', resource);
    if (meta.mimeType !== undefined && meta.mimeType !== source.mimeType) throw new NotImplementedError('Drive.Files', 'copy() with a conversion');
    const name = typeof meta.name === 'string' ? meta.name : `Copy of ${source.name}`;
    return fileResource(this._rt, this._rt.copy(source, name), fieldsArg(optionalArgs), 'drive.files.copy');
  }

  get(fileId: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'files.get', params: restParams({ fileId }, optionalArgs), body: null });
    this._auth('get');
    const file = this._find('drive.files.get', fileId);
    if (isPlainObject(optionalArgs) && optionalArgs.alt === 'media') {
      if (GOOGLE_TYPE.test(file.mimeType)) {
        throw new GoogleJsonResponseException('drive.files.get', 403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      }
      throw new NotImplementedError('Drive.Files', 'get(fileId, {alt: "media"})');
    }
    return fileResource(this._rt, file, fieldsArg(optionalArgs), 'drive.files.get');
  }

  create(resource: unknown, mediaData?: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'files.create', params: restParams({}, optionalArgs), body: resource });
    this._auth('create');
    const meta = resourceArg('drive.files.create', resource);
    const mimeType = typeof meta.mimeType === 'string' ? meta.mimeType : undefined;
    let file: StoredFile | undefined;
    if (mediaData === undefined || mediaData === null) {
      if (!mimeType || !GOOGLE_TYPE.test(mimeType)) throw new NotImplementedError('Drive.Files', 'create() of an empty non-Google file');
      file = this._rt.createBlank(typeof meta.name === 'string' ? meta.name : 'Untitled', mimeType);
      if (!file) throw new NotImplementedError('Drive.Files', `create() of a blank ${mimeType}`);
    } else {
      const blob = readBlobSource(mediaData);
      if (!blob) throw new GoogleJsonResponseException('drive.files.create', 400, 'Media type not supported.');
      const type = mimeType ?? blob.contentType ?? 'application/octet-stream';
      if (GOOGLE_TYPE.test(type)) throw new NotImplementedError('Drive.Files', `create() converting ${blob.contentType} to ${type}`);
      file = this._rt.createBinary(typeof meta.name === 'string' ? meta.name : blob.name ?? 'Untitled', type, blob.bytes);
    }
    return fileResource(this._rt, file, fieldsArg(optionalArgs), 'drive.files.create');
  }

  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'files.update', params: restParams({ fileId }, optionalArgs), body: resource });
    this._auth('update');
    const meta = resourceArg('drive.files.update', resource);
    const file = this._find('drive.files.update', fileId, 'write');
    // Only a file's owner may trash it in My Drive; a writer may rename it.
    if ('trashed' in meta && file.owner !== this._rt.ctx.userEmail) throw insufficient('drive.files.update', file.id);
    if (mediaData !== undefined && mediaData !== null) throw new NotImplementedError('Drive.Files', 'update() with media');
    for (const [key, value] of Object.entries(meta)) {
      if (key === 'name' && typeof value === 'string') file.name = value;
      else if (key === 'trashed' && typeof value === 'boolean') file.trashed = value;
      else throw new NotImplementedError('Drive.Files', `update() of "${key}"`);
    }
    this._rt.ctx.drive.touch(file);
    return fileResource(this._rt, file, fieldsArg(optionalArgs), 'drive.files.update');
  }

  /** files.delete: "Permanently deletes a file owned by the user without moving it to the trash." Owner only. */
  remove(fileId: unknown, optionalArgs: unknown = {}): void {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'files.delete', params: restParams({ fileId }, optionalArgs), body: null });
    this._auth('remove');
    const file = this._find('drive.files.delete', fileId, 'write');
    if (file.owner !== this._rt.ctx.userEmail) throw insufficient('drive.files.delete', file.id);
    this._rt.ctx.drive.remove(file.id);
  }

  private _auth(method: string): void {
    requireAuthorization(this._rt.ctx, `Drive.Files.${method}`, SCOPES);
  }

  private _find(method: string, fileId: unknown, intent: Intent = 'read'): StoredFile {
    const access = this._rt.access(fileId, 'driveApi', intent);
    if (access.ok) return access.file;
    if (access.refusal === 'read-only') throw insufficient(method, String(fileId));
    throw new GoogleJsonResponseException(method, 404, `File not found: ${String(fileId)}.`);
  }
}

/**
 * Permissions.create (permissions.create): only "anyone with the link" (type "anyone", role "reader") is emulated,
 * what Debrief asks for so Google's image fetchers can read a picture; other kinds throw. A writer or owner may
 * share. When the domain's policy forbids sharing outside it, Drive refuses: a 403 whose exact wording is not
 * documented (the strict reading: the call fails, and the file stays private).
 */
export class PermissionsCollectionFake {
  constructor(private readonly _rt: DriveRuntime) {}

  create(resource: unknown, fileId: unknown, optionalArgs: unknown = {}): Record<string, unknown> {
    judgeAdvancedCall(this._rt.ctx, { service: 'drive', method: 'permissions.create', params: restParams({ fileId }, optionalArgs), body: resource });
    requireAuthorization(this._rt.ctx, 'Drive.Permissions.create', SCOPES);
    const meta = resourceArg('drive.permissions.create', resource);
    if (meta.type !== 'anyone' || meta.role !== 'reader') throw new NotImplementedError('Drive.Permissions', `create() of type ${String(meta.type)}, role ${String(meta.role)}`);
    const access = this._rt.access(fileId, 'driveApi', 'write');
    if (!access.ok) {
      if (access.refusal === 'read-only') throw insufficient('drive.permissions.create', String(fileId));
      throw new GoogleJsonResponseException('drive.permissions.create', 404, `File not found: ${String(fileId)}.`);
    }
    if (!this._rt.ctx.drive.linkSharingAllowed) {
      throw new GoogleJsonResponseException('drive.permissions.create', 403, 'The sharing settings of your organization do not allow sharing this file with anyone who has the link.');
    }
    access.file.linkSharing = 'reader';
    this._rt.ctx.drive.touch(access.file);
    return { kind: 'drive#permission', id: 'anyoneWithLink', type: 'anyone', role: 'reader', allowFileDiscovery: false };
  }
}

/** Drive's insufficientFilePermissions: the user may see the file but not change it this way. */
function insufficient(method: string, id: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(method, 403, `The user does not have sufficient permissions for file ${id}.`);
}

function resourceArg(method: string, resource: unknown): Record<string, unknown> {
  if (resource === undefined || resource === null) return {};
  if (!isPlainObject(resource)) throw new GoogleJsonResponseException(method, 400, 'Invalid JSON payload received.');
  return resource;
}

function fieldsArg(optionalArgs: unknown): string | undefined {
  return isPlainObject(optionalArgs) && typeof optionalArgs.fields === 'string' ? optionalArgs.fields : undefined;
}

/** A v3 File resource with the requested fields ("id,name", "owners(emailAddress)", "*"), or the default four. */
export function fileResource(rt: DriveRuntime, file: StoredFile, fields: string | undefined, method: string): Record<string, unknown> {
  const google = GOOGLE_TYPE.test(file.mimeType);
  const me = file.owner === rt.ctx.userEmail;
  const role = rt.ctx.drive.roleOf(file, rt.ctx.userEmail);
  const edits = role === 'owner' || role === 'writer';
  const full: Record<string, unknown> = {
    kind: 'drive#file', id: file.id, name: file.name, mimeType: file.mimeType, trashed: file.trashed,
    createdTime: file.createdAt, modifiedTime: file.updatedAt, ownedByMe: me,
    owners: [{ kind: 'drive#user', displayName: displayName(file.owner), emailAddress: file.owner, me }],
    shared: Object.keys(file.shares).length > 0 || file.linkSharing !== undefined,
    // A subset of File.capabilities: what the current user may do with the file.
    capabilities: { canEdit: edits, canComment: role !== 'reader', canCopy: true, canShare: edits, canTrash: me, canRename: edits, canDownload: true },
    webViewLink: `${fileUrl(file.mimeType, file.id)}?usp=drivesdk`,
    // "A link for downloading the content of the file in a browser ... only available for files with binary content."
    ...(google ? {} : { size: String(bytesOf(file.content).length), webContentLink: `https://drive.google.com/uc?id=${file.id}&export=download` }),
  };
  if (fields === undefined) return Object.fromEntries(DEFAULT_FIELDS.map((k) => [k, full[k]]));
  if (fields.trim() === '*') return full;
  const out: Record<string, unknown> = {};
  for (const part of splitFields(fields)) {
    const m = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(part);
    if (!m) throw new GoogleJsonResponseException(method, 400, `Invalid field selection ${part}`);
    const [, name = '', sub] = m; // the name group takes part in every match
    if (!(name in full) && !['description', 'parents', 'properties', 'appProperties'].includes(name)) {
      throw new GoogleJsonResponseException(method, 400, `Invalid field selection ${name}`);
    }
    if (full[name] === undefined) continue;
    const pick = (o: Record<string, unknown>) => Object.fromEntries(splitFields(sub ?? '').filter((k) => k in o).map((k) => [k, o[k]]));
    const value = full[name];
    out[name] = !sub ? value : Array.isArray(value) ? (value as Record<string, unknown>[]).map(pick) : isPlainObject(value) ? pick(value) : value;
  }
  return out;
}

function splitFields(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of fields) {
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
