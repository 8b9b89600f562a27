// The renewal deck on Slides geometry as Google reports it: placeholders with an intrinsic size and a scale
// transform, on the built-in template and on an agency's template whose boxes were resized. Tables and the
// chart land where the placeholder shows (size × scale), and every table is created with a unit-scale transform.
// The chart goes in as a PNG picture (EmbeddedChart.getAs, Slide.insertImage), under the manifest's own scopes.
import { describe, expect, it } from 'vitest';
import type { ElementModel, PresentationModel } from '../../src/local/emulator/slides/model.ts';
import { reportsWorld } from './reports-support.ts';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const slidesOf = (world: ReturnType<typeof reportsWorld>, id: string) => (world.workspace.drive.find(id)!.content as PresentationModel).slides;
/** The chart's picture: a PNG drawn (by the Charts service) to the slot's own shape, so it fills the slot, never stretched. */
function chartIn(slides: ReturnType<typeof slidesOf>, slideId: string, slot: { left: number; top: number; width: number; height: number }) {
  const image = slides.find((s) => s.objectId === slideId)?.elements.find((e) => e.kind === 'image');
  expect(image?.kind === 'image' && image.dataUri?.startsWith('data:image/png;base64,')).toBe(true);
  expect(image?.kind === 'image' && image.chart).toBeFalsy(); // a picture, not a Sheets chart Slides would have to read
  const box = image!.box;
  const [w, h] = [Math.round((slot.width * 4) / 3), Math.round((slot.height * 4) / 3)]; // its pixels: the slot in CSS px
  const scale = Math.min(slot.width / w, slot.height / h);
  const [width, height] = [w * scale, h * scale];
  near(box, { left: slot.left + (slot.width - width) / 2, top: slot.top + (slot.height - height) / 2, width, height });
}
const near = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
  (['left', 'top', 'width', 'height'] as const).forEach((k) => expect(a[k], k).toBeCloseTo(b[k], 1));

/** An agency's deck: its own slides, one body box shrunk and moved in the Slides UI (a transform change). */
function agencyDeck(world: ReturnType<typeof reportsWorld>): string {
  const Slides = (world.workspace.globals as Any).Slides;
  const deck = Slides.Presentations.create({ title: 'Agency renewal deck' });
  const id = deck.presentationId;
  const slide = (objectId: string, layout: string, bodies: string[]) => [
    { createSlide: { objectId, slideLayoutReference: { predefinedLayout: layout },
      placeholderIdMappings: bodies.map((_, index) => ({ layoutPlaceholder: { type: 'BODY', index }, objectId: `${objectId}_body${index}` })) } },
    ...bodies.map((text, index) => ({ insertText: { objectId: `${objectId}_body${index}`, text } })),
  ];
  Slides.Presentations.batchUpdate({ requests: [
    ...slide('agency_results', 'TITLE_AND_TWO_COLUMNS', ['{{kpi_table}}', '{{variance_chart}}']),
    ...slide('agency_content', 'TITLE_AND_BODY', ['{{top_content}}']),
    ...slide('agency_findings', 'TITLE_AND_BODY', ['{{learnings}}\n{{recommendations}}']),
    // Resized by hand: 70 % as wide, 80 % as tall, and moved down by 20 pt.
    { updatePageElementTransform: { objectId: 'agency_results_body0', applyMode: 'RELATIVE', transform: { scaleX: 0.7, scaleY: 0.8, translateX: 0, translateY: 254_000, unit: 'EMU' } } },
    { updatePageElementTransform: { objectId: 'agency_results_body1', applyMode: 'RELATIVE', transform: { scaleX: 0.9, scaleY: 0.9, translateX: 0, translateY: 0, unit: 'EMU' } } },
  ] }, id);
  return id;
}

function boxOf(slides: ReturnType<typeof slidesOf>, slideId: string, kind: ElementModel['kind']) {
  const element = slides.find((s) => s.objectId === slideId)?.elements.find((e) => e.kind === kind);
  expect(element, `${kind} on ${slideId}`).toBeDefined();
  return element!.box;
}

