// Finds wording that pins a problem on a person ("Sam forgot the UTMs", "the creator ignored the brief", "we
// should have…") while letting the same verbs pass when a process or a thing is the subject ("the brief failed
// to state the audience"). Rules, not a model: each finding says which words it saw and whose act they blame.
import { escapeRegex } from '../regex.ts';
import {
  FILLER, NOT_NAMES, OUTCOME_WORDS, PERSON_POSSESSIVES, PERSON_PRONOUNS, ROLE_NOUNS, TASK_VERB_FORMS, THING_NOUNS, THING_PRONOUNS,
} from './lexicon.ts';
import { suggestRewrite } from './rewrite.ts';

export type { BlameKind } from './lexicon.ts';
import type { BlameKind } from './lexicon.ts';

export interface BlameFinding {
  kind: BlameKind;
  /** The words that read as blame, as written ("Sam forgot"). */
  phrase: string;
  /** The sentence they were found in, as written. */
  sentence: string;
  /** A process-framed version of the sentence, or advice on how to write one. */
  suggestion: string;
}

export interface FindBlameOptions {
  /** Names the campaign knows: the team, creators' handles, owners. First names count on their own. */
  people?: readonly string[];
}

interface Trigger {
  kind: BlameKind;
  pattern: RegExp;
  /** Strong idioms blame whoever did it; the rest only when a person (not a thing) is the subject. */
  strong?: boolean;
  /** Verbs that read as a plain fact in the passive ("the clause was overlooked") unless "by <person>" follows. */
  passive?: boolean;
  /** "We missed the reach target" is an outcome, not a lapse. */
  outcome?: boolean;
  /** Where the person stands: the clause's subject (default), the possessor right before ("Sam's mistake"), or anywhere in the sentence. */
  who?: 'subject' | 'possessor' | 'sentence';
}

