// Page budgets with the client's history: when the campaign ledger holds a previous campaign whose learnings this
// one reverses (its brief style and its format swapped round), the internal brief carries a "Reverses last
// campaign" line per reversal and must still print to at most two pages on US Letter and A4, nothing overflowing;
// the deck, with its "Last campaign" column, stays 3–5 slides with no text past its box.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderDeckHtml } from '../../../src/local/render/deck.ts';
import { renderDocHtml } from '../../../src/local/render/doc-html.ts';
import { openPrinter, type Printer } from '../../../src/local/render/print.ts';
import { syntheticCampaign } from '../../../src/local/synthetic-campaign.ts';
import type { GenerateResult } from '../../../src/domain/rpc.ts';
import { reportsWorld, sampleCampaign, type Campaign } from '../../gas/reports-support.ts';
import { browserAvailable, describeInBrowser } from '../../playground/browser.ts';

/** The campaign as it ran the time before: each creator on the other brief style, long-form at 6× the cost. */
function before(campaign: Campaign): Campaign {
  const swap: Record<string, string> = { vague: 'detailed', detailed: 'vague', Vague: 'Detailed', Detailed: 'Vague' };
  const creators = campaign.creators.map((c: Campaign) => ({ ...c, brief: swap[c.brief] ?? c.brief, cost: c.format === 'Long-form video' && typeof c.cost === 'number' ? c.cost * 6 : c.cost }));
  return { ...campaign, campaign: 'The campaign before', startDate: '2026-03-01', wrapDate: '2026-04-15', creators };
}

const CAMPAIGNS: [string, () => Campaign][] = [['the sample', sampleCampaign], ['12 creators', () => syntheticCampaign(12)], ['60 creators', () => syntheticCampaign(60)]];

const made = new Map<string, { reversals: string[]; brief: { LETTER: string; A4: string }; deck: string }>();
let printer: Printer | undefined;

beforeAll(async () => {
  if (!browserAvailable) return;
  printer = await openPrinter();
  for (const [name, campaign] of CAMPAIGNS) {
    const world = reportsWorld(before(campaign()));
    world.append();
    world.bundle.run('importCampaign', campaign());
    world.bundle.run('analyze');
    const brief = world.generate('generateInternalBrief');
    const deck = world.bundle.run('generate', { artefact: 'deck', force: true, by: 'Priya Shah' }) as GenerateResult;
    const page = (size: 'LETTER' | 'A4') => renderDocHtml(world.workspace.drive, brief.file.id, { page: size });
    made.set(name, { reversals: brief.reversals ?? [], brief: { LETTER: page('LETTER'), A4: page('A4') }, deck: renderDeckHtml(world.workspace.drive, deck.file.id) });
  }
}, 180_000);

afterAll(async () => {
  await printer?.close();
});

describeInBrowser('page budgets with a previous campaign reversed', () => {
  for (const [name] of CAMPAIGNS) {
    for (const page of ['LETTER', 'A4'] as const) {
      it(`${name}: the internal brief with its reversals is at most two pages on ${page}, nothing overflowing`, async () => {
        const { reversals, brief } = made.get(name)!;
        expect(reversals.length).toBeGreaterThanOrEqual(1);
        expect(brief[page]).toContain('Reverses last campaign');
        const measured = await printer!.measureDoc(brief[page]);
        expect(measured.overflows).toEqual([]);
        expect(measured.pages).toBeLessThanOrEqual(2);
      });
    }
    it(`${name}: the deck compared with the last campaign is 3 to 5 slides with no text past its box`, async () => {
      const measured = await printer!.measureDeck(made.get(name)!.deck);
      expect(measured.overflows).toEqual([]);
      expect(measured.slides).toBeGreaterThanOrEqual(3);
      expect(measured.slides).toBeLessThanOrEqual(5);
    });
  }
});
