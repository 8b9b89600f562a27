// What an inserted image or chart is made from: an image URL (Drive links obey the user's access), an image
// blob, or an EmbeddedChart of the local SpreadsheetApp. Foreign fakes are read through unwrap(), so looking at
// them is not counted as the add-on's own calls.
import { AppsScriptException, isPlainObject, signatureMismatch } from '../errors.ts';
import type { DriveStore } from '../drive/drive-store.ts';
import { unwrap } from '../tracked.ts';
import type { ChartSource } from './model.ts';

/**
 * The Slides API's answer when it can't fetch an image (recalled, not verified against a live call); SlidesApp is
 * given the same wording here.
 */
export const IMAGE_RETRIEVAL_MESSAGE =
  'There was a problem retrieving the image. The provided image should be publicly accessible, within size limit, and in supported formats.';

export interface ImageSource {
  sourceUrl?: string;
  contentType?: string;
  dataUri?: string;
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

/** Calls a method of a foreign fake without going through its tracking proxy; undefined if it has none or fails. */
function peek(target: unknown, method: string, ...args: unknown[]): unknown {
  const raw = unwrap(target) as Record<string, unknown> | null | undefined;
  const fn = raw?.[method];
  if (typeof fn !== 'function') return undefined;
  try {
    return unwrap(fn.apply(raw, args));
  } catch {
    return undefined;
  }
}

function isFakeObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isPlainObject(unwrap(value));
}

/** A Drive file id inside a Drive/Docs URL, if the URL is one. */
function driveId(url: string): string | undefined {
  return /^https:\/\/(?:drive|docs)\.google\.com\/.*?(?:\/d\/|[?&]id=)([-\w]{20,})/.exec(url)?.[1];
}

/** Checks an image URL as far as the local Workspace can: http(s), at most 2 kB, and Drive files the user can open. */
export function imageFromUrl(url: string, drive: DriveStore): ImageSource | undefined {
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return undefined;
  const id = driveId(url);
  if (id !== undefined && !drive.reachable(id)) return undefined;
  return { sourceUrl: url };
}

/** An image blob (or BlobSource) of PNG, JPEG or GIF; its bytes are kept when small so the deck can be rendered. */
export function imageFromBlob(source: unknown, qualifiedMethod: string, args: readonly unknown[]): ImageSource {
  if (!isFakeObject(source)) throw signatureMismatch(qualifiedMethod, args);
  const blob = peek(source, 'getContentType') !== undefined ? source : peek(source, 'getBlob');
  const contentType = peek(blob, 'getContentType');
  if (typeof contentType !== 'string') throw signatureMismatch(qualifiedMethod, args);
  // Not verified against Google: Apps Script's wording for an image blob it can't use.
  if (!IMAGE_TYPES.has(contentType)) throw new AppsScriptException('The image you are trying to use is invalid or corrupt.');
  const raw = peek(blob, 'getBytes');
  const bytes = Array.isArray(raw) ? (raw as number[]) : ArrayBuffer.isView(raw) ? Array.from(raw as Uint8Array) : undefined;
  const image: ImageSource = { contentType };
  if (bytes && bytes.length <= 1_000_000) {
    image.dataUri = `data:${contentType};base64,${Buffer.from(bytes.map((b) => b & 0xff)).toString('base64')}`;
  }
  return image;
}

/** Title, ranges and ids of an EmbeddedChart, read defensively: the local SpreadsheetApp's fake may be partial. */
export function chartSource(chart: unknown, qualifiedMethod: string, args: readonly unknown[]): ChartSource {
  const raw = unwrap(chart) as Record<string, unknown> | null;
  if (!isFakeObject(chart) || (typeof raw?.getChartId !== 'function' && typeof raw?.getRanges !== 'function')) {
    throw signatureMismatch(qualifiedMethod, args);
  }
  const chartId = peek(chart, 'getChartId');
  const title = peek(peek(chart, 'getOptions'), 'get', 'title');
  const ranges = peek(chart, 'getRanges');
  const list = Array.isArray(ranges) ? ranges : [];
  const a1 = list.map((r) => {
    const notation = peek(r, 'getA1Notation');
    const sheetName = peek(peek(r, 'getSheet'), 'getName');
    return typeof sheetName === 'string' && typeof notation === 'string' ? `${sheetName}!${notation}` : String(notation ?? '');
  });
  const spreadsheetId = list.length ? peek(peek(peek(list[0], 'getSheet'), 'getParent'), 'getId') : undefined;
  return {
    spreadsheetId: typeof spreadsheetId === 'string' ? spreadsheetId : '',
    chartId: typeof chartId === 'number' ? chartId : null,
    title: typeof title === 'string' ? title : '',
    ranges: a1.filter((s) => s !== ''),
  };
}
