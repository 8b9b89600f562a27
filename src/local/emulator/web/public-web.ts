// The public web as Google's servers see it when they fetch an image for a document: only URLs that tests or the
// playground declare as public images exist here, and the links of Drive files anyone with the link may view
// (their webContentLink, "…/uc?id=…&export=download", or their page); every other URL fails to fetch. Docs (insertInlineImage) and
// Slides (createImage, Slide.insertImage by URL) ask it, as Google fetches the image itself at insertion time.
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertinlineimagerequest,
//   https://developers.google.com/slides/api/reference/rest/v1/presentations/request#createimagerequest
import { imageSize } from '../docs/image-size.ts';

export interface PublicImage {
  contentType: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** "Images must be less than 50MB, cannot exceed 25 megapixels, and must be in either in PNG, JPEG, or GIF format." */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

/** A Drive file id inside a Drive/Docs URL ("…/d/<id>/…", "…?id=<id>&…"), if the URL is one. */
export function driveIdInUrl(url: string): string | undefined {
  return /^https:\/\/(?:drive|docs)\.google\.com\/.*?(?:\/d\/|[?&]id=)([-\w]{20,})/.exec(url)?.[1];
}

export class PublicWeb {
  private readonly images = new Map<string, PublicImage>();

  /** `driveFile`: the bytes of a Drive file anyone with the link may view, by id (its links are public). */
  constructor(private readonly driveFile: (id: string) => { contentType: string; bytes: Uint8Array } | undefined = () => undefined) {}

  /** Declares `url` a publicly reachable image with these bytes (its type is what the server would send). */
  publishImage(url: string, contentType: string, bytes: Uint8Array): void {
    this.images.set(url, { contentType, bytes, ...imageSize(bytes) });
  }

  /**
   * The image Google would fetch from `url`, or undefined: the URL must be http(s) and at most 2 kB, be public,
   * and serve a PNG, JPEG or GIF under 50 MB and 25 megapixels (Docs API InsertInlineImageRequest.uri; Slides API
   * CreateImageRequest.url). Where Google says nothing, the strict reading: a redirect or a page is not an image.
   */
  fetchImage(url: string): PublicImage | undefined {
    if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return undefined;
    const id = driveIdInUrl(url);
    const shared = id === undefined ? undefined : this.driveFile(id);
    const image = this.images.get(url) ?? (shared ? { ...shared, ...imageSize(shared.bytes) } : undefined);
    if (!image || !IMAGE_TYPES.has(image.contentType)) return undefined;
    if (image.bytes.length >= 50 * 1024 * 1024 || image.width * image.height > 25_000_000) return undefined;
    return image;
  }
}
