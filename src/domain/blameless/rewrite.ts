// Turns a blamed act into a process-framed suggestion: the fact without the person ("The UTMs were missed.") or,
// for a counterfactual, the change going forward ("Next time: check the links."), plus where to look in the process.
import { baseOfParticiple, gerund, pastParticiple, TASK_VERB_FORMS, type BlameKind } from './lexicon.ts';

export interface RewriteInput {
  kind: BlameKind;
  sentence: string;
  /** Where the blame words are in `sentence`. */
  start: number;
  end: number;
}

const STEP = 'Then name the step that would have caught it (a checklist item, a template field, a review).';
const PLAN = 'Make it a step in the plan, with one owner and a date.';
const FACTS = 'Describe what happened, not the person: the facts (what, when, how much) and the step that would have caught it';

/** Where an object noun phrase ends and the rest of the clause ("… to the creator links", "… on time") begins. */
const OBJECT_END = new Set([
  'to', 'on', 'in', 'for', 'with', 'before', 'after', 'until', 'by', 'at', 'from', 'into', 'about', 'within', 'during', 'again', 'twice',
  'properly', 'earlier', 'sooner', 'later', 'instead', 'without', 'if', 'so', 'because', 'when', 'and', 'but',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'every', 'each']);

export function suggestRewrite({ kind, sentence, start, end }: RewriteInput): string {
  const trigger = sentence.slice(start, end).toLowerCase();
  // "failed to" / "bothered to" keep their "to" with the verb that follows, as "forgot to" does.
  const rest = (trigger.endsWith(' to') ? ' to' : '') + clauseRest(sentence.slice(end));
  switch (kind) {
    case 'omission':
      return omission(trigger, rest);
    case 'counterfactual':
      return counterfactual(trigger, rest);
    case 'lateness': {
      const late = /^\s*with (.+)$/i.exec(rest);
      if (late?.[1]) {
        const [object, tail] = splitObject(late[1]);
        if (object) return `Try: “${capital(object)} came in late${tail}.” Then say what in the timeline made the date hard to hit.`;
      }
      return 'Try the dates instead of the person: “It went live on 14 Nov, 2 days after the plan.” Then say what in the timeline made the date hard to hit.';
    }
    case 'unresponsive': {
      const [object, tail] = splitObject(rest.trim());
      if (/^(sat on|held up)$/.test(trigger) && object) return `Try: “${capital(object)} waited${tail}.” Then say what the contract or timeline allowed.`;
      const slow = /^\s*(?:to )?([a-z]+)(.*)$/i.exec(rest);
      if (/slow/.test(trigger) && slow?.[1]) {
        const verb = slow[1].toLowerCase().replace(/ing$/, '');
        const doing = slow[1].toLowerCase().endsWith('ing') ? slow[1].toLowerCase() : gerund(verb);
        return `Try: “${capital(doing)}${slow[2] ?? ''} took longer than planned.” Then say what the contract or timeline allowed.`;
      }
      return 'Try the facts: “Replies took 6 days against the 2 in the plan.” Then say what the contract or timeline allowed.';
    }
    case 'idiom': {
      if (/bother/.test(trigger) && /^\s*to /i.test(rest)) return omission('bothered', rest);
      const on = /^\s*(?:on|with) (.+)$/i.exec(rest);
      if (on?.[1]) return `Try: “${capital(splitObject(on[1])[0] || on[1])} slipped.” Then say which step let it slip.`;
      const [object, tail] = splitObject(rest.trim());
      if (/up$|botch/.test(trigger) && object) return `Try: “${capital(object)} went wrong${tail}.” ${STEP}`;
      return `Say what slipped and which step let it slip, not who. ${STEP}`;
    }
    case 'deviation':
      return deviation(trigger, rest);
    case 'judgement':
      return `${FACTS}, e.g. “Two captions went out with the wrong code; captions had no review before posting.”`;
    case 'fault':
      return 'Name the cause in the process instead of a person: what made the slip possible (a missing step, an unclear owner, a tight timeline) and what stops it next time.';
  }
}

function omission(trigger: string, rest: string): string {
  const lastWord = trigger.split(/\s+/).pop() ?? '';
  const taskVerb = /^(didn't|did|didnt|never|doesn't|does|won't|wouldn't|would|hasn't|haven't|has|have)\b/.test(trigger) ? TASK_VERB_FORMS.get(lastWord) : undefined;
  const toVerb = /^\s*to ([a-z-]+)(.*)$/i.exec(rest);
  if (taskVerb) return `Try: “${passive(taskVerb, rest.trim())}” ${STEP}`;
  if (toVerb?.[1]) return `Try: “${passive(toVerb[1].toLowerCase(), (toVerb[2] ?? '').trim())}” ${STEP}`;
  const [object, tail] = splitObject(rest.trim());
  if (object) return `Try: “${capital(object)} ${wasWere(object)} missed${tail}.” ${STEP}`;
  return `Say what didn't happen, without who. ${STEP}`;
}

