// Reading and writing blocks of cells: script values become cell contents (typed-input parsing, Dates, the
// 50,000-character limit), strict data validation is enforced, and engine results become what getValues returns.
// Google: https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object),
//   https://support.google.com/drive/answer/37603
import type { RawCellContent } from 'hyperformula';
import { AppsScriptException, isDate, signatureMismatch } from '../errors.ts';
import { a1Notation } from './a1-notation.ts';
import { dateFromSerial, serialFromDate, utcDateFromSerial } from './date-serial.ts';
import type { CellWrite, ComputedCell } from './formula-engine.ts';
import { violatesValidation } from './data-validation.ts';
import type { GridRange, SpreadsheetModel } from './model.ts';
import { AUTOMATIC_FORMAT, formatValue, isDateTimeFormat } from './number-format.ts';
import { parseTypedInput, type CellContent, type TypingContext } from './typed-input.ts';

/** Google Drive Help, "Files you can store in Google Drive": a spreadsheet cell holds up to 50,000 characters. */
export const MAX_CELL_CHARACTERS = 50_000;
/** The format Sheets gives a cell when a script writes a Date into it. */
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
const PLAIN_TEXT_FORMAT = '@';
const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

// Automatic formatting of formula results, by HyperFormula's detected kind.
const INFERRED_FORMATS: Record<string, string> = {
  NUMBER_DATE: 'M/d/yyyy',
  NUMBER_DATETIME: DATE_TIME_FORMAT,
  NUMBER_TIME: 'h:mm:ss AM/PM',
  NUMBER_PERCENT: '0.00%',
  NUMBER_CURRENCY: '$#,##0.00',
};

/**
 * Converts one value from setValues/setValue; `invalid` builds the method's signature error. `typing` is the
 * spreadsheet's typing context when the caller already has it (one per block: it reads the clock).
 */
export function toContent(
  value: unknown, plainText: boolean, spreadsheet: SpreadsheetModel, invalid: () => AppsScriptException, typing?: () => TypingContext,
): CellContent {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_CHARACTERS) {
      throw new AppsScriptException(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
    }
    return parseTypedInput(value, plainText, typing ? typing() : spreadsheet.typing());
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'value', value: String(value) };
  if (typeof value === 'boolean') return { kind: 'value', value };
  if (isDate(value) && !Number.isNaN(value.getTime())) return { kind: 'value', value: serialFromDate(value, spreadsheet.timeZone), format: DATE_TIME_FORMAT };
  throw invalid();
}

/** Converts a 2-D block, cell by cell, honouring each cell's plain-text format. */
export function toContents(range: GridRange, values: readonly unknown[][], invalid: () => AppsScriptException): CellContent[][] {
  const formats = range.sheet.cells.numberFormat;
  const spreadsheet = range.sheet.spreadsheet;
  let context: TypingContext | undefined;
  const typing = () => (context ??= spreadsheet.typing());
  return values.map((line, r) => line.map((value, c) => {
    const plainText = formats.get(range.row - 1 + r, range.column - 1 + c) === PLAIN_TEXT_FORMAT;
    return toContent(value, plainText, spreadsheet, invalid, typing);
  }));
}

function engineContent(content: CellContent, format: string | undefined): RawCellContent {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'formula':
      return content.formula;
    default:
      if (typeof content.value === 'string') return `'${content.value}`; // never let the engine re-parse text
      // Date-typed numbers let formulas built on them (=A2+7) come out as dates too.
      if (typeof content.value === 'number' && format && isDateTimeFormat(format)) return utcDateFromSerial(content.value);
      return content.value;
  }
}

/**
 * Writes a block in one engine operation, after checking every cell against strict validation rules. `oneFormula`:
 * the block is one formula relative to each cell (FormulaEngine.setContents).
 */
