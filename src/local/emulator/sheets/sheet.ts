// SpreadsheetApp Sheet: identity, ranges (row/column and A1 overloads), grid size, row and column insertion
// and deletion, appending and clearing. Layout, rules, protections and charts live in sheet-layout.ts.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { toContents, writeContents } from './cell-io.ts';
import { addMetadata, registerSheetWrapper, trackedMetadata, type FakeDeveloperMetadata } from './developer-metadata.ts';
import type { SheetModel } from './model.ts';
import { FakeRange, trackedRange } from './range.ts';
import { rangeListOf, type FakeRangeList } from './range-list.ts';
import { SheetLayout } from './sheet-layout.ts';

export function trackedSheet(ctx: WorkspaceContext, sheet: SheetModel): FakeSheet {
  return ctx.track('Spreadsheet.Sheet', new FakeSheet(ctx, sheet));
}

export class FakeSheet extends SheetLayout {
  private _checkPositions(method: string, args: unknown[]): void {
    if (!args.every((n) => typeof n === 'number' && Number.isFinite(n))) throw signatureMismatch(`SpreadsheetApp.Sheet.${method}`, args);
  }

  getName(): string { return this._sheet.name; }
  getSheetId(): number { return this._sheet.sheetId; }
  getIndex(): number { return this._sheet.spreadsheet.sheets.indexOf(this._sheet) + 1; }
  getMaxRows(): number { return this._sheet.maxRows; }
  getMaxColumns(): number { return this._sheet.maxColumns; }

  setName(name: string): this {
    if (typeof name !== 'string') throw signatureMismatch('SpreadsheetApp.Sheet.setName', [name]);
    this._sheet.spreadsheet.renameSheet(this._sheet, name);
    return this;
  }


  activate(): this {
    this._sheet.spreadsheet.activeSheet = this._sheet;
    return this;
  }

