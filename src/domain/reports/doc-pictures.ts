// Where a chart goes in a Doc. Docs' API can only place a picture it fetches from a public link, so a chart made
// in Apps Script (a PNG blob) goes in through DocumentApp's Body.insertImage(childIndex, blob), before the fill:
// this finds the child index of the {{placeholder}} paragraph in the copy's JSON, and the JSON as it will read
// once a paragraph holding the picture stands in front of it (every later index two further on: the picture and
// its paragraph's newline), so the one-batch fill is planned without reading the Doc again.
import type { DocsJson, StructuralElementJson } from './docs-json.ts';
import { token } from './placeholders.ts';

export interface PicturePlacement {
  /** Body.insertImage's childIndex: body elements before the placeholder's paragraph, section breaks left out. */
  childIndex: number;
  /** The copy's JSON with the picture's paragraph in front of the placeholder. */
  json: DocsJson;
}

const textOf = (e: StructuralElementJson) => (e.paragraph?.elements ?? []).map((x) => x.textRun?.content ?? '').join('');

function shifted<T>(value: T, from: number, by: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, from, by)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    // An end index is exclusive: the paragraph ending where the picture goes stays where it is.
    const moves = typeof v === 'number' && ((key === 'startIndex' && v >= from) || (key === 'endIndex' && v > from));
    out[key] = moves ? (v as number) + by : shifted(v, from, by);
  }
  return out as T;
}

/** The placement for `name` alone in a top-level body paragraph, or null when the template has no such paragraph. */
export function picturePlacement(doc: DocsJson, name: string): PicturePlacement | null {
  const content = doc.body?.content ?? [];
  const at = content.findIndex((e) => e.paragraph && textOf(e).trim() === token(name));
  const target = content[at];
  if (!target) return null;
  const start = target.startIndex ?? 0;
  const childIndex = content.slice(0, at).filter((e) => !e.sectionBreak).length;
  const picture: StructuralElementJson = {
    startIndex: start, endIndex: start + 2,
    paragraph: { elements: [{ startIndex: start, endIndex: start + 1 }, { startIndex: start + 1, endIndex: start + 2, textRun: { content: '\n' } }] },
  };
  const body = shifted(content, start, 2);
  body.splice(at, 0, picture);
  return { childIndex, json: { ...doc, body: { ...doc.body, content: body } } };
}
