// Planning a build or an import from one read of the tab: never lose a typed cell. Formulas go only where a
// formula is or the cell is blank; imported rows fill only blank cells of the row they match, or are appended.
import { describe, expect, it } from 'vitest';
import { resolveTableLayout } from '../../../src/domain/tabs/layout.ts';
import { contiguousBlocks, planRowsWrite, planTableBuild, SPARE_ROWS } from '../../../src/domain/tabs/plan.ts';
import { HEADERS, TEST_TAB } from './support.ts';

const formulasFor = (rows: unknown[][], at: Record<string, string> = {}) =>
  rows.map((cells, r) => cells.map((_, c) => at[`${r + 1}:${c + 1}`] ?? ''));

describe('planTableBuild', () => {
  it('writes the whole header row of a new tab, and rows for its starter rows and spare ones', () => {
    const plan = planTableBuild(TEST_TAB, { values: [] });
    expect(plan.headers).toEqual({ column: 1, values: HEADERS });
    expect(plan.lastRow).toBe(1 + TEST_TAB.starterRows.length + SPARE_ROWS);
    expect(plan.formulaBlocks.map((b) => b.column)).toEqual([4]); // Rate and Double side by side: one block
    expect(plan.formulaBlocks[0]?.values[0]).toEqual(['=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")', '=IF(ISNUMBER(B2),B2*2,"")']);
    expect(plan.formulaBlocks[0]?.values).toHaveLength(plan.lastRow - 1);
  });

  it.each([
    ['a formula cell gets the formula', { values: [HEADERS, ['a', 2, 1, 0.5, 4, '']] }, { '2:4': '=old()' }, '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")', []],
    ['a blank cell gets the formula', { values: [HEADERS, ['a', 2, 1, '', 4, '']] }, {}, '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")', []],
    ['a value typed over the formula is kept, and said', { values: [HEADERS, ['a', 2, 1, 0.9, 4, '']] }, {}, 0.9, ['Test!D2']],
    ['text typed over it is kept as text', { values: [HEADERS, ['a', 2, 1, '=x', 4, '']] }, {}, "'=x", ['Test!D2']],
  ])('%s', (_what, grid, formulaAt, written, flagged) => {
    // Double (E2) holds its formula in every case, so only Rate (D2) varies.
    const plan = planTableBuild(TEST_TAB, { ...grid, formulas: formulasFor(grid.values, { '2:5': '=B2*2', ...formulaAt }) });
    expect(plan.formulaBlocks[0]?.values[0]?.[0]).toEqual(written);
    expect(plan.checks.map((c) => c.cell)).toEqual(flagged);
    expect(plan.headers).toBeNull();
  });

  it('adds only the missing columns’ headers, after the last used column, and keeps the rest where people put them', () => {
    const plan = planTableBuild(TEST_TAB, { values: [['Kind', 'Id', 'Mine', 'Size', 'Hits'], ['Beta', 'a', 'x', 1, 2]] });
    expect(plan.headers).toEqual({ column: 6, values: ['Rate', 'Double'] });
    expect(plan.layout.columnOf).toMatchObject({ kind: 1, id: 2, size: 4, hits: 5, rate: 6, double: 7 });
    expect(plan.formulaBlocks[0]?.values[0]?.[0]).toBe('=IF(AND(ISNUMBER(E2),ISNUMBER(D2),D2<>0),E2/D2,"")');
  });
});

describe('planRowsWrite', () => {
  const grid = { values: [HEADERS, ['a', 10, '', '', '', 'Beta'], ['', '', '', '', '', ''], ['b', '', 3, '', '', '']] };
  const layout = resolveTableLayout(TEST_TAB, HEADERS);

  it('fills only the blank cells of the row an imported row matches, and never overwrites what was typed', () => {
    // Identity as typed (issue 11): " a " is the row "a" (outer spaces trimmed); "A" would be another row.
    const plan = planRowsWrite(TEST_TAB, layout, { ...grid, formulas: formulasFor(grid.values) }, [{ id: ' a ', size: 99, hits: 7, kind: 'Alpha' }], 'id');
    expect(plan).toMatchObject({ appended: 0, filled: 1, startRow: 2 });
    expect(plan.values[0]).toEqual(['a', 10, 7, '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")', '=IF(ISNUMBER(B2),B2*2,"")', 'Beta']);
    expect(plan.values[2]?.[0]).toBe('b'); // the other rows as they were
  });

  it('appends rows it can’t match after the last row with data, text made inert', () => {
    const plan = planRowsWrite(TEST_TAB, layout, { ...grid, formulas: formulasFor(grid.values) }, [{ id: '=c', size: '1,200' }, { size: 3 }], 'id');
    expect(plan).toMatchObject({ appended: 2, filled: 0 });
    expect(plan.values).toHaveLength(5);
    // "1,200" in a count column is written as the number Debrief reads, not left for Sheets' locale (1.2 in de_DE).
    expect(plan.values[3]?.slice(0, 3)).toEqual(["'=c", 1200, '']);
    expect(plan.values[4]?.slice(0, 2)).toEqual(['', 3]);
    expect(plan.values[4]?.[4]).toBe('=IF(ISNUMBER(B6),B6*2,"")');
  });

  it('keeps a formula that is there and a value typed over one', () => {
    const typed = { values: [HEADERS, ['a', 2, 1, 0.9, '', '']], formulas: formulasFor([HEADERS, ['a', 2, 1, 0.9, '', '']], { '2:5': '=B2*3' }) };
    const plan = planRowsWrite(TEST_TAB, layout, typed, [], 'id');
    expect(plan.values[0]?.slice(3, 5)).toEqual([0.9, '=B2*3']);
  });
});

describe('contiguousBlocks', () => {
  it('groups columns that sit side by side, in sheet order', () => {
    const layout = resolveTableLayout(TEST_TAB, ['Kind', 'Id', 'Mine', 'Size', 'Hits']);
    expect(contiguousBlocks(layout, TEST_TAB.columns).map((b) => [b.column, b.columns.map((c) => c.key)])).toEqual([
      [1, ['kind', 'id']], [4, ['size', 'hits', 'rate', 'double']],
    ]);
  });
});
