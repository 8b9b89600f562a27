// DriveApp and its File, Folder, FileIterator and User: the built-in Drive service. DriveApp needs the full
// (or read-only) Drive scope and then reaches every file the user can open (drive/access.ts); files out of reach
// answer Google's "No item with the given ID…" message.
// Google: https://developers.google.com/apps-script/reference/drive/drive-app,
//   https://developers.google.com/apps-script/reference/drive/file
import { item } from '../../item.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { officialEnum } from '../enums.ts';
import { SCOPE, requireAuthorization } from '../service-context.ts';
import { NotImplementedError, unwrap } from '../tracked.ts';
import type { StoredFile } from './drive-store.ts';
import type { DriveRuntime } from './drive-runtime.ts';
import { Blob, bytesOf, readBlobSource } from './blob.ts';
import { fileUrl } from './urls.ts';

/** Reported verbatim by Apps Script users for DriveApp.getFileById/getFolderById on a missing or unshared id. */
export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';
/** Apps Script's message for next() past the end of a Drive iterator. */
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';
const READ = [SCOPE.driveReadonly, SCOPE.drive];
const WRITE = [SCOPE.drive];
/** Reported by Apps Script users for DriveApp changes the user's role doesn't allow (not in Google's reference). */
export const ACCESS_DENIED = 'Access denied: DriveApp.';
export const ROOT_FOLDER_ID = '0AMyDriveRootFolderIdxxxxxxx';

export class DriveAppFake {
  readonly Access = officialEnum('Drive.Access');
  readonly Permission = officialEnum('Drive.Permission');

  constructor(private readonly _rt: DriveRuntime) {}

  getFileById(id: string): FileFake {
    requireAuthorization(this._rt.ctx, 'DriveApp.getFileById', READ);
    if (typeof id !== 'string') throw signatureMismatch('DriveApp.getFileById', [id]);
    if (!this._rt.access(id, 'driveApp').ok) throw new AppsScriptException(NO_ITEM);
    return wrapFile(this._rt, id);
  }

  getFilesByName(name: string): FileIteratorFake {
    requireAuthorization(this._rt.ctx, 'DriveApp.getFilesByName', READ);
    if (typeof name !== 'string') throw signatureMismatch('DriveApp.getFilesByName', [name]);
    const ids = this._rt.ctx.drive.all().filter((f) => f.name === name && !f.trashed && this._rt.access(f.id, 'driveApp').ok).map((f) => f.id);
    return this._rt.track('Drive.FileIterator', new FileIteratorFake(this._rt, ids));
  }

  getRootFolder(): FolderFake {
    requireAuthorization(this._rt.ctx, 'DriveApp.getRootFolder', READ);
    return this._rt.track('Drive.Folder', new FolderFake(this._rt));
  }

  createFile(...args: unknown[]): FileFake {
    requireAuthorization(this._rt.ctx, 'DriveApp.createFile', WRITE);
    return createFileFrom(this._rt, 'DriveApp.createFile', args);
  }
}

function createFileFrom(rt: DriveRuntime, method: string, args: unknown[]): FileFake {
  if (args.length === 1) {
    const blob = readBlobSource(args[0]);
    if (!blob) throw signatureMismatch(method, args);
    const file = rt.createBinary(blob.name ?? 'Untitled', blob.contentType ?? 'application/octet-stream', blob.bytes);
    return wrapFile(rt, file.id);
  }
  const [name, content, mimeType] = args;
  if ((args.length === 2 || args.length === 3) && typeof name === 'string' && typeof content === 'string'
      && (args.length === 2 || typeof mimeType === 'string')) {
    const type = (mimeType as string | undefined) ?? 'text/plain';
    if (/^application\/vnd\.google-apps\./.test(type)) throw new NotImplementedError('DriveApp', `createFile(name, content, "${type}")`);
    return wrapFile(rt, rt.createBinary(name, type, new Uint8Array(Buffer.from(content, 'utf8'))).id);
  }
  throw signatureMismatch(method, args);
}

function wrapFile(rt: DriveRuntime, id: string): FileFake {
  return rt.track('Drive.File', new FileFake(rt, id));
}

export class FileFake {
  constructor(private readonly _rt: DriveRuntime, private readonly _id: string) {}

  private get _file(): StoredFile {
    const access = this._rt.access(this._id, 'driveApp');
    if (!access.ok) throw new AppsScriptException(NO_ITEM);
    return access.file;
  }

