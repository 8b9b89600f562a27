// The Apps Script calls of each action must not grow with the number of creators and content pieces.
import { describe, expect, it } from 'vitest';
import { callsBeyondGrowth, documentRows, firstUse, growingActions, measureCosts } from '../../src/local/cli/bench.ts';

/** Round trips per document as README's "Calls per document" states them: made again (steady), and a user's first. */
const DOCUMENT_ROUND_TRIPS = {
  generateClientReport: { steady: 17, firstUse: 20 },
  generateInternalBrief: { steady: 15, firstUse: 17 },
  exportSlides: { steady: 17, firstUse: 19 },
  appendLearnings: { steady: 17, firstUse: 20 },
};

describe('call budget', () => {
  const results = measureCosts([10, 1000]);

  it('makes the same calls, method by method, for 10 and 1,000 creators', () => {
    expect(growingActions(results)).toEqual([]);
    for (const action of Object.keys(results[10])) {
      expect(callsBeyondGrowth(results[1000][action]), action).toEqual(callsBeyondGrowth(results[10][action]));
    }
  });

  it('reads each tab once when analysing', () => {
    const analyze = results[1000].analyze.calls;
    expect(analyze['Sheet.getSheetValues']).toBe(6); // Campaign, KPIs, Creators, Content, Issues, Wins: one call each
    expect(analyze['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(analyze['Range.setValues']).toBe(1); // the Patterns tab in one block
    expect(results[1000].analyze.total).toBeLessThan(100);
  });

  it('builds and rebuilds in cells that do not grow with rows: one formula, format or dropdown per column', () => {
    // The first build and a rebuild with nothing changed write the same cells at 10 and 1,000 creators: formulas
    // by R1C1 per column run, formats and rules range-wide, and nothing people typed written back.
    for (const action of ['buildTabs', 'rebuildTabs'] as const) {
      expect(results[1000][action].cellsWritten, action).toBe(results[10][action].cellsWritten);
      expect(results[1000][action].cellsWritten, action).toBeLessThan(1000);
      expect(results[1000][action].flushes, action).toBeLessThanOrEqual(2);
    }
    expect(results[1000].rebuildTabs.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it('imports each block once: data cells, then the build’s formulas, never a re-read after writing', () => {
    const { importCampaign } = results[1000];
    expect(importCampaign.flushes).toBe(1); // at the end of the execution only
    // Only the columns the file fills are sent: 15 of the Creators tab's input columns and 14 of Content's, for
    // 1,000 rows each (29,000 data cells), and the KPIs, an issue and a win; the build's own cells are the rest.
    expect(importCampaign.cellsWritten).toBeLessThan(29_400);
    expect(importCampaign.calls['Range.setNumberFormats']).toBe(results[1000].rebuildTabs.calls['Range.setNumberFormats']); // each row's unit formats once
  });

  it('reads once for an import and a rebuild: what the build read is all the import plans from', () => {
    const { importCampaign, rebuildTabs } = results[1000];
    // lock 2, properties 2, the sheets 1, every tab's values 6, formulas of the tabs with rows 4, highlight rules 4,
    // the size of Issues and Wins (no formula reaches their last formatted row) 2, named ranges 1, protection 1.
    expect(importCampaign.roundTrips).toBe(23);
    expect(rebuildTabs.roundTrips).toBe(22); // no property written
    for (const cost of [importCampaign, rebuildTabs]) expect(cost.calls['Sheet.getMaxColumns'] ?? 0).toBe(0);
    expect(importCampaign.calls['Range.getFormulas']).toBe(4); // Issues and Wins, empty before the import, need none
  });

  it('gives each document its second time (the steady state), and a user\'s first use on its own line', () => {
    const steady = results[1000];
    // The first use also makes the built-in template (a Doc or a deck made and filled), the learnings Doc and the ledger.
    expect(steady[firstUse('generateClientReport')].calls['FilesCollection.create']).toBe(2); // the template, the chart picture
    expect(steady.generateClientReport.calls['FilesCollection.create']).toBe(1); // the chart picture only
    expect(steady[firstUse('exportSlides')].calls['PresentationsCollection.create']).toBe(1);
    expect(steady.exportSlides.calls['PresentationsCollection.create'] ?? 0).toBe(0);
    // The next campaign's learnings are appended to the Doc and the ledger made the first time.
    expect(steady.appendLearnings.calls['DocumentsCollection.batchUpdate']).toBe(1);
    expect(steady.appendLearnings.calls['SpreadsheetsCollection.batchUpdate']).toBe(1);
    expect(steady.appendLearnings.calls['SpreadsheetsCollection.create'] ?? 0).toBe(0);
    for (const action of ['generateClientReport', 'generateInternalBrief', 'exportSlides', 'appendLearnings']) {
      expect(steady[action].roundTrips, action).toBeLessThan(steady[firstUse(action)].roundTrips);
    }
    expect(documentRows(results).map((row) => row[0])).toContain(firstUse('appendLearnings'));
  });

  it('reads values alone for documents, and for the checks only the formula columns’ formulas', () => {
    for (const action of ['generateClientReport', 'generateInternalBrief', 'exportSlides', 'appendLearnings'] as const) {
      expect(results[1000][action].calls['Range.getFormulas'] ?? 0, action).toBe(0);
    }
    expect(results[1000].analyze.calls['Range.getFormulas']).toBe(3); // KPIs, Creators, Content: the tabs with formula columns
  });

  it('reads the workbook for a document in 7 sheet round trips: the list of sheets, then one call per tab', () => {
    for (const action of ['generateClientReport', 'generateInternalBrief', 'exportSlides', 'appendLearnings'] as const) {
      expect(results[1000][action].byClass.sheetRead, action).toBe(7);
      // The synthetic campaigns' numbers and dates are numbers and dates: the locale is never asked.
      expect(results[1000][action].calls['Spreadsheet.getSpreadsheetLocale'] ?? 0, action).toBe(0);
      expect(results[1000][action].calls['Lock.releaseLock'] ?? 0, action).toBe(0); // released by the execution's end
    }
  });

  it('costs each document the round trips README\'s "Calls per document" table gives, at 10 and 1,000 creators alike', () => {
    for (const size of [10, 1000]) {
      for (const [action, trips] of Object.entries(DOCUMENT_ROUND_TRIPS)) {
        expect(results[size][action].roundTrips, `${action} at ${size}`).toBe(trips.steady);
        expect(results[size][firstUse(action)].roundTrips, `${firstUse(action)} at ${size}`).toBe(trips.firstUse);
      }
    }
  });
});
