// Rebook verdicts: per creator, from five inputs (first draft on time, revision rounds, ER lift, CPE against the
// campaign's pooled CPE, the team's 1–5 rating), by the rules below, which README states in words. Every verdict
// carries its inputs and the reasons that decided it, so nobody has to trust a label.
import { formatMoney, formatSignedPercent } from '../analysis/format.ts';
import type { Verdict } from './records.ts';

export interface VerdictInputs {
  onTime: boolean | null;
  revisions: number | null;
  erLift: number | null;
  cpe: number | null;
  /** The campaign's pooled CPE: Σ cost ÷ Σ engagements over its creators. */
  campaignCpe: number | null;
  rating: number | null;
}

export type SignalLevel = 'good' | 'concern' | 'red flag' | 'unknown';

export interface Signal {
  input: 'on-time draft' | 'revisions' | 'ER lift' | 'CPE' | 'rating';
  level: SignalLevel;
  /** The input as a person says it: "late", "3 rounds", "−32%", "$2.10 = 2.1× the campaign's $1.00", "2 of 5". */
  value: string;
}

export interface RebookVerdict {
  verdict: Verdict;
  inputs: VerdictInputs;
  signals: Signal[];
  /** What decided it, one phrase per concern or red flag (or why there is too little to go on). */
  reasons: string[];
  /** For "Rebook with conditions": what to agree before rebooking, one per concern. */
  conditions: string[];
}

/** The thresholds, named so README, the rules and the tests say the same thing. */
export const REBOOK_RULES = {
  revisionsConcern: 3, // 3 or more revision rounds
  cpeConcern: 1.25, // CPE above 1.25× the campaign's pooled CPE
  cpeRedFlag: 2, // CPE at or above 2× the pooled CPE
  erLiftRedFlag: -0.5, // sponsored ER half (or less) of the creator's usual
  ratingConcern: 3, // rated 3 of 5
  ratingRedFlag: 2, // rated 2 of 5 or lower
  concernsForDontRebook: 3,
  minimumKnownInputs: 3,
} as const;

function signals(inputs: VerdictInputs, currency: string): Signal[] {
  const r = REBOOK_RULES;
  const out: Signal[] = [];
  const { onTime, revisions, erLift, cpe, campaignCpe, rating } = inputs;
  out.push({ input: 'on-time draft', level: onTime === null ? 'unknown' : onTime ? 'good' : 'concern', value: onTime === null ? 'not recorded' : onTime ? 'on time' : 'late' });
  out.push({
    input: 'revisions',
    level: revisions === null ? 'unknown' : revisions >= r.revisionsConcern ? 'concern' : 'good',
    value: revisions === null ? 'not recorded' : `${revisions} ${revisions === 1 ? 'round' : 'rounds'}`,
  });
  out.push({
    input: 'ER lift',
    level: erLift === null ? 'unknown' : erLift <= r.erLiftRedFlag ? 'red flag' : erLift < 0 ? 'concern' : 'good',
    value: erLift === null ? 'not known' : formatSignedPercent(erLift),
  });
  const times = cpe !== null && campaignCpe !== null && campaignCpe > 0 ? cpe / campaignCpe : null;
  out.push({
    input: 'CPE',
    level: times === null ? 'unknown' : times >= r.cpeRedFlag ? 'red flag' : times > r.cpeConcern ? 'concern' : 'good',
    value: cpe === null ? 'not known' : times === null
      ? `${formatMoney(cpe, currency)} (no campaign CPE to compare)`
      : `${formatMoney(cpe, currency)} = ${times.toFixed(1)}× the campaign’s ${formatMoney(campaignCpe ?? 0, currency)}`,
  });
  out.push({
    input: 'rating',
    level: rating === null ? 'unknown' : rating <= r.ratingRedFlag ? 'red flag' : rating <= r.ratingConcern ? 'concern' : 'good',
    value: rating === null ? 'not rated' : `${rating} of 5`,
  });
  return out;
}

const CONDITION: Record<Signal['input'], (s: Signal) => string> = {
  'on-time draft': () => 'Agree the first-draft date with a buffer and a check-in before it.',
  revisions: () => 'Brief in detail up front and agree at most 2 revision rounds.',
  'ER lift': () => 'Try another format or a looser brief: sponsored posts engaged below this creator’s usual.',
  CPE: () => 'Negotiate the fee toward the campaign’s CPE.',
  rating: () => 'Go through the team’s rating with creator relations before rebooking.',
};

const reasonOf = (s: Signal) => `${s.input} ${s.value}${s.level === 'red flag' ? ' (red flag)' : ''}`;

export function rebookVerdict(inputs: VerdictInputs, currency: string): RebookVerdict {
  const r = REBOOK_RULES;
  const all = signals(inputs, currency);
  const reds = all.filter((s) => s.level === 'red flag');
  const concerns = all.filter((s) => s.level === 'concern');
  const known = all.filter((s) => s.level !== 'unknown').length;
  const base = { inputs, signals: all };
  if (reds.length) return { ...base, verdict: "Don't rebook", reasons: [...reds, ...concerns].map(reasonOf), conditions: [] };
  if (concerns.length >= r.concernsForDontRebook) return { ...base, verdict: "Don't rebook", reasons: concerns.map(reasonOf), conditions: [] };
  if (known < r.minimumKnownInputs) {
    return { ...base, verdict: 'Not enough data', reasons: [`only ${known} of 5 inputs recorded`, ...concerns.map(reasonOf)], conditions: [] };
  }
  if (concerns.length) return { ...base, verdict: 'Rebook with conditions', reasons: concerns.map(reasonOf), conditions: concerns.map((s) => CONDITION[s.input](s)) };
  return { ...base, verdict: 'Rebook', reasons: all.filter((s) => s.level === 'good').map(reasonOf), conditions: [] };
}

/** The inputs in one line, for the ledger and the kickoff pack: "on-time draft late; revisions 3 rounds; …". */
export function describeInputs(verdict: RebookVerdict): string {
  return verdict.signals.map((s) => `${s.input} ${s.value}`).join('; ');
}
