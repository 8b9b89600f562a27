// The renewal deck: Debrief's template made with one batchUpdate, then filled by one more planned from the
// template's JSON (applied here by the local Slides API): texts replaced, tables built where their placeholder
// stood, the variance chart's place kept for the chart, people's text literal.
import { describe, expect, it } from 'vitest';
import { buildDeck, deckTemplateRequests } from '../../../src/domain/reports/deck.ts';
import { deckLayoutsCurrent, fitTable, planDeckFill, placeholdersInDeck, type SlidesJson } from '../../../src/domain/reports/deck-fill.ts';
import { checkTemplatePlaceholders } from '../../../src/domain/reports/placeholders.ts';
import { renderDeckJson } from '../../../src/local/render/deck.ts';
import { CallLog } from '../../../src/local/emulator/call-log.ts';
import { DriveStore } from '../../../src/local/emulator/drive/drive-store.ts';
import type { ServiceContext } from '../../../src/local/emulator/service-context.ts';
import { createSlidesServices } from '../../../src/local/emulator/slides/index.ts';
import { sample, TODAY } from './support.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function deckWorld() {
  const drive = new DriveStore(() => new Date('2026-11-24T10:00:00Z'), 'you@agency.example');
  const ctx: ServiceContext = { calls: new CallLog(), drive, now: () => new Date(), userEmail: 'you@agency.example', timeZone: 'Etc/UTC', authMode: () => 'FULL' };
  const Slides = createSlidesServices(ctx).Slides as Any;
  const made = Slides.Presentations.create({ title: 'Template' });
  Slides.Presentations.batchUpdate({ requests: deckTemplateRequests(made.slides.map((s: Any) => s.objectId)) }, made.presentationId);
  return { Slides, drive, id: made.presentationId as string, json: () => Slides.Presentations.get(made.presentationId) as SlidesJson };
}

