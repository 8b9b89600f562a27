// Formula evaluation as Sheets does it: cross-sheet references that survive renames, named ranges,
// whole-column criteria functions, TRUE/FALSE literals, the workspace clock and TEXT() number formats.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('formulas', () => {
  it('follows cross-sheet references through a sheet rename, rewriting the formula', () => {
    const { spreadsheet, sheet, workspace } = sheetsWorkspace();
    const data = spreadsheet.insertSheet('Raw Data');
    data.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A1').setValues([["=SUM('Raw Data'!A1:A3)"]]);
    expect(sheet.getRange('A1').getValue()).toBe(6);
    data.setName('Creators');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(Creators!A1:A3)');
    data.getRange('A3').setValue(10);
    expect(sheet.getRange('A1').getValue()).toBe(13);
    workspace.inspect.renameSheet('Creators', 'Creators (final)');
    expect(sheet.getRange('A1').getFormula()).toBe("=SUM('Creators (final)'!A1:A3)");
  });

  it('expands an array again once the data in its way is cleared, as Sheets does', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:A3').setValues([[3], [1], [2]]);
    sheet.getRange('B1').setValue('=SORT(A1:A3)');
    sheet.getRange('B3').setValue('in the way');
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    sheet.getRange('B3').clearContent();
    expect(sheet.getRange('B1:B3').getValues().flat()).toEqual([1, 2, 3]);
    sheet.getRange('B2').setValue('again');
    expect(sheet.getRange('B1').getValue()).toBe('#REF!');
    sheet.getRange('B2').setValue('');
    expect(sheet.getRange('B1:B3').getValues().flat()).toEqual([1, 2, 3]);
  });

  it('answers #REF! for a sheet that does not exist', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1').setValue('=Missing!A1');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  it('evaluates named ranges in formulas and keeps them on their cells', () => {
    const { spreadsheet, sheet, workspace } = sheetsWorkspace();
    sheet.getRange('B1:B3').setValues([[10], [20], [30]]);
    spreadsheet.setNamedRange('Budget', sheet.getRange('B1:B3'));
    sheet.getRange('C1').setValue('=SUM(Budget)');
    expect(sheet.getRange('C1').getValue()).toBe(60);
    sheet.insertRowsBefore(1, 2);
    expect(workspace.inspect.namedRanges()).toEqual({ Budget: 'Sheet1!B3:B5' });
    expect(spreadsheet.getRangeByName('Budget').getA1Notation()).toBe('B3:B5');
    expect(spreadsheet.getRangeByName('budget').getValues()).toEqual([[10], [20], [30]]);
    expect(spreadsheet.getNamedRanges().map((n: { getName(): string }) => n.getName())).toEqual(['Budget']);
    spreadsheet.removeNamedRange('Budget');
    expect(spreadsheet.getRangeByName('Budget')).toBeNull();
    expect(sheet.getRange('C3').getValue()).toBe('#NAME?');
  });

  it('refuses names Sheets would refuse', () => {
    const { spreadsheet, sheet } = sheetsWorkspace();
    expect(() => spreadsheet.setNamedRange('A1', sheet.getRange('A1'))).toThrow('is not a valid range name');
    expect(() => spreadsheet.setNamedRange('two words', sheet.getRange('A1'))).toThrow('is not a valid range name');
  });

  it('supports whole-column criteria and lookup functions', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B5').setValues([['Platform', 'Views'], ['IG', 100], ['TT', 250], ['IG', 50], ['YT', 'n/a']]);
    const formulas = [
      '=COUNTIFS($A:$A,"IG")', '=SUMIFS($B:$B,$A:$A,"IG")', '=MEDIAN(B2:B4)', '=IFERROR(1/0,"none")',
      '=ISNUMBER(B5)', '=AND(B2>0,B3>0)', '=OR(FALSE,TRUE)', '=INDEX(A2:A5,MATCH(250,B2:B5,0))', '=IF(TRUE,"yes","no")',
    ];
    sheet.getRange(1, 4, 1, formulas.length).setValues([formulas]);
    expect(sheet.getRange(1, 4, 1, formulas.length).getValues()[0]).toEqual([2, 150, 100, 'none', false, true, true, 'TT', 'yes']);
  });

  it('reads TODAY() and NOW() from the workspace clock in the spreadsheet time zone', () => {
    const { sheet } = sheetsWorkspace({ now: () => new Date('2024-05-01T02:30:00Z'), timeZone: 'America/Los_Angeles' });
    sheet.getRange('A1:B1').setValues([['=TODAY()', '=NOW()']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('4/30/2024');
    expect(sheet.getRange('B1').getValue()).toEqual(new Date('2024-05-01T02:30:00Z'));
  });

  it('formats TEXT() with Sheets number formats', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:D1').setValues([['=TEXT(0.25,"0%")', '=TEXT(1234.5,"#,##0.00")', '=TEXT(DATE(2024,1,5),"yyyy-mm-dd")', '=TEXT(45413,"d mmm yyyy")']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['25%', '1,234.50', '2024-01-05', '1 May 2024']]);
  });
});
