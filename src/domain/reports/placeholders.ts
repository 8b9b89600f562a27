// The {{placeholders}} a template may use: one list (README documents it), which ones each artefact needs, and
// the guard that keeps people's "{{" from being taken for a placeholder by a deck's later replacements.

export type Artefact = 'clientReport' | 'internalBrief' | 'deck';
export const ARTEFACTS: readonly Artefact[] = ['clientReport', 'internalBrief', 'deck'];

/** How each artefact is named in file names, messages and the sidebar. */
export const ARTEFACT_NAMES: Record<Artefact, string> = {
  clientReport: 'Client report',
  internalBrief: 'Internal brief',
  deck: 'Renewal slides',
};

export interface PlaceholderSpec {
  name: string;
  /** text: replaced in place, wherever it stands; block: its paragraph (or shape) becomes tables, lists, paragraphs. */
  kind: 'text' | 'block';
  help: string;
  /** Artefacts that fill it; a template for another artefact leaves it as typed and is told so. */
  in: readonly Artefact[];
  /** Artefacts whose template must contain it: without it a whole required section would go missing. */
  requiredIn?: readonly Artefact[];
}

const ALL = ARTEFACTS;
const DOCS: readonly Artefact[] = ['clientReport', 'internalBrief'];

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { name: 'client', kind: 'text', in: ALL, help: 'The client’s name.' },
  { name: 'campaign', kind: 'text', in: ALL, help: 'The campaign’s name.' },
  { name: 'title', kind: 'text', in: ALL, help: 'The file’s title: “Client — Campaign — Client report”.' },
  { name: 'start_date', kind: 'text', in: ALL, help: 'First day content went live, e.g. 20 Oct 2026.' },
  { name: 'wrap_date', kind: 'text', in: ALL, help: 'The campaign’s last day.' },
  { name: 'dates', kind: 'text', in: ALL, help: 'Start to wrap, e.g. 20 Oct – 18 Nov 2026.' },
  { name: 'report_date', kind: 'text', in: ALL, help: 'The day the file was generated.' },
  { name: 'budget', kind: 'text', in: ALL, help: 'The campaign budget, e.g. $55,000 (blank when not set).' },
  { name: 'kpis_met', kind: 'text', in: ALL, help: 'How many KPIs were met, e.g. “3 of 7 KPIs met”.' },
  { name: 'summary', kind: 'text', in: ALL, help: 'The results in two or three sentences.' },
  { name: 'kpi_table', kind: 'block', in: ALL, requiredIn: ALL, help: 'KPI table: target, actual, variance, met or missed (the brief adds target confidence).' },
  { name: 'misses', kind: 'block', in: DOCS, requiredIn: ['clientReport'], help: 'Each missed KPI in plain words.' },
  { name: 'top_content', kind: 'block', in: ['clientReport', 'deck'], requiredIn: ['clientReport', 'deck'], help: 'The top 2–3 pieces with their numbers, links and screenshots.' },
  { name: 'learnings', kind: 'block', in: ALL, requiredIn: ['clientReport', 'deck'], help: '3–5 learnings grounded in the numbers.' },
  { name: 'recommendations', kind: 'block', in: ALL, requiredIn: ['clientReport', 'deck'], help: 'What we recommend next, framed forward.' },
  { name: 'creator_costs', kind: 'block', in: ['clientReport'], help: 'Cost per creator, only when “include per-creator costs” is ticked (otherwise removed).' },
  { name: 'creator_breakdown', kind: 'block', in: ['internalBrief'], requiredIn: ['internalBrief'], help: 'Creators by tier, patterns by platform, format and brief, and notable creators.' },
  { name: 'content_analysis', kind: 'block', in: ['internalBrief'], requiredIn: ['internalBrief'], help: 'Top 3 and bottom 3 pieces and what set them apart.' },
  { name: 'issues', kind: 'block', in: ['internalBrief'], requiredIn: ['internalBrief'], help: 'What went wrong, by root cause and severity.' },
  { name: 'wins', kind: 'block', in: ['internalBrief'], requiredIn: ['internalBrief'], help: 'What worked, with evidence and how to repeat it.' },
  { name: 'action_items', kind: 'block', in: ['internalBrief'], requiredIn: ['internalBrief'], help: 'Each action with one owner and a deadline.' },
  { name: 'variance_chart', kind: 'block', in: ['deck'], requiredIn: ['deck'], help: 'The Patterns tab’s variance-per-KPI chart (slides only; put it alone in a shape).' },
];

export const token = (name: string): string => `{{${name}}}`;

const TOKEN = /\{\{([A-Za-z0-9_]+)\}\}/g;

/** Placeholder names in a text, in order of appearance, each once. */
export function placeholdersIn(textValue: string): string[] {
  return [...new Set([...textValue.matchAll(TOKEN)].map((m) => m[1]))];
}

export interface TemplateCheck {
  missing: string[];
  /** {{names}} the template uses that this artefact doesn't fill: left in the file as typed. */
  unknown: string[];
}

export function checkTemplatePlaceholders(artefact: Artefact, found: readonly string[]): TemplateCheck {
  const present = new Set(found);
  return {
    missing: PLACEHOLDERS.filter((p) => p.requiredIn?.includes(artefact) && !present.has(p.name)).map((p) => p.name),
    unknown: [...present].filter((name) => !PLACEHOLDERS.some((p) => p.name === name && p.in.includes(artefact))),
  };
}

export function describeMissing(artefact: Artefact, templateName: string, missing: readonly string[]): string {
  const names = missing.map(token).join(', ');
  const one = missing.length === 1;
  return `The ${ARTEFACT_NAMES[artefact].toLowerCase()} template “${templateName}” has no ${names} placeholder${one ? '' : 's'}. ` +
    `Add ${one ? 'it' : 'them'} where ${one ? 'that section' : 'those sections'} should go, or clear the template link to use Debrief’s default.`;
}

/**
 * While a deck is filled by replaceAllText, people's text that contains "{{" gets a word joiner after each "{", so
 * a client called "{{campaign}}" is never taken for a placeholder by a later replacement; one last pass turns
 * GUARDED_BRACE back into "{". (A private-use character won't do: the Slides API strips those from inserted text.)
 * Docs need no guard: they are filled by index (doc-fill.ts), and nothing inserted is searched again.
 */
export const BRACE_GUARD = '\u2060';
export const GUARDED_BRACE = `{${BRACE_GUARD}`;

export function guardBraces(value: string): string {
  return value.includes('{{') ? value.replace(/\{/g, GUARDED_BRACE) : value;
}