export function writeContents(range: GridRange, contents: CellContent[][], oneFormula = false): void {
  const { sheet } = range;
  contents.forEach((line, r) => line.forEach((content, c) => {
    const rule = sheet.cells.validation.get(range.row - 1 + r, range.column - 1 + c);
    if (rule && !rule.allowInvalid && violatesValidation(rule, content)) {
      const cell = a1Notation(range.row + r, range.column + c, 1, 1);
      throw new AppsScriptException(`The data you entered in cell ${cell} violates the data validation rules set on this cell.`);
    }
  }));
  const raw = contents.map((line, r) => line.map((content, c) => {
    const [row, column] = [range.row - 1 + r, range.column - 1 + c];
    let format = sheet.cells.numberFormat.get(row, column);
    if (format === undefined && content.kind === 'value' && content.format) {
      format = content.format;
      sheet.cells.numberFormat.set(row, column, format);
    }
    return engineContent(content, format);
  }));
  sheet.spreadsheet.engine.setContents(sheet.engineId, range.row - 1, range.column - 1, raw, oneFormula);
}

/**
 * Re-types plain numbers after a number-format change, so date cells feed date arithmetic in formulas. Done when
 * the engine next evaluates (nothing can observe the difference before a read), so format calls stay writes.
 */
export function retypeNumbers(range: GridRange): void {
  const { sheet } = range;
  const engine = sheet.spreadsheet.engine;
  engine.whenEvaluated(() => {
    const writes: CellWrite[] = [];
    if (!sheet.spreadsheet.sheets.includes(sheet)) return writes;
    const cells = engine.read(sheet.engineId, range.row - 1, range.column - 1, range.numRows, range.numColumns);
    cells.forEach((line, r) => line.forEach((cell, c) => {
      if (typeof cell.value !== 'number') return;
      const [row, column] = [range.row - 1 + r, range.column - 1 + c];
      if (engine.hasFormula(sheet.engineId, row, column)) return;
      const wantsDate = isDateTimeFormat(sheet.cells.numberFormat.get(row, column) ?? AUTOMATIC_FORMAT);
      if (wantsDate !== DATE_TYPES.has(cell.detailedType)) {
        writes.push({ sheet: sheet.engineId, row, col: column, contents: [[wantsDate ? utcDateFromSerial(cell.value) : cell.value]] });
      }
    }));
    return writes;
  });
}

export interface ComputedBlock {
  cells: ComputedCell[][];
  formats: string[][];
}

/** Values and effective number formats (explicit, else inferred from the result, else Automatic). */
export function readBlock(range: GridRange): ComputedBlock {
  const { sheet } = range;
  const cells = sheet.spreadsheet.engine.read(sheet.engineId, range.row - 1, range.column - 1, range.numRows, range.numColumns);
  const formats = cells.map((line, r) => line.map((cell, c) =>
    sheet.cells.numberFormat.get(range.row - 1 + r, range.column - 1 + c) ?? INFERRED_FORMATS[cell.detailedType] ?? AUTOMATIC_FORMAT));
  return { cells, formats };
}

/** What Range.getValues returns for a cell: '' when empty, error codes as strings, Dates for date formats. */
export function scriptValue(cell: ComputedCell, format: string, timeZone: string): number | string | boolean | Date {
  if (cell.value === null) return '';
  if (typeof cell.value === 'number' && !cell.error && isDateTimeFormat(format)) return dateFromSerial(cell.value, timeZone);
  return cell.value;
}

export function displayValue(cell: ComputedCell, format: string): string {
  if (cell.value === null) return '';
  if (cell.error) return String(cell.value);
  return formatValue(cell.value, format);
}

/** Checks a 2-D argument against the range like Apps Script does, with its exact messages. */
export function assertShape(range: GridRange, data: unknown, qualifiedMethod: string): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) throw signatureMismatch(qualifiedMethod, [data]);
  if (data.length !== range.numRows) {
    throw new AppsScriptException(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${range.numRows}.`);
  }
  for (const line of data as unknown[][]) {
    if (line.length !== range.numColumns) {
      throw new AppsScriptException(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${range.numColumns}.`);
    }
  }
}
