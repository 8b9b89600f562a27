// Root causes split into what the agency can change and what it can only adapt to, in the playbook's terms.
import { describe, expect, it } from 'vitest';
import { ROOT_CAUSES } from '../../src/domain/choices.ts';
import { CAUSE_CONTROL, describeControlSplit, PLAYBOOK_ANSWER, splitByControl } from '../../src/domain/root-causes.ts';
import { issue } from './fixture.ts';

describe('splitByControl', () => {
  it('offers the external causes the playbook asks about, and classifies every cause', () => {
    expect(ROOT_CAUSES).toEqual(expect.arrayContaining(['Strategy', 'Market conditions', 'Platform or algorithm change']));
    for (const cause of ROOT_CAUSES) {
      expect(CAUSE_CONTROL[cause]).toMatch(/^(controllable|external)$/);
      expect(PLAYBOOK_ANSWER[cause]).toBeTruthy();
    }
    expect(ROOT_CAUSES.filter((c) => CAUSE_CONTROL[c] === 'external')).toEqual(['Market conditions', 'Platform or algorithm change']);
  });

  it('counts issues on each side and by playbook answer, and says so in sentences for the brief', () => {
    const split = splitByControl([
      issue(2, { rootCause: 'Process' }), issue(3, { rootCause: 'Process' }), issue(4, { rootCause: 'Client-side' }),
      issue(5, { rootCause: 'Market conditions' }), issue(6, { rootCause: 'Platform or algorithm change' }), issue(7, { rootCause: 'Strategy' }),
      issue(8, { rootCause: null }),
    ]);
    expect(split.controllable).toEqual([{ cause: 'Process', count: 2 }, { cause: 'Strategy', count: 1 }, { cause: 'Client-side', count: 1 }]);
    expect(split.external).toEqual([{ cause: 'Market conditions', count: 1 }, { cause: 'Platform or algorithm change', count: 1 }]);
    expect(split.notSet).toBe(1);
    expect(split.playbook).toEqual([
      { answer: 'Strategy', count: 1 }, { answer: 'Execution', count: 2 }, { answer: 'Client-side', count: 1 }, { answer: 'Market conditions', count: 2 },
    ]);
    expect(describeControlSplit(split)).toEqual([
      'Within our control: 4 (Process 2, Strategy 1, Client-side 1). Each needs an action that changes how we work.',
      'Beyond our control: 2 (Market conditions 1, Platform or algorithm change 1). Adapt targets, timing or the platform mix; these are not failures of execution.',
      '1 without a root cause yet: pick one on the Issues tab so they can be counted.',
    ]);
  });

  it('says nothing when there are no issues', () => {
    expect(describeControlSplit(splitByControl([]))).toEqual([]);
  });
});
