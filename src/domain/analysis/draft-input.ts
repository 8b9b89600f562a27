// What a drafted finding is, and what drafting reads: shared by drafts.ts and draft-groups.ts, so neither imports
// the other's module for its types.
import type { CreatorRecord } from '../records.ts';
import type { ContentAnalysis, DimensionGroups, GroupFigures, KpiAnalysis, Lean, RootCauseMatrix } from './types.ts';

export type { Lean } from './types.ts';

export interface Draft {
  category: 'cost' | 'brief' | 'content' | 'kpis' | 'issues' | 'drafts' | 'engagement';
  score: number;
  learning: string;
  recommendations: string[];
  /** Which way its recommendations lean, so two pointing opposite ways are caught (signable.ts). */
  lean?: Lean;
  /** What its recommendations rest on; none when they rest on the whole campaign (its KPIs, its issues). */
  basis?: { creators: number; cost?: number };
}


export interface DraftInput {
  campaign: GroupFigures;
  groups: DimensionGroups[];
  content: ContentAnalysis;
  kpis: KpiAnalysis;
  rootCauses: RootCauseMatrix;
  creators: readonly CreatorRecord[];
  currency: string;
}
