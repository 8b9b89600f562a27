// The vague-action heuristic, both ways: actions that change nothing are caught, specific ones pass.
import { describe, expect, it } from 'vitest';
import { assessAction, isVagueAction } from '../../src/domain/vague-action.ts';

describe('assessAction', () => {
  it.each([
    ['Improve tracking', 'too-short'],
    ['Communicate better', 'too-short'],
    ['More creators', 'too-short'],
    ['Call Dana', 'too-short'],
    ['Make sure briefs are better next time', 'vague-wording'],
    ['Be more careful with timelines going forward', 'vague-wording'],
    ['Try to get approvals faster from the client', 'vague-wording'],
    ['Look into better tracking for creators', 'vague-wording'],
    ['Ensure the team communicates with creators', 'vague-wording'],
    ['Focus on improving the brief process', 'vague-wording'],
  ])('%j is vague (%s)', (action, reason) => {
    expect(assessAction(action)).toMatchObject({ vague: true, reason });
  });

  it.each([
    'Add a UTM checklist to the brief template by 2026-12-01', // no vague word at all
    'Improve approval turnaround to 48 hours', // a number
    'Ensure every creator gets the tracking link template', // a concrete object
    'Make sure tracking is better by end of the month', // a date
    'Make sure briefs are better before the next kickoff', // a date-like milestone and a concrete object
    'Be more careful with approvals; @jordan checks', // an @owner
    'Try shorter approval rounds, Priya to trial', // a named team member
    'Send creators the new brief template', // specific, no vague words
    'Improve the contract clause on usage rights', // a concrete object
    'Book shipping on Dec 3 for all creators',
  ])('%j is specific', (action) => {
    expect(assessAction(action, ['Priya Shah', 'Tom Reed'])).toEqual({ vague: false, reason: 'specific' });
  });

  it('reports a missing action separately, and names the vague term it found', () => {
    expect(assessAction('   ')).toEqual({ vague: true, reason: 'missing' });
    expect(assessAction('Look into better tracking for creators').term).toBe('better');
  });

  it('matches whole words only', () => {
    expect(isVagueAction('Add tryout clips to the creator shortlist')).toBe(false); // "tryout" is not "try"
    expect(isVagueAction('Moreover, creators want their scripts sooner')).toBe(false); // "Moreover" is not "more"
  });

  it('does not count a vague phrase as its own concrete object', () => {
    expect(isVagueAction('Step up creator communication this time')).toBe(true);
  });
});
