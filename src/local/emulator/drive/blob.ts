// Base.Blob: bytes with a content type and a name, as DriveApp, DocumentApp images and Utilities.newBlob hand them
// around. Apps Script's getBytes() gives Java bytes (-128…127), so this does too.
// Google: https://developers.google.com/apps-script/reference/base/blob
import { signatureMismatch } from '../errors.ts';
import { NotImplementedError, unwrap } from '../tracked.ts';

/** A binary (non-Google) Drive file's content as the DriveStore keeps it: JSON-safe, so snapshots need no codec. */
export interface BinaryContent {
  base64: string;
}

const GOOGLE_TYPE = /^application\/vnd\.google-apps\./;

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp', svg: 'image/svg+xml',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', html: 'text/html', htm: 'text/html', json: 'application/json',
};

export class Blob {
  constructor(private _data: Uint8Array, private _type: string | null, private _name: string | null) {}

  getBytes(): number[] {
    return Array.from(this._data, (b) => (b > 127 ? b - 256 : b));
  }

  setBytes(data: number[]): Blob {
    if (!Array.isArray(data)) throw signatureMismatch('Blob.setBytes', [data]);
    this._data = Uint8Array.from(data, (b) => Number(b) & 0xff);
    return this;
  }

  getDataAsString(charset?: string): string {
    return Buffer.from(this._data).toString(nodeEncoding(charset));
  }

  setDataFromString(text: string, charset?: string): Blob {
    if (typeof text !== 'string') throw signatureMismatch('Blob.setDataFromString', [text]);
    this._data = new Uint8Array(Buffer.from(text, nodeEncoding(charset)));
    return this;
  }

  getContentType(): string | null {
    return this._type;
  }

  setContentType(contentType: string | null): Blob {
    this._type = contentType;
    return this;
  }

  setContentTypeFromExtension(): Blob {
    const ext = /\.([A-Za-z0-9]+)$/.exec(this._name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type) throw new NotImplementedError('Blob', `setContentTypeFromExtension() for "${this._name}"`);
    this._type = type;
    return this;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): Blob {
    if (typeof name !== 'string') throw signatureMismatch('Blob.setName', [name]);
    this._name = name;
    return this;
  }

  isGoogleType(): boolean {
    return GOOGLE_TYPE.test(this._type ?? '');
  }

  copyBlob(): Blob {
    return new Blob(this._data.slice(), this._type, this._name);
  }

  getBlob(): Blob {
    return this;
  }

  /** Converting between formats (PNG → JPEG, anything → PDF) needs a renderer; only "as it already is" is emulated. */
  getAs(contentType: string): Blob {
    if (typeof contentType !== 'string') throw signatureMismatch('Blob.getAs', [contentType]);
    if (contentType !== this._type) throw new NotImplementedError('Blob', `getAs("${contentType}") from ${this._type}`);
    return this.copyBlob();
  }

  /** The raw bytes, for the local Workspace's own code. */
  _bytes(): Uint8Array {
    return this._data;
  }
}

function nodeEncoding(charset: string | undefined): BufferEncoding {
  if (charset === undefined) return 'utf8';
  const c = charset.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (c === 'utf8') return 'utf8';
  if (c === 'usascii' || c === 'ascii') return 'ascii';
  if (c === 'iso88591' || c === 'latin1') return 'latin1';
  if (c === 'utf16le') return 'utf16le';
  throw new NotImplementedError('Blob', `charset ${charset}`);
}

/** A new (untracked) Blob, as Utilities.newBlob(data, contentType?, name?) makes: from a string (UTF-8) or Byte[]. */
export function newBlob(data: string | number[] | Uint8Array, contentType: string | null = null, name: string | null = null): Blob {
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8'))
    : data instanceof Uint8Array ? data.slice() : Uint8Array.from(data, (b) => Number(b) & 0xff);
  return new Blob(bytes, contentType, name);
}

export function binaryContent(bytes: Uint8Array): BinaryContent {
  return { base64: Buffer.from(bytes).toString('base64') };
}

export function bytesOf(content: unknown): Uint8Array {
  const base64 = (content as Partial<BinaryContent> | null)?.base64;
  if (typeof base64 !== 'string') throw new Error('local Workspace: this Drive file holds no binary content');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/**
 * The bytes, type and name of whatever BlobSource the add-on passed (a Blob from any fake, a File, an image),
 * read without counting calls: the add-on did not make them.
 */
export function readBlobSource(source: unknown): { bytes: Uint8Array; contentType: string | null; name: string | null } | undefined {
  let raw = unwrap(source) as unknown;
  if (raw && typeof raw === 'object' && !(raw instanceof Blob) && typeof (raw as { getBytes?: unknown }).getBytes !== 'function'
      && typeof (raw as { getBlob?: unknown }).getBlob === 'function') {
    raw = unwrap((raw as { getBlob(): unknown }).getBlob());
  }
  if (raw instanceof Blob) return { bytes: raw._bytes(), contentType: raw.getContentType(), name: raw.getName() };
  const like = raw as { getBytes?: () => number[]; getContentType?: () => string | null; getName?: () => string | null } | null;
  if (like && typeof like.getBytes === 'function') {
    return { bytes: Uint8Array.from(like.getBytes(), (b) => b & 0xff), contentType: like.getContentType?.() ?? null, name: like.getName?.() ?? null };
  }
  return undefined;
}
