// Spreadsheet and sheet structure: sheets by name, A1 forms, data range, inserting and deleting rows,
// appending, layout (frozen rows, widths, hidden columns) and clearing.
import { describe, expect, it } from 'vitest';
import { sheetsWorkspace } from './fixtures.ts';

describe('spreadsheet and sheets', () => {
  it('creates, finds, renames and deletes sheets with Sheets rules', () => {
    const { spreadsheet, workspace } = sheetsWorkspace();
    expect(spreadsheet.getName()).toBe('Campaign');
    expect(spreadsheet.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${spreadsheet.getId()}/edit`);
    const kpis = spreadsheet.insertSheet('KPIs');
    expect(spreadsheet.getActiveSheet().getName()).toBe('KPIs');
    expect(() => spreadsheet.insertSheet('kpis')).toThrow('A sheet with the name "kpis" already exists. Please enter another name.');
    expect(spreadsheet.getSheetByName('kpis').getSheetId()).toBe(kpis.getSheetId());
    expect(spreadsheet.getSheetByName('Nope')).toBeNull();
    spreadsheet.insertSheet('First', 0);
    expect(workspace.inspect.sheetNames()).toEqual(['First', 'Sheet1', 'KPIs']);
    expect(kpis.getIndex()).toBe(3);
    expect(() => kpis.setName('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
    spreadsheet.deleteSheet(kpis);
    expect(workspace.inspect.sheetNames()).toEqual(['First', 'Sheet1']);
    expect(spreadsheet.getSheets()[1].getSheetId()).toBe(0);
  });

  it('gives stable ids: the same spreadsheet name yields the same id in a new workspace', () => {
    expect(sheetsWorkspace().spreadsheet.getId()).toBe(sheetsWorkspace().spreadsheet.getId());
    expect(sheetsWorkspace().spreadsheet.getId()).toMatch(/^[\w-]{44}$/);
  });

  it('reads A1 forms, including open-ended ranges and sheet-qualified ones', () => {
    const { spreadsheet, sheet } = sheetsWorkspace();
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('3:4').getNumColumns()).toBe(26);
    expect(sheet.getRange('$b$2').getA1Notation()).toBe('B2');
    spreadsheet.insertSheet('My Data').getRange('C3').setValue(7);
    expect(spreadsheet.getRange("'My Data'!C3").getValue()).toBe(7);
    expect(() => spreadsheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('computes the data range from cells with content only', () => {
    const { sheet } = sheetsWorkspace();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setBackground('red');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B4').setValue('=1+1');
    sheet.getRange('D2').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 4]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D4');
  });

  it('reads the data range in one call with getSheetValues and -1, refusing a block of no rows as getRange does', () => {
    const { sheet } = sheetsWorkspace();
    expect(() => sheet.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    sheet.getRange('B4').setValue('=""');
    sheet.getRange('C2').setValue('x');
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([['', 'x'], ['', ''], ['', '']]);
    expect(sheet.getSheetValues(2, 3, 1, 1)).toEqual([['x']]);
    expect(() => sheet.getSheetValues(0, 1, -1, -1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getSheetValues(1, 5, -1, -1)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => (sheet.getSheetValues as (...a: unknown[]) => unknown)(1, 1, -1)).toThrow();
  });

  it('moves values, formats and formulas when rows and columns are inserted or deleted', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:A3').setValues([[1], [2], ['=SUM(A1:A2)']]);
    sheet.getRange('A2').setNumberFormat('0.00');
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A4').getDisplayValue()).toBe('2.00');
    expect(sheet.getRange('A5').getFormula()).toBe('=SUM(A1:A4)');
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B5').getValue()).toBe(3);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('B3').getFormula()).toBe('=SUM(B1:B2)');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('appends rows below the last one, growing a full sheet', () => {
    const { sheet } = sheetsWorkspace();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', '=B1*2']);
    expect(sheet.getDataRange().getValues()).toEqual([['a', 1], ['b', 2]]);
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['overflow']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001').getValue()).toBe('overflow');
  });

  it('keeps frozen panes, column widths and hidden columns', () => {
    const { sheet, workspace } = sheetsWorkspace();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidths(1, 2, 180);
    sheet.hideColumns(4, 2);
    sheet.getRange('C1').setValue('a long header text');
    sheet.autoResizeColumns(3, 1);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(6)]).toEqual([180, 180, 100]);
    expect(sheet.getColumnWidth(3)).toBeGreaterThan(100);
    expect(workspace.inspect.hiddenColumns('Sheet1')).toEqual([4, 5]);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
  });

  it('clears contents only, or contents and formats', () => {
    const { sheet } = sheetsWorkspace();
    sheet.getRange('A1:B1').setValues([[1, 2]]).setBackground('#FF0000').setNote('n');
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 2]]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.clear();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNote()).toBe('n');
  });
});
