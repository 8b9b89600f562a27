// Output file names: "<Client> — <Campaign> — <artefact> (<date>)". Generating again never reuses a name, so a
// file a person may have edited is never mistaken for (or replaced by) the new one: "(2)", "(3)"… follow.
import { artefactTitle, type Artefact } from '../artefacts.ts';
import { oneLine } from './learnings-doc.ts';

export const LEARNINGS_DOC_NAME = 'Client learnings (Debrief)';

/** Longer client or campaign names are cut (with "…") so a file name stays readable and fits what Debrief keeps. */
const MAX_NAME_PART = 200;

/** `text` cut to at most `max` UTF-16 units, ending in "…" when cut; never splits a character. */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const namePart = (text: string, fallback: string) => shortened(oneLine(text) || fallback, MAX_NAME_PART);

export function outputFileName(client: string, campaign: string, artefact: Artefact, date: string, taken: readonly string[] = []): string {
  const base = `${artefactTitle(artefact, { client: namePart(client, 'Client'), campaign: namePart(campaign, 'Campaign') })} (${date})`;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!used.has(name)) return name;
  }
}

/** A Docs, Slides or Drive link's file id ("/d/<id>" or "?id=<id>"), or a bare id pasted on its own. */
export function fileIdFromUrl(input: string): string | undefined {
  const value = input.trim();
  const inUrl = /\/d\/([A-Za-z0-9_-]{10,})/.exec(value)?.[1] ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(value)?.[1];
  if (inUrl) return inUrl;
  return /^[A-Za-z0-9_-]{20,}$/.test(value) ? value : undefined;
}
