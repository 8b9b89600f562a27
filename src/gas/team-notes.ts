// The learnings and recommendations the team wrote themselves, kept in the document's properties (validated
// on read, since stored settings are a boundary too) and put first in the analysis and the reports. They are
// checked against what a property can hold before an import writes anything.
import * as z from 'zod/mini';
import type { StoredKey } from '../domain/property-budget.ts';
import { BadInputError } from './errors.ts';
import { readStored, storableJson, writeStored } from './stored-properties.ts';

export const TEAM_NOTES_KEY = 'debrief.teamNotes' satisfies StoredKey;
const MAX_NOTES = 20;
const MAX_NOTE_LENGTH = 1000;
const Notes = z.array(z.string().check(z.maxLength(MAX_NOTE_LENGTH))).check(z.maxLength(MAX_NOTES));
const TeamNotesSchema = z.object({ learnings: Notes, recommendations: Notes });
export type TeamNotes = z.infer<typeof TeamNotesSchema>;

/** A damaged note is dropped rather than breaking the analysis. */
export function loadTeamNotes(): TeamNotes {
  return readStored(TEAM_NOTES_KEY, TeamNotesSchema, { learnings: [], recommendations: [] });
}

/**
 * The notes once `added` joins what is kept (each line once). Throws (BadInputError, QuotaError) before anything is written,
 * when they can't all be kept: too many, too long, or more than the spreadsheet's properties hold.
 */
export function teamNotesWith(added: TeamNotes): TeamNotes {
  const notes = loadTeamNotes();
  const merged = { learnings: mergeUnique(notes.learnings, added.learnings), recommendations: mergeUnique(notes.recommendations, added.recommendations) };
  for (const [field, lines] of Object.entries(merged)) {
    const long = lines.findIndex((line) => line.length > MAX_NOTE_LENGTH);
    if (long >= 0) throw new BadInputError('A team note is too long; nothing was imported.', [{ path: `${field}[${long}]`, message: `${lines[long]!.length} characters; Debrief keeps notes of up to ${MAX_NOTE_LENGTH}` }]);
    if (lines.length > MAX_NOTES) throw new BadInputError(`The spreadsheet would hold ${lines.length} team ${field}; Debrief keeps up to ${MAX_NOTES}. Remove some and import again; nothing was imported.`, [{ path: field, message: `at most ${MAX_NOTES}` }]);
  }
  storableJson(TEAM_NOTES_KEY, merged);
  return merged;
}

function mergeUnique(existing: string[], added: string[]): string[] {
  return [...existing, ...added.filter((line) => !existing.includes(line))];
}

export function saveTeamNotes(notes: TeamNotes): void {
  writeStored(TEAM_NOTES_KEY, TeamNotesSchema.parse(notes));
}
