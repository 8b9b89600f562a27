// How full a Doc is, counted before Debrief writes to it: Google Docs hold up to 1.02 million characters (Google
// Drive Help, "Files you can store in Google Drive", https://support.google.com/drive/answer/37603). Google says
// nothing finer, so Debrief reads it strictly: every index of every segment (body, headers, footers) in the Docs
// API's index space, which counts each paragraph's newline, each table's structure and each picture too.
import type { DocsJson, StructuralElementJson } from './docs-json.ts';

export const MAX_DOC_CHARACTERS = 1_020_000;

const segmentLength = (content: StructuralElementJson[] | undefined): number => (content ?? []).reduce((end, element) => Math.max(end, element.endIndex ?? 0), 0);

/** The Doc's length in Docs API indexes, all segments together. */
export function docLength(json: DocsJson): number {
  const segments = [json.body, ...Object.values(json.headers ?? {}), ...Object.values(json.footers ?? {})];
  return segments.reduce((sum, segment) => sum + segmentLength(segment?.content), 0);
}

/** The characters a batch of Docs requests inserts (insertText only: the other requests Debrief sends add none). */
export function insertedLength(requests: readonly unknown[]): number {
  let length = 0;
  for (const request of requests) {
    const text = (request as { insertText?: { text?: unknown } } | null)?.insertText?.text;
    if (typeof text === 'string') length += text.length;
  }
  return length;
}

/** The Doc's length once `requests` are applied, when that is more than a Doc holds; undefined when it fits. */
export function overfullDoc(json: DocsJson, requests: readonly unknown[]): number | undefined {
  const after = docLength(json) + insertedLength(requests);
  return after > MAX_DOC_CHARACTERS ? after : undefined;
}
