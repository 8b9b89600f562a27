// The words behind the blameless-language check: who can be blamed (people, roles, pronouns), what is a process
// or thing (so "the brief failed to…" is not blame), and verb forms for turning a blamed act into a plain fact.

/** The kinds of blame a sentence can carry (find-blame.ts finds them, rewrite.ts words them blamelessly). */
export type BlameKind = 'omission' | 'counterfactual' | 'lateness' | 'unresponsive' | 'judgement' | 'idiom' | 'fault' | 'deviation';

/** A word list written as one string: it is most of this module, and the bundle counts every quote and comma. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Pronouns that stand for people. "We" and "I" count: self-blame is still blame language. */
export const PERSON_PRONOUNS = words('i we he she they you someone somebody nobody everyone everybody anyone us me him them');
export const PERSON_POSSESSIVES = words('my our his her their your');
export const THING_PRONOUNS = words('it this that these those everything nothing something which');

/** People by what they do: "the creator", "our CM", "the client's brand manager". */
export const ROLE_NOUNS = words('creator creators influencer influencers talent intern interns manager managers cm am lead leads strategist strategists coordinator designer designers editor editors producer client clients colleague freelancer agent team teams teammate person people photographer videographer assistant exec executive director owner legal rep contact brand partner staff vendor supplier planner');

/** Things and steps: a sentence whose subject is one of these is about the process, not a person. */
export const THING_NOUNS = words('brief briefs template templates process processes link links url urls utm utms pixel tracking tracker approval approvals timeline contract contracts clause platform algorithm app tool tools system dashboard post posts content video videos reel reels story stories caption captions hashtag hashtags schedule calendar launch campaign budget shipment shipments shipping product products sample samples code codes form sheet spreadsheet checklist handoff workflow api export report feed draft drafts script scripts deck forecast forecasts target targets page site website checkout scheduler integration setup step steps review plan strategy data numbers reach impressions engagement views clicks sales conversions payment payments invoice invoices email emails call meeting kickoff rules update change changes window deadline date dates upload boost ad ads file files footage thumbnail thumbnails copy promo discount giveaway livestream session fee rate delivery warehouse carrier courier order orders list shortlist sign-off signoff flow question questions version versions tab column field stock inventory weather market season competitor holiday strike outage bug error result results test pilot recap photo photos');

/** Capitalised words that start sentences or name products, never people. */
export const NOT_NAMES = words('instagram tiktok youtube facebook meta google pinterest snapchat linkedin twitch shopify slack notion asana drive sheets docs kpi kpis cpe cpm cpa cpc er ugc roi emv pr qa monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december black cyber root cause next honestly overall unfortunately again also then because when if after before since nobody everyone apparently basically clearly obviously sadly frankly late early most some all both each every no');

/** Words skipped while looking for a clause's subject. */
export const FILLER = words('the a an this that these those both all some two three four one also then just honestly unfortunately apparently basically clearly obviously sadly frankly again once new old whole entire same other another first second final last main only even really still');

/** Objects that make "missed …" / "failed to hit …" an outcome ("we missed the reach target"), not a lapse. */
export const OUTCOME_WORDS = /\b(target|targets|goal|goals|kpis?|benchmark|forecast|estimate|projection|numbers?|mark|quota|reach|impressions|clicks|conversions|engagement|er|cpe|cpm|cpa|sales|plan)\b|\bby \d/;

/** Everyday tasks: "didn't <task>" and "never <task>ed" are lapses; "didn't have budget" is a circumstance. */
export const TASK_VERBS = [
  'send', 'check', 'tag', 'add', 'include', 'follow', 'read', 'confirm', 'test', 'respond', 'reply', 'share', 'post', 'update', 'approve',
  'flag', 'tell', 'mention', 'submit', 'upload', 'book', 'deliver', 'use', 'chase', 'communicate', 'disclose', 'track', 'review',
  'double-check', 'sign', 'return', 'answer', 'show', 'turn', 'loop', 'pass', 'forward', 'hand', 'notice', 'catch', 'escalate', 'raise',
  'ask', 'brief', 'plan', 'attach', 'label', 'schedule', 'file', 'pay', 'invoice', 'order', 'ship', 'provide', 'give', 'get', 'make',
  'set', 'put', 'write', 'call', 'email', 'contact', 'remind', 'inform', 'warn', 'prepare', 'finish', 'complete', 'fix', 'do', 'bother',
  'realise', 'realize', 'see', 'meet', 'hit', 'keep', 'take', 'renew', 'request', 'publish', 'link', 'edit', 'proofread', 'verify',
] as const;

const IRREGULAR_PAST: Record<string, string> = {
  send: 'sent', tell: 'told', pay: 'paid', read: 'read', give: 'gave', get: 'got', make: 'made', take: 'took', write: 'wrote',
  catch: 'caught', hit: 'hit', meet: 'met', set: 'set', put: 'put', do: 'did', see: 'saw', keep: 'kept', show: 'showed',
  shoot: 'shot', think: 'thought', bring: 'brought', buy: 'bought', find: 'found', run: 'ran', hold: 'held', lose: 'lost',
};
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  ...IRREGULAR_PAST, give: 'given', get: 'done', take: 'taken', write: 'written', do: 'done', see: 'seen', show: 'shown', run: 'run',
};
// "get" → "done": "the sign-off wasn't got" reads badly; "wasn't done" is what people write.
const DOUBLES_FINAL = words('tag plan ship flag set put hit stop chat run cut drop swap map log prep');

/** Regular English inflection with a small irregular table; good enough for a suggestion a person edits. */
export function pastTense(verb: string): string {
  return IRREGULAR_PAST[verb] ?? regular(verb, 'ed');
}
export function pastParticiple(verb: string): string {
  return IRREGULAR_PARTICIPLE[verb] ?? regular(verb, 'ed');
}
export function gerund(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return DOUBLES_FINAL.has(verb) ? `${verb}${verb.slice(-1)}ing` : `${verb}ing`;
}
function regular(verb: string, suffix: 'ed'): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return DOUBLES_FINAL.has(verb) ? `${verb}${verb.slice(-1)}${suffix}` : `${verb}${suffix}`;
}

/** Task verbs by every form "never …" may use: "never sent" → send. */
export const TASK_VERB_FORMS: ReadonlyMap<string, string> = new Map(
  TASK_VERBS.flatMap((v) => [[v, v], [pastTense(v), v], [`${v}s`, v]] as [string, string][]),
);

/** A past participle back to its verb when the verb is one we know ("checked" → check, "booked" → book). */
export function baseOfParticiple(word: string): string {
  for (const [verb, participle] of Object.entries(IRREGULAR_PARTICIPLE)) if (participle === word) return verb;
  const known = TASK_VERB_FORMS.get(word);
  if (known) return known;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (/([bdfglmnprt])\1ed$/.test(word)) return word.slice(0, -3);
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    return /(at|ar|ir|ur|ag|iz|is|as|ov|ak|iv|ar|ur|ud|id|ot)$/.test(stem) && !/(ck|ook|ash|ach)$/.test(stem) ? `${stem}e` : stem;
  }
  return word;
}
