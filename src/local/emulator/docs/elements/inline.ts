// The inline elements a paragraph holds besides text: InlineImage (its bytes, size, link and alt text),
// HorizontalRule and PageBreak.
// Google: https://developers.google.com/apps-script/reference/document/inline-image,
//   https://developers.google.com/apps-script/reference/document/horizontal-rule,
//   https://developers.google.com/apps-script/reference/document/page-break
import { Blob } from '../../drive/blob.ts';
import type { ImageNode } from '../model.ts';
import { ElementFake, integerArg, stringArg } from './element.ts';

export class InlineImageFake extends ElementFake {
  protected get _typeName(): string {
    return 'INLINE_IMAGE';
  }

  private get _image(): ImageNode {
    return this._node as ImageNode;
  }

  getBlob(): Blob {
    const image = this._image;
    return this._s.rt.track('Base.Blob', new Blob(new Uint8Array(Buffer.from(image.base64, 'base64')), image.contentType, null));
  }

  getAs(contentType: unknown): Blob {
    const image = this._image;
    const blob = new Blob(new Uint8Array(Buffer.from(image.base64, 'base64')), image.contentType, null);
    return this._s.rt.track('Base.Blob', blob.getAs(stringArg(contentType, this._method('getAs'), [contentType])));
  }

  getWidth(): number { return this._image.width; }
  getHeight(): number { return this._image.height; }
  getLinkUrl(): string | null { return this._image.linkUrl ?? null; }
  getAltTitle(): string | null { return this._image.altTitle ?? null; }
  getAltDescription(): string | null { return this._image.altDescription ?? null; }

  setWidth(width: unknown): this { return this._set('width', integerArg(width, this._method('setWidth'), [width])); }
  setHeight(height: unknown): this { return this._set('height', integerArg(height, this._method('setHeight'), [height])); }
  setLinkUrl(url: unknown): this { return this._set('linkUrl', url === null ? undefined : stringArg(url, this._method('setLinkUrl'), [url])); }
  setAltTitle(title: unknown): this { return this._set('altTitle', stringArg(title, this._method('setAltTitle'), [title])); }
  setAltDescription(description: unknown): this {
    return this._set('altDescription', stringArg(description, this._method('setAltDescription'), [description]));
  }

  private _set<K extends 'width' | 'height' | 'linkUrl' | 'altTitle' | 'altDescription'>(key: K, value: ImageNode[K]): this {
    this._image[key] = value;
    this._s.changed();
    return this;
  }
}

export class HorizontalRuleFake extends ElementFake {
  protected get _typeName(): string {
    return 'HORIZONTAL_RULE';
  }
}

export class PageBreakFake extends ElementFake {
  protected get _typeName(): string {
    return 'PAGE_BREAK';
  }
}
