// Untracked views of the active spreadsheet and the workspace for tests, the CLI and the playground: what a
// person would see, without counting as Apps Script calls.
import type { LogEntry, WorkspaceContext } from './context.ts';
import { signatureMismatch } from './errors.ts';
import { renderChartSvg } from '../render/charts/chart-svg.ts';
import { a1Notation } from './sheets/a1-notation.ts';
import { chartData } from './sheets/chart-data.ts';
import { toContent, writeContents } from './sheets/cell-io.ts';
import { DEFAULT_COLUMN_WIDTH, type GridRange, type SheetModel, type SpreadsheetModel } from './sheets/model.ts';
import { FakeRange } from './sheets/range.ts';
import type { LockScope, LockTable } from './services/lock.ts';

export interface ChartInfo {
  chartId: number;
  type: string; // Charts.ChartType name, e.g. "COLUMN"
  ranges: string[]; // A1 notation, sheet-qualified when on another sheet
  title: string | null;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  options: Record<string, unknown>;
}

export interface ValidationInfo {
  criteria: string; // SpreadsheetApp.DataValidationCriteria name
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRuleInfo {
  ranges: string[];
  criteria: string; // SpreadsheetApp.BooleanCriteria name
  values: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean };
}

export interface ProtectionInfo {
  type: 'RANGE' | 'SHEET';
  range: string;
  description: string;
  warningOnly: boolean;
}

export interface WorkspaceInspector {
  spreadsheetId(): string | null;
  sheetNames(): string[];
  /** The tab the person is looking at (Sheet.activate() / setActiveSheet switch it, as in Sheets). */
  activeSheetName(): string;
  /** The data range as Range.getValues() / getFormulas() / getDisplayValues() / getNumberFormats() return it. */
  values(sheetName: string): unknown[][];
  formulas(sheetName: string): string[][];
  displayValues(sheetName: string): string[][];
  numberFormats(sheetName: string): string[][];
  notes(sheetName: string): string[][];
  backgrounds(sheetName: string): string[][];
  fontWeights(sheetName: string): string[][];
  /** A person typing into a cell: parsed like setValues, refused by strict validation rules. */
  setCell(sheetName: string, a1: string, input: unknown): void;
  /** A person renaming a tab; formulas that mention it follow, as in Sheets. */
  renameSheet(sheetName: string, newName: string): void;
  validation(sheetName: string, a1: string): ValidationInfo | null;
  conditionalRules(sheetName: string): ConditionalRuleInfo[];
  charts(sheetName: string): ChartInfo[];
  /** An embedded chart drawn from its spec and the cells it reads, as SVG (render/charts): what Sheets shows over the grid. */
  chartSvg(sheetName: string, chartId: number): string;
  protections(sheetName: string): ProtectionInfo[];
  namedRanges(): Record<string, string>;
  frozenRows(sheetName: string): number;
  frozenColumns(sheetName: string): number;
  columnWidth(sheetName: string, column: number): number;
  hiddenColumns(sheetName: string): number[];
  dimensions(sheetName: string): { maxRows: number; maxColumns: number; lastRow: number; lastColumn: number };
  logs(): LogEntry[];
  /** Simulates another execution holding a lock until releaseHeldLock. */
  holdLock(scope: LockScope): void;
  releaseHeldLock(scope: LockScope): void;
  /** Other services (Drive, Docs, Slides) add their own views. */
  [extension: string]: unknown;
}

function a1Of(range: GridRange, from: SheetModel): string {
  const a1 = a1Notation(range.row, range.column, range.numRows, range.numColumns);
  return range.sheet === from ? a1 : `${range.sheet.name}!${a1}`;
}

