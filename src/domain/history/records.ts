// What the campaign ledger holds, typed: one record per campaign, per campaign × KPI, per creator, per action, per
// learning and per proof point. The ledger Sheet's tabs (ledger-tabs.ts) are these records as rows; everything that
// learns from history (verdicts, targets, carry-forward, portfolio, the kickoff pack) reads these, never a workbook.
import type { ActionStatus, BriefStyle, Format, IssueArea, Platform, RootCause, Severity, TargetConfidence, Tier } from '../choices.ts';

export { OBJECTIVES, type Objective } from '../choices.ts';
import type { Objective } from '../choices.ts';

/** How a KPI's value reads (the KPIs tab's Unit); Count KPIs (reach, clicks, conversions) grow with spend, the others don't. */
export { KPI_UNITS, type KpiUnit } from '../choices.ts';
import type { KpiUnit } from '../choices.ts';

export const VERDICTS = ['Rebook', 'Rebook with conditions', "Don't rebook", 'Not enough data'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface LedgerCampaign {
  key: string;
  client: string;
  clientCategory: string;
  campaign: string;
  objective: Objective | null;
  startDate: string | null;
  wrapDate: string | null;
  currency: string;
  budget: number | null;
  campaignManager: string;
  /** The campaign's workbook, so carried-forward actions can link to where they came from. */
  workbookUrl: string;
  /** "Process (3), Tools (1)": issues per root cause, as the learnings Doc's line says it. */
  rootCauses: string;
  /** Who appended it to the ledger last, and when (ISO date-time). */
  appendedBy: string;
  appendedAt: string;
}

export interface LedgerKpi {
  key: string;
  campaignKey: string;
  client: string;
  campaign: string;
  wrapDate: string | null;
  kpi: string;
  unit: KpiUnit | null;
  target: number | null;
  actual: number | null;
  lowerIsBetter: boolean;
  confidence: TargetConfidence | null;
  variance: number | null;
  met: boolean | null;
}

export interface LedgerCreator {
  key: string;
  campaignKey: string;
  client: string;
  clientCategory: string;
  campaign: string;
  objective: Objective | null;
  wrapDate: string | null;
  handle: string;
  platform: Platform | null;
  tier: Tier | null;
  format: Format | null;
  cost: number | null;
  engagements: number | null;
  conversions: number | null;
  cpe: number | null;
  /** This campaign's pooled CPE (Σ cost ÷ Σ engagements), the figure the verdict compared against. */
  campaignCpe: number | null;
  erLift: number | null;
  onTime: boolean | null;
  revisions: number | null;
  rating: number | null;
  verdict: Verdict;
  /** Why, in words, with the inputs: "rating 2 of 5 (2 or lower); CPE $2.10 is 2.1× the campaign's $1.00". */
  reasons: string;
  /** The brief style they were given (Detailed, Vague): the next campaign's brief learning is compared with it. */
  brief: BriefStyle | null;
}

export interface LedgerAction {
  /** Stable across campaigns: the action's id where it was first raised (actionId in keys.ts). */
  key: string;
  campaignKey: string;
  client: string;
  campaign: string;
  area: IssueArea | null;
  issue: string;
  rootCause: RootCause | null;
  severity: Severity | null;
  action: string;
  owner: string;
  due: string | null;
  status: ActionStatus | null;
  /** The start date of the campaign whose workbook last set the status: a later campaign's word wins. */
  statusAsOf: string | null;
  /** The campaign that last set the status (the origin, or a later one it was carried into). */
  statusFrom: string;
}

export interface LedgerLearning {
  key: string;
  campaignKey: string;
  client: string;
  campaign: string;
  wrapDate: string | null;
  learning: string;
}

export interface LedgerProofPoint {
  key: string;
  campaignKey: string;
  client: string;
  clientCategory: string;
  campaign: string;
  wrapDate: string | null;
  claim: string;
  metric: string;
  mayNameClient: boolean;
}

export interface Ledger {
  campaigns: LedgerCampaign[];
  kpis: LedgerKpi[];
  creators: LedgerCreator[];
  actions: LedgerAction[];
  learnings: LedgerLearning[];
  proofPoints: LedgerProofPoint[];
}

export const emptyLedger = (): Ledger => ({ campaigns: [], kpis: [], creators: [], actions: [], learnings: [], proofPoints: [] });