const NEGATION_BEFORE = /\b(not|never|no one|nobody|wasn't|isn't|weren't|aren't|wasnt|isnt|n't)\b[^,;:]*$/;
const AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get', 'gets']);
const NOT = "(?:didn't|did not|didnt|never|doesn't|does not|won't|wouldn't|would not|hasn't|haven't|has not|have not)";
const TASKS = [...TASK_VERB_FORMS.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');

const TRIGGERS: readonly Trigger[] = [
  { kind: 'idiom', strong: true, pattern: /\b(dropped|drop|drops|dropping) the ball\b|\b(messed|mess|messes|messing|screwed|screw|screws|screwing) (it |things |everything )?up\b|\bbotch(ed|es)?\b|\bblew it\b|\bfumbled\b|\blet (us|the team|everyone|the client|them) down\b|\basleep at the wheel\b|\bslacked( off)?\b/g },
  { kind: 'idiom', strong: true, pattern: /\b(couldn't|could not|can't|cannot) be bothered\b|\b(didn't|did not|never) bother(ed)?\b/g },
  { kind: 'unresponsive', strong: true, pattern: /\bghost(ed|ing)\b|\bflak(ed|ing)\b/g },
  { kind: 'fault', strong: true, pattern: /\bhuman error\b/g },
  { kind: 'omission', passive: true, pattern: /\bforg[eo]t(s|ten|ting)?\b|\bneglect(s|ed|ing)?\b|\boverlook(s|ed|ing)?\b/g },
  { kind: 'omission', outcome: true, pattern: /\bfail(s|ed|ing)? to\b/g },
  { kind: 'omission', passive: true, pattern: new RegExp(`\\b${NOT}( (even|actually|really|properly|ever|once|always))* (${TASKS})\\b`, 'g') },
  { kind: 'omission', passive: true, outcome: true, pattern: /\bmiss(ed|es)\b(?! out)/g },
  { kind: 'deviation', passive: true, pattern: /\bignor(e|es|ed|ing)\b|\bmisread\b|\bmisunderst(and|ood)\b|\bmix(ed)? up\b|\bgot ([\w'-]+ ){0,4}wrong\b|\b(went |gone )?off[- ]brief\b|\bwent rogue\b|\brefus(ed|es|e) to\b/g },
  { kind: 'deviation', pattern: /\bwithout (telling|checking|asking|consulting|reading|looping)\b/g },
  { kind: 'counterfactual', pattern: /\b(should|could)( not|n't)? have\b|\b(should|could)(n't)?'ve\b/g },
  { kind: 'lateness', pattern: /\blate\b/g },
  { kind: 'unresponsive', pattern: /\bunresponsive\b|\bwent (silent|dark|quiet|awol|mia|missing)\b|\bimpossible to (reach|get hold of|work with)\b|\bsat on\b|\bheld up\b|\bslow to\b|\btoo slow\b|\b(was|were) slow\b/g },
  { kind: 'judgement', pattern: /\bcareless(ness|ly)?\b|\blazy\b|\blaziness\b|\bsloppy\b|\bincompeten(t|ce)\b|\bunprofessional\b|\bnegligen(t|ce)\b|\bclueless\b|\buseless\b|\bunreliable\b|\bdisorgani[sz]ed\b|\birresponsible\b|\bhopeless\b|\ba nightmare\b/g },
  { kind: 'fault', who: 'possessor', pattern: /\b(fault|mistake|mistakes|error|oversight|slip-up|screw-up|blunder)\b/g },
  { kind: 'fault', who: 'sentence', pattern: /\b(wrong|bad|poor) (call|judge?ment)\b/g },
];

const CLAUSE_BREAK = /[,;:—–()]|\s-\s|\b(?:because|since|so|and|but|when|after|while|although|though|which|who|where|if|then|until|before|or)\b/g;
const RELATIVE = /^(which|who)\b/;

/** Every piece of blame wording in `text` (one finding per sentence at most), in reading order. */
export function findBlame(text: string, options: FindBlameOptions = {}): BlameFinding[] {
  const people = peopleIndex(options.people ?? []);
  return splitSentences(text).flatMap((sentence) => {
    const finding = blameIn(sentence, people);
    return finding ? [finding] : [];
  });
}

export function splitSentences(text: string): string[] {
  return text.replace(/[’‘]/g, "'").split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

function blameIn(sentence: string, people: PeopleIndex): BlameFinding | null {
  const lower = sentence.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const candidates = [...specialPatterns(sentence, lower, people), ...triggerMatches(sentence, lower, people)];
  // The first blame in reading order: "should not have approved … without reading it" is a counterfactual.
  const first = candidates.sort((a, b) => a.start - b.start)[0];
  if (!first) return null;
  const { kind, start, end, who } = first;
  return { kind, phrase: phraseOf(sentence, start, end, who), sentence, suggestion: suggestRewrite({ kind, sentence, start, end }) };
}

/** "Sam forgot", "lead was slow to"; "Tom … missed" when the person stands far from the words. */
function phraseOf(sentence: string, start: number, end: number, who: string): string {
  const trigger = sentence.slice(start, end);
  if (!who || trigger.includes(who)) return trigger;
  const at = sentence.lastIndexOf(who, start);
  if (at !== -1 && words(sentence.slice(at, start)).length <= 4) return sentence.slice(at, end);
  return `${who} … ${trigger}`;
}

interface Candidate {
  kind: BlameKind;
  start: number;
  end: number;
  /** Whom it blames, as written ('' when unnamed). */
  who: string;
}

function triggerMatches(sentence: string, lower: string, people: PeopleIndex): Candidate[] {
  return TRIGGERS.flatMap((trigger) => [...lower.matchAll(trigger.pattern)].flatMap((match) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const who = blamed(trigger, sentence, lower, start, end, people);
    return who === null ? [] : [{ kind: trigger.kind, start, end, who }];
  }));
}

/** Whom the trigger at start…end blames: their words as written ('' when unnamed), or null when it blames no one. */
function blamed(trigger: Trigger, sentence: string, lower: string, start: number, end: number, people: PeopleIndex): string | null {
  const before = lower.slice(0, start);
  const after = clauseAfter(lower.slice(end));
  if (trigger.kind === 'fault' && NEGATION_BEFORE.test(clauseBefore(before))) return null;
  if (trigger.outcome && OUTCOME_WORDS.test(after)) return null;
  const agent = byAgent(sentence.slice(end, end + after.length), people);
  if (agent) return agent;
  const prefixWords = words(clauseBefore(sentence.slice(0, start)));
  if (trigger.passive && AUX.has((prefixWords[prefixWords.length - 1] ?? '').toLowerCase())) return null;
  if (trigger.who === 'possessor') return possessor(prefixWords, people);
  if (trigger.who === 'sentence') {
    return words(sentence).find((w) => ['person', 'role'].includes(personWord(possessiveBase(w) ?? w, people))) ?? null;
  }
  const subject = classifySubject(prefixWords, people);
  if (subject.kind === 'person') return subject.words;
  return trigger.strong && subject.kind === 'unknown' ? '' : null;
}

/** Patterns that don't fit "subject + trigger": "if Sam had sent…", "this one is on Sam", "because of Tom, …". */
function specialPatterns(sentence: string, lower: string, people: PeopleIndex): Candidate[] {
  const checks: { kind: BlameKind; pattern: RegExp; group: number; rest?: RegExp }[] = [
    { kind: 'counterfactual', pattern: /\bif ([^,;]+?) had(n't| not)? [a-z]+/g, group: 1 },
    { kind: 'fault', pattern: /\b(?:this|that|it)(?: one)?(?: is| was|'s) (?:all |entirely |squarely |totally )?on (\S+?)[.!,;]?$/g, group: 1 },
    { kind: 'fault', pattern: /\b(?:because of|due to) ([^,;.]+)/g, group: 1, rest: /\bun[a-z]+ed\b|\b(late|missed|lost|wrong|broke|broken|delay|delayed|slipped|failed|error|problem|never|without|no|not|n't)\b|n't\b/ },
    { kind: 'fault', pattern: /\b(?:blame[ds]?|fault) (?:lies |is |sits |falls |rests )?(?:with |on )?([^,;.]+)/g, group: 1 },
    { kind: 'fault', pattern: /\b([^,;.]+?) (?:is|are|was|were) to blame\b/g, group: 1 },
  ];
  const found: Candidate[] = [];
  for (const { kind, pattern, group, rest } of checks) {
    for (const match of lower.matchAll(pattern)) {
      const start = match.index ?? 0;
      const groupText = match[group] ?? '';
      const offset = start + match[0].indexOf(groupText);
      const named = sentence.slice(offset, offset + groupText.length);
      if (NEGATION_BEFORE.test(clauseBefore(lower.slice(0, start))) || /^(no one|nobody)\b/.test(groupText)) continue;
      const subject = classifySubject(words(named), people);
      if (subject.kind !== 'person') continue;
      if (rest) {
        const tail = lower.slice(offset + groupText.length);
        const possessiveSlip = /^'s (mistake|error|oversight|carelessness|negligence|slip|lateness|delay)/.test(tail);
        const endsThere = /^\s*([.!]|$)/.test(tail);
        if (!possessiveSlip && !endsThere && !rest.test(tail)) continue;
      }
      found.push({ kind, start, end: start + match[0].length, who: subject.words });
    }
  }
  return found;
}

interface PeopleIndex {
  names: Set<string>; // lower-case full names, first names and handles
  handleParts: Set<string>; // "dana" from @dewy.dana, matched only when capitalised
}

function peopleIndex(people: readonly string[]): PeopleIndex {
  const names = new Set<string>();
  const handleParts = new Set<string>();
  for (const raw of people) {
    const person = raw.trim().toLowerCase();
    if (!person) continue;
    names.add(person);
    if (person.startsWith('@')) {
      names.add(person.slice(1));
      for (const part of person.slice(1).split(/[._-]+/)) if (/^[a-z]{3,}$/.test(part)) handleParts.add(part);
    } else {
      const first = person.split(/\s+/)[0] ?? '';
      if (first.length >= 2) names.add(first);
    }
  }
  return { names, handleParts };
}

const stripPunctuation = (word: string) => word.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, '');
const words = (text: string) => text.split(/\s+/).map(stripPunctuation).filter(Boolean);

/** The text of the clause the trigger sits in, up to the trigger; a relative clause ("…, who forgot") uses the one before. */
function clauseBefore(text: string): string {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0] }));
  let end = text.length;
  for (let i = breaks.length - 1; i >= 0; i--) {
    const brk = breaks[i]!;
    const clause = text.slice(brk.end, end).trim();
    if (clause && !RELATIVE.test(brk.word)) return clause;
    end = brk.at;
  }
  return text.slice(0, end).trim();
}

function clauseAfter(text: string): string {
  const match = /[,;:—–()]|\s-\s|\b(?:because|since|so|and|but|when|while|although|though|which|who)\b/.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** "… by @maya" after a passive verb names who did it. */
function byAgent(after: string, people: PeopleIndex): string | null {
  const match = /\bby ((?:the |our |their )?\S+(?: \S+)?)/i.exec(after);
  if (!match) return null;
  const subject = classifySubject(words(match[1] ?? ''), people);
  return subject.kind === 'person' ? subject.words : null;
}

function possessor(prefix: string[], people: PeopleIndex): string | null {
  for (let i = prefix.length - 1; i >= Math.max(0, prefix.length - 3); i--) {
    const word = prefix[i]!;
    const lower = word.toLowerCase();
    if (PERSON_POSSESSIVES.has(lower)) return word;
    const owner = possessiveBase(word);
    if (owner !== null) return personWord(owner, people) === 'person' || ROLE_NOUNS.has(owner.toLowerCase()) ? word : null;
    if (!['own', 'big', 'small', 'careless', 'silly', 'honest', 'costly'].includes(lower)) return null;
  }
  return null;
}

const possessiveBase = (word: string) => (/'s$|s'$/.test(word) ? word.replace(/'s$|'$/, '') : null);

type WordClass = 'person' | 'role' | 'thing' | 'filler' | 'unknown';

function personWord(word: string, people: PeopleIndex): WordClass {
  const lower = word.toLowerCase();
  if (/^@[\w.]+$/.test(word) || people.names.has(lower)) return 'person';
  if (PERSON_PRONOUNS.has(lower) || lower === 'no one') return 'person';
  if (/^[A-Z][a-z]+$/.test(word) && people.handleParts.has(lower)) return 'person';
  if (ROLE_NOUNS.has(lower)) return 'role';
  if (THING_NOUNS.has(lower) || THING_PRONOUNS.has(lower)) return 'thing';
  if (FILLER.has(lower) || PERSON_POSSESSIVES.has(lower) || /^\d/.test(lower)) return 'filler';
  return looksLikeName(word) ? 'person' : 'unknown';
}

/** A capitalised word that isn't a product, a month or a common noun form: "Jess", "Marco", "Dev". */
function looksLikeName(word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  if (/(ing|tion|sion|ment|ness|ity|ed|ly|ship|ance|ence)$/.test(lower)) return false;
  // Plurals are common nouns ("Approvals", "Comments"); names ending in s mostly end like Marcus, Chris, Thomas, Jess.
  return !lower.endsWith('s') || /(us|is|as|ss)$/.test(lower);
}

/**
 * The subject of a clause, read from its start: a person or role ("Sam", "our CM", "the client's brand manager") or
 * a thing ("our tracking setup", "legal review"). In a compound the last noun decides: "creator brief" is a thing.
 */
function classifySubject(clause: string[], people: PeopleIndex): { kind: 'person' | 'thing' | 'unknown'; words: string } {
  let decided: { kind: 'person' | 'thing'; words: string } | null = null;
  let unknown = 0;
  for (const word of clause) {
    const owner = possessiveBase(word);
    if (owner !== null) {
      const cls = personWord(owner, people);
      if (cls === 'person') return { kind: 'person', words: word };
      if (cls === 'role') decided = { kind: 'person', words: word };
      continue;
    }
    const cls = personWord(word, people);
    if (cls === 'filler') {
      if (decided) break;
      continue;
    }
    if (cls === 'person') return decided?.kind === 'thing' ? decided : { kind: 'person', words: word };
    if (cls === 'role' || cls === 'thing') {
      decided = { kind: cls === 'role' ? 'person' : 'thing', words: word };
      continue;
    }
    if (decided) break;
    if (++unknown >= 2) break;
  }
  return decided ?? { kind: 'unknown', words: '' };
}
