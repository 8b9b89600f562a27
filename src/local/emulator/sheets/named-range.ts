// Spreadsheet named ranges: names the formula engine knows (so =SUM(Budget) works) and that follow the
// cells they name when sheets are renamed or rows inserted.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/named-range
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException } from '../errors.ts';
import { SpreadsheetModel, type GridRange } from './model.ts';
import { gridOf, trackedRange } from './range.ts';

export function trackedNamedRange(ctx: WorkspaceContext, spreadsheet: SpreadsheetModel, name: string): FakeNamedRange {
  return ctx.track('Spreadsheet.NamedRange', new FakeNamedRange(ctx, spreadsheet, name));
}

/** Creates or moves a name; Sheets names must be identifiers that don't look like cell references. */
export function defineName(spreadsheet: SpreadsheetModel, name: string, range: GridRange): void {
  const expression = SpreadsheetModel.nameExpression(range);
  const known = spreadsheet.namedRanges.find((n) => n.toLowerCase() === name.toLowerCase());
  if (!known && !spreadsheet.engine.canName(name, expression)) {
    throw new AppsScriptException(`The name "${name}" is not a valid range name.`);
  }
  spreadsheet.engine.setName(known ?? name, expression);
  if (!known) spreadsheet.namedRanges.push(name);
}

export function removeName(spreadsheet: SpreadsheetModel, name: string): void {
  const index = spreadsheet.namedRanges.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  spreadsheet.engine.removeName(spreadsheet.namedRanges[index] as string);
  spreadsheet.namedRanges.splice(index, 1);
}

export class FakeNamedRange {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _spreadsheet: SpreadsheetModel, private readonly _name: string) {}

  getName(): string { return this._name; }

  getRange(): unknown {
    const range = this._spreadsheet.namedRange(this._name);
    if (!range) throw new AppsScriptException('Range not found');
    return trackedRange(this._ctx, range);
  }

  setRange(range: unknown): this {
    defineName(this._spreadsheet, this._name, gridOf(range, 'SpreadsheetApp.NamedRange.setRange'));
    return this;
  }

}
