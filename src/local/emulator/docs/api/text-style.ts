// A Docs API TextStyle (with its `fields` mask) as a patch of the model's character style: each listed field is
// set from the request, or cleared when the request leaves it out.
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
import { isPlainObject } from '../../errors.ts';
import { NotImplementedError } from '../../tracked.ts';
import type { TextStyle } from '../model.ts';

type Json = Record<string, unknown>;

function hexOf(optionalColor: unknown): string | undefined {
  const rgb = isPlainObject(optionalColor) && isPlainObject(optionalColor.color) && isPlainObject(optionalColor.color.rgbColor)
    ? optionalColor.color.rgbColor : undefined;
  if (!rgb) return undefined;
  const part = (v: unknown) => Math.round((typeof v === 'number' ? v : 0) * 255).toString(16).padStart(2, '0');
  return `#${part(rgb.red)}${part(rgb.green)}${part(rgb.blue)}`;
}

const READERS: Record<string, [keyof TextStyle, (style: Json) => unknown]> = {
  bold: ['bold', (s) => s.bold === true || undefined],
  italic: ['italic', (s) => s.italic === true || undefined],
  underline: ['underline', (s) => s.underline === true || undefined],
  strikethrough: ['strikethrough', (s) => s.strikethrough === true || undefined],
  link: ['linkUrl', (s) => (isPlainObject(s.link) && typeof s.link.url === 'string' ? s.link.url : undefined)],
  foregroundColor: ['foregroundColor', (s) => hexOf(s.foregroundColor)],
  backgroundColor: ['backgroundColor', (s) => hexOf(s.backgroundColor)],
  fontSize: ['fontSize', (s) => (isPlainObject(s.fontSize) && typeof s.fontSize.magnitude === 'number' ? s.fontSize.magnitude : undefined)],
  weightedFontFamily: ['fontFamily', (s) => (isPlainObject(s.weightedFontFamily) ? s.weightedFontFamily.fontFamily : undefined)],
};

export function textStyleFromJson(style: Json, fields: string[]): Partial<Record<keyof TextStyle, unknown>> {
  const names = fields.includes('*') ? Object.keys(READERS) : fields;
  const patch: Partial<Record<keyof TextStyle, unknown>> = {};
  for (const name of names) {
    const reader = READERS[name];
    if (!reader) throw new NotImplementedError('DocumentsCollection', `batchUpdate updateTextStyle of "${name}"`);
    patch[reader[0]] = reader[1](style);
  }
  return patch;
}
