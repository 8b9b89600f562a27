// Page budgets, measured: each document the bundle makes for the sample and for made-up campaigns of 3, 12 and 60
// creators, and for campaigns with the agency's own (custom, long-named) KPIs, rendered as Google lays it out (page-layout.ts) and printed to PDF in Chromium. The client report is
// one page and the internal brief at most two, on US Letter and on A4, with nothing wider than its cell or column;
// the deck is 3–5 slides with no text past its box. One browser for the whole file; each campaign made once.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDeckHtml } from '../../../src/local/render/deck.ts';
import { renderDocHtml } from '../../../src/local/render/doc-html.ts';
import { openPrinter, type Printer } from '../../../src/local/render/print.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';
import { reportsWorld, sampleCampaign, type Campaign } from '../../gas/reports-support.ts';
import { browserAvailable, describeInBrowser } from '../../playground/browser.ts';
import { CUSTOM_KPIS } from '../../domain/reports/support.ts';

/**
 * The campaign with its first `keep` KPIs and the custom ones. Its team set the gate at 50%, so the documents can be
 * made without an Issue or Win for each custom KPI (the gate's own tests cover explaining them).
 */
const withCustomKpis = (campaign: Campaign, keep: number): Campaign => ({ ...campaign, gateThreshold: '50%', kpis: [...campaign.kpis.slice(0, keep), ...CUSTOM_KPIS] });

const CAMPAIGNS: [string, () => Campaign][] = [
  ['the sample', sampleCampaign], ['3 creators', () => syntheticCampaign(3)], ['12 creators', () => syntheticCampaign(12)], ['60 creators', () => syntheticCampaign(60)],
  ['the sample with custom KPIs', () => withCustomKpis(sampleCampaign(), 3)],
  ['12 creators with only custom KPIs', () => withCustomKpis(syntheticCampaign(12), 0)],
  ['60 creators with custom KPIs', () => withCustomKpis(syntheticCampaign(60), 2)],
];
const ARTIFACTS = 'test-artifacts/documents';

interface Made {
  report: { LETTER: string; A4: string };
  brief: { LETTER: string; A4: string };
  deck: string;
}

/**
 * Budgets not met yet, kept as failing expectations (it.fails passes only while the budget is still missed, so the
 * day one is met this list must shrink). Empty: the sample's brief with five long-named custom KPIs, once three
 * pages, now cuts its KPI table to the misses and names the rest on the KPIs tab (issue 12).
 */
const NOT_YET = new Set<string>([]);
const budget = (campaign: string, doc: string) => (NOT_YET.has(`${campaign}/${doc}`) ? it.fails : it);

const made = new Map<string, Made>();
let printer: Printer | undefined;

beforeAll(async () => {
  if (!browserAvailable) return;
  printer = await openPrinter();
  for (const [name, campaign] of CAMPAIGNS) {
    const world = reportsWorld(campaign());
    const report = world.generate('generateClientReport').file.id;
    const brief = world.generate('generateInternalBrief').file.id;
    const deck = world.generate('exportSlides').file.id;
    const both = (id: string) => ({ LETTER: renderDocHtml(world.workspace.drive, id, { page: 'LETTER' }), A4: renderDocHtml(world.workspace.drive, id, { page: 'A4' }) });
    made.set(name, { report: both(report), brief: both(brief), deck: renderDeckHtml(world.workspace.drive, deck) });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await printer?.close();
});

const get = (name: string): Made => made.get(name) as Made;

describeInBrowser('page budgets', () => {
  for (const [name] of CAMPAIGNS) {
    describe(`for ${name}`, () => {
      for (const page of ['LETTER', 'A4'] as const) {
        budget(name, 'clientReport')(`the client report is one page on ${page}, nothing overflowing`, async () => {
          const measured = await printer!.measureDoc(get(name).report[page]);
          expect(measured.overflows).toEqual([]);
          expect(measured.pages).toBe(1);
        });
        budget(name, 'brief')(`the internal brief is at most two pages on ${page}, nothing overflowing`, async () => {
          const measured = await printer!.measureDoc(get(name).brief[page]);
          expect(measured.overflows).toEqual([]);
          expect(measured.pages).toBeLessThanOrEqual(2);
        });
      }
      it('the deck is 3 to 5 slides with no text past its box', async () => {
        const measured = await printer!.measureDeck(get(name).deck);
        expect(measured.overflows).toEqual([]);
        expect(measured.slides).toBeGreaterThanOrEqual(3);
        expect(measured.slides).toBeLessThanOrEqual(5);
      });
    });
  }

  it('the measure can fail: a page of text twice over is two pages, a word wider than its cell overflows', async () => {
    const long = `<!doctype html><html><head><style>@page{size:612pt 792pt;margin:72pt}body{font:11pt Arial}td{border:1px solid}</style></head><body><main>${
      '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.</p>'.repeat(90)
    }<table style="width:100%;table-layout:fixed"><tr><td>${'W'.repeat(80)}</td><td>b</td></tr></table></main></body></html>`;
    const measured = await printer!.measureDoc(long);
    expect(measured.pages).toBeGreaterThanOrEqual(2);
    expect(measured.overflows.some((o) => o.startsWith('td:'))).toBe(true);
  });

  it('keeps screenshots of the sample’s client report and slides for the eyes', async () => {
    await printer!.screenshot(get('the sample').report.LETTER, `${ARTIFACTS}/client-report.png`);
    await printer!.screenshot(get('the sample').brief.LETTER, `${ARTIFACTS}/internal-brief.png`);
    await printer!.screenshot(get('the sample').deck, `${ARTIFACTS}/deck.png`);
    // Slide 2 alone: the KPI table beside the variance chart's picture.
    const slide2 = get('the sample').deck.replace(/<section class="slide" aria-label="Slide (\d+)">[\s\S]*?<\/section>\n?/g, (whole, n) => (n === '2' ? whole : ''));
    expect(slide2).toContain('alt="Variance per KPI');
    await printer!.screenshot(slide2, `${ARTIFACTS}/deck-slide-2.png`);
  });
});
