// The Issues and Wins tabs: what went wrong (root cause, severity, one action with one owner and a deadline)
// and what worked (with evidence and how to repeat it).
import { ACTION_STATUSES, ISSUE_AREAS, ROOT_CAUSES, SEVERITIES, WIN_AREAS } from '../choices.ts';
import { TEAM_ONLY, type TableTabSpec } from './spec.ts';

// The KPI column links a row to the KPI it explains: the completeness gate asks for one per big miss or beat.
const LINKED_KPI_HELP = {
  issue: 'The KPI this explains, named as on the KPIs tab (several: separate with commas). A big miss needs one.',
  win: 'The KPI this explains, named as on the KPIs tab (several: separate with commas). A big beat needs one.',
} as const;

// Nothing here reaches the client or a creator: the review is the team's, blameless because it stays in the room.
export const ISSUES_TAB = {
  kind: 'table',
  name: 'Issues',
  key: 'issues',
  label: 'description',
  purpose: 'What went wrong and why, blamelessly: each with one action, one owner and a deadline.',
  columns: [
    { key: 'area', audience: TEAM_ONLY, header: 'Area', type: 'choice', choices: ISSUE_AREAS, help: 'Where it went wrong.' },
    { key: 'description', audience: TEAM_ONLY, header: 'What happened', type: 'text', help: 'The facts, without blame.', width: 260 },
    { key: 'rootCause', audience: TEAM_ONLY, header: 'Root cause', type: 'choice', choices: ROOT_CAUSES, help: 'Why it happened.' },
    { key: 'severity', audience: TEAM_ONLY, header: 'Severity', type: 'choice', choices: SEVERITIES, help: 'Minor, significant or critical.' },
    { key: 'action', audience: TEAM_ONLY, header: 'Action', type: 'text', help: 'A specific change: what, by whom, by when.', width: 260 },
    { key: 'owner', audience: TEAM_ONLY, header: 'Owner', type: 'text', help: 'One person.' },
    { key: 'due', audience: TEAM_ONLY, header: 'Deadline', type: 'date', help: 'When the action is done.' },
    { key: 'status', audience: TEAM_ONLY, header: 'Status', type: 'choice', choices: ACTION_STATUSES, help: 'Open, in progress or done.' },
    {
      key: 'carriedFrom', audience: TEAM_ONLY, header: 'Carried from', type: 'text', width: 200,
      help: 'An action still open from an earlier campaign: where it came from and its id (A-…). The status you set here goes back to the ledger.',
    },
    { key: 'linkedKpi', audience: TEAM_ONLY, header: 'KPI', type: 'text', help: LINKED_KPI_HELP.issue, width: 140 },
  ],
  highlights: [
    { column: 'severity', when: { textEquals: 'Critical' }, background: '#cc0000', fontColor: '#ffffff' },
    { column: 'severity', when: { textEquals: 'Significant' }, background: '#f9cb9c' },
  ],
} as const satisfies TableTabSpec;

export const WINS_TAB = {
  kind: 'table',
  name: 'Wins',
  key: 'wins',
  label: 'description',
  purpose: 'What worked, with evidence, so the next campaign repeats it on purpose.',
  columns: [
    { key: 'area', audience: TEAM_ONLY, header: 'Area', type: 'choice', choices: WIN_AREAS, help: 'What kind of win.' },
    { key: 'description', audience: TEAM_ONLY, header: 'What worked', type: 'text', help: 'The win in a sentence.', width: 260 },
    { key: 'evidence', audience: TEAM_ONLY, header: 'Evidence', type: 'text', help: 'The number or quote that shows it.', width: 220 },
    { key: 'repeat', audience: TEAM_ONLY, header: 'How to repeat it', type: 'text', help: 'What the next team should do again.', width: 260 },
    { key: 'proofPoint', audience: TEAM_ONLY, header: 'Proof point', type: 'checkbox', whenBlank: false, help: 'Tick to use this win in pitches: it goes to the ledger’s Proof points.' },
    { key: 'claim', audience: TEAM_ONLY, header: 'Claim', type: 'text', width: 260, help: 'What we may say in a pitch, in one sentence (the win itself when blank).' },
    { key: 'proofMetric', audience: TEAM_ONLY, header: 'Proof metric', type: 'text', width: 160, help: 'The number behind the claim (the evidence when blank).' },
    { key: 'mayNameClient', audience: TEAM_ONLY, header: 'May name client', type: 'checkbox', whenBlank: false, help: 'Ticked when the client agreed to be named; otherwise the export says “a <category> client”.' },
    { key: 'linkedKpi', audience: TEAM_ONLY, header: 'KPI', type: 'text', help: LINKED_KPI_HELP.win, width: 140 },
  ],
} as const satisfies TableTabSpec;
