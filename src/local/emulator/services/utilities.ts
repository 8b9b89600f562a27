// Utilities: formatDate with Java SimpleDateFormat patterns, UUIDs, base64 (Apps Script byte arrays hold
// signed bytes, -128…127) and a sleep that returns at once (nothing else runs meanwhile).
// Google: https://developers.google.com/apps-script/reference/utilities/utilities
import { randomUUID } from 'node:crypto';
import { enumName, officialEnum } from '../enums.ts';
import { AppsScriptException, isDate, signatureMismatch } from '../errors.ts';
import { formatSimpleDate } from './simple-date-format.ts';

type Bytes = number[];

function toBuffer(data: unknown, charset: unknown, method: string): Buffer {
  if (typeof data === 'string') return Buffer.from(data, enumName(charset) === 'US_ASCII' ? 'ascii' : 'utf8');
  if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 255)) return Buffer.from(data.map((b) => b & 0xff));
  throw signatureMismatch(`Utilities.${method}`, [data]);
}

function toSignedBytes(buffer: Buffer): Bytes {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function decode(encoded: unknown, alphabet: RegExp, method: string): Bytes {
  if (typeof encoded !== 'string') throw signatureMismatch(`Utilities.${method}`, [encoded]);
  if (!alphabet.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) throw new AppsScriptException('Could not decode string.');
  return toSignedBytes(Buffer.from(encoded, alphabet.source.includes('_') ? 'base64url' : 'base64'));
}

export class FakeUtilities {
  readonly Charset = officialEnum('Utilities.Charset');

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') throw signatureMismatch('Utilities.formatDate', [date, timeZone, format]);
    try {
      return formatSimpleDate(date, timeZone, format);
    } catch (error) {
      throw new AppsScriptException(`Invalid argument: ${(error as Error).message}`);
    }
  }

  getUuid(): string { return randomUUID(); }


  base64Encode(data: unknown, charset?: unknown): string { return toBuffer(data, charset, 'base64Encode').toString('base64'); }

  base64Decode(encoded: unknown): Bytes { return decode(encoded, /^[A-Za-z0-9+/]*={0,2}$/, 'base64Decode'); }
}
