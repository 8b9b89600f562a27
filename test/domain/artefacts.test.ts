// The artefact registry is the one list: placeholders, file names, template kinds, stored settings, the RPC enum,
// sidebar buttons and menu items all come from it, so an artefact added there is everywhere at once.
import { describe, expect, it } from 'vitest';
import { ARTEFACT_NAMES, ARTEFACT_SPECS, ARTEFACTS, artefactTitle, FILE_KINDS, fillsPlaceholder, PLACEHOLDER_VOCABULARY, type ArtefactSpec } from '../../src/domain/artefacts.ts';
import { ARTEFACT_BUILDERS } from '../../src/domain/reports/builders.ts';
import { outputFileName } from '../../src/domain/reports/names.ts';
import { checkTemplatePlaceholders, PLACEHOLDERS } from '../../src/domain/reports/placeholders.ts';
import { ArtefactSchema, GenerateRequestSchema } from '../../src/domain/rpc.ts';

describe('the artefact registry', () => {
  it('gives each artefact a builder, a file kind and a template whose required placeholders it fills', () => {
    expect(Object.keys(ARTEFACT_BUILDERS)).toEqual(ARTEFACTS);
    for (const artefact of ARTEFACTS) {
      const spec = ARTEFACT_SPECS[artefact];
      expect(Object.keys(FILE_KINDS)).toContain(spec.file);
      for (const name of spec.template.required) expect(fillsPlaceholder(artefact, name), `${artefact} ${name}`).toBe(true);
      const everything = PLACEHOLDERS.filter((p) => p.in.includes(artefact)).map((p) => p.name);
      expect(checkTemplatePlaceholders(artefact, everything), artefact).toEqual({ missing: [], unknown: [] });
    }
  });

  it('derives the placeholders each artefact fills and needs', () => {
    const kpiTable = PLACEHOLDERS.find((p) => p.name === 'kpi_table');
    // The kickoff pack is about the next campaign; a creator's notes are about their own work, not the KPIs.
    const postMortem = ARTEFACTS.filter((a) => !(ARTEFACT_SPECS[a] as ArtefactSpec).readsLedger && ARTEFACT_SPECS[a].audience !== 'creator');
    expect(kpiTable).toMatchObject({ in: postMortem, requiredIn: postMortem });
    expect(PLACEHOLDERS.find((p) => p.name === 'creator_notes')).toMatchObject({ in: ['creatorFeedback'], requiredIn: ['creatorFeedback'] });
    expect(PLACEHOLDERS.find((p) => p.name === 'open_actions')).toMatchObject({ in: ['kickoffPack'], requiredIn: ['kickoffPack'] });
    expect(PLACEHOLDERS.find((p) => p.name === 'variance_chart')).toMatchObject({ in: ['clientReport', 'deck'], requiredIn: ['deck'] });
    expect(PLACEHOLDERS.find((p) => p.name === 'client')?.in).toEqual(ARTEFACTS); // text placeholders: everywhere
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual(PLACEHOLDER_VOCABULARY.map((p) => p.name));
  });

  it('names files from its pattern', () => {
    expect(artefactTitle('deck', { client: 'Glowlab', campaign: 'Winter {name}' })).toBe('Glowlab — Winter {name} — Renewal slides');
    expect(outputFileName('Glowlab', 'Winter', 'clientReport', '2026-11-24', ['Glowlab — Winter — Client report (2026-11-24)']))
      .toBe('Glowlab — Winter — Client report (2026-11-24) (2)');
    expect(ARTEFACT_NAMES).toEqual({ clientReport: 'Client report', internalBrief: 'Internal brief', deck: 'Renewal slides', creatorFeedback: 'Creator feedback notes', kickoffPack: 'Kickoff pack' });
  });

  it('is the RPC enum', () => {
    for (const artefact of ARTEFACTS) {
      expect(ArtefactSchema.safeParse(artefact).success).toBe(true);
      expect(GenerateRequestSchema.safeParse({ artefact }).success).toBe(true);
    }
    expect(ArtefactSchema.safeParse('ledger').success).toBe(false);
  });
});
