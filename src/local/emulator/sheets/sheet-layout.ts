// Sheet-level layout and decorations: frozen panes, column widths and visibility, conditional format rules,
// protections and embedded charts. FakeSheet (sheet.ts) extends this class so each file stays readable.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { WorkspaceContext } from '../context.ts';
import { enumName } from '../enums.ts';
import { signatureMismatch } from '../errors.ts';
import { displayValue, readBlock } from './cell-io.ts';
import { chartOf, copyChartSpec, newChartBuilder, trackedChart, type FakeEmbeddedChart, type FakeEmbeddedChartBuilder } from './charts.ts';
import { FakeConditionalFormatRule, ruleSpecOf } from './conditional-format.ts';
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from './model.ts';
import { trackedProtection } from './protection.ts';

export class SheetLayout {
  constructor(protected readonly _ctx: WorkspaceContext, readonly _sheet: SheetModel) {}

  private _checkCount(method: string, args: unknown[]): void {
    if (!args.every((n) => typeof n === 'number' && n >= 0)) throw signatureMismatch(`SpreadsheetApp.Sheet.${method}`, args);
  }

  getFrozenRows(): number { return this._sheet.frozenRows; }
  getFrozenColumns(): number { return this._sheet.frozenColumns; }

  setFrozenRows(rows: number): void {
    this._checkCount('setFrozenRows', [rows]);
    this._sheet.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this._checkCount('setFrozenColumns', [columns]);
    this._sheet.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number { return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH; }

  setColumnWidth(columnPosition: number, width: number): this { return this.setColumnWidths(columnPosition, 1, width); }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._checkCount('setColumnWidths', [startColumn, numColumns, width]);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet.columnWidths.set(c, width);
    return this;
  }


  /** Fits columns to their longest displayed text (about 7 px a character plus padding). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._checkCount('autoResizeColumns', [startColumn, numColumns]);
    const rows = Math.max(this._sheet.spreadsheet.engine.contentExtent(this._sheet.engineId).lastRow, 1);
    const { cells, formats } = readBlock(this._sheet.checkedRange(1, startColumn, rows, numColumns));
    for (let c = 0; c < numColumns; c++) {
      const longest = Math.max(0, ...cells.map((line, r) => displayValue(line[c]!, formats[r]?.[c] as string).length));
      this._sheet.columnWidths.set(startColumn + c, Math.max(21, longest * 7 + 14));
    }
    return this;
  }


  hideColumns(columnIndex: number, numColumns = 1): void {
    this._checkCount('hideColumns', [columnIndex, numColumns]);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.add(c);
  }


  isColumnHiddenByUser(columnPosition: number): boolean { return this._sheet.hiddenColumns.has(columnPosition); }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this._sheet.conditionalRules.map((spec) => this._ctx.track('Spreadsheet.ConditionalFormatRule', new FakeConditionalFormatRule(this._ctx, spec)));
  }

  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules)) throw signatureMismatch('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this._sheet.conditionalRules = rules.map(ruleSpecOf);
  }


  /** The sheet's protection; an already protected sheet hands back its existing protection. */
  protect(): unknown {
    let spec = this._sheet.protections.find((p) => p.type === 'SHEET');
    if (!spec) {
      spec = { type: 'SHEET', range: { sheet: this._sheet, row: 1, column: 1, numRows: this._sheet.maxRows, numColumns: this._sheet.maxColumns }, description: '', warningOnly: false };
      this._sheet.protections.push(spec);
    }
    return trackedProtection(this._ctx, spec);
  }

  getProtections(type: unknown): unknown[] {
    const name = enumName(type);
    if (name !== 'RANGE' && name !== 'SHEET') throw signatureMismatch('SpreadsheetApp.Sheet.getProtections', [type]);
    return this._sheet.protections.filter((p) => p.type === name).map((p) => trackedProtection(this._ctx, p));
  }

  newChart(): FakeEmbeddedChartBuilder { return newChartBuilder(this._ctx, this._sheet); }

  getCharts(): FakeEmbeddedChart[] { return this._sheet.charts.map((spec) => trackedChart(this._ctx, this._sheet, spec)); }

  insertChart(chart: unknown): void {
    const spec = copyChartSpec(chartOf(chart, 'SpreadsheetApp.Sheet.insertChart')._spec);
    spec.chartId = this._sheet.spreadsheet.nextChartId();
    this._sheet.charts.push(spec);
  }

  updateChart(chart: unknown): void {
    const spec = chartOf(chart, 'SpreadsheetApp.Sheet.updateChart')._spec;
    const index = this._sheet.charts.findIndex((c) => c.chartId === spec.chartId);
    if (index < 0) throw signatureMismatch('SpreadsheetApp.Sheet.updateChart', [chart]);
    this._sheet.charts[index] = copyChartSpec(spec);
  }

  removeChart(chart: unknown): void {
    const fake = chartOf(chart, 'SpreadsheetApp.Sheet.removeChart');
    const index = this._sheet.charts.findIndex((c) => c.chartId === fake._spec.chartId);
    if (index >= 0) this._sheet.charts.splice(index, 1);
  }
}
