// Tells a vague post-mortem action ("Improve communication") from a specific one ("Add a 48-hour approval
// window to the contract template by 1 Dec"). Vague actions are the main way post-mortems change nothing.
import { escapeRegex } from './regex.ts';

/** Words and phrases that promise effort without saying what changes. */
const VAGUE_TERMS = [
  'improve', 'better', 'more', 'ensure', 'make sure', 'try', 'look into', 'be careful', 'careful', 'consider',
  'work on', 'focus on', 'optimise', 'optimize', 'streamline', 'enhance', 'keep an eye', 'stay on top', 'step up',
  'tighten', 'revisit', 'think about', 'be aware', 'pay attention', 'do our best', 'aim to', 'strive', 'less',
];

/**
 * Things an action can concretely produce or change. Deliberately not "brief", "process" or "communication":
 * "improve the brief" is the classic vague action, "add a tracking section to the brief template" is not.
 */
const CONCRETE_OBJECTS = [
  'template', 'checklist', 'form', 'field', 'column', 'section', 'clause', 'contract', 'sla', 'utm', 'pixel', 'promo code',
  'discount code', 'tracker', 'tracking link', 'spreadsheet', 'sheet', 'doc', 'document', 'calendar', 'deadline', 'dashboard',
  'rate card', 'playbook', 'guide', 'guideline', 'agenda', 'kickoff', 'kick-off', 'check-in', 'weekly call', 'sign-off',
  'signoff', 'approval window', 'approval step', 'review step', 'buffer', 'reminder', 'alert', 'shortlist', 'scorecard',
  'slack channel', 'dry run', 'test post', 'questionnaire', 'survey', 'audit', 'invoice',
];

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_PATTERNS = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/, // 2026-12-01
  /\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b/, // 12/1, 12/1/2026
  new RegExp(`\\b\\d{1,2}(st|nd|rd|th)?\\s+${MONTH}`, 'i'), // 1 Dec
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, 'i'), // Dec 1
  /\bby\s+(mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  /\b(end of|by the end of)\s+(the\s+)?(day|week|month|quarter|year|q[1-4])\b/i,
  /\b(eod|eow|eom|q[1-4])\b/i,
  /\bbefore (the )?(next )?(kick-?off|launch|campaign|brief)\b/i,
];

export interface ActionAssessment {
  vague: boolean;
  /** Why, in a few words, for tests and for the check's message. */
  reason: 'missing' | 'too-short' | 'vague-wording' | 'specific';
  term?: string;
}

function contains(text: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-z])${escapeRegex(phrase)}([^a-z]|$)`, 'i').test(text);
}

/**
 * Vague = fewer than 4 words, or vague wording with nothing concrete: no object the action produces or changes,
 * no number (48 hours, 3 rounds), no date, and no named person (an @mention or one of `people`).
 */
export function assessAction(action: string, people: readonly string[] = []): ActionAssessment {
  const text = action.trim();
  if (!text) return { vague: true, reason: 'missing' };
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
  if (words.length < 4) return { vague: true, reason: 'too-short' };
  const term = VAGUE_TERMS.find((t) => contains(text, t));
  if (!term) return { vague: false, reason: 'specific' };
  const concrete =
    CONCRETE_OBJECTS.some((o) => contains(text, o) || contains(text, `${o}s`)) ||
    /\d/.test(text) ||
    DATE_PATTERNS.some((p) => p.test(text)) ||
    /(^|\s)@\w/.test(text) ||
    people.some((person) => firstName(person) !== '' && contains(text, firstName(person)));
  return concrete ? { vague: false, reason: 'specific' } : { vague: true, reason: 'vague-wording', term };
}

function firstName(person: string): string {
  const first = person.trim().split(/\s+/)[0] ?? '';
  return first.length >= 2 ? first : '';
}

export const isVagueAction = (action: string, people: readonly string[] = []) => assessAction(action, people).vague;

/** "Sam and Kim", "Sam/Kim", "the team", "TBC": an action everyone owns tends not to happen. */
const SEVERAL_PEOPLE = /\s(and|&)\s|[,/+]|\b(team|everyone|all|tbc|tbd)\b/i;

/** Why an owner cell doesn't name one person, or null when it does. */
export function ownerProblem(owner: string): 'missing' | 'several' | null {
  if (!owner.trim()) return 'missing';
  return SEVERAL_PEOPLE.test(owner) ? 'several' : null;
}
