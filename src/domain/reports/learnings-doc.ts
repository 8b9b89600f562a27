// The shared client-learnings Doc: one HEADING_1 per client (in alphabetical order), under it one dated HEADING_2
// per campaign with 3–5 bullets and a line naming the campaign's root causes. Planned from Docs.Documents.get's
// JSON as Docs API requests that insert at one point and style only what they inserted: nothing else changes.
import { rootCauseRows } from '../analysis/kpis.ts';
import type { RootCauseMatrix } from '../analysis/types.ts';
import { storedLine } from './stored-text.ts';
import { bodyOutline, type DocsJson, type OutlineParagraph } from './docs-json.ts';

export interface LearningsEntry {
  client: string;
  /** "<Campaign> — <wrap date>" */
  heading: string;
  bullets: string[];
}

/** Headings and names compared the way a person reads them: case, spacing and dash style don't matter. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015-]/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * One line of text as the Doc will keep it (stored-text.ts: what insertText strips is gone, so every range planned
 * from it is right), with runs of spaces collapsed and no space at either end.
 */
export function oneLine(value: string): string {
  return storedLine(value.replace(/\u007f/g, ' ')).replace(/ {2,}/g, ' ').trim();
}

const HEADING = /^HEADING_[1-6]$/;
const level = (p: OutlineParagraph) => (HEADING.test(p.style) ? Number(p.style.slice(-1)) : 0);

interface ClientSection {
  heading: OutlineParagraph;
  /** Paragraphs after the client heading, up to the next HEADING_1. */
  paragraphs: OutlineParagraph[];
  /** Where the section ends: the next HEADING_1, if any. */
  next?: OutlineParagraph;
}

function clientSection(outline: OutlineParagraph[], client: string): ClientSection | undefined {
  const at = outline.findIndex((p) => p.style === 'HEADING_1' && sameName(p.text, client));
  const heading = outline[at];
  if (!heading) return undefined;
  const end = outline.findIndex((p, i) => i > at && p.style === 'HEADING_1');
  return { heading, paragraphs: outline.slice(at + 1, end < 0 ? undefined : end), next: end < 0 ? undefined : outline[end] };
}

export type AppendPlan =
  | { status: 'already-there'; requests: [] }
  | { status: 'append'; requests: Record<string, unknown>[]; newClientHeading: boolean };

/**
 * Where the entry goes and the requests that put it there. Under an existing client heading it goes at the end
 * of that client's section; a new client heading goes before the first client that sorts after it (or at the end).
 */
export function planLearningsAppend(doc: DocsJson, entry: LearningsEntry): AppendPlan {
  const outline = bodyOutline(doc);
  const section = clientSection(outline, entry.client);
  if (section?.paragraphs.some((p) => level(p) >= 2 && sameName(p.text, entry.heading))) return { status: 'already-there', requests: [] };

  const lines: { text: string; style: 'HEADING_1' | 'HEADING_2' | 'NORMAL_TEXT'; bullet: boolean }[] = [];
  if (!section) lines.push({ text: oneLine(entry.client), style: 'HEADING_1', bullet: false });
  lines.push({ text: oneLine(entry.heading), style: 'HEADING_2', bullet: false });
  for (const b of entry.bullets.map(oneLine).filter(Boolean)) lines.push({ text: b, style: 'NORMAL_TEXT', bullet: true });

  const before = section ? section.next : outline.find((p) => p.style === 'HEADING_1' && nameKey(p.text).localeCompare(nameKey(entry.client)) > 0);
  const last = outline[outline.length - 1];
  const body = lines.map((l) => `${l.text}\n`).join('');
  let start: number;
  let insert: Record<string, unknown>;
  const emptyLast = last && last.text === '' && !last.bullet && level(last) === 0 ? last : undefined;
  const insertBefore = before ?? emptyLast;
  if (insertBefore) {
    // Before a paragraph: the new paragraphs take the place in front of it, each ended by its own newline.
    start = insertBefore.start;
    insert = { insertText: { location: { index: start }, text: body } };
  } else {
    // After the last paragraph: a newline closes it first (the body's final newline can't be written after).
    start = last ? last.end : 1;
    insert = { insertText: { location: { index: start - 1 }, text: `\n${body.slice(0, -1)}` } };
  }
  const end = start + body.length;
  const requests: Record<string, unknown>[] = [insert];
  // The new paragraphs inherit the style and bullets of the paragraph they were split from: set them explicitly.
  requests.push({ deleteParagraphBullets: { range: { startIndex: start, endIndex: end } } });
  // Inserted text also takes the character style next to it (a person's bold or link): clear it on ours only.
  requests.push({ updateTextStyle: { range: { startIndex: start, endIndex: end }, textStyle: {}, fields: 'bold,italic,underline,strikethrough,link' } });
  let at = start;
  for (const l of lines) {
    const range = { startIndex: at, endIndex: at + l.text.length + 1 };
    requests.push({ updateParagraphStyle: { range, paragraphStyle: { namedStyleType: l.style }, fields: 'namedStyleType' } });
    at = range.endIndex;
  }
  const firstBullet = start + lines.filter((l) => !l.bullet).reduce((n, l) => n + l.text.length + 1, 0);
  if (firstBullet < end) requests.push({ createParagraphBullets: { range: { startIndex: firstBullet, endIndex: end }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } });
  return { status: 'append', requests, newClientHeading: !section };
}