/** "send", "the contract until launch" → "The contract wasn't sent until launch." */
function passive(verb: string, rest: string): string {
  if (/^(reply|respond)$/.test(verb)) {
    const to = /^to (.+)$/i.exec(rest);
    if (to?.[1]) return `${capital(to[1])} got no reply.`;
  }
  const [object, tail] = splitObject(rest);
  if (!object) return `${capital(gerund(verb))}${rest ? ` ${rest}` : ''} didn't happen.`;
  // "send the creators the final brief": the thing sent leads, the people it went to follow.
  const tokens = object.split(' ');
  const second = tokens.findIndex((t, i) => i > 0 && DETERMINERS.has(t.toLowerCase()));
  if (second > 0) {
    const thing = tokens.slice(second).join(' ');
    return `${capital(thing)} ${wasWere(thing)}n't ${pastParticiple(verb)} to ${tokens.slice(0, second).join(' ')}${tail}.`;
  }
  return `${capital(object)} ${wasWere(object)}n't ${pastParticiple(verb)}${tail}.`;
}

function counterfactual(trigger: string, rest: string): string {
  if (trigger.startsWith('if')) return `Say what happened and what changes next time, e.g. “Next time: the brief goes out by the kickoff date, tracked in the timeline.” ${PLAN}`;
  const match = /^\s*(?:been )?([a-z]+)(.*)$/i.exec(rest);
  if (!match?.[1]) return `Say what changes next time instead of what someone should have done. ${PLAN}`;
  const negative = /not|n't/.test(trigger);
  const verb = baseOfParticiple(match[1].toLowerCase());
  const tail = (match[2] ?? '').replace(/\s+(if|because|so|when|since)\b.*$/i, '');
  return `Try: “Next time: ${negative ? "don't " : ''}${verb}${tail}.” ${PLAN}`;
}

function deviation(trigger: string, rest: string): string {
  const [object, tail] = splitObject(rest.trim());
  const fact = (text: string, advice: string) => `Try: “${text}.” ${advice}`;
  if (/^ignor/.test(trigger) && object) return fact(`${capital(object)} ${wasWere(object)}n't followed${tail}`, 'Then check whether it was clear, short and agreed at kickoff.');
  if (/^mis(read|underst)/.test(trigger) && object) return fact(`${capital(object)} ${wasWere(object)} read differently than intended${tail}`, 'Then say what in it was open to another reading.');
  if (/mix(ed)? up/.test(trigger) && object) return fact(`${capital(object)} got mixed up${tail}`, STEP);
  const wrong = /^got (.+) wrong$/.exec(trigger);
  if (wrong?.[1]) return fact(`${capital(wrong[1])} ${wasWere(wrong[1])} wrong${rest.trimEnd()}`, STEP);
  if (/^refus/.test(trigger)) return fact(`The request to${rest.trimEnd()} was declined`, 'Then say whether the contract covered it.');
  if (/off[- ]brief|rogue/.test(trigger)) return fact('The content went off-brief', 'Then say what in the brief left room for it.');
  return `Say what changed and which step would have flagged it, e.g. “The URLs changed with no notice step in the process.”`;
}

/** The rest of the clause after the trigger, as written. */
function clauseRest(text: string): string {
  const stop = /[,;:—–()]|\s-\s|\s(?:so|because|and|but|which|while)\s|[.!?]\s*$/.exec(text);
  return (stop ? text.slice(0, stop.index) : text).replace(/[.!?]+$/, '');
}

/** "the contract until the week of launch" → ["the contract", " until the week of launch"]. */
function splitObject(text: string): [string, string] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t, i) => i > 0 && OBJECT_END.has(t.toLowerCase()));
  const cut = at === -1 ? tokens.length : at;
  if (tokens[0] && OBJECT_END.has(tokens[0].toLowerCase())) return ['', text ? ` ${text}` : ''];
  const object = tokens.slice(0, cut).join(' ');
  const tail = tokens.slice(cut).join(' ');
  return [object, tail ? ` ${tail}` : ''];
}

function wasWere(object: string): 'was' | 'were' {
  // The head noun stands before any relative clause: "the talking points we sent" → points.
  const noun = object.split(/\s+/);
  const clause = noun.findIndex((w, i) => i > 0 && /^(we|they|i|you|he|she|that|which)$/i.test(w));
  const head = (noun.slice(0, clause === -1 ? noun.length : clause).pop() ?? '').toLowerCase();
  return / and /.test(object) || (/s$/.test(head) && !/(ss|us|is)$/.test(head)) ? 'were' : 'was';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
