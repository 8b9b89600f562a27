// An import that could not finish inside Apps Script's 6-minute limit is refused up front, saying what to do.
import { describe, expect, it } from 'vitest';
import { campaignFileToRows, parseCampaignFile } from '../../src/domain/campaign-file.ts';
import { importCells, importTooLarge, MAX_IMPORT_CELLS } from '../../src/domain/execution-limit.ts';
import { IMPORT_PART_CELLS } from '../../src/domain/import-parts.ts';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import { huge } from '../support/huge-campaign.ts';

const rowsOf = (file: unknown) => {
  const parsed = parseCampaignFile(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return campaignFileToRows(parsed.file);
};


describe('the 6-minute limit as a design limit', () => {
  it('lets 10,000 creators and as many pieces through, and names the size and the way out past the limit', () => {
    const agency = importCells(rowsOf(syntheticCampaign(10_000)));
    expect(agency).toBeGreaterThan(100_000);
    expect(agency).toBeLessThan(MAX_IMPORT_CELLS);
    const message = importTooLarge(rowsOf(huge(40_000)));
    expect(message).toMatch(/40,000 Creators/);
    expect(message).toMatch(/Split it into \d+ files/);
    expect(message).toMatch(/Nothing was imported/);
  });

  it('imports a file past one part in parts instead of refusing it, up to the first part\'s planning limit', () => {
    const agency = importCells(rowsOf(syntheticCampaign(10_000)));
    expect(agency).toBeGreaterThan(IMPORT_PART_CELLS); // in parts: each call inside its 60 s budget
    expect(agency).toBeLessThanOrEqual(5 * IMPORT_PART_CELLS); // every input column counted: an upper bound
    expect(importTooLarge(rowsOf(huge(20_000)))).toBeNull();
    expect(MAX_IMPORT_CELLS).toBe(1_260_000);
  });

});
