// The brief checklist, per creator: did the brief state the audience, the goal, the product context and the tone,
// and was it too prescriptive? Scored 0–5 and banded for the patterns (analysis/brief-patterns.ts compares them).
// Older workbooks and files only say "Detailed" or "Vague"; that value is still read, as its own dimension.
import type { CreatorRecord } from './records.ts';

export interface BriefChecklist {
  audience: boolean | null;
  goal: boolean | null;
  productContext: boolean | null;
  tone: boolean | null;
  /** Scripted every line or shot: the one item that costs a point when ticked. */
  tooPrescriptive: boolean | null;
}

export type BriefItem = keyof BriefChecklist;

export const BRIEF_ITEMS: readonly { item: BriefItem; label: string; stated: string; missing: string }[] = [
  { item: 'audience', label: 'Audience', stated: 'stated the audience', missing: 'didn’t state the audience' },
  { item: 'goal', label: 'Goal', stated: 'stated the goal', missing: 'didn’t state the goal' },
  { item: 'productContext', label: 'Product context', stated: 'gave the product context', missing: 'didn’t give the product context' },
  { item: 'tone', label: 'Tone', stated: 'set the tone', missing: 'didn’t set the tone' },
  { item: 'tooPrescriptive', label: 'Too prescriptive', stated: 'scripted too much', missing: 'left room for the creator’s own voice' },
];

export const EMPTY_CHECKLIST: BriefChecklist = { audience: null, goal: null, productContext: null, tone: null, tooPrescriptive: null };

type ChecklistColumns = Pick<CreatorRecord, 'briefAudience' | 'briefGoal' | 'briefProductContext' | 'briefTone' | 'briefTooPrescriptive'>;

/** A creator's checklist, from the Creators tab's five "Brief: …" columns. */
export function checklistOf(c: ChecklistColumns): BriefChecklist {
  return { audience: c.briefAudience, goal: c.briefGoal, productContext: c.briefProductContext, tone: c.briefTone, tooPrescriptive: c.briefTooPrescriptive };
}

/** A checklist counts once any box on it was touched; then an untouched box means "no" (how a checkbox reads). */
export function isAssessed(checklist: BriefChecklist): boolean {
  return Object.values(checklist).some((v) => v !== null);
}

/** 0–5: one point for each of audience, goal, product context and tone, one for not being too prescriptive. */
export function briefScore(checklist: BriefChecklist): number | null {
  if (!isAssessed(checklist)) return null;
  const stated = [checklist.audience, checklist.goal, checklist.productContext, checklist.tone].filter((v) => v === true).length;
  return stated + (checklist.tooPrescriptive === true ? 0 : 1);
}

export const BRIEF_BANDS = ['5 of 5', '3–4 of 5', '0–2 of 5'] as const;
export type BriefBand = (typeof BRIEF_BANDS)[number];

/** Bands rather than six scores: a campaign has a dozen creators, and a pattern needs 2+ in a group. */
export function briefBand(score: number | null): BriefBand | null {
  if (score === null) return null;
  return score >= 5 ? '5 of 5' : score >= 3 ? '3–4 of 5' : '0–2 of 5';
}

