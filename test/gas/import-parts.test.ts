// The import in parts (issue 13): each call writes at most its cells (whole rows), says how many are left, and the
// caller calls again until none are; the result is the sheet one call would have made, importing it again writes
// nothing, and a part cut short (the caller gave up) is completed by importing again.
import { describe, expect, it } from 'vitest';
import { combineParts, importInParts, IMPORT_PART_CELLS, rowsSoFar } from '../../src/domain/import-parts.ts';
import type { ImportResult } from '../../src/domain/rpc.ts';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import { columnLetter } from '../../src/domain/tabs/spec.ts';
import { freshBundle } from '../support/bundle.ts';

const PART = 1_500; // cells per part here; the add-on's own is IMPORT_PART_CELLS
const TABS = ['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins'];

function world() {
  const { workspace, bundle } = freshBundle();
  bundle.run('buildTabs');
  const sheets = () => Object.fromEntries(TABS.map((tab) => [tab, workspace.inspect.formulas(tab)]));
  const importPart = (file: unknown, partCells = PART) => bundle.run('importCampaign', file, { partCells }) as ImportResult;
  return { workspace, bundle, sheets, importPart };
}

describe('the import in parts', () => {
  const file = syntheticCampaign(60);

  it('writes the campaign in parts of whole rows, each inside its cells, to the sheet one call makes', () => {
    const whole = world();
    const one = whole.importPart(file, IMPORT_PART_CELLS);
    expect(one.progress).toMatchObject({ left: 0 });

    const parted = world();
    const parts = importInParts(() => parted.importPart(file));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.progress?.written ?? 0).toBeLessThanOrEqual(PART);
    expect(parts.map((p) => p.progress?.left)).toEqual([...parts.map((p) => p.progress?.left ?? 0)].sort((a, b) => b - a));
    expect(parts.at(-1)?.progress?.left).toBe(0);
    expect(rowsSoFar(parts).done).toBe(rowsSoFar(parts.slice(0, 1)).total); // the first part already knew the rows in all
    expect(parted.sheets()).toEqual(whole.sheets());
    // Told as one import: the first part's counts, each check once.
    expect(combineParts(parts).rows).toEqual(one.rows);
    expect(new Set(combineParts(parts).checks.map((c) => c.message))).toEqual(new Set(one.checks.map((c) => c.message)));
    // Importing the same file again finds nothing to write.
    const again = parted.importPart(file);
    expect(again.progress).toEqual({ written: 0, left: 0, rows: 0, rowsLeft: 0 });
  });

  it('completes an import whose caller stopped after a part; the first part remembers every row, since all it leaves are new rows', () => {
    const whole = world();
    whole.importPart(file, IMPORT_PART_CELLS);
    const cut = world();
    const first = cut.importPart(file);
    expect(first.progress?.left).toBeGreaterThan(0);
    const stored = () => Object.assign({}, ...Object.values(cut.workspace.exportState().documentProperties)) as Record<string, string>;
    expect(Object.keys(stored())).toEqual(expect.arrayContaining(['debrief.imported.creators', 'debrief.importContinuation']));
    const rest = importInParts(() => cut.importPart(file));
    expect(rest.at(-1)?.progress?.left).toBe(0);
    expect(cut.sheets()).toEqual(whole.sheets());
    const wholeStore = Object.assign({}, ...Object.values(whole.workspace.exportState().documentProperties)) as Record<string, string>;
    expect(stored()['debrief.imported.creators']).toBe(wholeStore['debrief.imported.creators']); // what one call remembers
    expect(stored()['debrief.importContinuation']).toBe('null'); // done
  });

  it('reads only the rows a later part writes, never the rows earlier parts wrote', () => {
    const parted = world();
    const first = parted.workspace.calls.measure(() => parted.importPart(file));
    const second = parted.workspace.calls.measure(() => parted.importPart(file));
    expect(second.cellsRead).toBeLessThan(first.cellsRead / 2);
    expect(second.calls['Sheet.getConditionalFormatRules'] ?? 0).toBe(0); // no build: the first part reserved every row
    expect(second.calls['Range.setFormulaR1C1'] ?? 0).toBe(0);
    expect(second.calls['Properties.setProperties']).toBe(1);
  });

  it('plans again from a full read when a person typed into the rows a later part would write, and keeps what they typed', () => {
    const whole = world();
    whole.importPart(file, IMPORT_PART_CELLS);
    const cut = world();
    const first = cut.importPart(file);
    const written = first.progress?.rows ?? 0;
    const continuation = JSON.parse(Object.assign({}, ...Object.values(cut.workspace.exportState().documentProperties))['debrief.importContinuation']);
    const [key, next] = Object.entries(continuation.tabs)[0] as [string, { row: number }];
    const tab = ({ kpis: 'KPIs', creators: 'Creators', content: 'Content', issues: 'Issues', wins: 'Wins' } as Record<string, string>)[key] as string;
    const header = cut.workspace.inspect.values(tab)[0] as string[];
    const notes = header.findIndex((h) => /^(notes|comment)/i.test(h)) + 1; // a column the file may leave blank
    cut.workspace.inspect.setCell(tab, `${columnLetter(notes)}${next.row}`, 'typed between parts');
    const later = cut.workspace.calls.measure(() => importInParts(() => cut.importPart(file)));
    expect(later.calls['Sheet.getConditionalFormatRules'] ?? 0).toBeGreaterThan(0); // a full plan
    expect(written).toBeGreaterThan(0);
    const values = cut.workspace.inspect.values(tab);
    expect(values[next.row - 1]?.[notes - 1]).toBe('typed between parts');
    const keys = (sheet: unknown[][]) => sheet.slice(1).map((row) => row[0]).filter((v) => v !== '');
    expect(new Set(keys(values))).toEqual(new Set(keys(whole.workspace.inspect.values(tab)))); // every row in, none doubled
    expect(keys(values)).toHaveLength(keys(whole.workspace.inspect.values(tab)).length);
  });

  it('ignores what a part of another file left, planning that file whole', () => {
    const cut = world();
    cut.importPart(file);
    const other = syntheticCampaign(12);
    const whole = world();
    whole.importPart(other, IMPORT_PART_CELLS);
    const parts = importInParts(() => cut.importPart(other, IMPORT_PART_CELLS));
    expect(parts.at(-1)?.progress?.left).toBe(0);
    expect(cut.workspace.inspect.values('Creators').slice(1).map((r) => r[0]).filter(Boolean)).toEqual(
      expect.arrayContaining(whole.workspace.inspect.values('Creators').slice(1).map((r) => r[0]).filter(Boolean)),
    );
  });
});
