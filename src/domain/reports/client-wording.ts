// Client language: the phrases and fields that are the team's alone (target confidence labels, root causes,
// owners, ratings, revisions, notes, the team's talk about "the client"), one list checked against every client
// artefact in the tests and used to keep a team-typed sentence that carries one out of the client's documents.
// Pure: imports no analysis, so the analysis can name such a sentence in its checks.
import type { Check, Workbook } from '../records.ts';
import { CAMPAIGN_FIELDS } from '../tabs/campaign-tab.ts';
import { TABLE_TABS } from '../tabs/index.ts';
import { reaches, type ColumnSpec } from '../tabs/spec.ts';

/** Words only the team uses, each with why (said when a team sentence is kept out of the client's documents). */
export const TEAM_ONLY_PHRASES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\btarget confidence\b/i, what: 'target confidence' },
  { pattern: /\bhistorical[- ]data\b/i, what: 'a target confidence label (“historical data”)' },
  { pattern: /\brough[- ]estimate\b/i, what: 'a target confidence label (“rough estimate”)' },
  { pattern: /\bclient[- ]mandated\b/i, what: 'a target confidence label (“client-mandated”)' },
  { pattern: /\broot[- ]causes?\b/i, what: 'root causes' },
  { pattern: /\b(?:client|creator)-side\b/i, what: 'a root cause (“client-side”, “creator-side”)' },
  { pattern: /\bseverity\b/i, what: 'issue severity' },
  { pattern: /\bowners?\b/i, what: 'owners' },
  { pattern: /\bratings?\b|\brated\b|\b[1-5]\s*\/\s*5\b/i, what: 'creator ratings' },
  { pattern: /\brevisions?\b|\brevision rounds?\b/i, what: 'revision rounds' },
  { pattern: /\bfirst drafts?\b/i, what: 'first-draft timing' },
  { pattern: /\bthe client(?:['’]s)?\b|\bclient['’]s\b/i, what: 'talk about the client in the third person' },
  { pattern: /\bnot for the client\b|\binternal\b/i, what: 'internal-only wording' },
  { pattern: /\bpost-?mortem\b|\bblameless\b/i, what: 'post-mortem wording' },
  { pattern: /\bdrafted by debrief\b|\bcheck before sharing\b/i, what: 'Debrief’s own notes to the team' },
  { pattern: /\brebook\b/i, what: 'rebooking decisions' },
  { pattern: /\breverses (?:the )?last campaign\b/i, what: 'a recommendation reversing the last campaign’s learning (flagged to the team)' },
];

/** The team-only phrase a text uses, if any. */
export function teamOnlyPhrase(text: string): { phrase: string; what: string } | null {
  for (const { pattern, what } of TEAM_ONLY_PHRASES) {
    const m = pattern.exec(text);
    if (m) return { phrase: m[0], what };
  }
  return null;
}

/** Whether a sentence the team typed may go into a client document as written. */
export const isClientSafe = (text: string): boolean => teamOnlyPhrase(text) === null;

/** Shorter values are too common to call a leak ("Yes", a tier name). */
const MIN_VALUE_LENGTH = 4;

const valuesOf = (records: readonly Record<string, unknown>[], columns: readonly ColumnSpec[]) =>
  records.flatMap((r) => columns.map((c) => r[c.key])).filter((v): v is string => typeof v === 'string').map((v) => v.trim());

interface FieldTexts {
  /** What team-only free-text fields hold (owners, notes, what happened…). */
  hidden: string[];
  /** What client-visible fields hold (handles, hooks, comment themes…): people's words, not ours. */
  shown: string[];
}

function fieldTexts(workbook: Workbook): FieldTexts {
  const hidden: string[] = [];
  const shown: string[] = [];
  for (const spec of TABLE_TABS) {
    const records = workbook[spec.key] as unknown as Record<string, unknown>[];
    const columns = spec.columns as readonly ColumnSpec[];
    hidden.push(...valuesOf(records, columns.filter((c) => !reaches(c, 'client') && c.type === 'text')));
    shown.push(...valuesOf(records, columns.filter((c) => reaches(c, 'client'))));
  }
  const campaign = workbook.campaign as unknown as Record<string, unknown> & { team: Record<string, unknown> };
  for (const field of CAMPAIGN_FIELDS) {
    const holder = field.group === 'team' ? campaign.team : field.group ? null : campaign;
    const value = holder?.[field.groupKey ?? field.key];
    if (typeof value === 'string') (reaches(field, 'client') ? shown : hidden).push(value.trim());
  }
  return { hidden, shown: shown.filter((v) => v.length >= MIN_VALUE_LENGTH) };
}

/**
 * Every text a team-only free-text field holds in `workbook`, less any text a client-visible field also holds:
 * none may appear in a client artefact.
 */
export function teamOnlyValues(workbook: Workbook): string[] {
  const { hidden, shown } = fieldTexts(workbook);
  const visible = new Set(shown.map((v) => v.toLowerCase()));
  return [...new Set(hidden)].filter((v) => v.length >= MIN_VALUE_LENGTH && !visible.has(v.toLowerCase()));
}

/**
 * What in `texts` (a client artefact's every text) is the team's: phrases in Debrief's or the team's words (the
 * client's own fields, such as a hook "Rating every serum…", are theirs to say), and team-only fields' values.
 */
export function teamOnlyLeaks(texts: readonly string[], workbook: Workbook): string[] {
  const leaks = new Set<string>();
  const { shown } = fieldTexts(workbook);
  const values = teamOnlyValues(workbook).map((v) => ({ v, lower: v.toLowerCase() }));
  for (const text of texts) {
    const ours = shown.reduce((t, v) => t.split(v).join(' '), text);
    const found = teamOnlyPhrase(ours);
    if (found) leaks.add(`${found.what}: “${found.phrase}” in “${text}”`);
    const lower = text.toLowerCase();
    for (const { v, lower: needle } of values) if (lower.includes(needle)) leaks.add(`a team-only field's value “${v}” in “${text}”`);
  }
  return [...leaks];
}

/** A check for each sentence the team typed that uses team-only words: it stays out of the client's documents. */
export function teamWordingChecks(learnings: readonly string[], recommendations: readonly string[]): Check[] {
  const checks: Check[] = [];
  const look = (items: readonly string[], what: string) => items.forEach((text, i) => {
    const found = teamOnlyPhrase(text);
    if (!found) return;
    const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
    checks.push({
      cell: `Team ${what}s, item ${i + 1}`, kind: 'team-wording', severity: 'info',
      message: `Your ${what} “${short}” uses ${found.what} (“${found.phrase}”), so it goes in the internal brief but not in the client report or deck. Reword it in the client’s terms to share it with them.`,
    });
  });
  look(learnings, 'learning');
  look(recommendations, 'recommendation');
  return checks;
}
