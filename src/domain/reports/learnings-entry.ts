// What a campaign adds to the shared learnings Doc: the learnings the team kept (3–5, edited in the sidebar; by
// default the strongest drafted learnings and what changes as a result) and the line naming its root causes.
import { rootCauseRows } from '../analysis/kpis.ts';
import type { Analysis } from '../analysis/types.ts';
import type { Workbook } from '../records.ts';
import { MAX_FINDINGS } from './content.ts';
import { oneLine, rootCauseLine, type LearningsEntry } from './learnings-doc.ts';
import { longDate } from './wording.ts';

export const MIN_KEPT = 3;
export const MAX_KEPT = MAX_FINDINGS;

/** The starting list before the team edits it: up to 3 learnings, then what changes, 5 lines at most. */
export function draftKeptLearnings(analysis: Analysis): string[] {
  const learnings = analysis.learnings.map((f) => f.text).slice(0, 3);
  const changes = analysis.recommendations.map((f) => `What changes: ${f.text}`);
  return [...learnings, ...changes].slice(0, Math.max(MIN_KEPT, Math.min(MAX_KEPT, learnings.length + 2)));
}

/** The campaign's heading in the shared Doc, kept as its parts too, so nobody splits the text back apart. */
export interface EntryHeading {
  /** "<Campaign> — 18 Nov 2026" */
  heading: string;
  campaign: string;
  /** The wrap date (or the day it is appended, when there is none), as the heading says it. */
  date: string;
}

export function entryHeadingParts(workbook: Workbook, today: string): EntryHeading {
  const campaign = oneLine(workbook.campaign.campaign) || 'Campaign';
  const date = longDate(workbook.campaign.wrapDate ?? today) || longDate(today);
  return { heading: `${campaign} — ${date}`, campaign, date };
}

/** "<Campaign> — 18 Nov 2026": dated by the wrap date (or the day it is appended, when there is none). */
export function entryHeading(workbook: Workbook, today: string): string {
  return entryHeadingParts(workbook, today).heading;
}

export function learningsEntry(workbook: Workbook, analysis: Analysis, kept: readonly string[], today: string): LearningsEntry & EntryHeading {
  return {
    client: oneLine(workbook.campaign.client),
    ...entryHeadingParts(workbook, today),
    bullets: [...kept.map(oneLine).filter(Boolean), rootCauseLine(analysis.rootCauses)],
  };
}

/** The campaign's own root causes, named as the root-cause line names them. */
export function campaignRootCauses(analysis: Analysis): string[] {
  return rootCauseRows(analysis.rootCauses).filter((r) => r.cause !== 'Not set' && r.total > 0).map((r) => r.cause);
}
