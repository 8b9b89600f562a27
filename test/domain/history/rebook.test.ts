// The rebook rules, one row per case: the verdict, and the reasons that name each deciding input.
import { describe, expect, it } from 'vitest';
import { describeInputs, rebookVerdict, REBOOK_RULES, type VerdictInputs } from '../../../src/domain/history/rebook.ts';

const good: VerdictInputs = { onTime: true, revisions: 1, erLift: 0.2, cpe: 0.4, campaignCpe: 0.5, rating: 5 };
const none: VerdictInputs = { onTime: null, revisions: null, erLift: null, cpe: null, campaignCpe: null, rating: null };

describe('rebook verdicts', () => {
  it.each<[string, Partial<VerdictInputs>, string, string[]]>([
    ['everything good', {}, 'Rebook', ['on-time draft on time', 'revisions 1 round', 'ER lift +20%', 'CPE $0.40 = 0.8× the campaign’s $0.50', 'rating 5 of 5']],
    ['a late first draft', { onTime: false }, 'Rebook with conditions', ['on-time draft late']],
    ['3 revision rounds', { revisions: 3 }, 'Rebook with conditions', ['revisions 3 rounds']],
    ['2 revision rounds are fine', { revisions: 2 }, 'Rebook', []],
    ['rated 3', { rating: 3 }, 'Rebook with conditions', ['rating 3 of 5']],
    ['negative ER lift', { erLift: -0.1 }, 'Rebook with conditions', ['ER lift −10%']],
    ['CPE exactly 1.25× is still fine', { cpe: 0.625 }, 'Rebook', []],
    ['CPE 1.5× the campaign', { cpe: 0.75 }, 'Rebook with conditions', ['CPE $0.75 = 1.5× the campaign’s $0.50']],
    ['rated 2: a red flag', { rating: 2 }, "Don't rebook", ['rating 2 of 5 (red flag)']],
    ['CPE twice the campaign: a red flag', { cpe: 1 }, "Don't rebook", ['CPE $1.00 = 2.0× the campaign’s $0.50 (red flag)']],
    ['ER lift −50%: a red flag', { erLift: -0.5 }, "Don't rebook", ['ER lift −50% (red flag)']],
    ['three concerns', { onTime: false, revisions: 4, rating: 3 }, "Don't rebook", ['on-time draft late', 'revisions 4 rounds', 'rating 3 of 5']],
  ])('%s', (_name, change, verdict, reasons) => {
    const v = rebookVerdict({ ...good, ...change }, 'USD');
    expect(v.verdict).toBe(verdict);
    if (reasons.length) expect(v.reasons).toEqual(reasons);
    expect(v.inputs).toEqual({ ...good, ...change });
  });

  it('needs 3 known inputs to say rebook, but a red flag alone is enough to say don’t', () => {
    expect(rebookVerdict({ ...none, onTime: true, rating: 4 }, 'USD')).toMatchObject({ verdict: 'Not enough data', reasons: ['only 2 of 5 inputs recorded'] });
    expect(rebookVerdict({ ...none, rating: 1 }, 'USD')).toMatchObject({ verdict: "Don't rebook", reasons: ['rating 1 of 5 (red flag)'] });
    expect(rebookVerdict({ ...none, onTime: true, rating: 4, revisions: 0 }, 'USD').verdict).toBe('Rebook');
  });

  it('says what to agree for each concern, and nothing for a clean rebook', () => {
    const v = rebookVerdict({ ...good, onTime: false, cpe: 0.7 }, 'USD');
    expect(v.conditions).toEqual(['Agree the first-draft date with a buffer and a check-in before it.', 'Negotiate the fee toward the campaign’s CPE.']);
    expect(rebookVerdict(good, 'USD').conditions).toEqual([]);
  });

  it('can’t compare a CPE without the campaign’s, and says so', () => {
    const v = rebookVerdict({ ...good, campaignCpe: null }, 'EUR');
    expect(v.signals.find((s) => s.input === 'CPE')).toEqual({ input: 'CPE', level: 'unknown', value: '€0.40 (no campaign CPE to compare)' });
  });

  it('lists every input in one line', () => {
    expect(describeInputs(rebookVerdict({ ...none, rating: 2 }, 'USD')))
      .toBe('on-time draft not recorded; revisions not recorded; ER lift not known; CPE not known; rating 2 of 5');
  });

  it('keeps its thresholds where README reads them', () => {
    expect(REBOOK_RULES).toMatchObject({ revisionsConcern: 3, cpeConcern: 1.25, cpeRedFlag: 2, erLiftRedFlag: -0.5, ratingRedFlag: 2 });
  });
});
