// Brief quality is the most common root cause: creators compared by each brief-checklist item with sample sizes,
// what was missing most often, and the checklist action drafted for a "Brief quality" issue.
import { BRIEF_ITEMS, checklistOf, isAssessed } from '../brief-checklist.ts';
import type { CreatorRecord } from '../records.ts';
import { formatMoney, plural } from './format.ts';
import { groupFigures } from './groups.ts';
import type { Draft } from './draft-input.ts';
import type { BriefPatterns, ItemSplit } from './types.ts';

export type { BriefPatterns, ItemSplit } from './types.ts';

export function briefPatterns(creators: readonly CreatorRecord[]): BriefPatterns {
  const assessed = creators.filter((c) => isAssessed(checklistOf(c)));
  const items = BRIEF_ITEMS.map(({ item, label }) => {
    const yes = assessed.filter((c) => checklistOf(c)[item] === true);
    const no = assessed.filter((c) => checklistOf(c)[item] !== true);
    return { item, label, yes: groupFigures(yes), no: groupFigures(no), small: yes.length < 2 || no.length < 2 };
  });
  const gaps = BRIEF_ITEMS.map(({ item, label }) => ({
    item, label,
    count: assessed.filter((c) => (item === 'tooPrescriptive' ? checklistOf(c)[item] === true : checklistOf(c)[item] !== true)).length,
  })).filter((g) => g.count > 0).sort((a, b) => b.count - a.count);
  const legacyOnly = creators.filter((c) => !isAssessed(checklistOf(c)) && c.brief !== null).length;
  return { assessed: assessed.length, legacyOnly, items, gaps };
}

/** What to put in every brief, from the item that separated CPE most (2+ creators on each side). */
export function briefChecklistDraft(patterns: BriefPatterns, currency: string): Draft | null {
  const sentence = strongestItemPattern(patterns, currency);
  const item = strongestItem(patterns);
  if (!sentence || !item) return null;
  const better = item.yes.cpe! < item.no.cpe!;
  const meta = BRIEF_ITEMS.find((i) => i.item === item.item)!;
  const action = item.item === 'tooPrescriptive'
    ? (better ? 'Keep the shot list tight where the format needs it' : 'Give creators the must-haves and leave the delivery to them')
    : (better ? `Make “${meta.label.toLowerCase()}” a required section of the brief template` : `Test briefs that leave out the ${meta.label.toLowerCase()} section`);
  const gap = Math.abs(1 - item.yes.cpe! / item.no.cpe!);
  return { category: 'brief', score: 0.5 + 0.5 * Math.min(gap, 1), learning: sentence, recommendations: [`${action}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`] };
}

function strongestItem(patterns: BriefPatterns): ItemSplit | undefined {
  const usable = patterns.items.filter((s) => !s.small && s.yes.cpe !== null && s.no.cpe !== null && s.yes.n.cpe >= 2 && s.no.n.cpe >= 2 && s.no.cpe !== 0);
  return usable.sort((a, b) => Math.abs(1 - a.yes.cpe! / a.no.cpe!) - Math.abs(1 - b.yes.cpe! / b.no.cpe!)).pop();
}

/**
 * The strongest item pattern in one sentence ("Briefs that stated the audience: CPE $0.38 across 6 creators,
 * against $0.61 across 4 without"), or null when no item has 2+ creators on each side with a CPE.
 */
export function strongestItemPattern(patterns: BriefPatterns, currency: string): string | null {
  const best = strongestItem(patterns);
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
