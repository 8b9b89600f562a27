// Meeting mode as a pure state machine: name the facilitator and note-taker, read the blameless reminder, walk the
// agenda's blocks (each opens the tab it needs), then the action review, which ends the meeting only when every
// action has one owner, one deadline and passes the vague-action check. The sidebar draws it; the server opens tabs.
import { AGENDA } from '../agenda.ts';

export const BLAMELESS_REMINDER: readonly string[] = [
  'This is a blameless review: we look at what in the process made things happen, not at who.',
  'Numbers first, without narrative. Stories and explanations come after everyone has seen the same figures.',
  'Problems get written down here and solved after the meeting: park anything that needs more than a minute.',
  'Every action leaves with one owner and one deadline.',
];

/** The block that is the action review rather than a discussion (the agenda's last). */
export const REVIEW_BLOCK = AGENDA.length - 1;

export type MeetingStep =
  | { kind: 'roles' } // the facilitator and note-taker aren't named yet
  | { kind: 'reminder' }
  | { kind: 'block'; index: number } // a discussion block, 0…REVIEW_BLOCK-1
  | { kind: 'review' }
  | { kind: 'ended' };

export interface Roles {
  facilitator: string;
  noteTaker: string;
}

export type MeetingEvent =
  | { type: 'roles'; roles: Roles }
  | { type: 'begin' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'goto'; index: number }
  | { type: 'end'; reviewReady: boolean };

export interface Transition {
  step: MeetingStep;
  /** The tab the spreadsheet should show now, or null to leave it where it is. */
  openTab: string | null;
  /** Why the event was refused (the step stays as it was). */
  refused: string | null;
}

export function rolesProblem(roles: Roles): string | null {
  const facilitator = roles.facilitator.trim();
  const noteTaker = roles.noteTaker.trim();
  if (!facilitator && !noteTaker) return 'Name a facilitator and a note-taker first: one runs the room, the other writes it down.';
  if (!facilitator) return 'Name the facilitator first: the person who keeps time and keeps the room blameless.';
  if (!noteTaker) return 'Name the note-taker first: the person who writes down what is said, so the facilitator can run the room.';
  if (facilitator.toLowerCase() === noteTaker.toLowerCase()) return 'Pick two people: running the room and taking notes at once means one of them slips.';
  return null;
}

export function firstStep(roles: Roles): MeetingStep {
  return rolesProblem(roles) ? { kind: 'roles' } : { kind: 'reminder' };
}

/** The tab a step works in: each block's own tab; the review works on Issues. */
export function tabOf(step: MeetingStep): string | null {
  if (step.kind === 'block') return AGENDA[step.index]?.tab ?? null;
  if (step.kind === 'review') return AGENDA[REVIEW_BLOCK]?.tab ?? 'Issues';
  return null;
}

/** The agenda block a step belongs to (the review is the last block), for notes and the timer. */
export function blockOf(step: MeetingStep): number | null {
  if (step.kind === 'block') return step.index;
  if (step.kind === 'review') return REVIEW_BLOCK;
  return null;
}

export function stepForBlock(index: number): MeetingStep {
  return index >= REVIEW_BLOCK ? { kind: 'review' } : { kind: 'block', index: Math.max(0, index) };
}

export function transition(step: MeetingStep, event: MeetingEvent): Transition {
  const go = (next: MeetingStep): Transition => ({ step: next, openTab: tabOf(next), refused: null });
  const refuse = (refused: string): Transition => ({ step, openTab: null, refused });
  switch (event.type) {
    case 'roles': {
      const problem = rolesProblem(event.roles);
      if (problem) return refuse(problem);
      return step.kind === 'roles' ? go({ kind: 'reminder' }) : { step, openTab: null, refused: null };
    }
    case 'begin':
      if (step.kind === 'roles') return refuse('Name a facilitator and a note-taker first.');
      return step.kind === 'reminder' ? go({ kind: 'block', index: 0 }) : refuse('The meeting has already begun.');
    case 'next':
      if (step.kind === 'block') return go(stepForBlock(step.index + 1));
      return refuse(step.kind === 'review' ? 'This is the last block: end the meeting once every action is ready.' : 'Begin the meeting first.');
    case 'back':
      if (step.kind === 'block' && step.index > 0) return go({ kind: 'block', index: step.index - 1 });
      if (step.kind === 'review') return go({ kind: 'block', index: REVIEW_BLOCK - 1 });
      return refuse('This is the first block.');
    case 'goto':
      if (step.kind === 'roles' || step.kind === 'reminder') return refuse('Begin the meeting first.');
      if (!Number.isInteger(event.index) || event.index < 0 || event.index > REVIEW_BLOCK) return refuse('There is no such block.');
      return go(stepForBlock(event.index));
    case 'end':
      if (step.kind !== 'review') return refuse('End the meeting from the action review, after the last block.');
      if (!event.reviewReady) return refuse('Some actions still need one owner, one deadline or a specific wording. Fix them, or park the problem for a follow-up.');
      return { step: { kind: 'ended' }, openTab: null, refused: null };
  }
}

/** A step saved by an earlier sidebar (JSON), or null when it isn't one. */
export function restoreStep(json: string | null): MeetingStep | null {
  if (!json) return null;
  try {
    const s = JSON.parse(json) as { kind?: unknown; index?: unknown };
    if (s.kind === 'roles' || s.kind === 'reminder' || s.kind === 'review' || s.kind === 'ended') return { kind: s.kind };
    if (s.kind === 'block' && Number.isInteger(s.index) && (s.index as number) >= 0 && (s.index as number) < REVIEW_BLOCK) {
      return { kind: 'block', index: s.index as number };
    }
    return null;
  } catch {
    return null;
  }
}