  /** Editing needs a writer's role; trashing needs the owner's (Drive: only owners trash files in My Drive). */
  private _writable(method: string, ownerOnly = false): StoredFile {
    requireAuthorization(this._rt.ctx, method, WRITE);
    const access = this._rt.access(this._id, 'driveApp', 'write');
    if (!access.ok && access.refusal === 'not-found') throw new AppsScriptException(NO_ITEM);
    if (!access.ok || (ownerOnly && access.role !== 'owner')) throw new AppsScriptException(ACCESS_DENIED);
    return access.file;
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._file.name;
  }

  setName(name: string): FileFake {
    if (typeof name !== 'string') throw signatureMismatch('DriveApp.File.setName', [name]);
    const file = this._writable('DriveApp.File.setName');
    file.name = name;
    this._rt.ctx.drive.touch(file);
    return this;
  }

  getUrl(): string {
    return fileUrl(this._file.mimeType, this._id);
  }

  getMimeType(): string {
    return this._file.mimeType;
  }

  getOwner(): UserFake {
    return this._rt.track('Drive.User', new UserFake(this._file.owner));
  }

  getDateCreated(): Date {
    return new Date(this._file.createdAt);
  }

  getLastUpdated(): Date {
    return new Date(this._file.updatedAt);
  }

  getSize(): number {
    const file = this._file;
    return /^application\/vnd\.google-apps\./.test(file.mimeType) ? 0 : bytesOf(file.content).length;
  }

  isTrashed(): boolean {
    return this._file.trashed;
  }

  setTrashed(trashed: boolean): FileFake {
    if (typeof trashed !== 'boolean') throw signatureMismatch('DriveApp.File.setTrashed', [trashed]);
    const file = this._writable('DriveApp.File.setTrashed', true);
    file.trashed = trashed;
    this._rt.ctx.drive.touch(file);
    return this;
  }

  /** makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination): Drive names an unnamed copy "Copy of …". */
  makeCopy(...args: unknown[]): FileFake {
    const [first, second] = args;
    const folderArg = (v: unknown) => unwrap(v) instanceof FolderFake;
    const ok = args.length === 0 || (args.length === 1 && (typeof first === 'string' || folderArg(first)))
      || (args.length === 2 && typeof first === 'string' && folderArg(second));
    if (!ok) throw signatureMismatch('DriveApp.File.makeCopy', args);
    requireAuthorization(this._rt.ctx, 'DriveApp.File.makeCopy', WRITE);
    const source = this._file;
    const name = typeof first === 'string' ? first : `Copy of ${source.name}`;
    return wrapFile(this._rt, this._rt.copy(source, name).id);
  }

  getBlob(): Blob {
    const file = this._file;
    if (/^application\/vnd\.google-apps\./.test(file.mimeType)) throw new NotImplementedError('File', `getBlob() of a ${file.mimeType} (PDF export)`);
    return this._rt.track('Base.Blob', new Blob(bytesOf(file.content), file.mimeType, file.name));
  }

  getAs(contentType: string): Blob {
    if (typeof contentType !== 'string') throw signatureMismatch('DriveApp.File.getAs', [contentType]);
    const blob = unwrap(this.getBlob());
    return this._rt.track('Base.Blob', blob.getAs(contentType));
  }
}

export class FolderFake {
  constructor(private readonly _rt: DriveRuntime) {}

  getId(): string {
    return ROOT_FOLDER_ID;
  }

  getName(): string {
    return 'My Drive';
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${ROOT_FOLDER_ID}`;
  }

  createFile(...args: unknown[]): FileFake {
    requireAuthorization(this._rt.ctx, 'DriveApp.Folder.createFile', WRITE);
    return createFileFrom(this._rt, 'DriveApp.Folder.createFile', args);
  }
}

export class FileIteratorFake {
  private _next = 0;

  constructor(private readonly _rt: DriveRuntime, private readonly _ids: string[]) {}

  hasNext(): boolean {
    return this._next < this._ids.length;
  }

  next(): FileFake {
    if (!this.hasNext()) throw new AppsScriptException(ITERATOR_END);
    return wrapFile(this._rt, item(this._ids, this._next++, 'file'));
  }
}

export class UserFake {
  constructor(private readonly _email: string) {}

  getEmail(): string {
    return this._email;
  }

  getName(): string {
    const [name = ''] = this._email.split('@'); // split gives at least one part
    return name;
  }

  getDomain(): string {
    return this._email.split('@')[1] ?? '';
  }

  getPhotoUrl(): string {
    return '';
  }
}
