// Placeholders: the list each artefact needs, and escaping that lands people's text literally through
// Body.replaceText (an RE2 pattern and a Java-style replacement, as the local Workspace implements them).
import { describe, expect, it } from 'vitest';
import {
  checkTemplatePlaceholders, describeMissing, escapeRegex, escapeReplacement, GUARDED_BRACE, guardBraces, PLACEHOLDERS, placeholdersIn, token,
} from '../../../src/domain/reports/placeholders.ts';
import { compileSearchPattern, expandReplacement } from '../../../src/local/emulator/docs/regex.ts';

/** What replaceText does to one string: every match of `pattern` → `replacement`, Java's rules. */
function replaceText(textValue: string, pattern: string, replacement: string): string {
  const compiled = compileSearchPattern(pattern);
  return textValue.replace(compiled.regex, (...args) => {
    const match = Object.assign([...args.slice(0, -2)] as unknown as RegExpExecArray, { index: args[args.length - 2] });
    return expandReplacement(replacement, match, compiled);
  });
}

const HOSTILE = ['$1 off', 'C:\\new\\table', '{{x}} and {{client}}', '.* (or [a-z]+?)', '$$ \\$ ${name}', 'a\\', '$'];

describe('placeholders', () => {
  it('finds placeholders in text, each once', () => {
    expect(placeholdersIn('{{client}} · {{campaign}} — {{client}} {{ not }} {x}')).toEqual(['client', 'campaign']);
  });

  it('lists what each artefact needs and names what a template lacks', () => {
    expect(checkTemplatePlaceholders('clientReport', ['client', 'kpi_table', 'learnings', 'action_items'])).toEqual({
      missing: ['misses', 'top_content', 'recommendations'], unknown: ['action_items'],
    });
    expect(checkTemplatePlaceholders('internalBrief', PLACEHOLDERS.filter((p) => p.in.includes('internalBrief')).map((p) => p.name)))
      .toEqual({ missing: [], unknown: [] });
    expect(describeMissing('deck', 'Agency deck', ['variance_chart'])).toBe(
      'The renewal slides template “Agency deck” has no {{variance_chart}} placeholder. Add it where that section should go, or clear the template link to use Debrief’s default.');
  });

  it('escapes the pattern so a placeholder matches only itself', () => {
    for (const name of ['client', 'kpi_table']) {
      const pattern = escapeRegex(token(name));
      expect(replaceText(`a ${token(name)} b {{${name}x}} ${name}`, pattern, 'X')).toBe(`a X b {{${name}x}} ${name}`);
    }
    expect(replaceText('1+1=2 and 1x1', escapeRegex('1+1'), 'two')).toBe('two=2 and 1x1');
  });

  it('escapes the replacement so "$", "\\" and regex characters land literally', () => {
    for (const value of HOSTILE) {
      expect(replaceText('Dear {{client}},', escapeRegex(token('client')), escapeReplacement(value))).toBe(`Dear ${value},`);
    }
  });

  it('guards "{{" in people\'s text until the last pass, so it is never taken for a placeholder', () => {
    const value = '{{campaign}} {{{x}}}';
    const guarded = guardBraces(value);
    expect(guarded).not.toContain('{{');
    const template = '{{client}} / {{campaign}}';
    let filled = replaceText(template, escapeRegex(token('client')), escapeReplacement(guarded));
    filled = replaceText(filled, escapeRegex(token('campaign')), escapeReplacement('Spring'));
    filled = replaceText(filled, escapeRegex(GUARDED_BRACE), '{');
    expect(filled).toBe(`${value} / Spring`);
    expect(guardBraces('no braces {here}')).toBe('no braces {here}');
  });
});

describe('the README', () => {
  it('documents every placeholder', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const p of PLACEHOLDERS) expect(readme, p.name).toContain(`| \`{{${p.name}}}\` |`);
  });
});
