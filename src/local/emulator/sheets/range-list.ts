// SpreadsheetApp RangeList: "A collection of one or more Range instances in the same sheet" (Sheet.getRangeList),
// whose setters apply one value to every range in the list (RangeList.setNumberFormat: "Sets the number format to
// each Range in the range list"), and clearContent clears each. Only the methods Debrief uses are here; the rest throw as not implemented.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range-list
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import type { GridRange, SheetModel } from './model.ts';
import { FakeRange, trackedRange } from './range.ts';

export function rangeListOf(ctx: WorkspaceContext, sheet: SheetModel, a1Notations: unknown): FakeRangeList {
  if (!Array.isArray(a1Notations) || !a1Notations.every((a) => typeof a === 'string')) throw signatureMismatch('SpreadsheetApp.Sheet.getRangeList', [a1Notations]);
  // The reference asks for "a non-empty list" and documents no message for an empty one: this wording is ours.
  if (a1Notations.length === 0) throw new AppsScriptException('The range list must contain at least one range.');
  return ctx.track('Spreadsheet.RangeList', new FakeRangeList(ctx, a1Notations.map((a1: string) => sheet.range(a1))));
}

export class FakeRangeList {
  constructor(private readonly _ctx: WorkspaceContext, readonly _grids: GridRange[]) {}

  private _each(apply: (range: FakeRange) => unknown): this {
    for (const grid of this._grids) apply(new FakeRange(this._ctx, grid));
    return this;
  }

  getRanges(): FakeRange[] { return this._grids.map((grid) => trackedRange(this._ctx, grid)); }
  setFormulaR1C1(formula: unknown): this { return this._each((r) => r.setFormulaR1C1(formula)); }
  setNumberFormat(format: unknown): this { return this._each((r) => r.setNumberFormat(format)); }
  /** "Sets the font weight for each Range in the range list" (RangeList.setFontWeight). */
  setFontWeight(fontWeight: unknown): this { return this._each((r) => r.setFontWeight(fontWeight)); }
  /** RangeList.clearContent: "Clears the content of each Range in the range list, leaving the formatting intact." */
  clearContent(): this { return this._each((r) => r.clearContent()); }
}
