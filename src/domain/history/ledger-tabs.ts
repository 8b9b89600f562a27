// The ledger Sheet's tabs, one per record kind, described with the same ColumnSpec as the workbook's tabs: the
// single source for the ledger's headers, how its cells are written (plain values, never formulas) and how they
// are read back. Fractions (variance, ER lift) are 'number' columns shown as percentages: a rate column would read
// a lift of 1.5 as 1.5%. Columns are found by header, so people may reorder them or add their own to the right.
import { ACTION_STATUSES, BRIEF_STYLES, FORMATS, ISSUE_AREAS, PLATFORMS, ROOT_CAUSES, SEVERITIES, TARGET_CONFIDENCE, TIERS } from '../choices.ts';
import { readCell } from '../tabs/read.ts';
import { TEAM_ONLY, type ColumnSpec } from '../tabs/spec.ts';
import { KPI_UNITS, OBJECTIVES, VERDICTS, type Ledger } from './records.ts';

export type LedgerKind = keyof Ledger;
export type LedgerCell = string | number | boolean | null;

/** One tab of the ledger; each column's `key` is a field of the kind's record (a test holds them equal). */
export interface LedgerTabSpec {
  kind: LedgerKind;
  name: string;
  columns: readonly ColumnSpec[];
}

// The ledger is the agency's own record: every column is the team's (audience TEAM_ONLY). What each column holds
// is said once, in README ("The ledger"), not per column here: Code.js carries no help nothing shows.
const column = (key: string, header: string, type: ColumnSpec['type'], extra?: Partial<ColumnSpec>): ColumnSpec => ({ key, header, type, help: '', audience: TEAM_ONLY, ...extra });
const text = (key: string, header: string, width?: number) => column(key, header, 'text', width ? { width } : {});
const choice = (key: string, header: string, choices: readonly string[]) => column(key, header, 'choice', { choices });
const date = (key: string, header: string) => column(key, header, 'date');
const yes = (key: string, header: string) => column(key, header, 'checkbox');
const num = (key: string, header: string, type: ColumnSpec['type'], format?: string) => column(key, header, type, format ? { format } : {});

const KEY = text('key', 'Key');
const CAMPAIGN_KEY = text('campaignKey', 'Campaign key');
const CLIENT = text('client', 'Client');
const CAMPAIGN = text('campaign', 'Campaign');
const WRAP = date('wrapDate', 'Wrap date');
const CATEGORY = text('clientCategory', 'Client category');
const OBJECTIVE = choice('objective', 'Objective', OBJECTIVES);

export const LEDGER_TABS: Record<LedgerKind, LedgerTabSpec> = {
  campaigns: {
    kind: 'campaigns', name: 'Campaigns',
    columns: [
      KEY, CLIENT, CATEGORY, CAMPAIGN, OBJECTIVE, date('startDate', 'Start date'), WRAP,
      text('currency', 'Currency'), num('budget', 'Budget', 'money', '#,##0.00'),
      text('campaignManager', 'Campaign manager'),
      column('workbookUrl', 'Workbook', 'url'),
      text('rootCauses', 'Root causes'),
      text('appendedBy', 'Appended by'), text('appendedAt', 'Appended at'),
    ],
  },
  kpis: {
    kind: 'kpis', name: 'KPIs',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, WRAP, text('kpi', 'KPI'),
      choice('unit', 'Unit', KPI_UNITS),
      num('target', 'Target', 'number', '#,##0.####'), num('actual', 'Actual', 'number', '#,##0.####'),
      yes('lowerIsBetter', 'Lower is better'),
      choice('confidence', 'Target confidence', TARGET_CONFIDENCE),
      num('variance', 'Variance', 'number', '0.0%'), yes('met', 'Met'),
    ],
  },
  creators: {
    kind: 'creators', name: 'Creators',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CATEGORY, CAMPAIGN, OBJECTIVE, WRAP, text('handle', 'Handle'),
      choice('platform', 'Platform', PLATFORMS), choice('tier', 'Tier', TIERS),
      choice('format', 'Format', FORMATS), num('cost', 'Cost', 'money', '#,##0.00'),
      num('engagements', 'Engagements', 'count'), num('conversions', 'Conversions', 'count'),
      num('cpe', 'CPE', 'money', '#,##0.00'), num('campaignCpe', 'Campaign CPE', 'money', '#,##0.00'),
      num('erLift', 'ER lift', 'number', '0.0%'), yes('onTime', 'First draft on time'),
      num('revisions', 'Revisions', 'count'), num('rating', 'Rating', 'rating'),
      choice('verdict', 'Verdict', VERDICTS),
      text('reasons', 'Why', 320),
      choice('brief', 'Brief', BRIEF_STYLES),
    ],
  },
  actions: {
    kind: 'actions', name: 'Actions',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, choice('area', 'Area', ISSUE_AREAS), text('issue', 'What happened', 240),
      choice('rootCause', 'Root cause', ROOT_CAUSES), choice('severity', 'Severity', SEVERITIES),
      text('action', 'Action', 240), text('owner', 'Owner'), date('due', 'Deadline'),
      choice('status', 'Status', ACTION_STATUSES),
      date('statusAsOf', 'Status as of'),
      text('statusFrom', 'Status from'),
    ],
  },
  learnings: {
    kind: 'learnings', name: 'Learnings',
    columns: [KEY, CAMPAIGN_KEY, CLIENT, CAMPAIGN, WRAP, text('learning', 'Learning', 420)],
  },
  proofPoints: {
    kind: 'proofPoints', name: 'Proof points',
    columns: [
      KEY, CAMPAIGN_KEY, CLIENT, CATEGORY, CAMPAIGN, WRAP, text('claim', 'Claim', 320), text('metric', 'Metric'),
      yes('mayNameClient', 'May name client'),
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
