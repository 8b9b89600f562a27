// What each document costs in Apps Script calls: the same, method by method, for 10 and 1,000 creators (and as
// many content pieces), and for a small and a large shared learnings Doc. No call sits in a loop over rows,
// paragraphs or cells, and each document's own round trips (after the campaign read) stay at today's few.
import { describe, expect, it } from 'vitest';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import type { DocModel, ParagraphNode } from '../../src/local/emulator/docs/model.ts';
import { documentRoundTrips, measured, reportsWorld, sampleCampaign, type ReportsWorld } from './reports-support.ts';

/** KPIs a synthetic campaign has (each a row of the variance chart). */
const MAX_KPI_ROWS = 10;

const ACTIONS = [
  ['generateClientReport', { includeCosts: true }],
  ['generateInternalBrief'],
  ['exportSlides'],
  ['appendLearnings'],
] as const;

function costs(world: ReportsWorld): Record<string, Record<string, number>> {
  // Each world's first document also makes its built-in template once; make those first so every count compares like with like.
  for (const [name, ...args] of ACTIONS) world.bundle.run(name, ...args);
  return Object.fromEntries(ACTIONS.map(([name, ...args]) => [name, measured(world, () => world.bundle.run(name, ...args)).calls]));
}

describe('calls per document', () => {
  // Two 1,000-creator worlds: ~35 s alone, more on a shared CI machine.
  it('are the same for 10 and 1,000 creators', { timeout: 240_000 }, () => {
    const smallWorld = reportsWorld(syntheticCampaign(10));
    const small = costs(smallWorld);
    const largeWorld = reportsWorld(syntheticCampaign(1000));
    const large = costs(largeWorld);
    // A chart's data rows are its categories (KPIs, at most 5 tiers, the top and bottom 3 pieces), not creators:
    // DataTableBuilder.addRow is answered by the script runtime, so only its bound is checked.
    const rowsApart = (calls: Record<string, number> | undefined) => {
      const { 'DataTableBuilder.addRow': rows = 0, ...rest } = calls ?? {};
      expect(rows).toBeLessThanOrEqual(MAX_KPI_ROWS + 5 + 6);
      return rest;
    };
    for (const [name] of ACTIONS) expect(rowsApart(large[name]), name).toEqual(rowsApart(small[name]));
    expect(small.generateClientReport['DocumentsCollection.batchUpdate']).toBe(1); // the whole fill, tables and all, in one batch
    expect(Object.keys(small.generateInternalBrief).filter((k) => /^(Body|Paragraph|Table|Text|DocumentApp)\./.test(k))).toEqual([]); // no DocumentApp
    expect(small.exportSlides['PresentationsCollection.batchUpdate']).toBe(1); // text and tables in one batch
    // Each document's round trips, made a second time: the campaign read (the tab list, one read per tab, the lock
    // taken, the spreadsheet's store: 9) and its own. Its own: the user's store read once and one setting written;
    // the built-in template read (its only look-up), copied, filled in one batch. The client report's chart picture
    // adds a Drive file made, shared and removed; the deck places its charts with openById + getSlides and, as the brief
    // does (the first appendLearnings made the campaign ledger), reads it in one batchGet for the last campaign; appending
    // the same campaign again checks the learnings Doc and the ledger in Drive and reads each (the ledger's tab list,
    // then its tabs), and writes nothing: it is there already (the bench appends the next campaign: 2 writes more).
    const READ = 9;
    const OWN = { generateClientReport: 8, generateInternalBrief: 6, exportSlides: 8, appendLearnings: 6 };
    for (const [world, calls] of [[smallWorld, small], [largeWorld, large]] as const) {
      for (const [name, own] of Object.entries(OWN) as [keyof typeof OWN, number][]) {
        const trips = documentRoundTrips(world, calls[name]!);
        expect(trips.total, `${name}: ${JSON.stringify(trips.byMethod)}`).toBe(own); // written with batched API requests
        expect(trips.read, name).toBe(READ);
        expect(calls[name]!['Properties.getProperties'], name).toBe(2); // one read per store
      }
    }
    expect(small.appendLearnings['DocumentsCollection.batchUpdate']).toBeUndefined(); // appended already: nothing to write
  });

  it('are the same for a small and a large shared learnings Doc', () => {
    const measure = (extraParagraphs: number) => {
      const world = reportsWorld(sampleCampaign());
      world.append(['One.', 'Two.', 'Three.']);
      const docId = (world.bundle.run('getReportsState') as { learningsDoc: { id: string } }).learningsDoc.id;
      const model = world.workspace.drive.find(docId)!.content as DocModel;
      const p = (text: string, style: ParagraphNode['style']): ParagraphNode => ({ kind: 'paragraph', style, children: [{ kind: 'text', chars: text, styles: Array.from(text, () => ({})) }] });
      for (let i = 0; i < extraParagraphs; i++) model.body.children.push(p(i % 20 === 0 ? `Client ${String(i).padStart(5, '0')}` : `Learning ${i}`, i % 20 === 0 ? 'HEADING_1' : 'NORMAL_TEXT'));
      model.revision += 1;
      world.bundle.run('importCampaign', { ...sampleCampaign(), campaign: 'Second campaign' });
      return measured(world, () => world.append(['Four.', 'Five.', 'Six.']));
    };
    const small = measure(0);
    const large = measure(5000);
    expect(large.result.status).toBe('added');
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['DocumentsCollection.get']).toBe(1);
    expect(small.calls['DocumentsCollection.batchUpdate']).toBe(1);
  });
});
