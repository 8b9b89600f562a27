// SpreadsheetApp Range: reading and writing values and formulas, geometry (A1, offset), clearing, protecting.
// Formatting, notes and validation live in the base class (range-formatting.ts).
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range
import type { WorkspaceContext } from '../context.ts';
import { signatureMismatch } from '../errors.ts';
import { unwrap } from '../tracked.ts';
import { a1Notation } from './a1-notation.ts';
import { ENGINE_MAX_COLUMNS, ENGINE_MAX_ROWS } from './formula-engine.ts';
import { fromR1C1, referencesInGrid } from './r1c1.ts';
import { assertShape, displayValue, readBlock, scriptValue, toContents, writeContents } from './cell-io.ts';
import type { GridRange } from './model.ts';
import { trackedProtection } from './protection.ts';
import { RangeFormatting } from './range-formatting.ts';
import { trackedSheet, type FakeSheet } from './sheet.ts';

export function trackedRange(ctx: WorkspaceContext, grid: GridRange): FakeRange {
  return ctx.track('Spreadsheet.Range', new FakeRange(ctx, grid));
}

/** The cells behind a Range the add-on passed in; anything else breaks the method's signature. */
export function gridOf(range: unknown, qualifiedMethod: string): GridRange {
  const fake = unwrap(range);
  if (!(fake instanceof FakeRange)) throw signatureMismatch(qualifiedMethod, [range]);
  return fake._grid;
}

const FORMAT_ATTRIBUTES = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'horizontalAlignment', 'verticalAlignment', 'wrap'] as const;

export class FakeRange extends RangeFormatting {
  private _invalid(method: string, args: unknown[]) {
    return () => signatureMismatch(`SpreadsheetApp.Range.${method}`, args);
  }

  /** `oneFormula`: the values are one formula, relative to each cell (see FormulaEngine.setContents). */
  private _write(values: unknown[][], method: string, args: unknown[], oneFormula = false): this {
    writeContents(this._grid, toContents(this._grid, values, this._invalid(method, args)), oneFormula);
    return this;
  }

  private _filled<T>(value: T): T[][] {
    return Array.from({ length: this._grid.numRows }, () => new Array<T>(this._grid.numColumns).fill(value));
  }

  getA1Notation(): string {
    const { row, column, numRows, numColumns } = this._grid;
    return a1Notation(row, column, numRows, numColumns);
  }

  getRow(): number { return this._grid.row; }
  getColumn(): number { return this._grid.column; }
  getNumRows(): number { return this._grid.numRows; }
  getNumColumns(): number { return this._grid.numColumns; }
  getSheet(): FakeSheet { return trackedSheet(this._ctx, this._grid.sheet); }



  getValues(): unknown[][] {
    const { cells, formats } = readBlock(this._grid);
    const timeZone = this._grid.sheet.spreadsheet.timeZone;
    return cells.map((line, r) => line.map((cell, c) => scriptValue(cell, formats[r]?.[c] as string, timeZone)));
  }

  getValue(): unknown { return this.getValues()[0]?.[0]; }

  getDisplayValues(): string[][] {
    const { cells, formats } = readBlock(this._grid);
    return cells.map((line, r) => line.map((cell, c) => displayValue(cell, formats[r]?.[c] as string)));
  }

  getDisplayValue(): string { return this.getDisplayValues()[0]?.[0] as string; }

  getFormulas(): string[][] {
    const { sheet, row, column, numRows, numColumns } = this._grid;
    return sheet.spreadsheet.engine.formulas(sheet.engineId, row - 1, column - 1, numRows, numColumns);
  }

  getFormula(): string { return this.getFormulas()[0]?.[0] as string; }

  setValues(values: unknown): this {
    assertShape(this._grid, values, 'SpreadsheetApp.Range.setValues');
    return this._write(values, 'setValues', [values]);
  }

  /** Like Apps Script, a single value fills every cell of the range. */
  setValue(value: unknown): this {
    return this._write(this._filled(value), 'setValue', [value]);
  }


  setFormula(formula: unknown): this {
    if (typeof formula !== 'string') throw signatureMismatch('SpreadsheetApp.Range.setFormula', [formula]);
    if (this._grid.numRows * this._grid.numColumns > 1) {
      // Sheets shifts relative references cell by cell here; the local Workspace doesn't emulate that.
      throw new Error('local Workspace: Range.setFormula on more than one cell is not emulated; use setFormulas');
    }
    return this._write([[formula]], 'setFormula', [formula]);
  }

  /**
   * One R1C1 formula for every cell of the range ("Sets a formula for the given range. The formula must be in R1C1
   * notation", Range.setFormulaR1C1): relative references mean the same offsets from each cell.
   */
  setFormulaR1C1(formula: unknown): this {
    if (typeof formula !== 'string') throw signatureMismatch('SpreadsheetApp.Range.setFormulaR1C1', [formula]);
    const { row, column, numRows, numColumns } = this._grid;
    const cells = Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => fromR1C1(formula, row + r, column + c)));
    const last = { row: row + numRows - 1, column: column + numColumns - 1 };
    return this._write(cells, 'setFormulaR1C1', [formula], referencesInGrid(formula, { row, column }, last, ENGINE_MAX_ROWS, ENGINE_MAX_COLUMNS));
  }

  clearContent(): this {
    const { sheet, row, column } = this._grid;
    sheet.spreadsheet.engine.setContents(sheet.engineId, row - 1, column - 1, this._filled(null));
    return this;
  }

  /** Contents and formats by default; the options object picks parts, as in Range.clear(options). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    const everything = !options || !(options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    if (everything || options?.contentsOnly) this.clearContent();
    if (everything || options?.formatOnly) for (const attribute of FORMAT_ATTRIBUTES) this._set(attribute, () => undefined);
    if (options?.commentsOnly) this._set('note', () => undefined);
    if (options?.validationsOnly) this._set('validation', () => undefined);
    return this;
  }

  protect(): unknown {
    const spec = { type: 'RANGE' as const, range: { ...this._grid }, description: '', warningOnly: false };
    this._grid.sheet.protections.push(spec);
    return trackedProtection(this._ctx, spec);
  }
}
