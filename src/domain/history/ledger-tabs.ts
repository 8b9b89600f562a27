// The ledger Sheet's tabs, one per record kind, described with the same ColumnSpec as the workbook's tabs: the
// single source for the ledger's headers, how its cells are written (plain values, never formulas) and how they
// are read back. Fractions (variance, ER lift) are 'number' columns shown as percentages: a rate column would read
// a lift of 1.5 as 1.5%. Columns are found by header, so people may reorder them or add their own to the right.
import { ACTION_STATUSES, FORMATS, ISSUE_AREAS, PLATFORMS, ROOT_CAUSES, SEVERITIES, TARGET_CONFIDENCE, TIERS } from '../choices.ts';
import { readCell } from '../tabs/read.ts';
import { TEAM_ONLY, type ColumnSpec } from '../tabs/spec.ts';
import { KPI_UNITS, OBJECTIVES, VERDICTS, type Ledger } from './records.ts';

export type LedgerKind = keyof Ledger;
export type LedgerCell = string | number | boolean | null;

/** One tab of the ledger; each column's `key` is a field of the kind's record (a test holds them equal). */
export interface LedgerTabSpec {
  kind: LedgerKind;
  name: string;
  purpose: string;
  columns: readonly ColumnSpec[];
}

// The ledger is the agency's own record: every column is the team's (audience TEAM_ONLY).
const text = (key: string, header: string, help: string, width?: number): ColumnSpec => ({ key, header, type: 'text', help, audience: TEAM_ONLY, ...(width ? { width } : {}) });
const choice = (key: string, header: string, choices: readonly string[], help: string): ColumnSpec => ({ key, header, type: 'choice', choices, help, audience: TEAM_ONLY });
const date = (key: string, header: string, help: string): ColumnSpec => ({ key, header, type: 'date', help, audience: TEAM_ONLY });
const yes = (key: string, header: string, help: string): ColumnSpec => ({ key, header, type: 'checkbox', help, audience: TEAM_ONLY });
const num = (key: string, header: string, type: ColumnSpec['type'], help: string, format?: string): ColumnSpec => ({ key, header, type, help, audience: TEAM_ONLY, ...(format ? { format } : {}) });

const KEY = text('key', 'Key', 'Debrief’s row key: appending the same campaign again updates this row instead of adding one.');
const CAMPAIGN_KEY = text('campaignKey', 'Campaign key', 'The campaign the row belongs to (client/campaign).');
const CLIENT = text('client', 'Client', 'The client.');
const CAMPAIGN = text('campaign', 'Campaign', 'The campaign.');
const WRAP = date('wrapDate', 'Wrap date', 'The campaign’s last day.');
const CATEGORY = text('clientCategory', 'Client category', 'The kind of client (beauty, fintech…), from the Campaign tab.');
const OBJECTIVE = choice('objective', 'Objective', OBJECTIVES, 'What the campaign was for: awareness, consideration or conversion.');

export const LEDGER_TABS: Record<LedgerKind, LedgerTabSpec> = {
  campaigns: {
    kind: 'campaigns', name: 'Campaigns', purpose: 'One row per campaign appended by Debrief.',
    columns: [
      KEY, CLIENT, CATEGORY, CAMPAIGN, OBJECTIVE, date('startDate', 'Start date', 'First day content went live.'), WRAP,
      text('currency', 'Currency', 'The campaign currency.'), num('budget', 'Budget', 'money', 'The campaign budget.', '#,##0.00'),
      text('campaignManager', 'Campaign manager', 'From the Campaign tab.'),
      { key: 'workbookUrl', header: 'Workbook', type: 'url', help: 'The campaign’s post-mortem workbook.', audience: TEAM_ONLY },
      text('rootCauses', 'Root causes', 'Issues per root cause: “Process (3), Tools (1)”.'),
      text('appendedBy', 'Appended by', 'Who appended it last.'), text('appendedAt', 'Appended at', 'When (UTC).'),
    ],
  },
  kpis: {
    kind: 'kpis', name: 'KPIs', purpose: 'One row per campaign × KPI: target, actual, unit and how firm the target was.',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, WRAP, text('kpi', 'KPI', 'The KPI as named on the KPIs tab.'),
      choice('unit', 'Unit', KPI_UNITS, 'count, money, percent or number.'),
      num('target', 'Target', 'number', 'The target the team typed.', '#,##0.####'), num('actual', 'Actual', 'number', 'What happened.', '#,##0.####'),
      yes('lowerIsBetter', 'Lower is better', 'Ticked for costs such as CPE.'),
      choice('confidence', 'Target confidence', TARGET_CONFIDENCE, 'Where the target came from.'),
      num('variance', 'Variance', 'number', '(Actual − target) ÷ target.', '0.0%'), yes('met', 'Met', 'Whether the KPI was met.'),
    ],
  },
  creators: {
    kind: 'creators', name: 'Creators', purpose: 'One row per creator per campaign, with the rebook verdict and its inputs.',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CATEGORY, CAMPAIGN, OBJECTIVE, WRAP, text('handle', 'Handle', 'The creator’s handle.'),
      choice('platform', 'Platform', PLATFORMS, 'Where they posted.'), choice('tier', 'Tier', TIERS, 'By followers, with the campaign’s thresholds.'),
      choice('format', 'Format', FORMATS, 'What they made.'), num('cost', 'Cost', 'money', 'What they were paid.', '#,##0.00'),
      num('engagements', 'Engagements', 'count', 'Engagements on their content.'), num('conversions', 'Conversions', 'count', 'Tracked conversions.'),
      num('cpe', 'CPE', 'money', 'Cost ÷ engagements.', '#,##0.00'), num('campaignCpe', 'Campaign CPE', 'money', 'The campaign’s pooled CPE the verdict compared against.', '#,##0.00'),
      num('erLift', 'ER lift', 'number', 'Sponsored ER ÷ organic ER − 1.', '0.0%'), yes('onTime', 'First draft on time', 'Whether the first draft arrived on time.'),
      num('revisions', 'Revisions', 'count', 'Revision rounds.'), num('rating', 'Rating', 'rating', 'The team’s 1–5 rating.'),
      choice('verdict', 'Verdict', VERDICTS, 'Rebook, rebook with conditions, don’t rebook (README states the rules).'),
      text('reasons', 'Why', 'What decided the verdict, and its inputs.', 320),
    ],
  },
  actions: {
    kind: 'actions', name: 'Actions', purpose: 'One row per action, from the campaign that raised it; later campaigns update its status.',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, choice('area', 'Area', ISSUE_AREAS, 'Where it went wrong.'), text('issue', 'What happened', 'The issue behind the action.', 240),
      choice('rootCause', 'Root cause', ROOT_CAUSES, 'Why it happened.'), choice('severity', 'Severity', SEVERITIES, 'Minor, significant or critical.'),
      text('action', 'Action', 'The change agreed.', 240), text('owner', 'Owner', 'One person.'), date('due', 'Deadline', 'When it is due.'),
      choice('status', 'Status', ACTION_STATUSES, 'Open, in progress or done.'),
      date('statusAsOf', 'Status as of', 'Start of the campaign whose workbook last set the status.'),
      text('statusFrom', 'Status from', 'The campaign whose workbook last set the status.'),
    ],
  },
  learnings: {
    kind: 'learnings', name: 'Learnings', purpose: 'One row per learning the team kept.',
    columns: [KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, WRAP, text('learning', 'Learning', 'As appended to the learnings Doc.', 420)],
  },
  proofPoints: {
    kind: 'proofPoints', name: 'Proof points', purpose: 'Wins marked as proof points, for pitches.',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CATEGORY, CAMPAIGN, WRAP, text('claim', 'Claim', 'What we can say.', 320), text('metric', 'Metric', 'The number behind it.'),
      yes('mayNameClient', 'May name client', 'Ticked when the client agreed to be named.'),
    ],
  },
};