describe('the renewal deck on Google\'s slide geometry', () => {
  it('puts a table on a placeholder of the built-in template, where the placeholder shows', () => {
    const world = reportsWorld();
    const result = world.generate('exportSlides');
    const slides = slidesOf(world, result.file.id);
    // The built-in template's KPI placeholder: the left column of "Title and two columns", scaled from 3000000 EMU.
    near(boxOf(slides, 'debrief_results', 'table'), { left: 24.6, top: 90.7, width: 322.8, height: 269 });
    chartIn(slides, 'debrief_results', { left: 372.4, top: 90.7, width: 322.8, height: 269 });
    expect(world.deck(result.file.id).slides[1]!.tables[0]![0]).toEqual(['KPI', 'Target', 'Actual', 'Variance', 'Result']);
    // Its columns sized to their text (UpdateTableColumnPropertiesRequest in the same batch), not createTable's equal fifths.
    const table = slides.find((s) => s.objectId === 'debrief_results')?.elements.find((e) => e.kind === 'table');
    const widths = table?.kind === 'table' ? table.columnWidths ?? [] : [];
    expect(widths).toHaveLength(5);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(32);
    expect(widths[0]).toBeGreaterThan(322.8 / 5); // the KPI's name
    expect(new Set(widths.map((w) => w.toFixed(1))).size).toBeGreaterThan(1);
    // Met and Missed in their colours, in the deck's KPI table.
    const verdicts = (table?.kind === 'table' ? table.cells.slice(1).flatMap((row) => row[4] ?? []) : []).filter((run) => /^(Met|Missed)/.test(run.text));
    const colour = (verdict: string) => new Set(verdicts.filter((run) => run.text.startsWith(verdict)).map((run) => run.style.foregroundColor));
    expect([...colour('Met')]).toHaveLength(1);
    expect([...colour('Missed')]).toHaveLength(1);
    expect([...colour('Met')][0]).not.toBe([...colour('Missed')][0]);
    expect([...colour('Met')][0]).toBeTruthy();
    const calls = world.workspace.calls.snapshot();
    // Drawn by the Charts service from the analysis (variance, top vs bottom, CPE per tier): no sheet read or written.
    expect(calls['Chart.getAs']).toBe(3);
    expect(calls['EmbeddedChart.getAs']).toBeUndefined();
    expect(calls['Slide.insertSheetsChartAsImage']).toBeUndefined(); // would need the Sheets API's access to the spreadsheet
  });

  it('puts tables and the chart on a copied template whose boxes were resized and scaled', () => {
    const world = reportsWorld();
    const template = agencyDeck(world);
    const before = (world.workspace.globals as Any).Slides.Presentations.get(template);
    const body = before.slides[1].pageElements.find((e: Any) => e.objectId === 'agency_results_body0');
    expect(body.size.width.magnitude).toBe(3_000_000); // resized: the size stays, the scale changes
    expect(body.transform.scaleX).toBeCloseTo(0.7 * 322.8 * 12700 / 3_000_000, 3);
    world.bundle.run('setTemplate', { artefact: 'deck', url: `https://docs.google.com/presentation/d/${template}/edit` });
    const result = world.generate('exportSlides');
    const slides = slidesOf(world, result.file.id);
    near(boxOf(slides, 'agency_results', 'table'), { left: 24.6 * 0.7, top: 90.7 * 0.8 + 20, width: 322.8 * 0.7, height: 269 * 0.8 });
    chartIn(slides, 'agency_results', { left: 372.4 * 0.9, top: 90.7 * 0.9, width: 322.8 * 0.9, height: 269 * 0.9 });
    // Top content is a list now (beside the screenshot on the built-in template): bulleted text where the agency put it.
    near(slides.find((s) => s.objectId === 'agency_content')!.elements.find((e) => e.objectId === 'agency_content_body0')!.box, { left: 24.6, top: 90.7, width: 670.8, height: 269 });
    expect(world.deck(result.file.id).slides.map((s) => s.tables.length)).toEqual([0, 1, 0, 0]);
    expect(world.deck(result.file.id).slides[2]!.texts.join('\n')).toMatch(/IG-01 · /);
  });
});
