// Placeholders: the list each artefact needs, and the guard that keeps people's "{{" literal through a deck's
// successive literal replacements. (Docs are filled by index: test/domain/reports/doc-fill.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  checkTemplatePlaceholders, describeMissing, GUARDED_BRACE, guardBraces, PLACEHOLDERS, placeholdersIn, token,
} from '../../../src/domain/reports/placeholders.ts';

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

  it('guards "{{" in people\'s text until the last pass, so it is never taken for a placeholder', () => {
    const value = '{{campaign}} {{{x}}}';
    const guarded = guardBraces(value);
    expect(guarded).not.toContain('{{');
    // The deck's literal replaceAllText, in order: client, campaign, then the guard undone.
    let filled = '{{client}} / {{campaign}}'.split(token('client')).join(guarded);
    filled = filled.split(token('campaign')).join('Spring');
    filled = filled.split(GUARDED_BRACE).join('{');
    expect(filled).toBe(`${value} / Spring`);
    expect(guardBraces('no braces {here}')).toBe('no braces {here}');
  });
});
