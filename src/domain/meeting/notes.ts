// What the note-taker captures: notes per block (time, block, text), the parking lot (problems solved after the
// meeting), and a note turned into an Issue (with its owner and deadline) or a Win. Each note carries an id the
// sidebar makes, so a retried save is recognised and two people saving at once never lose or double a note.
import { AGENDA } from '../agenda.ts';
import { daysBetween } from '../dates.ts';
import { ownerProblem } from '../vague-action.ts';

export const NOTE_KINDS = ['Note', 'Parked', 'Issue', 'Win'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface MeetingNote {
  id: string;
  time: string; // ISO timestamp
  block: string; // the agenda block's title it was taken in
  text: string;
  by: string;
  /** "Parked": a problem for the parking lot, solved after the meeting. */
  kind: NoteKind;
  /** Where the note went: "Issues!A7" once it became an Issue row. */
  became: string;
}

export const MAX_NOTE_LENGTH = 2000;

/** The block names a note can be filed under, in agenda order. */
export const NOTE_BLOCKS: readonly string[] = AGENDA.map((b) => b.title);

/** A note id: time-based and random, so ids from two sidebars never collide. `random` is injectable for tests. */
export function newNoteId(now: number, random: () => number = Math.random): string {
  return `n${now.toString(36)}${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface IssueFromNote {
  description: string;
  action: string;
  owner: string;
  due: string; // ISO yyyy-mm-dd
  area: string | null;
  linkedKpi: string;
}

/** The Issue a note becomes, or what the prompt must still ask for: one owner and a deadline are required. */
export function checkIssueFromNote(issue: IssueFromNote, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!issue.description.trim()) problems.push({ field: 'description', message: 'Say what happened, in a sentence.' });
  const owner = ownerProblem(issue.owner);
  if (owner === 'missing') problems.push({ field: 'owner', message: 'Name the one person who owns the fix.' });
  if (owner === 'several') problems.push({ field: 'owner', message: 'Name one person, not a group: actions everyone owns tend not to happen.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issue.due) || daysBetween(today, issue.due) === null) {
    problems.push({ field: 'due', message: 'Pick a deadline (a date).' });
  } else if ((daysBetween(today, issue.due) ?? 0) < 0) {
    problems.push({ field: 'due', message: `${issue.due} has already passed. Pick a date from today on.` });
  }
  return problems;
}

export interface WinFromNote {
  description: string;
  evidence: string;
  repeat: string;
  linkedKpi: string;
}

export function checkWinFromNote(win: WinFromNote): FieldProblem[] {
  return win.description.trim() ? [] : [{ field: 'description', message: 'Say what worked, in a sentence.' }];
}

/** The parking lot: problems raised in any block, to be solved after the meeting, oldest first. */
export function parkingLot(notes: readonly MeetingNote[]): MeetingNote[] {
  return inOrder(notes).filter((n) => n.kind === 'Parked');
}

const inOrder = (notes: readonly MeetingNote[]) => [...notes].sort((a, b) => a.time.localeCompare(b.time) || a.id.localeCompare(b.id));

/** Notes filed under each block (blocks in agenda order, then any other name typed), in the order taken. */
export function notesByBlock(notes: readonly MeetingNote[]): { block: string; notes: MeetingNote[] }[] {
  const sorted = inOrder(notes);
  const blocks = [...NOTE_BLOCKS, ...new Set(sorted.map((n) => n.block).filter((b) => !NOTE_BLOCKS.includes(b)))];
  return blocks.map((block) => ({ block, notes: sorted.filter((n) => n.block === block) })).filter((g) => g.notes.length > 0);
}
