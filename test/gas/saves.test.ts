// Saves through the built bundle: the Creators and Content tabs get a Saves column, a campaign file's (or a CSV
// export's) saves land in it, and Analyze and the internal brief report the save rate.
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/local/playground/csv.ts';
import { rowsByHeader } from '../support/bundle.ts';
import { reportsWorld } from './reports-support.ts';

describe('saves end to end', () => {
  const world = reportsWorld();

  it('has a Saves column on both tabs, filled from the file as typed ("1.4K")', () => {
    const creators = rowsByHeader(world.workspace, 'Creators');
    expect(creators.find((r) => r.Handle === '@spf.sam')?.Saves).toBe(1_400);
    expect(creators.find((r) => r.Handle === '@rinse.repeat')?.Saves).toBe(''); // YouTube reports none
    expect(rowsByHeader(world.workspace, 'Content').find((r) => r.Piece === 'TT-04')?.Saves).toBe(1_900);
  });

  it('shows the pooled save rate per group and each top piece’s save rate on the Patterns tab', () => {
    const display = world.workspace.inspect.displayValues('Patterns');
    const header = display.find((r) => r[0] === 'Tier');
    const column = header?.indexOf('Pooled save rate') ?? -1;
    expect(column).toBeGreaterThan(0);
    expect(display.find((r) => r[0] === 'All creators')?.[column]).toMatch(/^\d+\.\d\d%$/);
    expect(display.find((r) => r[0] === 'Save rate')?.slice(1, 4).every((v) => v === '' || /%$/.test(v))).toBe(true);
  });

  it('puts the save rate in the internal brief', () => {
    const brief = world.markdown(world.generate('generateInternalBrief').file.id);
    expect(brief).toMatch(/\| \*\*Save rate\*\* \|/); // the tier table and the top/bottom pieces table
    expect(brief).toMatch(/\| All creators \|.*\| \d+\.\d%/);
  });

  it('maps a TikTok export’s "Add to favorites" to saves', () => {
    const table = readCsvTable('tiktok.csv', 'Handle,Impressions,Add to favorites\n@spf.sam,310000,1400\n');
    expect(table).toMatchObject({ list: 'creators', rows: [{ handle: '@spf.sam', impressions: '310000', saves: '1400' }], ignoredColumns: [] });
  });
});