export function createInspector(ctx: WorkspaceContext, locks: LockTable): WorkspaceInspector {
  const spreadsheet = (): SpreadsheetModel => {
    if (!ctx.activeSpreadsheet) throw new Error('local Workspace: no spreadsheet yet; call createSpreadsheet first');
    return ctx.activeSpreadsheet;
  };
  const sheet = (name: string): SheetModel => {
    const found = spreadsheet().sheetByName(name);
    if (!found) throw new Error(`local Workspace: no sheet named "${name}"`);
    return found;
  };
  const dataRange = (name: string): FakeRange => {
    const model = sheet(name);
    const { lastRow, lastColumn } = model.spreadsheet.engine.contentExtent(model.engineId);
    return new FakeRange(ctx, model.checkedRange(1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1)));
  };
  const lockKey = (scope: LockScope) => (scope === 'document' ? `document:${spreadsheet().id}` : scope);

  return {
    spreadsheetId: () => ctx.activeSpreadsheet?.id ?? null,
    sheetNames: () => spreadsheet().sheets.map((s) => s.name),
    activeSheetName: () => spreadsheet().activeSheet.name,
    values: (name) => dataRange(name).getValues(),
    formulas: (name) => dataRange(name).getFormulas(),
    displayValues: (name) => dataRange(name).getDisplayValues(),
    numberFormats: (name) => dataRange(name).getNumberFormats(),
    notes: (name) => dataRange(name).getNotes(),
    backgrounds: (name) => dataRange(name).getBackgrounds(),
    fontWeights: (name) => dataRange(name).getFontWeights(),
    setCell(name, a1, input) {
      const cell = sheet(name).range(a1);
      const plainText = cell.sheet.cells.numberFormat.get(cell.row - 1, cell.column - 1) === '@';
      const content = toContent(input, plainText, cell.sheet.spreadsheet, () => signatureMismatch('SpreadsheetApp.Range.setValue', [input]));
      writeContents({ ...cell, numRows: 1, numColumns: 1 }, [[content]]);
    },
    renameSheet: (name, newName) => spreadsheet().renameSheet(sheet(name), newName),
    validation(name, a1) {
      const cell = sheet(name).range(a1);
      const rule = cell.sheet.cells.validation.get(cell.row - 1, cell.column - 1);
      return rule ? { criteria: rule.criteria, values: [...rule.args], allowInvalid: rule.allowInvalid, helpText: rule.helpText } : null;
    },
    conditionalRules: (name) => sheet(name).conditionalRules.map((rule) => ({
      ranges: rule.ranges.map((r) => a1Of(r, sheet(name))), criteria: rule.criteria, values: [...rule.args], format: { ...rule.format },
    })),
    charts: (name) => sheet(name).charts.map((chart) => ({
      chartId: chart.chartId,
      type: chart.type,
      ranges: chart.ranges.map((r) => a1Of(r, sheet(name))),
      title: (chart.options.get('title') as string | undefined) ?? null,
      position: { ...chart.position },
      numHeaders: chart.numHeaders,
      options: Object.fromEntries(chart.options),
    })),
    chartSvg: (name, chartId) => {
      const chart = sheet(name).charts.find((c) => c.chartId === chartId);
      if (!chart) throw new Error(`No chart ${chartId} on "${name}".`);
      return renderChartSvg(chartData(chart));
    },
    protections: (name) => sheet(name).protections.map((p) => ({
      type: p.type, range: a1Of(p.range, sheet(name)), description: p.description, warningOnly: p.warningOnly,
    })),
    namedRanges() {
      const model = spreadsheet();
      const entries = model.namedRanges.flatMap((n) => {
        const range = model.namedRange(n);
        return range ? [[n, `${range.sheet.name}!${a1Notation(range.row, range.column, range.numRows, range.numColumns)}`]] : [];
      });
      return Object.fromEntries(entries);
    },
    frozenRows: (name) => sheet(name).frozenRows,
    frozenColumns: (name) => sheet(name).frozenColumns,
    columnWidth: (name, column) => sheet(name).columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH,
    hiddenColumns: (name) => [...sheet(name).hiddenColumns].sort((a, b) => a - b),
    dimensions(name) {
      const model = sheet(name);
      return { maxRows: model.maxRows, maxColumns: model.maxColumns, ...model.spreadsheet.engine.contentExtent(model.engineId) };
    },
    logs: () => [...ctx.logs],
    holdLock: (scope) => void locks.heldElsewhere.add(lockKey(scope)),
    releaseHeldLock: (scope) => void locks.heldElsewhere.delete(lockKey(scope)),
  };
}
