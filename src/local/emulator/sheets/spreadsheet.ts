// SpreadsheetApp Spreadsheet: identity, sheets (insert, find, delete, activate), named ranges, A1 ranges
// with sheet names, protections, time zone and toasts.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import type { WorkspaceContext } from '../context.ts';
import { enumName } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { unwrap } from '../tracked.ts';
import type { SheetModel, SpreadsheetModel } from './model.ts';
import { defineName, removeName, trackedNamedRange, type FakeNamedRange } from './named-range.ts';
import { trackedProtection } from './protection.ts';
import { gridOf, trackedRange, type FakeRange } from './range.ts';
import { FakeSheet, trackedSheet } from './sheet.ts';

export function trackedSpreadsheet(ctx: WorkspaceContext, spreadsheet: SpreadsheetModel): FakeSpreadsheet {
  return ctx.track('Spreadsheet.Spreadsheet', new FakeSpreadsheet(ctx, spreadsheet));
}

export class FakeSpreadsheet {
  constructor(private readonly _ctx: WorkspaceContext, readonly _model: SpreadsheetModel) {}

  private _sheetOf(sheet: unknown, method: string): SheetModel {
    const fake = unwrap(sheet);
    if (!(fake instanceof FakeSheet) || fake._sheet.spreadsheet !== this._model) throw signatureMismatch(`SpreadsheetApp.Spreadsheet.${method}`, [sheet]);
    return fake._sheet;
  }

  getId(): string { return this._model.id; }
  getName(): string { return this._model.name; }
  getUrl(): string { return this._model.url; }
  getSpreadsheetTimeZone(): string { return this._model.timeZone; }
  getSpreadsheetLocale(): string { return this._model.locale; }

  /**
   * "en_US", "de_DE"…: how typed numbers and dates are read from now on (existing cells keep their values).
   * Google documents the format (language, or language and country) but not its refusal; strict: anything else throws.
   */
  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw new AppsScriptException(`Invalid argument: ${String(locale)}`);
    this._model.locale = locale;
  }
  getNumSheets(): number { return this._model.sheets.length; }



  getSheets(): FakeSheet[] { return this._model.sheets.map((s) => trackedSheet(this._ctx, s)); }

  getSheetByName(name: string): FakeSheet | null {
    const sheet = this._model.sheetByName(String(name));
    return sheet ? trackedSheet(this._ctx, sheet) : null;
  }


  /** insertSheet(), insertSheet(index), insertSheet(name) or insertSheet(name, index); the new sheet becomes active. */
  insertSheet(...args: unknown[]): FakeSheet {
    const [first, second] = args;
    const named = typeof first === 'string';
    const index = named ? second : first;
    if (args.length > 2 || (index !== undefined && typeof index !== 'number') || (!named && args.length > 1)) {
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.insertSheet', args);
    }
    if (typeof index === 'number' && (index < 0 || index > this._model.sheets.length)) {
      throw new AppsScriptException(`The sheet index ${index} is out of range.`);
    }
    const sheet = this._model.addSheet(named ? (first as string) : this._model.nextSheetName(), index as number | undefined);
    this._model.activeSheet = sheet;
    return trackedSheet(this._ctx, sheet);
  }

  deleteSheet(sheet: unknown): void { this._model.removeSheet(this._sheetOf(sheet, 'deleteSheet')); }

  getActiveSheet(): FakeSheet { return trackedSheet(this._ctx, this._model.activeSheet); }


  /** "A1:B2" on the active sheet, or "'Sheet name'!A1:B2". */
  getRange(a1Notation: string): FakeRange {
    if (typeof a1Notation !== 'string') throw signatureMismatch('SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    return trackedRange(this._ctx, this._model.activeSheet.range(a1Notation));
  }

  getRangeByName(name: string): FakeRange | null {
    const range = this._model.namedRange(String(name));
    return range ? trackedRange(this._ctx, range) : null;
  }

  getNamedRanges(): FakeNamedRange[] {
    return this._model.namedRanges.filter((n) => this._model.namedRange(n)).map((n) => trackedNamedRange(this._ctx, this._model, n));
  }

  setNamedRange(name: string, range: unknown): void {
    if (typeof name !== 'string') throw signatureMismatch('SpreadsheetApp.Spreadsheet.setNamedRange', [name, range]);
    defineName(this._model, name, gridOf(range, 'SpreadsheetApp.Spreadsheet.setNamedRange'));
  }

  removeNamedRange(name: string): void { removeName(this._model, String(name)); }

  getProtections(type: unknown): unknown[] {
    const name = enumName(type);
    if (name !== 'RANGE' && name !== 'SHEET') throw signatureMismatch('SpreadsheetApp.Spreadsheet.getProtections', [type]);
    return this._model.sheets.flatMap((s) => s.protections.filter((p) => p.type === name)).map((p) => trackedProtection(this._ctx, p));
  }

  /** Shows a toast; a null or missing timeout means Sheets' default of 5 seconds. */
  toast(msg: unknown, title: unknown = '', timeoutSeconds: unknown = null): void {
    this._ctx.ui.toasts.push({ message: String(msg), title: String(title ?? ''), timeoutSeconds: timeoutSeconds === null ? 5 : Number(timeoutSeconds) });
  }
}
