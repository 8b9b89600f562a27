// What a later part of an import goes on from: the file rows still to write as runs, new rows' cells exactly as
// the import's plan makes them, and fingerprints that tell another file or another layout apart.
import { describe, expect, it } from 'vitest';
import { fromRuns, identityFingerprint, layoutFingerprint, newRowCells, rowsFingerprint, toRuns } from '../../src/domain/import-continuation.ts';
import { resolveTableLayout } from '../../src/domain/tabs/layout.ts';
import { planRowsWrite } from '../../src/domain/tabs/plan.ts';
import { HEADERS, TEST_TAB } from './tabs/support.ts';

describe('the import continuation', () => {
  it('keeps the rows left as runs, and gets them back in order', () => {
    expect(toRuns([3, 4, 5, 9, 11, 12])).toEqual([[3, 5], [9, 9], [11, 12]]);
    expect(fromRuns(toRuns([3, 4, 5, 9, 11, 12]))).toEqual([3, 4, 5, 9, 11, 12]);
    expect(toRuns([])).toEqual([]);
  });

  it('makes a new row as the plan appends it, and knows which file row each appended row is', () => {
    const layout = resolveTableLayout(TEST_TAB, HEADERS);
    const grid = { values: [HEADERS, ['a', 1, '', '', '', 'Alpha']], formulas: [HEADERS.map(() => ''), HEADERS.map(() => '')] };
    const rows = [{ id: 'a', size: 1 }, { id: '=b', size: '1,200', kind: 'Beta' }, { id: 'c', hits: 3 }];
    const plan = planRowsWrite(TEST_TAB, layout, grid, rows, 'id');
    expect(plan.firstAppended).toBe(1);
    expect(plan.appendedFrom).toEqual([1, 2]);
    const inputs = TEST_TAB.columns.filter((c) => !('formula' in c)).map((c) => (layout.columnOf[c.key] ?? 0) - 1);
    plan.appendedFrom.forEach((file, i) => {
      const planned = plan.values[plan.firstAppended + i] ?? [];
      const made = newRowCells(TEST_TAB, layout, rows[file] ?? {});
      expect(inputs.map((c) => made[c])).toEqual(inputs.map((c) => planned[c]));
    });
  });

  it('tells another file, another layout and another row apart', () => {
    expect(rowsFingerprint({ creators: [{ handle: '@a' }] })).toBe(rowsFingerprint({ creators: [{ handle: '@a' }] }));
    expect(rowsFingerprint({ creators: [{ handle: '@a' }] })).not.toBe(rowsFingerprint({ creators: [{ handle: '@b' }] }));
    const layout = resolveTableLayout(TEST_TAB, HEADERS);
    const moved = resolveTableLayout(TEST_TAB, [...HEADERS].reverse());
    expect(layoutFingerprint(layout)).not.toBe(layoutFingerprint(moved));
    expect(identityFingerprint("'123")).toBe(identityFingerprint(123)); // as written (quoted) and as read back
    expect(identityFingerprint(' @a ')).toBe(identityFingerprint('@a'));
  });
});
