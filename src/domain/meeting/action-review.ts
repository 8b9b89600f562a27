// The meeting's last block: every action leaves with one owner, one deadline and wording specific enough to act
// on. The review refuses what fails, saying which field and why, so a vague action can't slip through the meeting.
import { daysBetween } from '../dates.ts';
import { assessAction, ownerProblem } from '../vague-action.ts';

export interface ReviewAction {
  /** The Issues row the action lives on. */
  row: number;
  issue: string;
  action: string;
  owner: string;
  due: string | null; // ISO yyyy-mm-dd
}

export type ActionField = 'action' | 'owner' | 'due';

export interface ActionProblem {
  field: ActionField;
  kind: 'missing-action' | 'vague-action' | 'no-owner' | 'several-owners' | 'no-deadline' | 'deadline-passed';
  message: string;
}

export interface ReviewedAction extends ReviewAction {
  problems: ActionProblem[];
  ok: boolean;
}

export interface ReviewContext {
  today: string; // ISO yyyy-mm-dd
  /** The team, so "Priya to trial…" counts as naming someone. */
  people: readonly string[];
}

export function reviewAction(action: ReviewAction, { today, people }: ReviewContext): ReviewedAction {
  const problems: ActionProblem[] = [];
  const assessment = assessAction(action.action, [...people, action.owner]);
  if (assessment.reason === 'missing') {
    problems.push({ field: 'action', kind: 'missing-action', message: 'Write the action: one specific change that stops this happening again.' });
  } else if (assessment.vague) {
    const why = assessment.reason === 'too-short' ? 'is too short to act on' : `promises effort (“${assessment.term}”) without saying what changes`;
    problems.push({ field: 'action', kind: 'vague-action',
      message: `“${action.action.trim()}” ${why}. Say what will change, e.g. “Add a 48-hour approval window to the contract template”.` });
  }
  const owner = ownerProblem(action.owner);
  if (owner === 'missing') problems.push({ field: 'owner', kind: 'no-owner', message: 'Name the one person who will make it happen.' });
  if (owner === 'several') {
    problems.push({ field: 'owner', kind: 'several-owners', message: `“${action.owner.trim()}” is more than one person. Name one: actions everyone owns tend not to happen.` });
  }
  if (!action.due) problems.push({ field: 'due', kind: 'no-deadline', message: 'Set a deadline, so the action can be followed up.' });
  else {
    const days = daysBetween(today, action.due);
    if (days !== null && days < 0) problems.push({ field: 'due', kind: 'deadline-passed', message: `${action.due} has already passed. Pick a date from today on.` });
  }
  return { ...action, problems, ok: problems.length === 0 };
}

export interface ReviewResult {
  items: ReviewedAction[];
  /** Every action is ready: the meeting can end. */
  ready: boolean;
  summary: string;
}

export function reviewActions(actions: readonly ReviewAction[], context: ReviewContext): ReviewResult {
  const items = actions.map((a) => reviewAction(a, context));
  const open = items.filter((i) => !i.ok).length;
  const summary = items.length === 0
    ? 'No actions yet: turn the problems from the meeting into Issues, each with one action.'
    : open === 0
      ? `All ${items.length} action${items.length === 1 ? ' is' : 's are'} ready: one owner, one deadline, specific wording.`
      : `${open} of ${items.length} action${items.length === 1 ? '' : 's'} still ${open === 1 ? 'needs' : 'need'} work before the meeting ends.`;
  return { items, ready: open === 0, summary };
}
