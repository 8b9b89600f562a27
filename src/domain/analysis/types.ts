// The analysis result: plain JSON (no Dates, no undefined) because it travels through google.script.run, into
// report.json and onto the Patterns tab. Every figure about a group carries how many creators it rests on.
import type { KpiUnit, RootCause, Severity, TargetConfidence, Tier } from '../choices.ts';
import type { Check, ContentRecord } from '../records.ts';
import type { KpiStatus, RateKey } from '../metrics.ts';
import type { BriefItem } from '../brief-checklist.ts';
import type { GateResult } from '../completeness-gate.ts';
import type { ControlSplit } from '../root-causes.ts';

export type Dimension = 'tier' | 'platform' | 'format' | 'brief' | 'briefScore';

export interface GroupFigures {
  creators: number;
  cost: number; // Σ over creators with a cost
  engagements: number;
  impressions: number;
  clicks: number;
  conversions: number;
  medianErLift: number | null;
  /** Pooled: Σ cost ÷ Σ engagements (impressions, clicks, conversions) over creators with both numbers. */
  cpe: number | null;
  cpm: number | null;
  cpc: number | null;
  cpa: number | null;
  averageRating: number | null;
  /** Creators whose first draft was on time ÷ creators with that box filled in. */
  onTimeShare: number | null;
  /** Each rate of metrics.ts RATES (save rate…), pooled over the group: Σ of ÷ Σ per. */
  rates: Record<RateKey, number | null>;
  /** How many creators each figure rests on (a creator missing an input is left out of that figure). */
  n: { erLift: number; cpe: number; cpm: number; cpc: number; cpa: number; rating: number; onTime: number; rates: Record<RateKey, number> };
}

/** A group against the whole campaign. Costs are relative (cpe −0.4 = 40% lower CPE); the rest are differences. */
export interface VsCampaign {
  cpe: number | null;
  cpm: number | null;
  cpa: number | null;
  medianErLift: number | null; // e.g. +0.12 = 12 points more lift
  averageRating: number | null;
  onTimeShare: number | null;
}

export interface Group extends GroupFigures {
  dimension: Dimension;
  value: string; // "Micro", "Instagram", "Detailed"
  label: string; // "Micro (10K–50K)"
  /** Fewer than 2 creators: shown, never used to claim a pattern. */
  small: boolean;
  vsCampaign: VsCampaign;
}

export interface DimensionGroups {
  dimension: Dimension;
  title: string; // "Tier"
  groups: Group[];
  /** Creators with no value for this dimension (left out of its groups, still in the campaign figures). */
  unassigned: number;
}

export interface CreatorMetrics {
  row: number;
  handle: string;
  tier: Tier | null;
  sponsoredEr: number | null;
  erLift: number | null;
  cpe: number | null;
  cpm: number | null;
  cpc: number | null;
  cpa: number | null;
}

/** A ranked piece: its Content tab record (every input column), its rank and ER, and each rate (save rate…). */
export type RankedPiece = ContentRecord & {
  rank: number;
  er: number;
  rates: Record<RateKey, number | null>;
};

export interface ContentTrait {
  trait: 'integration' | 'voice' | 'brandMention' | 'format' | 'platform';
  /** "all top 3 used natural integration" */
  top: string;
  /** "2 of the bottom 3 were scripted" */
  bottom: string;
  /** 0–1: how cleanly the trait separates top from bottom. */
  strength: number;
  /** The value the top pieces share ("Natural", "later"). */
  value: string;
}

export interface ContentAnalysis {
  ranked: number;
  unranked: number; // pieces without impressions or engagements
  ranks: { row: number; id: string; rank: number; er: number }[];
  top: RankedPiece[];
  bottom: RankedPiece[];
  traits: ContentTrait[];
  /** The traits in one or two sentences, or why there is nothing to compare. */
  note: string;
}

export interface KpiResult {
  row: number;
  name: string;
  target: number | null;
  actual: number | null;
  /** The KPI's unit, as picked or worked out (tabs/units.ts): every document shows target and actual in it. */
  unit: KpiUnit;
  lowerIsBetter: boolean;
  variance: number | null;
  status: KpiStatus;
  confidence: TargetConfidence | null;
}

export interface KpiAnalysis {
  items: KpiResult[];
  met: number;
  missed: number;
  unknown: number;
  /** Misses by where the target came from, in a fixed order; "Not set" for targets without a confidence. */
  missesByConfidence: { confidence: TargetConfidence | 'Not set'; count: number; kpis: string[] }[];
}

export interface RootCauseMatrix {
  causes: (RootCause | 'Not set')[];
  severities: (Severity | 'Not set')[];
  /** counts[cause][severity], in the order of `causes` and `severities`. */
  counts: number[][];
  causeTotals: number[];
  severityTotals: number[];
  total: number;
}

export interface Finding {
  text: string;
  /** Typed by the team (kept first, as written) or drafted by the analysis from the numbers. */
  source: 'team' | 'analysis';
  /** A drafted recommendation's lean, so one reversing last campaign's learning can be flagged (reversals.ts). */
  lean?: Lean;
}

/** "Favor Instagram" = { dimension: 'platform', value: 'Instagram', toward: true }; "renegotiate Macro fees" = toward: false. */
export interface Lean {
  dimension: string;
  value: string;
  toward: boolean;
  /**
   * The figure it rests on: the group's pooled CPE against the campaign's, the top pieces' median ER against the
   * bottom's, or a brief style's median ER lift (or pooled CPE) against the other style's.
   */
  figure?: LeanFigure;
}

export interface LeanFigure {
  metric: 'CPE' | 'ER' | 'ER lift';
  value: number;
  versus: number;
}

export interface Analysis {
  today: string;
  currency: string;
  campaign: GroupFigures;
  groups: DimensionGroups[];
  creators: CreatorMetrics[];
  content: ContentAnalysis;
  kpis: KpiAnalysis;
  rootCauses: RootCauseMatrix;
  /** Root causes within our control and beyond it, and in the playbook's terms. */
  rootCauseControl: ControlSplit;
  /** The brief checklist: item by item, with sample sizes. */
  briefChecklist: BriefPatterns;
  /** KPIs far off target (or missed on a historical target) and whether an Issue or Win explains each. */
  gate: GateResult;
  learnings: Finding[];
  recommendations: Finding[];
  headline: string[];
  checks: Check[];
}

/** Creators split by one brief-checklist item (analysis/brief-patterns.ts). */
export interface ItemSplit {
  item: BriefItem;
  label: string;
  /** Creators whose brief had the item (for "too prescriptive": whose brief was), and the rest. */
  yes: GroupFigures;
  no: GroupFigures;
  /** Either side under 2 creators: shown, never used to claim a pattern. */
  small: boolean;
}

export interface BriefPatterns {
  /** Creators with a checklist filled in. */
  assessed: number;
  /** Creators with only the old Detailed/Vague value (read as the "Brief" dimension). */
  legacyOnly: number;
  items: ItemSplit[];
  /** How often each item was missing (for "too prescriptive": present), most often first. */
  gaps: { item: BriefItem; label: string; count: number }[];
}

