// Meeting mode's state machine: roles first, the blameless reminder, each block opening its tab, then the action
// review, which refuses to end the meeting while any action is vague or lacks one owner and one deadline.
import { describe, expect, it } from 'vitest';
import { AGENDA } from '../../../src/domain/agenda.ts';
import { reviewAction, reviewActions, type ReviewAction } from '../../../src/domain/meeting/action-review.ts';
import {
  BLAMELESS_REMINDER, blockOf, firstStep, restoreStep, REVIEW_BLOCK, rolesProblem, transition, type MeetingEvent, type MeetingStep,
} from '../../../src/domain/meeting/meeting.ts';
import { checkIssueFromNote, newNoteId, notesByBlock, parkingLot, type MeetingNote } from '../../../src/domain/meeting/notes.ts';

const roles = { facilitator: 'Jo Park', noteTaker: 'Kim Wu' };

function run(step: MeetingStep, ...events: MeetingEvent[]) {
  const tabs: (string | null)[] = [];
  for (const event of events) {
    const t = transition(step, event);
    expect(t.refused, JSON.stringify(event)).toBeNull();
    step = t.step;
    tabs.push(t.openTab);
  }
  return { step, tabs };
}

describe('meeting mode', () => {
  it('asks for a facilitator and a note-taker, two different people, before anything else', () => {
    expect(firstStep({ facilitator: '', noteTaker: '' })).toEqual({ kind: 'roles' });
    expect(rolesProblem({ facilitator: 'Jo', noteTaker: ' jo ' })).toMatch(/two people/);
    expect(rolesProblem({ facilitator: 'Jo', noteTaker: '' })).toMatch(/note-taker/);
    expect(transition({ kind: 'roles' }, { type: 'begin' }).refused).toMatch(/facilitator and a note-taker/);
    expect(transition({ kind: 'roles' }, { type: 'roles', roles }).step).toEqual({ kind: 'reminder' });
    expect(firstStep(roles)).toEqual({ kind: 'reminder' });
  });

  it('starts with the blameless reminder, then opens each block’s tab in turn, ending on the action review', () => {
    expect(BLAMELESS_REMINDER[0]).toMatch(/blameless/);
    const events: MeetingEvent[] = [{ type: 'begin' }, ...Array.from({ length: REVIEW_BLOCK }, () => ({ type: 'next' }) as const)];
    const { step, tabs } = run(firstStep(roles), ...events);
    expect(tabs).toEqual(['KPIs', 'Creators', 'Content', 'Issues', 'Wins', 'Issues']);
    expect(tabs).toEqual(AGENDA.map((b) => b.tab));
    expect(step).toEqual({ kind: 'review' });
    expect(blockOf(step)).toBe(REVIEW_BLOCK);
    expect(transition(step, { type: 'next' }).refused).toMatch(/last block/);
  });

  it('goes back, or jumps to a block, opening that block’s tab', () => {
    expect(transition({ kind: 'review' }, { type: 'back' })).toEqual({ step: { kind: 'block', index: 4 }, openTab: 'Wins', refused: null });
    expect(transition({ kind: 'block', index: 0 }, { type: 'goto', index: 2 }).openTab).toBe('Content');
    expect(transition({ kind: 'block', index: 0 }, { type: 'back' }).refused).toMatch(/first block/);
    expect(transition({ kind: 'reminder' }, { type: 'goto', index: 2 }).refused).toMatch(/Begin/);
    expect(transition({ kind: 'block', index: 0 }, { type: 'goto', index: 9 }).refused).toMatch(/no such block/);
  });

  it('ends only from the review, and only when every action is ready', () => {
    expect(transition({ kind: 'block', index: 2 }, { type: 'end', reviewReady: true }).refused).toMatch(/action review/);
    expect(transition({ kind: 'review' }, { type: 'end', reviewReady: false }).refused).toMatch(/owner, one deadline/);
    expect(transition({ kind: 'review' }, { type: 'end', reviewReady: true }).step).toEqual({ kind: 'ended' });
  });

  it('restores a saved step, and ignores anything else', () => {
    expect(restoreStep(JSON.stringify({ kind: 'block', index: 3 }))).toEqual({ kind: 'block', index: 3 });
    expect(restoreStep(JSON.stringify({ kind: 'block', index: REVIEW_BLOCK }))).toBeNull();
    expect(restoreStep('{not json')).toBeNull();
    expect(restoreStep(null)).toBeNull();
  });
});

