// The Notes tab meeting mode writes: one row per note the note-taker captured (time, block, text), what it became
// (an Issue or Win row), and the note's id, which makes a retried or simultaneous save land exactly once.
// Not one of the tabs "Build / refresh tabs" makes: meeting mode adds it with the first note.
import { NOTE_KINDS } from '../meeting/notes.ts';
import { TEAM_ONLY, type TableTabSpec } from './spec.ts';

export const NOTES_TAB = {
  kind: 'table',
  name: 'Notes',
  key: 'notes',
  identity: 'id',
  purpose: 'What the note-taker wrote down in the post-mortem, block by block; parked problems are solved after the meeting.',
  columns: [
    { key: 'time', audience: TEAM_ONLY, header: 'Time', type: 'text', help: 'When the note was taken (the spreadsheet’s time zone).', width: 130 },
    { key: 'block', audience: TEAM_ONLY, header: 'Block', type: 'text', help: 'The agenda block it was taken in.', width: 120 },
    { key: 'text', audience: TEAM_ONLY, header: 'Note', type: 'text', help: 'What was said, as written down.', width: 360 },
    { key: 'by', audience: TEAM_ONLY, header: 'By', type: 'text', help: 'Who took the note.' },
    { key: 'kind', audience: TEAM_ONLY, header: 'Kind', type: 'choice', choices: NOTE_KINDS, help: 'Note; Parked (solve after the meeting); or what it became: Issue, Win.' },
    { key: 'became', audience: TEAM_ONLY, header: 'Became', type: 'text', help: 'The Issues or Wins row the note became.' },
    { key: 'id', audience: TEAM_ONLY, header: 'Note id', type: 'text', help: 'Debrief’s id for the note: leave it as it is.' },
  ],
} as const satisfies TableTabSpec;
