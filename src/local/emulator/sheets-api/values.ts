// spreadsheets.values.batchGet over a stored spreadsheet
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet): each range in A1
// notation (a bare sheet name is the whole sheet), values rendered as asked (FORMATTED_VALUE by default,
// UNFORMATTED_VALUE, FORMULA; dates as serial numbers unless FORMATTED_STRING), trailing empty rows and columns
// left out ("Empty trailing rows and columns are omitted"), an empty range without `values`.
import { NotImplementedError } from '../tracked.ts';
import { columnLetters, parseA1, quoteSheetName } from '../sheets/a1-notation.ts';
import { displayValue, readBlock } from '../sheets/cell-io.ts';
import { isDateTimeFormat } from '../sheets/number-format.ts';
import type { GridRange, SpreadsheetModel } from '../sheets/model.ts';
import { SheetsRequestError } from './requests.ts';
import type { Json } from './json.ts';

const RENDER = ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'] as const;
const DATES = ['SERIAL_NUMBER', 'FORMATTED_STRING'] as const;

function resolve(model: SpreadsheetModel, a1: string): GridRange {
  const text = a1.trim();
  const whole = text.includes('!') ? undefined : model.sheetByName(text.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  if (whole) return { sheet: whole, row: 1, column: 1, numRows: whole.maxRows, numColumns: whole.maxColumns };
  const parsed = parseA1(text);
  const sheet = parsed?.sheetName === undefined ? model.sheets[0] : model.sheetByName(parsed.sheetName);
  if (!parsed || !sheet) throw new SheetsRequestError(`Unable to parse range: ${a1}`);
  const rows = [parsed.startRow ?? 1, parsed.endRow ?? sheet.maxRows];
  const columns = [parsed.startColumn ?? 1, parsed.endColumn ?? sheet.maxColumns];
  const row = Math.min(...rows);
  const column = Math.min(...columns);
  const numRows = Math.min(Math.max(...rows), sheet.maxRows) - row + 1;
  const numColumns = Math.min(Math.max(...columns), sheet.maxColumns) - column + 1;
  if (numRows < 1 || numColumns < 1) throw new SheetsRequestError(`Unable to parse range: ${a1}`);
  return { sheet, row, column, numRows, numColumns };
}

export function readValueRange(model: SpreadsheetModel, a1: string, options: Json): Json {
  const render = (options.valueRenderOption ?? 'FORMATTED_VALUE') as (typeof RENDER)[number];
  const dates = (options.dateTimeRenderOption ?? 'SERIAL_NUMBER') as (typeof DATES)[number];
  if (!RENDER.includes(render)) throw new SheetsRequestError(`Invalid value at 'value_render_option' (${String(render)})`);
  if (!DATES.includes(dates)) throw new SheetsRequestError(`Invalid value at 'date_time_render_option' (${String(dates)})`);
  if (options.majorDimension !== undefined && options.majorDimension !== 'ROWS') throw new NotImplementedError('ValuesCollection', 'batchGet with majorDimension COLUMNS');
  const range = resolve(model, a1);
  const { sheet } = range;
  // Only the part holding content can have values: read no further than the content's extent.
  const extent = sheet.spreadsheet.engine.contentExtent(sheet.engineId);
  const numRows = Math.max(0, Math.min(range.numRows, extent.lastRow - range.row + 1));
  const numColumns = Math.max(0, Math.min(range.numColumns, extent.lastColumn - range.column + 1));
  const label = `${quoteSheetName(sheet.name)}!${columnLetters(range.column)}${range.row}:${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
  const out: Json = { range: label, majorDimension: 'ROWS' };
  if (numRows === 0 || numColumns === 0) return out;
  const block = readBlock({ ...range, numRows, numColumns });
  const formulas = render === 'FORMULA' ? sheet.spreadsheet.engine.formulas(sheet.engineId, range.row - 1, range.column - 1, numRows, numColumns) : [];
  const values = block.cells.map((line, r) => line.map((cell, c) => {
    const format = block.formats[r]?.[c] ?? '';
    const formula = formulas[r]?.[c];
    if (formula) return formula;
    if (cell.value === null) return '';
    if (render === 'FORMATTED_VALUE' || cell.error) return displayValue(cell, format);
    if (typeof cell.value === 'number' && dates === 'FORMATTED_STRING' && isDateTimeFormat(format)) return displayValue(cell, format);
    return cell.value;
  }));
  // "Empty trailing rows and columns are omitted."
  const trimmed = values.map((line) => {
    let end = line.length;
    while (end > 0 && line[end - 1] === '') end--;
    return line.slice(0, end);
  });
  let last = trimmed.length;
  while (last > 0 && (trimmed[last - 1] as unknown[]).length === 0) last--;
  if (last > 0) out.values = trimmed.slice(0, last);
  return out;
}
