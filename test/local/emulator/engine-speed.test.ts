// The local Workspace at agency scale: writes are evaluated once at the next read (as Sheets flushes), formulas
// that all refer to one column enter in linear time, MATCH over a column with empty cells bisects, and results
// stay what a fresh evaluation gives.
import { describe, expect, it } from 'vitest';
import { referencesInGrid } from '../../../src/local/emulator/sheets/r1c1.ts';
import { sheetsWorkspace, type Gas } from './fixtures.ts';

/** MATCH(key, column, 1) as Sheets defines it on ascending data: the last position of the largest value ≤ key, blanks skipped. */
function matchAscending(column: (number | string)[], key: number): number | string {
  let found = -1;
  column.forEach((value, i) => {
    if (typeof value === 'number' && value <= key) found = i;
  });
  return found < 0 ? '#N/A' : found + 1;
}

/** MATCH(key, column, -1) on descending data: the last position of the smallest value ≥ key, blanks skipped. */
function matchDescending(column: (number | string)[], key: number): number | string {
  let found = -1;
  column.forEach((value, i) => {
    if (typeof value === 'number' && value >= key) found = i;
  });
  return found < 0 ? '#N/A' : found + 1;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

describe('formula engine at scale', () => {
  it('reads what was written, however many writes came before the read', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:A3').setValues([[1], [2], ['=SUM(A1:A2)']]);
    sheet.getRange('A1').setValue(10);
    sheet.getRange('B1').setFormula('=A3*2');
    expect(sheet.getRange('A3:B3').getValues()).toEqual([[12, '']]);
    expect(sheet.getRange('B1').getValue()).toBe(24);
    sheet.getRange('A2').setValue(5);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getRange('B1').getValue()).toBe(30);
  });

  it('re-types numbers as dates after a format change, at the next read', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([[46000, '=A1+7']]);
    sheet.getRange('A1:B1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2025-12-09', '2025-12-16']]);
  });

  it('enters 10,000 rows of formulas over one column quickly and recomputes them after an edit', () => {
    const { sheet } = sheetsWorkspace();
    const n = 10_000;
    sheet.insertRowsAfter(1000, n);
    const rows = Array.from({ length: n }, (_, i) => [i % 97, `=COUNT($A:$A)-A${i + 1}`, `=MATCH(A${i + 1},$D$1:$D$3,1)`, i < 3 ? i * 50 : '']);
    const started = performance.now();
    sheet.getRange(1, 1, n, 4).setValues(rows);
    expect(sheet.getRange(1, 2, 2, 2).getValues()).toEqual([[n, 1], [n - 1, 1]]);
    sheet.getRange('A2').setValue(60);
    expect(sheet.getRange(1, 2, 2, 2).getValues()).toEqual([[n, 1], [n - 60, 2]]);
    expect(performance.now() - started).toBeLessThan(20_000); // walking the column per formula took minutes
  });

  it('finds the last row and column without serializing the sheet', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A2').setFormula('=""');
    sheet.getRange('E9').setValue('y');
    sheet.getRange('E9').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  describe('MATCH over a sorted column with empty cells', () => {
    // Ascending in A (blanks between and after), descending in B; keys in D; MATCH(…,1) over all of A, MATCH(…,-1) over B1:B40.
    const ascending = [1, 3, '', 3, 7, '', '', 12, 12, 20, '', 31];
    const descending = [40, '', 33, 20, 20, '', 9, 4, '', 1];
    const keys = [0, 1, 2, 3, 6.5, 7, 12, 19, 20, 31, 99];
    function build() {
      const { sheet } = sheetsWorkspace();
      sheet.getRange(1, 1, ascending.length, 1).setValues(ascending.map((v) => [v]));
      sheet.getRange(1, 2, descending.length, 1).setValues(descending.map((v) => [v]));
      sheet.getRange(1, 4, keys.length, 3).setValues(keys.map((k, i) => [k, `=MATCH(D${i + 1},$A:$A,1)`, `=MATCH(D${i + 1},$B$1:$B$40,-1)`]));
      sheet.getRange('H30').setValue('past the data'); // the sheet runs on below both columns: whole-column bisection lands on blanks
      return sheet;
    }
    const results = (sheet: Gas) => sheet.getRange(1, 5, keys.length, 2).getValues();
    const expected = (a: (number | string)[], b: (number | string)[]) => keys.map((k) => [matchAscending(a, k), matchDescending(b, k)]);

    it('finds what Sheets finds: the last of equal values, blanks skipped, #N/A past the ends', () => {
      expect(results(build())).toEqual(expected(ascending, descending));
    });

    it('finds it again after the column changes: a value edited, a blank filled, a cell cleared, rows inserted and deleted', () => {
      const sheet = build();
      results(sheet);
      const a = [...ascending];
      const b = [...descending];
      sheet.getRange('A6').setValue(10); // a blank filled
      a[5] = 10;
      sheet.getRange('A12').setValue(25);
      a[11] = 25;
      sheet.getRange('B3').clearContent();
      b[2] = '';
      expect(results(sheet)).toEqual(expected(a, b));
      sheet.getRange('A20').setValue(50); // below the data: the column's end moves
      a.push(...Array(7).fill(''), 50);
      expect(results(sheet)).toEqual(expected(a, b));
      sheet.deleteRows(2, 1); // keys and columns move up together: compare by the keys now in D
      a.splice(1, 1);
      b.splice(1, 1);
      const shiftedKeys = keys.slice(0, 1).concat(keys.slice(2));
      const values = sheet.getRange(1, 5, shiftedKeys.length, 2).getValues();
      expect(values).toEqual(shiftedKeys.map((k) => [matchAscending(a, k), matchDescending(b, k)]));
    });

    it('finds it again as a sorted spill grows and shrinks under the searches', () => {
      const { sheet } = sheetsWorkspace();
      sheet.getRange('A1:A4').setValues([[5], [1], [9], [3]]);
      sheet.getRange('B1').setFormula('=SORT(FILTER(A1:A40,ISNUMBER(A1:A40)))');
      sheet.getRange('D1:D5').setValues([[0], [1], [4], [9], [100]]);
      sheet.getRange('E1:E5').setFormulaR1C1('=MATCH(R[0]C[-1],C2:C2,1)');
      sheet.getRange('H60').setValue('x');
      const matches = () => sheet.getRange('E1:E5').getValues().map((r: unknown[]) => r[0]);
      expect(matches()).toEqual(['#N/A', 1, 2, 4, 4]); // 1 3 5 9
      sheet.getRange('A5:A7').setValues([[2], [20], [0.5]]);
      expect(matches()).toEqual(['#N/A', 2, 4, 6, 7]); // 0.5 1 2 3 5 9 20
      sheet.getRange('A1:A3').clearContent();
      expect(matches()).toEqual(['#N/A', 1, 3, 3, 4]); // 0.5 2 3 20
      sheet.getRange('A4:A7').clearContent();
      sheet.getRange('A2').setValue(7);
      expect(matches()).toEqual(['#N/A', '#N/A', '#N/A', 1, 1]); // 7
    });

    it('ranks 10,000 rows against a sorted spill in a whole column in a second or so, not a walk of the column per row', () => {
      const { sheet } = sheetsWorkspace();
      const n = 10_000;
      sheet.insertRowsAfter(1000, 2 * n);
      // A: scores; B: a sorted copy of them (SORT spills n rows); C: each row's rank; the sheet runs on to row 2n (unranked
      // rows, as on the Content tab), so the first step of every bisection of B lands on a blank.
      const rows = Array.from({ length: n }, (_, i) => [(i * 7919) % n, i === 0 ? `=SORT($A$1:$A$${n})` : null, `=MATCH(A${i + 1},$B:$B,1)`, i]);
      sheet.getRange(1, 1, n, 4).setValues(rows);
      sheet.getRange(2 * n, 4).setValue('end');
      const started = process.cpuUsage();
      const ranks = sheet.getRange(1, 3, n, 1).getValues().map(([r]: [number]) => r);
      expect(cpuSeconds(started)).toBeLessThan(5); // a walk of the column per MATCH: about 10 s
      expect(ranks.slice(0, 3)).toEqual([1, 7920, 5839]);
      expect(new Set(ranks).size).toBe(n);
    });
  });

  describe('one R1C1 formula down a block', () => {
    /** Each cell written on its own: the block's values and formulas must come out the same. */
    function cellByCell(formula: string, rows: number, columns: number) {
      const { sheet } = sheetsWorkspace();
      sheet.getRange(1, 1, 8, 1).setValues([[1], [2], [3], [4], [5], [6], [7], [8]]);
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) sheet.getRange(r + 1, c + 2).setFormulaR1C1(formula);
      return [sheet.getRange(1, 2, rows, columns).getValues(), sheet.getRange(1, 2, rows, columns).getFormulas()];
    }
    function block(formula: string, rows: number, columns: number) {
      const { sheet } = sheetsWorkspace();
      sheet.getRange(1, 1, 8, 1).setValues([[1], [2], [3], [4], [5], [6], [7], [8]]);
      sheet.getRange(1, 2, rows, columns).setFormulaR1C1(formula);
      return [sheet.getRange(1, 2, rows, columns).getValues(), sheet.getRange(1, 2, rows, columns).getFormulas()];
    }

    it.each([
      ['relative and absolute references', '=R[0]C1*10+R1C1+SUM(C1:C1)', 8, 2],
      ['an A1 reference left in the text, which reads differently in each row', '=R[0]C[-1]+A1', 8, 1],
      ['an A1 reference left in the text, in each column', '=R1C1+B$1', 1, 4],
      ['references above the first row from the first rows', '=R[-2]C1', 8, 1],
      ['a name-like word and text in quotes', '=IF(R[0]C1>3,"R[0]C1 big","small")', 8, 1],
    ])('gives what writing each cell alone gives: %s', (_, formula, rows, columns) => {
      expect(block(formula, rows, columns)).toEqual(cellByCell(formula, rows, columns));
    });

    it('shares a parse only when every reference stays inside the grid from every cell of the block', () => {
      const corners = [{ row: 3, column: 2 }, { row: 10, column: 5 }] as const;
      expect(referencesInGrid('=R[-2]C[0]+R1C1+C2:C3', ...corners, 100, 26)).toBe(true);
      expect(referencesInGrid('=R[-3]C[0]', ...corners, 100, 26)).toBe(false); // row 0 from the first row
      expect(referencesInGrid('=R[91]C[0]', ...corners, 100, 26)).toBe(false); // row 101 from the last
      expect(referencesInGrid('=R1C[22]', ...corners, 100, 26)).toBe(false); // column 27 from the last
      expect(referencesInGrid('=R0C1', ...corners, 100, 26)).toBe(false);
      expect(referencesInGrid('="R[-9]C[0]"&R1C1', ...corners, 100, 26)).toBe(true); // text in quotes is no reference
    });
  });
});
