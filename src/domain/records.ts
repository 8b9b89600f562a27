// The typed rows Debrief reads from its tabs (and from a campaign file): what the analysis works on. Every record
// type is derived from its tab's column specs (src/domain/tabs), so a new input column is a new field here too.
// `row` is the sheet row a record came from (or its index in the file), so checks can name its cells.
import type { CampaignInfo } from './tabs/campaign-tab.ts';
import type { CONTENT_TAB, CREATORS_TAB, ISSUES_TAB, KPIS_TAB, TableRecords, WINS_TAB } from './tabs/index.ts';
import type { RecordOf } from './tabs/spec.ts';

export { DEFAULT_TIERS } from './tabs/campaign-tab.ts';
export type { CampaignInfo, Team, TierThresholds } from './tabs/campaign-tab.ts';

export type KpiRecord = RecordOf<typeof KPIS_TAB>;
export type CreatorRecord = RecordOf<typeof CREATORS_TAB>;
export type ContentRecord = RecordOf<typeof CONTENT_TAB>;
export type IssueRecord = RecordOf<typeof ISSUES_TAB>;
export type WinRecord = RecordOf<typeof WINS_TAB>;

/** Everything the analysis reads: one campaign's workbook. */
export type Workbook = { campaign: CampaignInfo } & TableRecords;

/** A problem found in the data: `cell` names a sheet cell ("Creators!E7") or a campaign-file path ("creators[3].cost"). */
export interface Check {
  cell: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  kind: CheckKind;
}

export type CheckKind =
  | 'unreadable-value'
  | 'missing-confidence'
  | 'action-without-owner'
  | 'action-without-deadline'
  | 'vague-action'
  | 'held-recommendation'
  | 'post-mortem-overdue'
  | 'creator-without-cost'
  | 'typed-over-formula'
  | 'missing-column'
  | 'assumed-percent'
  | 'missing-field'
  // Input (issue 11): values that read two ways or can't be true, repeated rows, broken links between tabs.
  | 'ambiguous-value'
  | 'out-of-range'
  | 'duplicate-row'
  | 'look-alike'
  | 'unknown-creator'
  | 'date-order'
  | 'tier-order'
  | 'converted-value'
  | 'import-conflict'
  | 'structure'
  | 'not-a-web-link'
  | 'blame'
  | 'unexplained-variance'
  | 'unknown-kpi-link'
  | 'dont-rebook-creator'
  | 'ledger-unreadable'
  | 'figures-disagree'
  | 'team-wording'
  | 'not-a-colour';
