// Range.setFormulaR1C1 and Sheet.getRangeList: one formula text or one format for many cells, as the add-on's build
// writes its formula columns, formats and dropdowns. Cells are counted as the values that travel: one per call
// for a single-value setter, one per range for a RangeList.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('Range.setFormulaR1C1', () => {
  it('gives every cell of the range its own A1 formula from relative offsets, absolute positions kept', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B3').setValues([[1, 10], [2, 20], [3, 30]]);
    sheet.getRange('C1:C3').setFormulaR1C1('=R[0]C[-2]*R[0]C[-1]+R1C1');
    expect(sheet.getRange('C1:C3').getFormulas()).toEqual([['=A1*B1+$A$1'], ['=A2*B2+$A$1'], ['=A3*B3+$A$1']]);
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[11], [41], [91]]);
  });

  it('reads whole-column ranges and leaves quoted text alone', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:A2').setValues([[4], [6]]);
    sheet.getRange('B1').setFormulaR1C1('=IF(SUM(C1:C1)>0,"R[0]C[1]",SUM(C[-1]:C[-1]))');
    expect(sheet.getRange('B1').getFormulas()).toEqual([['=IF(SUM($A:$A)>0,"R[0]C[1]",SUM(A:A))']]);
    expect(sheet.getRange('B1').getValues()).toEqual([['R[0]C[1]']]); // SUM($A:$A) is 10: the quoted text, as text
  });

  it('refuses a formula that is not text, with the signature message', () => {
    const { sheet } = sheetsWorkspace();
    expect(() => sheet.getRange('A1').setFormulaR1C1(5)).toThrow(/setFormulaR1C1/);
  });
});

describe('Sheet.getRangeList', () => {
  it('applies one formula, format or value to each of its ranges', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:A6').setValues([[1], [2], [3], [4], [5], [6]]);
    const list = sheet.getRangeList(['B1:B2', 'B5:B6']);
    list.setFormulaR1C1('=R[0]C[-1]*2');
    list.setNumberFormat('0.00');
    expect(sheet.getRange('B1:B6').getFormulas()).toEqual([['=A1*2'], ['=A2*2'], [''], [''], ['=A5*2'], ['=A6*2']]);
    expect(sheet.getRange('B1:B6').getDisplayValues()).toEqual([['2.00'], ['4.00'], [''], [''], ['10.00'], ['12.00']]);
    expect(list.getRanges().map((r: any) => r.getA1Notation())).toEqual(['B1:B2', 'B5:B6']);
  });

  it('clears the content of each of its ranges and leaves their formats, sending no cells', () => {
    const { workspace, sheet } = sheetsWorkspace();
    sheet.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    sheet.getRange('A1:A4').setNumberFormat('0.00');
    const cost = workspace.calls.measure(() => sheet.getRangeList(['A1', 'A3:A4']).clearContent());
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[''], [2], [''], ['']]);
    expect(sheet.getRange('A1:A4').getNumberFormats()).toEqual([['0.00'], ['0.00'], ['0.00'], ['0.00']]);
    expect(cost.cellsWritten).toBe(0);
  });

  it('refuses an empty list', () => {
    const { sheet } = sheetsWorkspace();
    expect(() => sheet.getRangeList([])).toThrow();
  });

  it('counts one cell sent per single-value call and per range of a list, every cell for an array', () => {
    const { workspace, sheet } = sheetsWorkspace();
    const cost = workspace.calls.measure(() => {
      sheet.getRange('A1:A100').setNumberFormat('0.0'); // 1
      sheet.getRange('B1:B100').setFormulaR1C1('=R[0]C[-1]'); // 1
      sheet.getRangeList(['C1:C50', 'D1:D50']).setNumberFormat('0'); // 2
      sheet.getRange('E1:E3').setNumberFormats([['0'], ['0'], ['0']]); // 3
    });
    expect(cost.cellsWritten).toBe(7);
  });
});
