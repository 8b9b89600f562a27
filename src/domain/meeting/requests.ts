// Meeting mode's side of the sidebar↔server contract: what the note-taker sends (a note, a note filed as an Issue
// or Win, the block whose tab to open) and what the server answers with (roles, notes, the action review).
import * as z from 'zod/mini';
import { AGENDA } from '../agenda.ts';
import type { ReviewResult } from './action-review.ts';
import { MAX_NOTE_LENGTH, type MeetingNote } from './notes.ts';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, `keep it under ${max} characters`));
const noteId = z.string().check(z.regex(/^n[0-9a-z]{6,20}$/, 'not a note id Debrief made'));

export const OpenBlockRequestSchema = z.object({ block: z.int().check(z.gte(0), z.lte(AGENDA.length - 1)) });
export type OpenBlockRequest = z.input<typeof OpenBlockRequestSchema>;

export const SaveNoteRequestSchema = z.object({
  id: noteId,
  block: text(80),
  text: z.string().check(z.trim(), z.minLength(1, 'write the note first'), z.maxLength(MAX_NOTE_LENGTH, `keep a note under ${MAX_NOTE_LENGTH} characters`)),
  by: text(120),
  kind: z.enum(['Note', 'Parked']),
});
export type SaveNoteRequest = z.input<typeof SaveNoteRequestSchema>;

/** A note filed as an Issue (one owner and a deadline required) or a Win; fields that don't apply are ignored. */
export const FileNoteRequestSchema = z.object({
  id: noteId,
  as: z.enum(['Issue', 'Win']),
  description: text(MAX_NOTE_LENGTH),
  action: z.optional(text(1000)),
  owner: z.optional(text(120)),
  due: z.optional(text(10)),
  area: z.optional(text(80)),
  linkedKpi: z.optional(text(200)),
  evidence: z.optional(text(1000)),
  repeat: z.optional(text(1000)),
});
export type FileNoteRequest = z.input<typeof FileNoteRequestSchema>;

export interface MeetingState {
  facilitator: string;
  noteTaker: string;
  /** Why meeting mode can't begin yet (a role not named on the Campaign tab), or null. */
  rolesProblem: string | null;
  today: string;
  /** The day the post-mortem was held (set when the meeting ends), or null. */
  held: string | null;
  notes: MeetingNote[];
  review: ReviewResult;
  /** The Issues tab's current name, for "Issues!E7" in the review. */
  issuesTab: string;
  /** The Issue areas a note can be filed under. */
  areas: readonly string[];
  /** The account lead's reminder that the client report hasn't been sent yet, or null. */
  sendReminder: string | null;
}

export interface OpenBlockResult {
  /** The tab now shown (its current name, after any rename), or null when it doesn't exist yet. */
  tab: string | null;
}
