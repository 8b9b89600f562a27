// The spreadsheet data the fakes share: sheets, their grid sizes and per-cell attributes, rules, charts and
// protections, with values and formulas held by the spreadsheet's formula engine.
import { AppsScriptException } from '../errors.ts';
import { columnLetters, parseA1, quoteSheetName } from './a1-notation.ts';
import { CellGrid } from './cell-grid.ts';
import { FormulaEngine } from './formula-engine.ts';
import { serialFromDate, wallClock } from './date-serial.ts';
import type { TypingContext } from './typed-input.ts';
import type { MetadataSpec } from './developer-metadata.ts';
import { typingLocale } from './typing-locale.ts';

/** A rectangle of cells, 1-based like Apps Script. */
export interface GridRange {
  sheet: SheetModel;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ValidationSpec {
  criteria: string; // a SpreadsheetApp.DataValidationCriteria name
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRuleSpec {
  ranges: GridRange[];
  criteria: string; // a SpreadsheetApp.BooleanCriteria name
  args: unknown[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean };
}

export interface ChartSpec {
  chartId: number;
  type: string; // a Charts.ChartType name
  ranges: GridRange[];
  options: Map<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  /** Header rows (or columns); -1 lets Sheets guess. */
  numHeaders: number;
  transposeRowsAndColumns: boolean;
}

export interface ProtectionSpec {
  type: 'RANGE' | 'SHEET';
  range: GridRange;
  description: string;
  warningOnly: boolean;
}

export interface CellAttributes {
  numberFormat: string;
  background: string;
  fontColor: string;
  fontWeight: string;
  fontStyle: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  note: string;
  validation: ValidationSpec;
  /** A link on the whole cell's text (a rich-text run from the Sheets API's textFormatRuns). */
  link: string;
}

export const DEFAULT_COLUMN_WIDTH = 100;

type AttributeGrids = { [K in keyof CellAttributes]: CellGrid<CellAttributes[K]> };

const ATTRIBUTE_NAMES: (keyof CellAttributes)[] = [
  'numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'horizontalAlignment', 'verticalAlignment', 'wrap', 'note', 'validation', 'link',
];

export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  /** Hidden from the tab bar (the Sheets API's SheetProperties.hidden). */
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  conditionalRules: ConditionalRuleSpec[] = [];
  readonly charts: ChartSpec[] = [];
  readonly protections: ProtectionSpec[] = [];
  /** Developer metadata located on this sheet (deleted with it). */
  readonly developerMetadata: MetadataSpec[] = [];
  readonly cells = Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, new CellGrid()])) as AttributeGrids;

  constructor(readonly spreadsheet: SpreadsheetModel, readonly engineId: number, readonly sheetId: number, public name: string) {}

  /** Every range this sheet keeps (rules, charts, protections), so insertions and deletions can move them. */
  private *trackedRanges(): Generator<GridRange> {
    for (const rule of this.conditionalRules) yield* rule.ranges.filter((r) => r.sheet === this);
    for (const chart of this.charts) yield* chart.ranges.filter((r) => r.sheet === this);
    for (const protection of this.protections) yield protection.range;
  }

  insertRows(at: number, count: number): void {
    this.spreadsheet.engine.insertRows(this.engineId, at, count);
    for (const grid of Object.values(this.cells)) grid.insertRows(at, count);
    for (const range of this.trackedRanges()) shift(range, 'row', 'numRows', at, count);
    this.maxRows += count;
  }

  insertColumns(at: number, count: number): void {
    this.spreadsheet.engine.insertColumns(this.engineId, at, count);
    for (const grid of Object.values(this.cells)) grid.insertColumns(at, count);
    for (const range of this.trackedRanges()) shift(range, 'column', 'numColumns', at, count);
    this.maxColumns += count;
  }

  deleteRows(at: number, count: number): void {
    this.spreadsheet.engine.deleteRows(this.engineId, at, count);
    for (const grid of Object.values(this.cells)) grid.deleteRows(at, count);
    for (const range of this.trackedRanges()) shrink(range, 'row', 'numRows', at, count);
    this.maxRows -= count;
  }

  deleteColumns(at: number, count: number): void {
    this.spreadsheet.engine.deleteColumns(this.engineId, at, count);
    for (const grid of Object.values(this.cells)) grid.deleteColumns(at, count);
    for (const range of this.trackedRanges()) shrink(range, 'column', 'numColumns', at, count);
    this.maxColumns -= count;
  }

  /** An A1 range on this sheet or a named sheet ("A2:C", "B:B", "3:3", "'Raw'!A1"); throws "Range not found" like Apps Script. */
  range(a1: string): GridRange {
    const parsed = parseA1(a1);
    if (!parsed) throw new AppsScriptException('Range not found');
    const sheet = parsed.sheetName === undefined ? this : this.spreadsheet.sheetByName(parsed.sheetName);
    if (!sheet) throw new AppsScriptException('Range not found');
    const rows = [parsed.startRow ?? 1, parsed.endRow ?? sheet.maxRows];
    const columns = [parsed.startColumn ?? 1, parsed.endColumn ?? sheet.maxColumns];
    const row = Math.min(...rows);
    const column = Math.min(...columns);
    return sheet.checkedRange(row, column, Math.max(...rows) - row + 1, Math.max(...columns) - column + 1);
  }

  checkedRange(row: number, column: number, numRows: number, numColumns: number): GridRange {
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new AppsScriptException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return { sheet: this, row, column, numRows, numColumns };
  }
}

