// Range values: typed-input parsing, formulas, computed reads, errors and the exact Apps Script exceptions.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('Range.setValues / getValues', () => {
  it('writes formulas and reads computed values, display values and formulas', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:C2').setValues([[2, 3, '=A1*B1'], ['=SUM(A1:C1)', '=C1/0', '=FOO(1)']]);
    const range = sheet.getRange('A1:C2');
    expect(range.getValues()).toEqual([[2, 3, 6], [11, '#DIV/0!', '#NAME?']]);
    expect(range.getFormulas()).toEqual([['', '', '=A1*B1'], ['=SUM(A1:C1)', '=C1/0', '=FOO(1)']]);
    expect(range.getDisplayValues()).toEqual([['2', '3', '6'], ['11', '#DIV/0!', '#NAME?']]);
  });

  it('answers #NAME? for a function HyperFormula lacks, as Sheets does for unknown ones', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B2').setValues([[1, 2], ['=AVERAGEIFS(A1:B1,A1:B1,">0")', '=REGEXMATCH("a","a")']]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['#NAME?', '#NAME?']]);
  });

  it('parses strings the way Sheets parses typed input', () => {
    const { sheet } = sheetsWorkspace();
    const inputs = ['1,200', '3.5%', '$1,200', '-$5.50', '1e3', '007', 'TRUE', 'false', '42K', '1,2', '12 000', 'abc'];
    sheet.getRange(1, 1, 1, inputs.length).setValues([inputs]);
    expect(sheet.getRange(1, 1, 1, inputs.length).getValues()[0]).toEqual([1200, 0.035, 1200, -5.5, 1000, 7, true, false, '42K', '1,2', '12 000', 'abc']);
    expect(sheet.getRange(1, 1, 1, 4).getDisplayValues()[0]).toEqual(['1,200', '3.50%', '$1,200.00', '-$5.50']);
    expect(sheet.getRange(1, 1, 1, 4).getNumberFormats()[0]).toEqual(['#,##0', '0.00%', '$#,##0.00', '$#,##0.00']);
  });

  it('keeps quote-prefixed text verbatim and never parses it', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:D1').setValues([["'=SUM(1,2)", "'1,200", "''quoted", "'TRUE"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=SUM(1,2)', '1,200', "'quoted", 'TRUE']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['', '', '', '']]);
  });

  it('reads a leading + or - on text as a formula, like Sheets', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([['-abc', '+5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#NAME?', 5]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=-abc');
  });

  it('round-trips dates: Date objects and typed dates come back as Dates', () => {
    const { sheet } = sheetsWorkspace();
    const when = new Date('2024-03-05T14:30:15Z');
    sheet.getRange('A1:D1').setValues([[when, '2024-05-01', '5/1/2024', '=A1+1']]);
    const [a, b, c, d] = sheet.getRange('A1:D1').getValues()[0];
    expect(a).toEqual(when);
    expect(b).toEqual(new Date('2024-05-01T00:00:00Z'));
    expect(c).toEqual(new Date('2024-05-01T00:00:00Z'));
    expect(d).toEqual(new Date('2024-03-06T14:30:15Z'));
    expect(sheet.getRange('A1:C1').getDisplayValues()[0]).toEqual(['3/5/2024 14:30:15', '2024-05-01', '5/1/2024']);
  });

  it('interprets dates on the spreadsheet time zone wall clock', () => {
    const { sheet } = sheetsWorkspace({ timeZone: 'America/New_York' });
    sheet.getRange('A1:B1').setValues([['2024-05-01', new Date('2024-05-01T04:00:00Z')]]);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2024-05-01T04:00:00Z'));
    expect(sheet.getRange('B1').getDisplayValue()).toBe('5/1/2024 0:00:00');
  });

  it('turns a number into a Date once the cell gets a date format', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([[45413, '=A1+1']]);
    expect(sheet.getRange('A1').getValue()).toBe(45413);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2024-05-01T00:00:00Z'));
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2024-05-02T00:00:00Z'));
  });

  it('keeps input verbatim in plain-text cells and reports the format Sheets gives formula results', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['007', '=1+1', '=DATE(2024,5,1)']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '=1+1', new Date('2024-05-01T00:00:00Z')]]);
    expect(sheet.getRange('A1:C1').getNumberFormats()).toEqual([['@', '@', 'M/d/yyyy']]);
  });

  it('writes null as empty and rejects values a cell cannot hold', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([[1, 2]]);
    sheet.getRange('A1:B1').setValues([[null, '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
    expect(() => sheet.getRange('A1').setValues([[undefined]])).toThrow("The parameters (undefined[][]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    expect(() => sheet.getRange('A1').setValue({ a: 1 })).toThrow("don't match the method signature for SpreadsheetApp.Range.setValue.");
    expect(() => sheet.getRange('A1').setValue(() => 1)).toThrow('SpreadsheetApp.Range.setValue');
  });

  it('refuses text over 50,000 characters with Sheets wording', () => {
    const { sheet } = sheetsWorkspace();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  it('fills every cell with setValue, as Apps Script does', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B2').setValue('same');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['same', 'same'], ['same', 'same']]);
  });
});

describe('shape and bounds errors', () => {
  it('uses Apps Script messages for row and column mismatches', () => {
    const { sheet } = sheetsWorkspace();
    const range = sheet.getRange('A1:B3');
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => range.setValues([[1, 2], [3], [5, 6]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(() => range.setValues('not an array')).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    expect(() => range.setValues([1, 2, 3])).toThrow("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    expect(() => range.setBackgrounds([['red', 'red']])).toThrow('The data has 1 but the range has 3.');
  });

  it('refuses ranges outside the sheet and malformed coordinates', () => {
    const { sheet } = sheetsWorkspace();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A999:A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(2, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(() => sheet.getRange('1', 2)).toThrow("The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  });

  it('throws Exception-named errors, as V8 Apps Script does', () => {
    const { sheet } = sheetsWorkspace();
    try {
      sheet.getRange(0, 1);
      expect.unreachable();
    } catch (error) {
      expect((error as Error).name).toBe('Exception');
      expect(String(error)).toBe('Exception: The starting row of the range is too small.');
    }
  });
});
