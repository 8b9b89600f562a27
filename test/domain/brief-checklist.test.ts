// The brief checklist: scores, bands, item patterns with sample sizes, the legacy Detailed/Vague value, and the
// drafted action for a "Brief quality" issue (which must itself pass the vague-action check).
import { describe, expect, it } from 'vitest';
import {
  briefBand, briefScore, EMPTY_CHECKLIST, isAssessed, type BriefChecklist,
} from '../../src/domain/brief-checklist.ts';
import { briefPatterns, draftBriefAction, strongestItemPattern } from '../../src/domain/analysis/brief-patterns.ts';
import { assessAction } from '../../src/domain/vague-action.ts';
import { checkWorkbook } from '../../src/domain/checks.ts';
import { creator, fixtureWorkbook, issue, testCellOf } from './fixture.ts';

const full: BriefChecklist = { audience: true, goal: true, productContext: true, tone: true, tooPrescriptive: false };

describe('briefScore', () => {
  it.each([
    [full, 5, '5 of 5'],
    [{ ...full, tooPrescriptive: true }, 4, '3–4 of 5'],
    [{ ...full, tone: false, audience: null }, 3, '3–4 of 5'],
    [{ ...EMPTY_CHECKLIST, tooPrescriptive: true }, 0, '0–2 of 5'],
    [{ ...EMPTY_CHECKLIST, goal: true }, 2, '0–2 of 5'],
  ] as const)('%j scores %i (%s)', (checklist, score, band) => {
    expect(briefScore(checklist)).toBe(score);
    expect(briefBand(briefScore(checklist))).toBe(band);
  });

  it('leaves a checklist nobody touched unscored rather than calling it a bad brief', () => {
    expect(isAssessed(EMPTY_CHECKLIST)).toBe(false);
    expect(briefScore(EMPTY_CHECKLIST)).toBeNull();
    expect(briefBand(null)).toBeNull();
  });
});

describe('briefPatterns', () => {
  // Briefs that stated the audience: @a, @b, @c (cost 300 for 1,000 engagements each); without: @d, @e (600 each).
  const columns = (c: BriefChecklist) => ({
    briefAudience: c.audience, briefGoal: c.goal, briefProductContext: c.productContext, briefTone: c.tone, briefTooPrescriptive: c.tooPrescriptive,
  });
  const creators = [
    creator(2, { handle: '@a', cost: 300, engagements: 1000, ...columns(full) }),
    creator(3, { handle: '@b', cost: 300, engagements: 1000, ...columns({ ...full, tone: false }) }),
    creator(4, { handle: '@c', cost: 300, engagements: 1000, ...columns({ ...full, tooPrescriptive: true }) }),
    creator(5, { handle: '@d', cost: 600, engagements: 1000, ...columns({ ...full, audience: false, tone: false }) }),
    creator(6, { handle: '@e', cost: 600, engagements: 1000, ...columns({ ...full, audience: null, tone: null, tooPrescriptive: true }) }),
    creator(7, { handle: '@old', cost: 100, engagements: 1000, brief: 'Vague', ...columns(EMPTY_CHECKLIST) }),
  ];
  const patterns = briefPatterns(creators);

  it('counts assessed creators and those with only the old Detailed/Vague value', () => {
    expect(patterns.assessed).toBe(5);
    expect(patterns.legacyOnly).toBe(1);
  });

  it('splits creators by each item with the figures and how many creators they rest on', () => {
    const audience = patterns.items.find((i) => i.item === 'audience')!;
    expect([audience.yes.creators, audience.no.creators, audience.small]).toEqual([3, 2, false]);
    expect(audience.yes.cpe).toBeCloseTo(0.3);
    expect(audience.no.cpe).toBeCloseTo(0.6);
    const goal = patterns.items.find((i) => i.item === 'goal')!;
    expect([goal.yes.creators, goal.no.creators, goal.small]).toEqual([5, 0, true]);
  });

  it('ranks what was missing most often', () => {
    expect(patterns.gaps).toEqual([
      { item: 'tone', label: 'Tone', count: 3 },
      { item: 'audience', label: 'Audience', count: 2 },
      { item: 'tooPrescriptive', label: 'Too prescriptive', count: 2 },
    ]);
  });

  it('states the strongest item pattern with sample sizes, and only from groups of 2 or more', () => {
    expect(strongestItemPattern(patterns, 'USD')).toBe('Briefs that stated the audience: CPE $0.30 across 3 creators, against $0.60 across 2 without.');
    expect(strongestItemPattern(briefPatterns(creators.slice(0, 3)), 'USD')).toBeNull();
  });

  it('drafts a specific checklist action for a Brief quality issue, leaving owner and deadline to the team', () => {
    const action = draftBriefAction(patterns);
    expect(action).toBe('Add required tone and audience sections (missing from 3 and 2 of 5 briefs) to the brief template and cap the shot list at must-haves (2 of 5 briefs scripted too much); tick the brief checklist for every creator before briefs go out.');
    expect(assessAction(action).vague).toBe(false);
    expect(assessAction(draftBriefAction(briefPatterns([]))).vague).toBe(false);
  });
});

describe('a Brief quality issue without an action', () => {
  it('gets the drafted checklist action in its check, owner and deadline still asked for', () => {
    const workbook = fixtureWorkbook();
    workbook.issues = [issue(2, { area: 'Brief quality', description: 'Briefs missed the audience' })];
    const checks = checkWorkbook(workbook, { today: '2026-11-20', cellOf: testCellOf });
    const missing = checks.find((c) => c.cell === 'Issues!action2');
    expect(missing?.message).toContain('Drafted from the brief checklist: “Add required audience, goal, product context and tone sections to the brief template;');
  });
});