describe('the renewal deck', () => {
  const { workbook } = sample();

  it('makes a 5-slide template holding every placeholder the deck needs', () => {
    const w = deckWorld();
    const found = placeholdersInDeck(w.json());
    expect(checkTemplatePlaceholders('deck', found)).toEqual({ missing: [], unknown: [] });
    expect(w.json().slides).toHaveLength(5);
  });

  it('fills texts and tables in one batch and leaves the chart its place', () => {
    const w = deckWorld();
    const content = buildDeck(workbook, { today: TODAY });
    const plan = planDeckFill(w.json(), content, true);
    w.Slides.Presentations.batchUpdate({ requests: plan.requests }, w.id);
    const deck = renderDeckJson(w.drive, w.id);
    expect(deck.slides.map((s) => s.texts[0])).toEqual([
      'Lumen Skin — Barrier Repair Serum launch', 'Results vs KPIs: 3 of 7 KPIs met', 'Top content', 'What we learned', 'What we recommend next',
    ]);
    expect(deck.slides[1].tables[0][0]).toEqual(['KPI', 'Target', 'Actual', 'Variance', 'Result']);
    expect(deck.slides[1].tables[0]).toContainEqual(['Reach', '4,000,000', '3,580,000', '−10.5%', 'Missed']);
    // Top content is a list beside the top piece's screenshot (a table of 7 columns doesn't fit half a slide).
    expect(deck.slides[2].texts[1].split('\n').map((line) => line.split(' · ')[0])).toEqual(['IG-01', 'TT-01', 'IG-02']);
    expect(deck.slides[3].texts[1].split('\n').length).toBeGreaterThanOrEqual(3);
    expect(deck.slides[4].texts[1]).toMatch(/^We recommend /);
    expect(JSON.stringify(deck)).not.toMatch(/\{\{/);
    expect(plan.chartSlots.map((s) => [s.name, s.pageObjectId])).toEqual([
      ['variance_chart', 'debrief_results'], ['content_chart', 'debrief_learned'], ['tier_chart', 'debrief_next'],
    ]);
    expect(plan.chartSlots[0]).toMatchObject({ pageObjectId: 'debrief_results' });
    expect(plan.chartSlots[0].width).toBeGreaterThan(100);
  });

  it('says why there is no chart when no KPI can be charted', () => {
    const w = deckWorld();
    const none = sample().workbook;
    for (const kpi of none.kpis) kpi.actual = null;
    const plan = planDeckFill(w.json(), buildDeck(none, { today: TODAY }), true);
    w.Slides.Presentations.batchUpdate({ requests: plan.requests }, w.id);
    expect(plan.chartSlots.map((s) => s.name)).not.toContain('variance_chart');
    expect(renderDeckJson(w.drive, w.id).slides[1].texts).toContain('No KPI has both a target and a result yet, so there is no variance chart.');
  });

  it('says each chart in words where no picture can go (no presentations scope)', () => {
    const w = deckWorld();
    const content = buildDeck(workbook, { today: TODAY });
    const plan = planDeckFill(w.json(), content, false);
    w.Slides.Presentations.batchUpdate({ requests: plan.requests }, w.id);
    expect(plan.chartSlots).toEqual([]);
    expect(renderDeckJson(w.drive, w.id).slides[1].texts).toContain(content.charts?.variance_chart?.alt);
  });

  it('lands people\'s text literally, braces and dollar signs included', () => {
    const w = deckWorld();
    const odd = sample().workbook;
    odd.campaign.client = '{{campaign}} & $1 \\ .*';
    odd.campaign.campaign = 'Launch {{x}}';
    const plan = planDeckFill(w.json(), buildDeck(odd, { today: TODAY }), true);
    w.Slides.Presentations.batchUpdate({ requests: plan.requests }, w.id);
    expect(renderDeckJson(w.drive, w.id).slides[0].texts[0]).toBe('{{campaign}} & $1 \\ .* — Launch {{x}}');
  });
});

describe('a table on a slide', () => {
  const grid = (names: string[]) => ({ kind: 'table' as const, header: ['KPI', 'Target', 'Actual', 'Variance', 'Result'], rows: names.map((n) => [n, '10', '7', '−30.0%', 'Missed']), tones: names.map(() => [null, null, null, null, 'bad' as const]) });

  it('keeps every row its box holds', () => {
    expect(fitTable(grid(['Reach', 'CPE']), { width: 322.8, height: 269 })).toMatchObject(grid(['Reach', 'CPE']));
  });

  it('sizes each column to its text, across the box, never under Slides\' 32 pt', () => {
    const { widths } = fitTable(grid(['Average watch time on YouTube Shorts (seconds)', 'CPE']), { width: 322.8, height: 269 });
    expect(widths).toHaveLength(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(322.8, 6);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(32);
    const [kpi = 0, target = 0, actual = 0] = widths;
    expect(kpi).toBeGreaterThan(2 * target); // the KPI's name gets the room, "10" and "7" don't
    expect(target).toBeLessThan(322.8 / 5);
    expect(actual).toBeLessThan(322.8 / 5);
  });

  it('gives a box too narrow for every column 32 pt each, as Slides requires', () => {
    const { widths } = fitTable(grid(['Reach']), { width: 120, height: 269 });
    expect(widths.every((w) => w >= 32)).toBe(true);
  });

  it('cuts long-named rows past its box to one saying how many more, tones kept in step', () => {
    const long = Array.from({ length: 8 }, (_, i) => `Average watch time on YouTube Shorts, market ${i + 1} (seconds)`);
    const fitted = fitTable(grid(long), { width: 322.8, height: 269 });
    const kept = fitted.rows.length - 1;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(8);
    expect(fitted.rows[kept]).toEqual([`…and ${8 - kept} more KPIs`]);
    expect(fitted.tones).toHaveLength(fitted.rows.length);
  });
});

describe('the built-in deck’s layouts', () => {
  it('opens with the title layout and ends with a section, three two-column slides between', () => {
    const layouts = deckTemplateRequests([]).flatMap((r) => {
      const made = (r as { createSlide?: { slideLayoutReference: { predefinedLayout?: string } } }).createSlide;
      return made ? [made.slideLayoutReference.predefinedLayout] : [];
    });
    expect(layouts).toEqual(['TITLE', 'TITLE_AND_TWO_COLUMNS', 'TITLE_AND_TWO_COLUMNS', 'TITLE_AND_TWO_COLUMNS', 'SECTION_TITLE_AND_DESCRIPTION']);
  });

  it('tells a built-in deck made before the section slide, so it is made again', () => {
    const layouts = [{ objectId: 'p4', layoutProperties: { name: 'TITLE_AND_TWO_COLUMNS' } }, { objectId: 'p8', layoutProperties: { name: 'SECTION_TITLE_AND_DESCRIPTION' } }];
    const deck = (layout: string): SlidesJson => ({ layouts, slides: [{ objectId: 'debrief_next', slideProperties: { layoutObjectId: layout } }] });
    expect(deckLayoutsCurrent(deck('p8'))).toBe(true);
    expect(deckLayoutsCurrent(deck('p4'))).toBe(false);
    expect(deckLayoutsCurrent({ slides: [{ objectId: 'debrief_next' }] })).toBe(true); // no layout names to go by
  });
});
