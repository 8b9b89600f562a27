// The CallLog's classes, cell counts and flushes, which the benchmark's cost model and the round-trip budgets rely on.
import { describe, expect, it } from 'vitest';
import { classifyCall } from '../../../src/local/emulator/call-classes.ts';
import { workspaceContext } from '../../../src/local/emulator/index.ts';
import { sheetsWorkspace } from './fixtures.ts';

describe('call classes', () => {
  it('tells round trips from buffered writes and local calls', () => {
    expect(classifyCall('Spreadsheet.Range', 'getValues')).toBe('sheetRead');
    expect(classifyCall('Spreadsheet.Range', 'setValues')).toBe('sheetWrite');
    expect(classifyCall('Spreadsheet.Range', 'getRow')).toBe('local');
    expect(classifyCall('Spreadsheet.Sheet', 'getRange')).toBe('local');
    expect(classifyCall('Spreadsheet.Sheet', 'getDataRange')).toBe('sheetRead');
    expect(classifyCall('Spreadsheet.Sheet', 'getSheetValues')).toBe('sheetRead');
    expect(classifyCall('Spreadsheet.Sheet', 'insertRowsAfter')).toBe('sheetWrite');
    expect(classifyCall('Spreadsheet.Spreadsheet', 'getSheets')).toBe('sheetRead');
    expect(classifyCall('Spreadsheet.Spreadsheet', 'setNamedRange')).toBe('sheetWrite');
    expect(classifyCall('Spreadsheet.DataValidationBuilder', 'requireValueInList')).toBe('local');
    expect(classifyCall('Spreadsheet.SpreadsheetApp', 'newDataValidation')).toBe('local');
    expect(classifyCall('Spreadsheet.SpreadsheetApp', 'flush')).toBe('flush');
    expect(classifyCall('Properties.Properties', 'getProperty')).toBe('propertiesRead');
    expect(classifyCall('Properties.Properties', 'setProperty')).toBe('propertiesWrite');
    expect(classifyCall('Lock.Lock', 'tryLock')).toBe('lock');
    expect(classifyCall('Document.DocumentApp', 'openById')).toBe('open');
    expect(classifyCall('Document.Body', 'findText')).toBe('elementRead');
    expect(classifyCall('Document.Body', 'insertParagraph')).toBe('elementWrite');
    expect(classifyCall('Document.Document', 'saveAndClose')).toBe('save');
    expect(classifyCall('Docs.Collection.DocumentsCollection', 'batchUpdate')).toBe('restWrite');
    expect(classifyCall('Docs.Collection.DocumentsCollection', 'get')).toBe('restRead');
    expect(classifyCall('Drive_v3.Drive.V3.Collection.FilesCollection', 'copy')).toBe('fileCopy');
    expect(classifyCall('Slides.Slide', 'insertSheetsChartAsImage')).toBe('elementWrite');
    expect(classifyCall('Utilities.Utilities', 'formatDate')).toBe('local');
  });
});

describe('CallLog', () => {
  it('counts the cells a range call reads or writes', () => {
    const { workspace, sheet } = sheetsWorkspace();
    const cost = workspace.calls.measure(() => {
      sheet.getRange(1, 1, 3, 4).setValues([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
      sheet.getRange(1, 1, 2, 2).getValues();
      sheet.getRange('A1:B1').clearContent();
    });
    expect(cost.cellsWritten).toBe(12);
    expect(cost.cellsRead).toBe(4);
    expect(cost.byClass).toEqual({ local: 3, sheetWrite: 2, sheetRead: 1 });
    expect(cost.roundTrips).toBe(1);
    expect(cost.total).toBe(6);
  });

  it('counts the cells getSheetValues returns, its -1 reaching the last row and column with data', () => {
    const { workspace, sheet } = sheetsWorkspace();
    sheet.getRange(1, 1, 3, 4).setValues([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    const cost = workspace.calls.measure(() => sheet.getSheetValues(1, 1, -1, -1));
    expect(cost.cellsRead).toBe(12);
    expect(cost.roundTrips).toBe(1);
  });

  it('counts a flush when a read follows pending writes, and none for reads alone', () => {
    const { workspace, sheet } = sheetsWorkspace();
    const range = sheet.getRange('A1');
    const cost = workspace.calls.measure(() => {
      range.getValues();
      range.setValue(1);
      range.setValue(2);
      range.getValues(); // flushes both writes
      range.getValues();
      range.setValue(3);
      range.getFormulas(); // flushes again
    });
    expect(cost.flushes).toBe(2);
  });

  it('counts a flush for SpreadsheetApp.flush and at the end of an execution only when writes are pending', () => {
    const { workspace, sheet, SpreadsheetApp } = sheetsWorkspace();
    const ctx = workspaceContext(workspace);
    const cost = workspace.calls.measure(() => {
      SpreadsheetApp.flush();
      sheet.getRange('A1').setValue(1);
      SpreadsheetApp.flush();
      sheet.getRange('A1').setValue(2);
      ctx.endExecution();
      ctx.endExecution();
    });
    expect(cost.flushes).toBe(2);
    expect(cost.executions).toBe(2);
  });
});