export const LEDGER_KINDS = Object.keys(LEDGER_TABS) as LedgerKind[];

/** A record as the cells of its tab's columns, in column order: plain values only. */
export function toCells<K extends LedgerKind>(kind: K, record: Ledger[K][number]): LedgerCell[] {
  const values = record as unknown as Record<string, unknown>;
  return LEDGER_TABS[kind].columns.map((c) => {
    const v = values[c.key];
    return v === undefined ? null : (v as LedgerCell);
  });
}

/** What a blank cell reads as where the record has no "unknown" (everything else blank is '' or null). */
const BLANK: Record<string, LedgerCell> = { lowerIsBetter: false, mayNameClient: false, verdict: 'Not enough data' };

export interface LedgerReadProblem {
  cell: string;
  message: string;
}

/** Days since 1899-12-30, as Sheets stores a date a person typed into a ledger cell. */
function serialToIso(serial: number): string {
  return new Date(Math.round(serial * 86_400_000) - 2_209_161_600_000).toISOString().slice(0, 10);
}

/** A1 column letters for a 0-based index. */
const letters = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/**
 * The records in one tab's grid (row 1 the header). Rows without a key are a person's own and are skipped; a cell
 * that can't be read is left blank in the record and named in `problems`. `rowIndex` is each record's 0-based row.
 */
export function fromGrid<K extends LedgerKind>(kind: K, grid: readonly (readonly unknown[])[]): { records: Ledger[K]; rowIndex: number[]; problems: LedgerReadProblem[]; header: string[] } {
  const spec = LEDGER_TABS[kind];
  const header = (grid[0] ?? []).map((h) => String(h ?? '').trim());
  const at = new Map(spec.columns.map((c) => [c.key, header.findIndex((h) => h.toLowerCase() === c.header.toLowerCase())]));
  const records: Record<string, unknown>[] = [];
  const rowIndex: number[] = [];
  const problems: LedgerReadProblem[] = [];
  grid.forEach((cells, r) => {
    if (r === 0) return;
    const keyAt = at.get('key') ?? -1;
    const key = keyAt < 0 ? '' : String(cells[keyAt] ?? '').trim();
    if (!key) return;
    const record: Record<string, unknown> = {};
    for (const column of spec.columns) {
      const i = at.get(column.key) ?? -1;
      let raw = i < 0 ? null : cells[i] ?? null;
      if (column.type === 'date' && typeof raw === 'number') raw = serialToIso(raw);
      const read = readCell(column, raw, 'Etc/UTC');
      if (read.problem) problems.push({ cell: `${spec.name}!${letters(i)}${r + 1}`, message: `${column.header}: ${read.problem}` });
      record[column.key] = read.value ?? BLANK[column.key] ?? (column.type === 'text' || column.type === 'url' ? '' : null);
    }
    records.push(record);
    rowIndex.push(r);
  });
  return { records: records as unknown as Ledger[K], rowIndex, problems, header };
}
