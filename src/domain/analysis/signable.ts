// Recommendations a strategist would sign. A drafted recommendation is held back when it rests on fewer than
// MIN_CREATORS creators or, when it moves budget, on less than MIN_SPEND_SHARE of the spend; and of two that point
// opposite ways about one thing (favour Instagram, shift budget toward TikTok) only the stronger is kept. Learnings
// are not filtered: a small group is still worth knowing about, it just isn't a reason to move money. Each drop is
// named to the team in the checks, with its numbers, so nothing disappears silently.
import type { Check } from '../records.ts';
import type { Draft, Lean } from './draft-input.ts';
import { formatPercent, plural } from './format.ts';

/** The fewest creators a recommendation may rest on (README: "Recommendations a strategist would sign"). */
export const MIN_CREATORS = 3;
/** The smallest share of the campaign's spend a recommendation that moves budget may rest on. */
export const MIN_SPEND_SHARE = 0.1;

/** Two leans point opposite ways: for and against one value, or toward two different values of one dimension. */
export function opposes(a: Lean, b: Lean): boolean {
  if (a.dimension !== b.dimension) return false;
  return a.value === b.value ? a.toward !== b.toward : a.toward && b.toward;
}

export interface SignableDrafts {
  /** The drafts whose recommendations may be shown, strongest first (learnings untouched). */
  drafts: Draft[];
  /** What was held back and why, for the team. */
  checks: Check[];
}

const short = (text: string) => (text.length > 70 ? `${text.slice(0, 67).trimEnd()}…` : text);

/** Why a draft's recommendations may not be signed: too few creators or too little spend; null when they may. */
export function thinBasis(draft: Draft, campaignCost: number): string | null {
  const basis = draft.basis;
  if (!basis) return null; // rests on the whole campaign (its KPIs, issues)
  if (basis.creators < MIN_CREATORS) return `it rests on ${plural(basis.creators, 'creator')} (at least ${MIN_CREATORS} needed)`;
  if (basis.cost !== undefined && campaignCost > 0 && basis.cost / campaignCost < MIN_SPEND_SHARE) {
    return `it rests on ${formatPercent(basis.cost / campaignCost)} of the spend (at least ${formatPercent(MIN_SPEND_SHARE)} needed)`;
  }
  return null;
}

/** Drafts (strongest first) with the recommendations a strategist would sign; the rest keep their learning. */
export function signableDrafts(drafts: readonly Draft[], campaignCost: number): SignableDrafts {
  const kept: Draft[] = [];
  const checks: Check[] = [];
  const hold = (draft: Draft, why: string): void => {
    for (const text of draft.recommendations) {
      checks.push({
        cell: `Drafted recommendation ${checks.length + 1}`, kind: 'held-recommendation', severity: 'info',
        message: `Debrief left out the recommendation “${short(text)}”: ${why}. Its learning is still shown; add the recommendation yourself if you stand behind it.`,
      });
    }
    kept.push({ ...draft, recommendations: [] });
  };
  for (const draft of drafts) {
    if (draft.recommendations.length === 0) {
      kept.push(draft);
      continue;
    }
    const thin = thinBasis(draft, campaignCost);
    if (thin) {
      hold(draft, thin);
      continue;
    }
    const lean = draft.lean;
    const against = lean ? kept.find((k) => k.recommendations.length > 0 && k.lean && opposes(k.lean, lean)) : undefined;
    if (against) {
      hold(draft, `it points the opposite way to the stronger “${short(against.recommendations[0] ?? '')}”`);
      continue;
    }
    kept.push(draft);
  }
  return { drafts: kept, checks };
}
