// An import told across its parts: the first part's counts, each check once, and how far the last part got; the
// caller's loop stops when nothing is left, and gives up on a sheet that never settles.
import { describe, expect, it } from 'vitest';
import { combineParts, importInParts, MAX_IMPORT_PARTS, moreToImport, rowsSoFar } from '../../src/domain/import-parts.ts';
import type { Check } from '../../src/domain/records.ts';
import type { ImportResult } from '../../src/domain/rpc.ts';

const check = (cell: string): Check => ({ cell, kind: 'import-conflict', severity: 'warning', message: `kept ${cell}` });
const part = (written: number, left: number, checks: Check[], appended: number): ImportResult =>
  ({ rows: { Creators: { appended, filled: 0 } }, checks, progress: { written, left, rows: written / 5, rowsLeft: left / 5 } });

describe('the import in parts, as its callers see it', () => {
  it('tells the parts as one import', () => {
    const parts = [part(100, 50, [check('Creators!B2'), check('Creators!B3')], 30), part(50, 0, [check('Creators!B3')], 10)];
    expect(combineParts(parts)).toEqual({ rows: { Creators: { appended: 30, filled: 0 } }, checks: [check('Creators!B2'), check('Creators!B3')], progress: { written: 150, left: 0, rows: 30, rowsLeft: 0 } });
    expect(combineParts([])).toEqual({ rows: {}, checks: [] });
  });

  it('calls again while cells are left, reporting each part, and stops after a bounded number', () => {
    const lefts = [300, 200, 0, 99];
    const seen: number[] = [];
    const parts = importInParts(() => part(100, lefts.shift() ?? 0, [], 0), (done) => seen.push(done.length));
    expect(parts.map((p) => p.progress?.left)).toEqual([300, 200, 0]);
    expect(seen).toEqual([1, 2, 3]);
    expect(importInParts(() => part(0, 1, [], 0))).toHaveLength(MAX_IMPORT_PARTS);
    expect(importInParts(() => ({ rows: {}, checks: [] }))).toHaveLength(1); // an older server: one call
  });

  it('counts rows as a person reads them: written so far, of those written and left', () => {
    const parts = [part(100, 150, [], 20), part(100, 50, [], 0)];
    expect(rowsSoFar(parts.slice(0, 1))).toEqual({ done: 20, total: 50 });
    expect(rowsSoFar(parts)).toEqual({ done: 40, total: 50 });
    expect(moreToImport(parts)).toBe(true);
    expect(moreToImport([...parts, part(50, 0, [], 0)])).toBe(false);
    expect(rowsSoFar([])).toEqual({ done: 0, total: 0 });
  });
});
