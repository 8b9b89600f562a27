// Lists and linked or bold text go into a filled Doc through one Docs API batchUpdate instead of a DocumentApp call
// per item and per span, so a Doc costs the same calls whether it holds 3 learnings or 5. DocumentApp leaves a
// one-line marker paragraph where each goes; this plans the requests that turn each marker into its text.
import type { DocsJson, StructuralElementJson } from './docs-json.ts';
import { paragraphOf, type OutlineParagraph } from './docs-json.ts';
import type { Span } from './model.ts';

export interface RichSlot {
  marker: string;
  /** One paragraph per entry; `bullets` makes them a bulleted list. */
  paragraphs: Span[][];
  bullets: boolean;
}

/** A marker no template or person would type: a per-fill nonce and a number. */
export function richMarker(nonce: string, n: number): string {
  return `[debrief ${nonce} ${n}]`;
}

const oneLine = (value: string) => value.replace(/[\t\r\n\u000b\u2028\u2029]+/g, ' ');

function paragraphsUnder(content: readonly StructuralElementJson[] | undefined): OutlineParagraph[] {
  return (content ?? []).flatMap((e) => {
    if (e.paragraph) return [paragraphOf(e)!];
    if (e.table) return (e.table.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).flatMap((c) => paragraphsUnder(c.content)));
    return [];
  });
}

/** The requests (last marker first, so earlier indexes stay right) and the markers that weren't found. */
export function planRichText(doc: DocsJson, slots: readonly RichSlot[]): { requests: Record<string, unknown>[]; missing: string[] } {
  const paragraphs = paragraphsUnder(doc.body?.content);
  const placed = slots.map((slot) => ({ slot, at: paragraphs.find((p) => p.text === slot.marker) }));
  const requests: Record<string, unknown>[] = [];
  for (const { slot, at } of placed.filter((p) => p.at).sort((a, b) => b.at!.start - a.at!.start)) {
    const start = at!.start;
    const lines = slot.paragraphs.map((spans) => spans.map((s) => ({ ...s, text: oneLine(s.text) })));
    const textValue = lines.map((spans) => spans.map((s) => s.text).join('')).join('\n');
    requests.push({ deleteContentRange: { range: { startIndex: start, endIndex: start + slot.marker.length } } });
    if (textValue) requests.push({ insertText: { location: { index: start }, text: textValue } });
    if (slot.bullets && textValue) {
      requests.push({ createParagraphBullets: { range: { startIndex: start, endIndex: start + textValue.length }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } });
    }
    let offset = start;
    for (const spans of lines) {
      for (const span of spans) {
        const range = { startIndex: offset, endIndex: offset + span.text.length };
        if (span.text && span.link) requests.push({ updateTextStyle: { range, textStyle: { link: { url: span.link } }, fields: 'link' } });
        if (span.text && span.bold) requests.push({ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bold' } });
        offset = range.endIndex;
      }
      offset += 1; // the paragraph's newline
    }
  }
  return { requests, missing: placed.filter((p) => !p.at).map((p) => p.slot.marker) };
}
