// Base.Blob: bytes with a content type and a name, as EmbeddedChart.getAs and Utilities.newBlob hand them
// around. Apps Script's getBytes() gives Java bytes (-128…127), so this does too.
// Google: https://developers.google.com/apps-script/reference/base/blob
import { unwrap } from '../tracked.ts';

/** A binary (non-Google) Drive file's content as the DriveStore keeps it: JSON-safe, so snapshots need no codec. */
export interface BinaryContent {
  base64: string;
}



export class Blob {
  constructor(private _data: Uint8Array, private _type: string | null, private _name: string | null) {}

  getBytes(): number[] {
    return Array.from(this._data, (b) => (b > 127 ? b - 256 : b));
  }




  getContentType(): string | null {
    return this._type;
  }



  getName(): string | null {
    return this._name;
  }






  /** The raw bytes, for the local Workspace's own code. */
  _bytes(): Uint8Array {
    return this._data;
  }
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
