// Diagnostics' deck checks, through the add-on's deck fill (fillDeck) on a scratch copy of the built-in deck
// template: a KPI table on its placeholder (Slides: "Table transforms must have a scale of 1 and no shear
// components"), its columns sized to their text (UpdateTableColumnPropertiesRequest, at least 406,400 EMU), a chart (drawn by the Charts service) placed as a picture, and a list bulleted
// (createParagraphBullets over the text the same batch's replaceAllText put in).
import type { ReportChart } from '../../domain/reports/charts.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import type { PageElementJson, SlidesJson } from '../../domain/reports/deck-fill.ts';
import { bullets, table } from '../../domain/reports/model.ts';
import { hasScope, SCOPES } from '../consent.ts';
import { slidesService } from '../reports/drive-files.ts';
import { fillDeck } from '../reports/export-deck.ts';
import { createBuiltInTemplate } from '../reports/templates.ts';
import { CheckFailed, SCRATCH_NAME, type Check, type Scratch } from './scratch.ts';

const readDeck = (id: string) => slidesService().Presentations!.get(id) as SlidesJson;
const elementsOf = (deck: SlidesJson) => (deck.slides ?? []).flatMap((s) => (s.pageElements ?? []).map((e) => ({ slide: s.objectId ?? '', e })));
const shapeText = (e: PageElementJson) => (e.shape?.text?.textElements ?? []).map((t) => t.textRun?.content ?? '').join('').trim();
/** The size Slides shows: intrinsic size × scale, in points. */
const visible = (e: PageElementJson, axis: 'width' | 'height') =>
  ((e.size?.[axis]?.magnitude ?? 0) * Math.abs((axis === 'width' ? e.transform?.scaleX : e.transform?.scaleY) ?? 1)) / (e.size?.[axis]?.unit === 'PT' ? 1 : 12700);

function scratchDeck(scratch: Scratch): { id: string; json: SlidesJson; slot: (name: string) => { slide: string; e: PageElementJson } } {
  const id = scratch.keep(createBuiltInTemplate('deck').id);
  const json = readDeck(id);
  const slot = (name: string) => {
    const found = elementsOf(json).find(({ e }) => shapeText(e) === `{{${name}}}`);
    if (!found) throw new CheckFailed(`the built-in deck template has no {{${name}}} shape`);
    return found;
  };
  return { id, json, slot };
}

const show = (text: string) => JSON.stringify(text);
const content = (blocks: ReportContent['blocks']): ReportContent => ({ artefact: 'deck', title: SCRATCH_NAME, text: {}, blocks });

export const tableOnPlaceholder: Check = {
  name: 'Table on a placeholder',
  run(scratch) {
    const deck = scratchDeck(scratch);
    const place = deck.slot('kpi_table');
    fillDeck(deck.id, deck.json, content({ kpi_table: [table(['KPI', 'Target', 'Actual'], [['Average watch time on YouTube Shorts', '100K', '120K'], ['Clicks', '$1,200', '3.5%']])] }));
    const made = elementsOf(readDeck(deck.id)).find(({ slide, e }) => slide === place.slide && e.table);
    if (!made) throw new CheckFailed('Slides accepted the batch but no table is on the slide where {{kpi_table}} was');
    const t = made.e.transform ?? {};
    if ((t.scaleX ?? 1) !== 1 || (t.scaleY ?? 1) !== 1 || (t.shearX ?? 0) !== 0 || (t.shearY ?? 0) !== 0) {
      throw new CheckFailed(`the table's transform is ${JSON.stringify(t)}; Slides requires a scale of 1 and no shear`);
    }
    const width = visible(made.e, 'width');
    const room = visible(place.e, 'width');
    if (width > room + 1) throw new CheckFailed(`the table is ${Math.round(width)} pt wide where its placeholder showed ${Math.round(room)} pt`);
    // Its columns as the same batch sized them: the KPI's name wider than the numbers beside it.
    const columns = (made.e.table?.tableColumns ?? []).map((c) => (c.columnWidth?.magnitude ?? 0) / (c.columnWidth?.unit === 'PT' ? 1 : 12700));
    const [name = 0, ...numbers] = columns;
    if (columns.length !== 3 || numbers.some((w) => w >= name)) throw new CheckFailed(`the table's columns are ${columns.map((w) => Math.round(w)).join(', ')} pt; the KPI's name should have the widest`);
    return `Slides made a ${Math.round(width)} pt wide table at unit scale on a placeholder shown ${Math.round(room)} pt wide, its columns ${columns.map((w) => Math.round(w)).join(', ')} pt`;
  },
};

export const chartInDeck: Check = {
  name: 'Chart in a deck',
  run(scratch) {
    // The deck fill leaves the picture out without the scope (and Export slides says why), so say it here too.
    if (!hasScope(SCOPES.presentations)) throw new CheckFailed(`not run: the chart goes in through SlidesApp, which needs ${SCOPES.presentations}, not granted`);
    const deck = scratchDeck(scratch);
    const place = deck.slot('variance_chart');
    const chart: ReportChart = { id: 'variance', type: 'BAR', title: 'Variance per KPI', columns: ['KPI', 'Variance'], rows: [['Reach', 0.2], ['Clicks', -0.1]], format: '+0%;-0%;0%', alt: 'Variance per KPI: Reach +20%, Clicks −10%' };
    const plan = fillDeck(deck.id, deck.json, { ...content({ variance_chart: [] }), charts: { variance_chart: chart } }, { readAgain: true });
    if (plan.chartSlots.length === 0) throw new CheckFailed('the deck fill found no place for the chart');
    const picture = elementsOf(readDeck(deck.id)).find(({ slide, e }) => slide === place.slide && (e as { image?: unknown }).image !== undefined);
    if (!picture) throw new CheckFailed('the chart went in without error, but no picture is on the slide where {{variance_chart}} was');
    return 'the chart, as a PNG from the Charts service, is a picture where {{variance_chart}} was';
  },
};

const LIST = ['Reach beat its target', 'Pooled CPE ran $0.50 over plan', 'Micro creators: 3.5% ER'];

export const deckBullets: Check = {
  name: 'Bullets in a deck',
  run(scratch) {
    const deck = scratchDeck(scratch);
    const place = deck.slot('learnings');
    fillDeck(deck.id, deck.json, content({ learnings: [bullets(LIST)] }));
    const shape = elementsOf(readDeck(deck.id)).find(({ e }) => e.objectId === place.e.objectId)?.e;
    // Slides marks each paragraph's start (TextElement.paragraphMarker); a bulleted one carries its bullet.
    const paragraphs = ((shape?.shape?.text?.textElements ?? []) as { paragraphMarker?: { bullet?: unknown } }[]).filter((t) => t.paragraphMarker);
    const marked = paragraphs.filter((t) => t.paragraphMarker?.bullet).length;
    if (shapeText(shape ?? {}) !== LIST.join('\n')) throw new CheckFailed(`the list's box holds ${show(shapeText(shape ?? {}))}, Debrief put in ${show(LIST.join(' / '))}`);
    if (marked !== LIST.length) throw new CheckFailed(`${marked} of the list's ${LIST.length} paragraphs carry a bullet after createParagraphBullets in the fill's batch`);
    return `the ${LIST.length} items replaceAllText put into {{learnings}} are ${LIST.length} bulleted paragraphs`;
  },
};
