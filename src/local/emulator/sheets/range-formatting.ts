// The per-cell attributes Sheets keeps beside values (number formats, colours, fonts, notes, validation,
// checkboxes). FakeRange (range.ts) extends this class so each file stays readable.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range
import type { WorkspaceContext } from '../context.ts';
import { signatureMismatch } from '../errors.ts';
import { unwrap } from '../tracked.ts';
import { assertShape, readBlock, retypeNumbers, writeContents } from './cell-io.ts';
import { normalizeColor } from './colors.ts';
import { FakeDataValidation } from './data-validation.ts';
import type { CellAttributes, GridRange, ValidationSpec } from './model.ts';

type Convert<K extends keyof CellAttributes> = (value: unknown) => CellAttributes[K] | undefined;

const text = (method: string) => (v: unknown) => {
  if (v !== null && typeof v !== 'string') throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
  return v === null ? undefined : (v as string);
};
const color = (method: string) => (v: unknown) => normalizeColor(text(method)(v) ?? null);
const flag = (method: string) => (v: unknown) => {
  if (typeof v !== 'boolean') throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [v]);
  return v;
};

export class RangeFormatting {
  constructor(protected readonly _ctx: WorkspaceContext, readonly _grid: GridRange) {}

  protected _set<K extends keyof CellAttributes>(attribute: K, valueAt: (r: number, c: number) => CellAttributes[K] | undefined): void {
    const { sheet, row, column, numRows, numColumns } = this._grid;
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numColumns; c++) sheet.cells[attribute].set(row - 1 + r, column - 1 + c, valueAt(r, c));
  }

  protected _uniform<K extends keyof CellAttributes>(attribute: K, value: unknown, convert: Convert<K>): this {
    const stored = convert(value);
    this._set(attribute, () => stored);
    return this;
  }

  protected _perCell<K extends keyof CellAttributes>(attribute: K, data: unknown, method: string, convert: Convert<K>): this {
    assertShape(this._grid, data, `SpreadsheetApp.Range.${method}`);
    const stored = data.map((line) => line.map(convert));
    this._set(attribute, (r, c) => stored[r]?.[c]);
    return this;
  }

  protected _read<K extends keyof CellAttributes, T>(attribute: K, fallback: T, convert: (value: CellAttributes[K]) => T = (v) => v as T): T[][] {
    const { sheet, row, column, numRows, numColumns } = this._grid;
    return Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => {
      const value = sheet.cells[attribute].get(row - 1 + r, column - 1 + c);
      return value === undefined ? fallback : convert(value);
    }));
  }

  setNumberFormat(format: unknown): this {
    this._uniform('numberFormat', format, text('setNumberFormat'));
    retypeNumbers(this._grid);
    return this;
  }

  setNumberFormats(formats: unknown): this {
    this._perCell('numberFormat', formats, 'setNumberFormats', text('setNumberFormats'));
    retypeNumbers(this._grid);
    return this;
  }

  setBackground(value: unknown): this { return this._uniform('background', value, color('setBackground')); }
  setBackgrounds(values: unknown): this { return this._perCell('background', values, 'setBackgrounds', color('setBackgrounds')); }
  getBackground(): string { return this.getBackgrounds()[0]?.[0] as string; }
  getBackgrounds(): string[][] { return this._read('background', '#ffffff'); }


  setFontWeight(value: unknown): this { return this._uniform('fontWeight', value, text('setFontWeight')); }
  getFontWeights(): string[][] { return this._read('fontWeight', 'normal'); }


  setHorizontalAlignment(value: unknown): this { return this._uniform('horizontalAlignment', value, text('setHorizontalAlignment')); }


  setWrap(value: unknown): this { return this._uniform('wrap', value, flag('setWrap')); }

  setNote(note: unknown): this { return this._uniform('note', note, (v) => (v === null || v === '' ? undefined : String(v))); }
  setNotes(notes: unknown): this { return this._perCell('note', notes, 'setNotes', (v) => (v === null || v === '' ? undefined : String(v))); }
  getNote(): string { return this.getNotes()[0]?.[0] as string; }
  getNotes(): string[][] { return this._read('note', ''); }

  /** Formats set on the cells, else the one Sheets applies to a formula's result (=TODAY() is a date). */
  getNumberFormats(): string[][] { return readBlock(this._grid).formats; }

  setDataValidation(rule: unknown): this { return this._uniform('validation', rule, this._toRule('setDataValidation')); }
  setDataValidations(rules: unknown): this { return this._perCell('validation', rules, 'setDataValidations', this._toRule('setDataValidations')); }
  getDataValidation(): FakeDataValidation | null { return this.getDataValidations()[0]?.[0] ?? null; }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._read('validation', null, (spec) => this._ctx.track('Spreadsheet.DataValidation', new FakeDataValidation(this._ctx, spec)));
  }

  private _toRule(method: string): Convert<'validation'> {
    return (value) => {
      if (value === null) return undefined;
      const rule = unwrap(value);
      if (!(rule instanceof FakeDataValidation)) throw signatureMismatch(`SpreadsheetApp.Range.${method}`, [value]);
      return rule._rule;
    };
  }

  /**
   * Checkbox validation, and the unchecked value in cells that are empty: FALSE, or the custom one given
   * second (with a single custom checked value, unchecked is the empty string, so empty cells stay empty).
   */
  insertCheckboxes(...values: unknown[]): this {
    if (values.length > 2) throw signatureMismatch('SpreadsheetApp.Range.insertCheckboxes', values);
    const rule: ValidationSpec = { criteria: 'CHECKBOX', args: values, allowInvalid: true, helpText: '' };
    this._set('validation', () => rule);
    const unchecked = values.length === 0 ? false : values[1];
    if (unchecked === undefined) return this;
    const { sheet, row, column, numRows, numColumns } = this._grid;
    const engine = sheet.spreadsheet.engine;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) {
        if (!engine.isEmpty(sheet.engineId, row - 1 + r, column - 1 + c)) continue;
        const cell = { ...this._grid, row: row + r, column: column + c, numRows: 1, numColumns: 1 };
        writeContents(cell, [[{ kind: 'value', value: unchecked as string | number | boolean }]]);
      }
    }
    return this;
  }
}
