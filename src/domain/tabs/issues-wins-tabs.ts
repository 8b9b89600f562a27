// The Issues and Wins tabs: what went wrong (root cause, severity, one action with one owner and a deadline)
// and what worked (with evidence and how to repeat it).
import { ACTION_STATUSES, ISSUE_AREAS, ROOT_CAUSES, SEVERITIES, WIN_AREAS } from '../choices.ts';
import type { TableTabSpec } from './spec.ts';

export const ISSUES_TAB: TableTabSpec = {
  kind: 'table',
  name: 'Issues',
  purpose: 'What went wrong and why, blamelessly: each with one action, one owner and a deadline.',
  columns: [
    { key: 'area', header: 'Area', type: 'choice', choices: ISSUE_AREAS, help: 'Where it went wrong.' },
    { key: 'description', header: 'What happened', type: 'text', help: 'The facts, without blame.', width: 260 },
    { key: 'rootCause', header: 'Root cause', type: 'choice', choices: ROOT_CAUSES, help: 'Why it happened.', internal: true },
    { key: 'severity', header: 'Severity', type: 'choice', choices: SEVERITIES, help: 'Minor, significant or critical.' },
    { key: 'action', header: 'Action', type: 'text', help: 'A specific change: what, by whom, by when.', width: 260 },
    { key: 'owner', header: 'Owner', type: 'text', help: 'One person.', internal: true },
    { key: 'due', header: 'Deadline', type: 'date', help: 'When the action is done.' },
    { key: 'status', header: 'Status', type: 'choice', choices: ACTION_STATUSES, help: 'Open, in progress or done.' },
  ],
  highlights: [
    { column: 'severity', when: { textEquals: 'Critical' }, background: '#cc0000', fontColor: '#ffffff' },
    { column: 'severity', when: { textEquals: 'Significant' }, background: '#f9cb9c' },
  ],
};

export const WINS_TAB: TableTabSpec = {
  kind: 'table',
  name: 'Wins',
  purpose: 'What worked, with evidence, so the next campaign repeats it on purpose.',
  columns: [
    { key: 'area', header: 'Area', type: 'choice', choices: WIN_AREAS, help: 'What kind of win.' },
    { key: 'description', header: 'What worked', type: 'text', help: 'The win in a sentence.', width: 260 },
    { key: 'evidence', header: 'Evidence', type: 'text', help: 'The number or quote that shows it.', width: 220 },
    { key: 'repeat', header: 'How to repeat it', type: 'text', help: 'What the next team should do again.', width: 260 },
  ],
};
