// The creator feedback notes Doc's content, built from the creator's view of a workbook with secrets planted in
// everything a creator must never read: no text placeholder (an agency's template may use any) and no section
// carries them; each chosen creator whose figures can't carry a note is named by its cell; nobody chosen refuses.
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../../src/domain/analysis/index.ts';
import { NotReadyError } from '../../../src/domain/errors.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import { audienceWorkbook } from '../../../src/domain/reports/client-safe.ts';
import { creatorFeedbackContent } from '../../../src/domain/reports/creator-feedback-doc.ts';
import { allText, sample, TODAY } from './support.ts';

const SENTINEL = 'ZZSECRET';
const cellOf = (tab: string, row: number, key: string) => `${tab}!${key}${row}`;

function creatorsView(workbook: Workbook) {
  const seen = audienceWorkbook(workbook, 'creator');
  return { workbook: seen, analysis: analyzeWorkbook(seen, { today: TODAY }) };
}

function planted(): Workbook {
  const { workbook } = sample();
  workbook.campaign.budget = 98765;
  for (const key of Object.keys(workbook.campaign.team) as (keyof Workbook['campaign']['team'])[]) workbook.campaign.team[key] = `${SENTINEL}-team`;
  workbook.creators.forEach((c, i) => Object.assign(c, { cost: 7013.41 + i, rating: 1, notes: `${SENTINEL}-notes-${i}` }));
  workbook.issues.forEach((issue) => Object.assign(issue, { description: SENTINEL, action: SENTINEL, owner: SENTINEL }));
  workbook.wins.forEach((win) => Object.assign(win, { description: SENTINEL, evidence: SENTINEL }));
  workbook.kpis.forEach((kpi) => (kpi.notes = SENTINEL));
  workbook.content.forEach((p) => (p.comments = SENTINEL));
  return workbook;
}

describe('the creator feedback notes content', () => {
  it('fills every placeholder and section with nothing a creator must not read', () => {
    const content = creatorFeedbackContent(creatorsView(planted()), { today: TODAY, cellOf });
    const everything = `${allText(content)}\n${JSON.stringify(content)}`;
    expect(everything).not.toContain(SENTINEL);
    expect(everything).not.toMatch(/98,?765|7,?01\d|\$/);
    expect(content.text).toMatchObject({ budget: '', summary: '', kpis_met: '', client: 'Lumen Skin', byline: 'Lumen Skin · 20 Oct – 18 Nov 2026' });
    expect(content.blocks.creator_notes?.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(4);
  });

  it('names each chosen creator without a baseline by its cell, and refuses when nobody can have a note', () => {
    const { workbook } = sample();
    const acid = workbook.creators.find((c) => c.handle === '@theacidedit')!;
    Object.assign(acid, { feedbackNote: 'Send', organicEngagementRate: null });
    const content = creatorFeedbackContent(creatorsView(workbook), { today: TODAY, cellOf });
    expect(content.notes).toEqual([`Creators!organicEngagementRate${acid.row}: @theacidedit is down for a feedback note, which compares their sponsored content with their usual engagement. Enter their organic ER.`]);

    for (const c of workbook.creators) c.feedbackNote = c === acid ? 'Send' : 'Skip';
    expect(() => creatorFeedbackContent(creatorsView(workbook), { today: TODAY, cellOf })).toThrow(new NotReadyError(
      `No creator feedback note could be written. Creators!organicEngagementRate${acid.row}: @theacidedit is down for a feedback note, which compares their sponsored content with their usual engagement. Enter their organic ER.`));
    acid.feedbackNote = 'Skip';
    expect(() => creatorFeedbackContent(creatorsView(workbook), { today: TODAY, cellOf })).toThrow(/No creator is down for a feedback note\. Mark “Send”/);
  });
});
