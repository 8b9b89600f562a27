// The typed rows Debrief reads from its tabs (and from a campaign file): what the analysis works on.
// `row` is the sheet row a record came from, so checks can name its cells; numbers are null when blank.
import type {
  ActionStatus, BriefStyle, Format, Integration, IssueArea, Platform, RootCause, Severity, TargetConfidence, Voice, WinArea,
} from './choices.ts';

export interface TierThresholds {
  micro: number; // Nano < micro ≤ Micro
  midTier: number;
  macro: number;
  mega: number;
}

export const DEFAULT_TIERS: TierThresholds = { micro: 10_000, midTier: 50_000, macro: 500_000, mega: 1_000_000 };

export interface Team {
  campaignManager: string;
  accountLead: string;
  creatorRelations: string;
  strategist: string;
  facilitator: string;
  noteTaker: string;
}

export interface CampaignInfo {
  client: string;
  campaign: string;
  startDate: string | null; // ISO yyyy-mm-dd
  wrapDate: string | null;
  currency: string;
  budget: number | null;
  team: Team;
  tiers: TierThresholds;
}

export interface KpiRecord {
  row: number;
  name: string;
  target: number | null;
  actual: number | null;
  lowerIsBetter: boolean;
  confidence: TargetConfidence | null;
  notes: string;
}

export interface CreatorRecord {
  row: number;
  handle: string;
  platform: Platform | null;
  followers: number | null;
  format: Format | null;
  brief: BriefStyle | null;
  cost: number | null;
  impressions: number | null;
  reach: number | null;
  engagements: number | null;
  organicEngagementRate: number | null; // fraction
  clicks: number | null;
  conversions: number | null;
  firstDraftOnTime: boolean | null;
  revisions: number | null;
  rating: number | null; // 1–5
  notes: string;
}

export interface ContentRecord {
  row: number;
  id: string;
  creator: string;
  platform: Platform | null;
  format: Format | null;
  url: string;
  screenshotUrl: string;
  impressions: number | null;
  engagements: number | null;
  clicks: number | null;
  conversions: number | null;
  hook: string;
  brandMentionSecond: number | null;
  integration: Integration | null;
  voice: Voice | null;
  comments: string;
}

export interface IssueRecord {
  row: number;
  area: IssueArea | null;
  description: string;
  rootCause: RootCause | null;
  severity: Severity | null;
  action: string;
  owner: string;
  due: string | null; // ISO date
  status: ActionStatus | null;
}

export interface WinRecord {
  row: number;
  area: WinArea | null;
  description: string;
  evidence: string;
  repeat: string;
}

/** Everything the analysis reads: one campaign's workbook. */
export interface Workbook {
  campaign: CampaignInfo;
  kpis: KpiRecord[];
  creators: CreatorRecord[];
  content: ContentRecord[];
  issues: IssueRecord[];
  wins: WinRecord[];
}

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
  | 'post-mortem-overdue'
  | 'creator-without-cost'
  | 'typed-over-formula'
  | 'missing-column'
  | 'assumed-percent'
  | 'missing-field'
  | 'blame'
  | 'unexplained-variance'
  | 'unknown-kpi-link';