  /** getRange(a1) or getRange(row, column[, numRows[, numColumns]]), with Apps Script's argument checks. */
  getRange(...args: unknown[]): FakeRange {
    if (args.length === 1 && typeof args[0] === 'string') return trackedRange(this._ctx, this._sheet.range(args[0]));
    if (args.length < 2 || args.length > 4 || !args.every((a) => typeof a === 'number')) throw signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.trunc);
    if (row! < 1) throw new AppsScriptException('The starting row of the range is too small.');
    if (column! < 1) throw new AppsScriptException('The starting column of the range is too small.');
    if (numRows < 1) throw new AppsScriptException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new AppsScriptException('The number of columns in the range must be at least 1.');
    return trackedRange(this._ctx, this._sheet.checkedRange(row!, column!, numRows, numColumns));
  }

  /** Ranges of this sheet by A1 notation, one handle: its setters apply one value to each range. */
  getRangeList(a1Notations: unknown): FakeRangeList { return rangeListOf(this._ctx, this._sheet, a1Notations); }

  getLastRow(): number { return this._sheet.spreadsheet.engine.contentExtent(this._sheet.engineId).lastRow; }
  getLastColumn(): number { return this._sheet.spreadsheet.engine.contentExtent(this._sheet.engineId).lastColumn; }

  getDataRange(): FakeRange {
    const { lastRow, lastColumn } = this._sheet.spreadsheet.engine.contentExtent(this._sheet.engineId);
    return trackedRange(this._ctx, this._sheet.checkedRange(1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1)));
  }

  /**
   * The values of a block in one call: "A -1 value given as the row or column position is equivalent to getting the
   * very last row or column that has data in the sheet" (Sheet.getSheetValues reference). Read strictly: -1 is taken
   * for the number of rows or columns only (through the last row or column with data, as getDataRange reaches), and a
   * block of no rows (an empty sheet) is refused as getRange refuses it; the add-on falls back to getDataRange then.
   */
  getSheetValues(startRow: unknown, startColumn: unknown, numRows: unknown, numColumns: unknown): unknown[][] {
    const args = [startRow, startColumn, numRows, numColumns];
    if (!args.every((n) => typeof n === 'number' && Number.isFinite(n))) throw signatureMismatch('SpreadsheetApp.Sheet.getSheetValues', args);
    const [row, column, rows, columns] = (args as number[]).map(Math.trunc) as [number, number, number, number];
    if (row < 1) throw new AppsScriptException('The starting row of the range is too small.');
    if (column < 1) throw new AppsScriptException('The starting column of the range is too small.');
    const extent = this._sheet.spreadsheet.engine.contentExtent(this._sheet.engineId);
    const numRowsRead = rows === -1 ? extent.lastRow - row + 1 : rows;
    const numColumnsRead = columns === -1 ? extent.lastColumn - column + 1 : columns;
    if (numRowsRead < 1) throw new AppsScriptException('The number of rows in the range must be at least 1.');
    if (numColumnsRead < 1) throw new AppsScriptException('The number of columns in the range must be at least 1.');
    return new FakeRange(this._ctx, this._sheet.checkedRange(row, column, numRowsRead, numColumnsRead)).getValues();
  }

  insertRowsAfter(afterPosition: number, howMany: number): this { return this._insertRows('insertRowsAfter', afterPosition, howMany); }
  insertRowsBefore(beforePosition: number, howMany: number): this { return this._insertRows('insertRowsBefore', beforePosition - 1, howMany); }
  insertColumnsAfter(afterPosition: number, howMany: number): this { return this._insertColumns('insertColumnsAfter', afterPosition, howMany); }
  insertColumnsBefore(beforePosition: number, howMany: number): this { return this._insertColumns('insertColumnsBefore', beforePosition - 1, howMany); }

  private _insertRows(method: string, at: number, count: number): this {
    this._checkPositions(method, [at, count]);
    if (at < 0 || at > this._sheet.maxRows || count < 1) throw new AppsScriptException('Those rows are out of bounds.');
    this._sheet.insertRows(at, count);
    return this;
  }

  private _insertColumns(method: string, at: number, count: number): this {
    this._checkPositions(method, [at, count]);
    if (at < 0 || at > this._sheet.maxColumns || count < 1) throw new AppsScriptException('Those columns are out of bounds.');
    this._sheet.insertColumns(at, count);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this._checkPositions('deleteRows', [rowPosition, howMany]);
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._sheet.maxRows) throw new AppsScriptException('Those rows are out of bounds.');
    if (howMany >= this._sheet.maxRows) throw new AppsScriptException('Sorry, it is not possible to delete all non-frozen rows.');
    this._sheet.deleteRows(rowPosition - 1, howMany);
  }

  /** "Deletes a number of columns starting at the given column position" (Sheet.deleteColumns reference), as deleteRows. */
  deleteColumns(columnPosition: number, howMany: number): void {
    this._checkPositions('deleteColumns', [columnPosition, howMany]);
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._sheet.maxColumns) throw new AppsScriptException('Those columns are out of bounds.');
    if (howMany >= this._sheet.maxColumns) throw new AppsScriptException('Sorry, it is not possible to delete all non-frozen columns.');
    this._sheet.deleteColumns(columnPosition - 1, howMany);
  }




  /** Writes one row below the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this.getLastRow() + 1;
    if (row > this._sheet.maxRows) this._sheet.insertRows(this._sheet.maxRows, row - this._sheet.maxRows);
    if (rowContents.length > this._sheet.maxColumns) this._sheet.insertColumns(this._sheet.maxColumns, rowContents.length - this._sheet.maxColumns);
    const range = this._sheet.checkedRange(row, 1, 1, rowContents.length);
    const invalid = () => signatureMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    writeContents(range, toContents(range, [rowContents], invalid));
    return this;
  }

  private _whole(): FakeRange {
    return new FakeRange(this._ctx, this._sheet.checkedRange(1, 1, this._sheet.maxRows, this._sheet.maxColumns));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._whole().clear(options);
    return this;
  }



  addDeveloperMetadata(...args: unknown[]): this {
    addMetadata(this._sheet, args);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._sheet.developerMetadata.map((spec) => trackedMetadata(this._ctx, this._sheet, spec));
  }
}

registerSheetWrapper(trackedSheet);
