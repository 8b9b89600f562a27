// What a client may see: the workbook with every column the tab specs mark `internal` blanked, plus explicit
// rules for what no column flag covers. Client-facing artefacts are built only from this view, so nothing
// internal can reach them by accident, whatever the drafting code says.
import type { Workbook } from '../records.ts';
import { TABLE_TABS } from '../tabs/index.ts';
import type { ColumnSpec, TableTabSpec } from '../tabs/spec.ts';

type TableKey = 'kpis' | 'creators' | 'content' | 'issues' | 'wins';
const TABLE_KEYS: Record<string, TableKey> = { KPIs: 'kpis', Creators: 'creators', Content: 'content', Issues: 'issues', Wins: 'wins' };

/** The columns of a tab that never reach client-facing artefacts (ratings, owners, root causes, notes…). */
export function internalColumns(spec: TableTabSpec): ColumnSpec[] {
  return spec.columns.filter((c) => c.internal);
}

const blankOf = (column: ColumnSpec) => (column.type === 'text' || column.type === 'url' ? '' : null);

export interface ClientSafeOptions {
  /** Per-creator costs appear only when the person generating the report ticks "include per-creator costs". */
  includeCosts: boolean;
}

/**
 * Explicit rules on top of the flags:
 * - Issues and Wins are the team's blameless review: their wording, owners and actions stay internal.
 * - KPI notes are the team's context for a number, written for the team.
 * - The team list (who ran the campaign, who sat in the post-mortem) is internal.
 * Costs stay in the view (pooled figures over 2+ creators are not per-creator costs); the builders show
 * per-creator costs only when opted in and drop drafted sentences that rest on one creator.
 */
export function clientSafeWorkbook(workbook: Workbook, _options: ClientSafeOptions): Workbook {
  const safe: Workbook = structuredCopy(workbook);
  for (const spec of TABLE_TABS) {
    const key = TABLE_KEYS[spec.name];
    const hidden = internalColumns(spec);
    for (const record of safe[key] as unknown as Record<string, unknown>[]) {
      for (const column of hidden) if (column.key in record) record[column.key] = blankOf(column);
    }
  }
  safe.issues = [];
  safe.wins = [];
  for (const kpi of safe.kpis) kpi.notes = '';
  safe.campaign.team = { campaignManager: '', accountLead: '', creatorRelations: '', strategist: '', facilitator: '', noteTaker: '' };
  return safe;
}

/** A deep copy of plain JSON data (Apps Script's V8 has structuredClone only in newer runtimes). */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