describe('the action review', () => {
  const context = { today: '2026-11-21', people: ['Jo Park', 'Kim Wu'] };
  const good: ReviewAction = { row: 2, issue: 'Approvals slow', action: 'Add a 48-hour approval window to the contract template', owner: 'Tom Reed', due: '2026-12-01' };

  it('accepts an action with one owner, one deadline and specific wording', () => {
    expect(reviewAction(good, context)).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses a vague action, naming the field and the vague word', () => {
    const reviewed = reviewAction({ ...good, action: 'Improve communication with the client going forward' }, context);
    expect(reviewed.ok).toBe(false);
    expect(reviewed.problems).toEqual([expect.objectContaining({ field: 'action', kind: 'vague-action' })]);
    expect(reviewed.problems[0]?.message).toContain('(“improve”)');
  });

  it('refuses a missing or shared owner, a missing deadline, and one already passed', () => {
    const kinds = (a: Partial<ReviewAction>) => reviewAction({ ...good, ...a }, context).problems.map((p) => p.kind);
    expect(kinds({ owner: '' })).toEqual(['no-owner']);
    expect(kinds({ owner: 'Tom and Priya' })).toEqual(['several-owners']);
    expect(kinds({ due: null })).toEqual(['no-deadline']);
    expect(kinds({ due: '2026-11-20' })).toEqual(['deadline-passed']);
    expect(kinds({ action: '' })).toEqual(['missing-action']);
  });

  it('is ready only when every action is', () => {
    const result = reviewActions([good, { ...good, row: 3, action: 'Be more careful' }], context);
    expect(result.ready).toBe(false);
    expect(result.summary).toBe('1 of 2 actions still needs work before the meeting ends.');
    expect(reviewActions([good], context)).toMatchObject({ ready: true, summary: 'All 1 action is ready: one owner, one deadline, specific wording.' });
  });
});

describe('notes', () => {
  const note = (id: string, time: string, block: string, kind: MeetingNote['kind'] = 'Note'): MeetingNote =>
    ({ id, time, block, text: `note ${id}`, by: 'Kim Wu', kind, became: '' });

  it('files notes by block in agenda order and keeps the parking lot apart', () => {
    const notes = [
      note('b', '2026-11-21T10:05:00Z', 'Creators'), note('a', '2026-11-21T10:01:00Z', 'The numbers'),
      note('c', '2026-11-21T10:06:00Z', 'Creators', 'Parked'), note('d', '2026-11-21T10:00:30Z', 'Typed by hand'),
    ];
    expect(notesByBlock(notes).map((g) => [g.block, g.notes.map((n) => n.id)])).toEqual([
      ['The numbers', ['a']], ['Creators', ['b', 'c']], ['Typed by hand', ['d']],
    ]);
    expect(parkingLot(notes).map((n) => n.id)).toEqual(['c']);
  });

  it('makes ids that differ between two sidebars saving in the same millisecond', () => {
    expect(newNoteId(1_700_000_000_000, () => 0.1)).not.toBe(newNoteId(1_700_000_000_000, () => 0.2));
    expect(newNoteId(5, () => 0)).toMatch(/^n5[0-9a-z]{6}$/);
  });

  it('asks for one owner and a deadline before a note becomes an Issue', () => {
    const issue = { description: 'Approvals took 9 days', action: '', owner: '', due: '', area: null, linkedKpi: '' };
    expect(checkIssueFromNote(issue, '2026-11-21').map((p) => p.field)).toEqual(['owner', 'due']);
    expect(checkIssueFromNote({ ...issue, owner: 'Tom', due: '2026-11-01' }, '2026-11-21').map((p) => p.message)).toEqual(['2026-11-01 has already passed. Pick a date from today on.']);
    expect(checkIssueFromNote({ ...issue, owner: 'Tom', due: '2026-12-01' }, '2026-11-21')).toEqual([]);
  });
});