const ROOT_CAUSE_LINE = /^root causes?\s*:\s*(.*)$/i;

/** "Root causes: Process (3), Client-side (1)", so history can find a cause that keeps coming back. */
export function rootCauseLine(matrix: RootCauseMatrix): string {
  const named = rootCauseRows(matrix).map(({ cause, total }) => ({ cause, count: total }))
    .filter((c) => c.cause !== 'Not set' && c.count > 0)
    .sort((a, b) => b.count - a.count);
  return `Root causes: ${named.length ? named.map((c) => `${c.cause} (${c.count})`).join(', ') : 'none logged'}`;
}

export function parseRootCauses(line: string): string[] {
  const m = ROOT_CAUSE_LINE.exec(line.trim());
  const [, causes = ''] = m ?? [];
  return causes.split(/[,;]/).map((part) => part.replace(/\(\s*\d+\s*\)/g, '').trim()).filter((c) => c && !/^none\b/i.test(c));
}

export interface CampaignHistory {
  heading: string;
  campaign: string;
  date: string;
  /** The bullets and any other lines under the heading, as they stand in the Doc. */
  lines: string[];
  rootCauses: string[];
}

export interface ClientHistory {
  client: string;
  found: boolean;
  campaigns: CampaignHistory[];
  /** Root causes in 2 or more of the client's campaigns, most frequent first. */
  recurring: { cause: string; campaigns: string[] }[];
}

function splitHeading(heading: string): { campaign: string; date: string } {
  const m = /^(.*\S)\s+[–—-]\s+(.+)$/.exec(heading.trim());
  const [, campaign, date] = m ?? [];
  return campaign !== undefined && date !== undefined ? { campaign, date } : { campaign: heading.trim(), date: '' };
}

/** The client's earlier campaigns from the Doc; `current` (this campaign, if not appended yet) counts for recurrence. */
export function clientHistory(doc: DocsJson, client: string, current?: { heading: string; rootCauses: string[] }): ClientHistory {
  const section = clientSection(bodyOutline(doc), client);
  const campaigns: CampaignHistory[] = [];
  for (const p of section?.paragraphs ?? []) {
    const c = campaigns[campaigns.length - 1];
    if (level(p) >= 2) campaigns.push({ heading: p.text, ...splitHeading(p.text), lines: [], rootCauses: [] });
    else if (c && p.text.trim()) {
      c.lines.push(p.text);
      if (ROOT_CAUSE_LINE.test(p.text.trim())) c.rootCauses.push(...parseRootCauses(p.text));
    }
  }
  const counted = [...campaigns.map((c) => ({ name: c.heading, causes: c.rootCauses }))];
  if (current && !campaigns.some((c) => sameName(c.heading, current.heading))) counted.push({ name: current.heading, causes: current.rootCauses });
  const byCause = new Map<string, { cause: string; campaigns: string[] }>();
  for (const c of counted) {
    for (const cause of new Set(c.causes.map(nameKey))) {
      const entry = byCause.get(cause) ?? { cause: c.causes.find((x) => nameKey(x) === cause) ?? cause, campaigns: [] };
      entry.campaigns.push(c.name);
      byCause.set(cause, entry);
    }
  }
  const recurring = [...byCause.values()].filter((r) => r.campaigns.length >= 2).sort((a, b) => b.campaigns.length - a.campaigns.length);
  return { client, found: section !== undefined, campaigns, recurring };
}
