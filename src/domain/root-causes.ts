// Root causes by who can change them: the agency's own (process, communication, tools, strategy, and what the
// client or creators did, which the contract, brief and selection can change) versus causes beyond its control
// (the market, a platform or algorithm change), answered in the playbook's terms: strategy, execution, creator
// selection, client-side or market conditions.
import { ROOT_CAUSES, type RootCause } from './choices.ts';
import type { IssueRecord } from './records.ts';

export type Control = 'controllable' | 'external';

/** Client-side and creator-side causes count as controllable: the fix (an approval window, a brief, a shortlist) is ours. */
export const CAUSE_CONTROL: Record<RootCause, Control> = {
  Process: 'controllable',
  Communication: 'controllable',
  Tools: 'controllable',
  Strategy: 'controllable',
  'Client-side': 'controllable',
  'Creator-side': 'controllable',
  'Market conditions': 'external',
  'Platform or algorithm change': 'external',
};

export const PLAYBOOK_QUESTIONS = ['Strategy', 'Execution', 'Creator selection', 'Client-side', 'Market conditions'] as const;
export type PlaybookQuestion = (typeof PLAYBOOK_QUESTIONS)[number];

export const PLAYBOOK_ANSWER: Record<RootCause, PlaybookQuestion> = {
  Process: 'Execution',
  Communication: 'Execution',
  Tools: 'Execution',
  Strategy: 'Strategy',
  'Client-side': 'Client-side',
  'Creator-side': 'Creator selection',
  'Market conditions': 'Market conditions',
  'Platform or algorithm change': 'Market conditions',
};

export interface CauseCount {
  cause: RootCause;
  count: number;
}

export interface ControlSplit {
  controllable: CauseCount[];
  external: CauseCount[];
  /** Issues without a root cause: neither side can be claimed for them. */
  notSet: number;
  /** Issues per playbook answer, in the playbook's order, only those with issues. */
  playbook: { answer: PlaybookQuestion; count: number }[];
}

export function splitByControl(issues: readonly Pick<IssueRecord, 'rootCause'>[]): ControlSplit {
  const count = (cause: RootCause) => issues.filter((i) => i.rootCause === cause).length;
  const side = (control: Control) => ROOT_CAUSES.filter((c) => CAUSE_CONTROL[c] === control)
    .map((cause) => ({ cause, count: count(cause) })).filter((c) => c.count > 0);
  const playbook = PLAYBOOK_QUESTIONS.map((answer) => ({
    answer, count: issues.filter((i) => i.rootCause !== null && PLAYBOOK_ANSWER[i.rootCause] === answer).length,
  })).filter((p) => p.count > 0);
  return { controllable: side('controllable'), external: side('external'), notSet: issues.filter((i) => i.rootCause === null).length, playbook };
}

const total = (counts: readonly CauseCount[]) => counts.reduce((sum, c) => sum + c.count, 0);
const list = (counts: readonly CauseCount[]) => counts.map((c) => `${c.cause} ${c.count}`).join(', ');

/** Two or three sentences for the internal brief. */
export function describeControlSplit(split: ControlSplit): string[] {
  const inside = total(split.controllable);
  const outside = total(split.external);
  if (inside + outside + split.notSet === 0) return [];
  const lines: string[] = [];
  if (inside > 0) lines.push(`Within our control: ${inside} (${list(split.controllable)}). Each needs an action that changes how we work.`);
  if (outside > 0) lines.push(`Beyond our control: ${outside} (${list(split.external)}). Adapt targets, timing or the platform mix; these are not failures of execution.`);
  if (split.notSet > 0) lines.push(`${split.notSet} without a root cause yet: pick one on the Issues tab so they can be counted.`);
  return lines;
}
