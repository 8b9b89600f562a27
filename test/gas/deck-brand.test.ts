// Issue 12, "a deck that looks made by an agency": the Campaign tab's brand colour on the deck's titles and table
// headers (a colour Debrief can't read is named by a check and changes nothing), on the built-in template and on an
// agency's own; the top piece's screenshot as a picture when Slides can fetch it, else its link, said to the team.
import { describe, expect, it } from 'vitest';
import type { PresentationModel, ShapeModel, TableModel } from '../../src/local/emulator/slides/model.ts';
import { ONE_PIXEL_PNG } from '../support/images.ts';
import { measured, reportsWorld, sampleCampaign, type Campaign } from './reports-support.ts';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const withCampaign = (edit: (c: Any) => void): ReturnType<typeof reportsWorld> => {
  const campaign: Any = sampleCampaign();
  edit(campaign);
  return reportsWorld(campaign as Campaign);
};
const model = (world: ReturnType<typeof reportsWorld>, id: string) => world.workspace.drive.find(id)!.content as PresentationModel;
/** Each title's colour, slide by slide (undefined: the theme's own). */
const titleColours = (deck: PresentationModel) => deck.slides.map((s) => {
  const title = s.elements.find((e): e is ShapeModel => e.kind === 'shape' && /TITLE/.test(e.placeholder?.type ?? '') && e.placeholder?.type !== 'SUBTITLE');
  return title?.text[0]?.style.foregroundColor;
});
const headerColour = (deck: PresentationModel) => (deck.slides[1]!.elements.find((e) => e.kind === 'table') as TableModel).cells[0]![0]![0]!.style.foregroundColor;

describe('the deck’s brand colour', () => {
  it('colours every title and the KPI table’s header in the Campaign tab’s brand colour', () => {
    const world = withCampaign((c) => { c.brandColour = '0B6E4F'; });
    const deck = model(world, world.generate('exportSlides').file.id);
    expect(titleColours(deck)).toEqual(Array(5).fill('#0b6e4f'));
    expect(headerColour(deck)).toBe('#0b6e4f');
  });

  it('keeps Debrief’s blue when blank, and names a colour it can’t read without using it', () => {
    const blank = withCampaign(() => {});
    expect(titleColours(model(blank, blank.generate('exportSlides').file.id))).toEqual(Array(5).fill('#1a73e8'));
    const typo = withCampaign((c) => { c.brandColour = 'teal'; });
    const checks = (typo.bundle.run('analyze') as { checks: { kind: string; cell: string; message: string }[] }).checks;
    const check = checks.find((c) => c.kind === 'not-a-colour');
    expect(check?.cell).toMatch(/^Campaign!B\d+$/);
    expect(check?.message).toContain('“teal”');
    const deck = model(typo, typo.generate('exportSlides').file.id);
    expect(titleColours(deck)).toEqual(Array(5).fill('#1a73e8'));
  });

  it('colours an agency template’s titles too, and leaves them alone when no colour is set', () => {
    const agency = (world: ReturnType<typeof reportsWorld>) => {
      const Slides = (world.workspace.globals as Any).Slides;
      const id = Slides.Presentations.create({ title: 'Agency deck' }).presentationId;
      Slides.Presentations.batchUpdate({ requests: [
        { createSlide: { objectId: 'a_results', slideLayoutReference: { predefinedLayout: 'TITLE_AND_TWO_COLUMNS' }, placeholderIdMappings: [
          { layoutPlaceholder: { type: 'TITLE', index: 0 }, objectId: 'a_title' }, { layoutPlaceholder: { type: 'BODY', index: 0 }, objectId: 'a_body0' },
          { layoutPlaceholder: { type: 'BODY', index: 1 }, objectId: 'a_body1' }] } },
        { insertText: { objectId: 'a_title', text: 'How {{campaign}} did' } },
        { insertText: { objectId: 'a_body0', text: '{{kpi_table}}\n{{top_content}}' } },
        { insertText: { objectId: 'a_body1', text: '{{variance_chart}}\n{{learnings}}\n{{recommendations}}' } },
      ] }, id);
      world.bundle.run('setTemplate', { artefact: 'deck', url: `https://docs.google.com/presentation/d/${id}/edit` });
    };
    const branded = withCampaign((c) => { c.brandColour = '#C8102E'; });
    agency(branded);
    const made = branded.generate('exportSlides');
    expect(titleColours(model(branded, made.file.id))[1]).toBe('#c8102e');
    const plain = withCampaign(() => {});
    agency(plain);
    expect(titleColours(model(plain, plain.generate('exportSlides').file.id))[1]).toBeUndefined();
  });
});

describe('the top piece’s screenshot in the deck', () => {
  const withShot = (url: string) => withCampaign((c) => { c.content[0].screenshotUrl = url; });
  const pictureOn = (deck: PresentationModel, index: number) => deck.slides[index]!.elements.filter((e) => e.kind === 'image');

  it('is a picture on the Top content slide when its link is a public image, in the one batch', () => {
    const world = withShot('https://cdn.example/ig-01.png');
    world.workspace.drive.web.publishImage('https://cdn.example/ig-01.png', 'image/png', ONE_PIXEL_PNG);
    world.generate('exportSlides');
    const { result, calls } = measured(world, () => world.generate('exportSlides'));
    expect(calls['PresentationsCollection.batchUpdate']).toBe(1);
    expect(result.warnings).toEqual([]);
    const pictures = pictureOn(model(world, result.file.id), 2);
    expect(pictures.map((p) => p.kind === 'image' && p.sourceUrl)).toEqual(['https://cdn.example/ig-01.png']);
  });

  it('is its link when Slides can’t fetch it, and the team is told', () => {
    const world = withShot('https://cdn.example/private.png');
    const result = world.generate('exportSlides');
    const deck = model(world, result.file.id);
    expect(pictureOn(deck, 2)).toEqual([]);
    const link = deck.slides[2]!.elements.find((e): e is ShapeModel => e.kind === 'shape' && e.text.some((r) => r.style.link));
    expect(link?.text.map((r) => r.text).join('')).toBe('Screenshot: IG-01');
    expect(link?.text[0]?.style.link).toBe('https://cdn.example/private.png');
    expect(result.warnings.join(' ')).toContain('screenshot is linked on the Top content slide');
    expect(world.deck(result.file.id).slides[2]!.texts.join(' ')).toContain('IG-01 · @dewy.dana');
  });

  it('shows the top piece’s hook as a quote when no top piece has a screenshot', () => {
    const world = withCampaign(() => {});
    const result = world.generate('exportSlides');
    expect(result.warnings).toEqual([]);
    expect(pictureOn(model(world, result.file.id), 2)).toEqual([]);
    expect(world.deck(result.file.id).slides[2]!.texts).toContain('“POV: my 6am skin reset” — IG-01, @dewy.dana');
  });
});
