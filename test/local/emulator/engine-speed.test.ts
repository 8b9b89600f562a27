// The local Workspace at agency scale: writes are evaluated once at the next read (as Sheets flushes), formulas
// that all refer to one column enter in linear time, and results stay what a fresh evaluation gives.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

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
});