/** Moves or stretches a range when `count` rows/columns are inserted before 0-based index `at`. */
function shift(range: GridRange, start: 'row' | 'column', size: 'numRows' | 'numColumns', at: number, count: number): void {
  if (range[start] - 1 >= at) range[start] += count;
  else if (range[start] - 1 + range[size] > at) range[size] += count;
}

/** Moves or shrinks a range when `count` rows/columns are deleted from 0-based index `at`. */
function shrink(range: GridRange, start: 'row' | 'column', size: 'numRows' | 'numColumns', at: number, count: number): void {
  const first = range[start] - 1;
  if (first >= at + count) {
    range[start] -= count;
    return;
  }
  const overlap = Math.max(0, Math.min(first + range[size], at + count) - Math.max(first, at));
  range[start] = Math.min(first, at) + 1;
  range[size] = Math.max(range[size] - overlap, 1);
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export class SpreadsheetModel {
  readonly engine: FormulaEngine;
  readonly sheets: SheetModel[] = [];
  /** Named ranges as the user spelled them; their definitions live in the engine so they follow edits. */
  readonly namedRanges: string[] = [];
  activeSheet: SheetModel;
  private sheetsCreated = 0;
  private chartsCreated = 0;

  /** How typed text is read (separators, date order): "en_US" unless set (Spreadsheet.setSpreadsheetLocale). */
  locale = 'en_US';

  constructor(readonly id: string, public name: string, public timeZone: string, readonly clock: () => Date) {
    this.engine = new FormulaEngine({ serialNow: () => serialFromDate(clock(), this.timeZone) });
    this.activeSheet = this.addSheet('Sheet1');
  }

  /** What typing into this spreadsheet depends on: its locale, and the current year for a date typed without one. */
  typing(): TypingContext {
    return { locale: typingLocale(this.locale), year: wallClock(this.clock(), this.timeZone).year };
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  assertNameFree(name: string, except?: SheetModel): void {
    const existing = this.sheetByName(name);
    if (existing && existing !== except) throw new AppsScriptException(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** The next default name, "Sheet2", "Sheet3"… */
  nextSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheetByName(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  /** `sheetId` is the Sheets API's choice of id (callers check it is free); otherwise one is made up. */
  addSheet(name: string, index = this.sheets.length, sheetId?: number): SheetModel {
    this.assertNameFree(name);
    // The first sheet's gid is 0; later ones look random in Sheets but stay stable here for repeatable runs.
    let made = this.sheetsCreated === 0 ? 0 : hash(`${this.id}:${this.sheetsCreated}`) % 2_000_000_000;
    while (sheetId === undefined && this.sheets.some((s) => s.sheetId === made)) made = (made + 1) % 2_000_000_000;
    sheetId ??= made;
    this.sheetsCreated++;
    const sheet = new SheetModel(this, this.engine.addSheet(name), sheetId, name);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  nextChartId(): number {
    this.chartsCreated++;
    return (hash(`${this.id}:chart:${this.chartsCreated}`) % 2_000_000_000) + 1;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new AppsScriptException("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.engine.removeSheet(sheet.engineId);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] as SheetModel;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    this.assertNameFree(name, sheet);
    this.engine.renameSheet(sheet.engineId, name);
    sheet.name = name;
  }

  /** Where a named range points now, or undefined when the name is unknown or its sheet is gone. */
  namedRange(name: string): GridRange | undefined {
    const known = this.namedRanges.find((n) => n.toLowerCase() === name.toLowerCase());
    const expression = known && this.engine.nameExpression(known);
    if (!expression) return undefined;
    try {
      return (this.sheets[0] as SheetModel).range(expression.replace(/^=/, '').replace(/\$/g, ''));
    } catch {
      return undefined;
    }
  }

  /** The engine definition of a named range: absolute, sheet-qualified ("='My Data'!$A$1:$B$3"). */
  static nameExpression(range: GridRange): string {
    const lastColumn = columnLetters(range.column + range.numColumns - 1);
    const lastRow = range.row + range.numRows - 1;
    return `=${quoteSheetName(range.sheet.name)}!$${columnLetters(range.column)}$${range.row}:$${lastColumn}$${lastRow}`;
  }
}
