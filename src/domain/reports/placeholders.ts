// The {{placeholders}} a template may use, as the artefact registry (src/domain/artefacts.ts) lists them: which
// ones each artefact fills and needs, and the guard that keeps people's "{{" literal through a deck's replacements.
import { ARTEFACT_NAMES, ARTEFACT_SPECS, ARTEFACTS, fillsPlaceholder, PLACEHOLDER_VOCABULARY, type Artefact } from '../artefacts.ts';

export { ARTEFACT_NAMES, ARTEFACTS, type Artefact };

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

export const PLACEHOLDERS: readonly PlaceholderSpec[] = PLACEHOLDER_VOCABULARY.map((p) => ({
  ...p,
  in: ARTEFACTS.filter((a) => fillsPlaceholder(a, p.name)),
  requiredIn: ARTEFACTS.filter((a) => (ARTEFACT_SPECS[a].template.required as readonly string[]).includes(p.name)),
}));

export const token = (name: string): string => `{{${name}}}`;

const TOKEN = /\{\{([A-Za-z0-9_]+)\}\}/g;

/** Placeholder names in a text, in order of appearance, each once. */
export function placeholdersIn(textValue: string): string[] {
  return [...new Set([...textValue.matchAll(TOKEN)].map(([, name = '']) => name))]; // TOKEN's group always takes part
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
