// The brief checklist, per creator: did the brief state the audience, the goal, the product context and the tone,
// and was it too prescriptive? Brief quality is the most common root cause, so it is scored (0–5), compared by
// score band and item with sample sizes, and drafted into a checklist action for "Brief quality" issues.
// Older workbooks and files only say "Detailed" or "Vague"; that value is still read, as its own dimension.
import { formatMoney, plural } from './analysis/format.ts';
import { groupFigures } from './analysis/groups.ts';
import type { GroupFigures } from './analysis/types.ts';
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

export function briefPatterns(creators: readonly (CreatorRecord & { briefChecklist: BriefChecklist })[]): BriefPatterns {
  const assessed = creators.filter((c) => isAssessed(c.briefChecklist));
  const items = BRIEF_ITEMS.map(({ item, label }) => {
    const yes = assessed.filter((c) => c.briefChecklist[item] === true);
    const no = assessed.filter((c) => c.briefChecklist[item] !== true);
    return { item, label, yes: groupFigures(yes), no: groupFigures(no), small: yes.length < 2 || no.length < 2 };
  });
  const gaps = BRIEF_ITEMS.map(({ item, label }) => ({
    item, label,
    count: assessed.filter((c) => (item === 'tooPrescriptive' ? c.briefChecklist[item] === true : c.briefChecklist[item] !== true)).length,
  })).filter((g) => g.count > 0).sort((a, b) => b.count - a.count);
  const legacyOnly = creators.filter((c) => !isAssessed(c.briefChecklist) && c.brief !== null).length;
  return { assessed: assessed.length, legacyOnly, items, gaps };
}

/**
 * The strongest item pattern in one sentence ("Briefs that stated the audience: CPE $0.38 across 6 creators,
 * against $0.61 across 4 without"), or null when no item has 2+ creators on each side with a CPE.
 */
export function strongestItemPattern(patterns: BriefPatterns, currency: string): string | null {
  const usable = patterns.items.filter((s) => !s.small && s.yes.cpe !== null && s.no.cpe !== null && s.yes.n.cpe >= 2 && s.no.n.cpe >= 2);
  const best = usable.sort((a, b) => Math.abs(1 - a.yes.cpe! / a.no.cpe!) - Math.abs(1 - b.yes.cpe! / b.no.cpe!)).pop();
  if (!best) return null;
  const meta = BRIEF_ITEMS.find((i) => i.item === best.item)!;
  const subject = best.item === 'tooPrescriptive' ? 'Briefs that scripted too much' : `Briefs that ${meta.stated}`;
  return `${subject}: CPE ${formatMoney(best.yes.cpe!, currency)} across ${plural(best.yes.n.cpe, 'creator')}, against ${formatMoney(best.no.cpe!, currency)} across ${best.no.n.cpe} without.`;
}

/**
 * The action drafted for a "Brief quality" issue: the checklist into the brief template, naming what was missing
 * most often. Owner and deadline are left for the team to fill, so the Issues checks still ask for them.
 */
export function draftBriefAction(patterns: BriefPatterns): string {
  const missing = patterns.gaps.filter((g) => g.item !== 'tooPrescriptive').slice(0, 2);
  const prescriptive = patterns.gaps.find((g) => g.item === 'tooPrescriptive');
  const of = patterns.assessed;
  const sections = missing.length
    ? `required ${missing.map((g) => g.label.toLowerCase()).join(' and ')} sections (missing from ${missing.map((g) => g.count).join(' and ')} of ${of} briefs)`
    : 'required audience, goal, product context and tone sections';
  const room = prescriptive ? ` and cap the shot list at must-haves (${prescriptive.count} of ${of} briefs scripted too much)` : '';
  return `Add ${sections} to the brief template${room}; tick the brief checklist for every creator before briefs go out.`;
}
