// What an inserted image or chart is made from: an image URL (Drive links obey the user's access), an image
// BlobSource, or an EmbeddedChart of the local SpreadsheetApp. Sibling fakes are read through their own
// helpers (chartOf, readBlobSource), so looking at them isn't counted as the add-on's calls.
// Google: https://developers.google.com/apps-script/reference/slides/slide#insertImage(BlobSource,Number,Number,Number,Number),
//   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String)
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import type { DriveStore } from '../drive/drive-store.ts';
import { publiclyReadable } from '../drive/access.ts';
import { readBlobSource } from '../drive/blob.ts';
import { a1Notation, quoteSheetName } from '../sheets/a1-notation.ts';
import { chartOf } from '../sheets/charts.ts';
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

/** "Images must be less than 50MB, cannot exceed 25 megapixels, and must be in either in PNG, JPEG, or GIF format." */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

/** A Drive file id inside a Drive/Docs URL, if the URL is one. */
function driveId(url: string): string | undefined {
  return /^https:\/\/(?:drive|docs)\.google\.com\/.*?(?:\/d\/|[?&]id=)([-\w]{20,})/.exec(url)?.[1];
}

/**
 * An image URL as Slides fetches it: "The image is fetched once at insertion time ... The provided URL must be
 * publicly accessible and up to 2 kB in length", PNG, JPEG or GIF (CreateImageRequest.url, Slides API reference;
 * the same for SlidesApp's insertImage(imageUrl)). Public is what the local public web serves as an image
 * (web/public-web.ts), or a Drive file anyone with the link may view; a file only shared with the user is refused.
 */
export function imageFromUrl(url: string, drive: DriveStore): ImageSource | undefined {
  const image = drive.web.fetchImage(url);
  if (image) return { sourceUrl: url, contentType: image.contentType };
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return undefined;
  const id = driveId(url);
  const file = id === undefined ? undefined : drive.find(id);
  if (!file || !publiclyReadable(file) || !IMAGE_TYPES.has(file.mimeType)) return undefined;
  return { sourceUrl: url };
}

/** An image BlobSource of PNG, JPEG or GIF under 50 MB; its bytes are kept when small so the deck can be rendered. */
export function imageFromBlob(source: unknown, qualifiedMethod: string, args: readonly unknown[]): ImageSource {
  const blob = readBlobSource(source);
  if (!blob) throw signatureMismatch(qualifiedMethod, args);
  const contentType = blob.contentType ?? '';
  // Not verified against Google: Apps Script's wording for an image blob it can't use.
  if (!IMAGE_TYPES.has(contentType) || blob.bytes.length >= 50 * 1024 * 1024) {
    throw new AppsScriptException('The image you are trying to use is invalid or corrupt.');
  }
  const image: ImageSource = { contentType };
  if (blob.bytes.length <= 1_000_000) image.dataUri = `data:${contentType};base64,${Buffer.from(blob.bytes).toString('base64')}`;
  return image;
}

/** Spreadsheet, chart id, title and ranges of an EmbeddedChart the add-on passed in. */
export function chartSource(chart: unknown, qualifiedMethod: string, args: readonly unknown[]): ChartSource {
  let fake: ReturnType<typeof chartOf>;
  try {
    fake = chartOf(chart, qualifiedMethod);
  } catch {
    throw signatureMismatch(qualifiedMethod, args);
  }
  const chartId = fake.getChartId();
  // Not verified against Google: Slides links a chart by its id in a spreadsheet, so a built chart that was never
  // inserted with Sheet.insertChart() (getChartId() is null) can't be placed; this wording is ours.
  if (chartId === null) throw new AppsScriptException('The chart must be inserted into a sheet before it can be added to a slide.');
  const title = fake._spec.options.get('title');
  return {
    spreadsheetId: fake._sheet.spreadsheet.id,
    chartId,
    title: typeof title === 'string' ? title : '',
    ranges: fake._spec.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${a1Notation(r.row, r.column, r.numRows, r.numColumns)}`),
  };
}
