// The Sheets API batchUpdate requests Debrief sends, applied to a stored spreadsheet: addSheet, deleteSheet,
// updateSheetProperties, updateCells, appendCells, repeatCell and deleteDimension
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request). What Google documents is
// enforced: an addSheet with the id of an existing sheet is an error ("It is an error to specify the ID of a sheet
// that already exists", AddSheetRequest.properties); a request naming a sheet that doesn't exist is invalid, and
// an invalid request fails the whole batch. Google documents no wording for these 400s: the messages here are ours,
// and the add-on must not read them. Any other request, or a field Debrief doesn't send, is not implemented (loud).
import { AppsScriptException, isPlainObject } from '../errors.ts';
import { NotImplementedError } from '../tracked.ts';
import { MAX_CELL_CHARACTERS, writeContents } from '../sheets/cell-io.ts';
import { normalizeColor } from '../sheets/colors.ts';
import type { SheetModel, SpreadsheetModel } from '../sheets/model.ts';
import type { CellContent } from '../sheets/typed-input.ts';
import { parseFieldMask, sheetProperties, type Json } from './json.ts';

export class SheetsRequestError extends Error {}

type Mask = ReturnType<typeof parseFieldMask>;

const int = (v: unknown, what: string): number => {
  if (v === undefined) return 0; // proto3: an absent integer is 0
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new SheetsRequestError(`${what} must be a non-negative integer`);
  return v;
};

function sheetById(model: SpreadsheetModel, id: unknown): SheetModel {
  const sheetId = int(id, 'sheetId');
  const sheet = model.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw new SheetsRequestError(`No grid with id: ${sheetId}`);
  return sheet;
}

const toHex = (c: unknown): string | undefined => {
  if (!isPlainObject(c)) return undefined;
  const part = (v: unknown) => Math.round(Math.min(1, Math.max(0, typeof v === 'number' ? v : 0)) * 255).toString(16).padStart(2, '0');
  return normalizeColor(`#${part(c.red)}${part(c.green)}${part(c.blue)}`);
};
const color = (plain: unknown, style: unknown) => toHex(plain) ?? (isPlainObject(style) ? toHex(style.rgbColor) : undefined);

function content(value: unknown): CellContent {
  if (value === undefined) return { kind: 'empty' };
  if (!isPlainObject(value)) throw new SheetsRequestError('userEnteredValue must be an ExtendedValue');
  const keys = Object.keys(value);
  if (keys.length > 1) throw new SheetsRequestError(`oneof field 'value' is already set (${keys.join(', ')})`);
  const [key] = keys;
  const v = key === undefined ? undefined : value[key];
  switch (key) {
    case undefined: return { kind: 'empty' };
    case 'stringValue':
      if (typeof v !== 'string') throw new SheetsRequestError('stringValue must be a string');
      if (v.length > MAX_CELL_CHARACTERS) throw new SheetsRequestError(`Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`);
      return { kind: 'value', value: v }; // a string is text: Sheets never parses an ExtendedValue's stringValue
    case 'numberValue':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new SheetsRequestError('numberValue must be a number');
      return { kind: 'value', value: v };
    case 'boolValue':
      if (typeof v !== 'boolean') throw new SheetsRequestError('boolValue must be true or false');
      return { kind: 'value', value: v };
    case 'formulaValue':
      if (typeof v !== 'string' || !v.startsWith('=')) throw new SheetsRequestError('formulaValue must start with =');
      return { kind: 'formula', formula: v };
    default: throw new NotImplementedError('SpreadsheetsCollection', `batchUpdate with userEnteredValue.${key}`);
  }
}

const FORMAT_KEYS = new Set(['numberFormat', 'textFormat', 'backgroundColor', 'backgroundColorStyle']);
const TEXT_KEYS = new Set(['bold', 'foregroundColor', 'foregroundColorStyle']);
const CELL_KEYS = new Set(['userEnteredValue', 'userEnteredFormat', 'note', 'textFormatRuns']);

/** Whether `path` is covered by the field mask (a parent, the field itself, or "*"). */
function masked(mask: Mask, ...path: string[]): boolean {
  let node: Mask | true | undefined = mask;
  for (const p of path) {
    if (node === true) return true;
    if (node.has('*')) return true;
    node = node.get(p);
    if (node === undefined) return false;
  }
  return true;
}

/** Formats, notes and links for one cell under the mask; values are written by the caller in row blocks. */
function applyAttributes(sheet: SheetModel, row: number, column: number, cell: Json, mask: Mask): void {
  for (const key of Object.keys(cell)) if (!CELL_KEYS.has(key)) throw new NotImplementedError('SpreadsheetsCollection', `batchUpdate with CellData.${key}`);
  const format = isPlainObject(cell.userEnteredFormat) ? cell.userEnteredFormat : {};
  for (const key of Object.keys(format)) if (!FORMAT_KEYS.has(key)) throw new NotImplementedError('SpreadsheetsCollection', `batchUpdate with CellFormat.${key}`);
  const text = isPlainObject(format.textFormat) ? format.textFormat : {};
  for (const key of Object.keys(text)) if (!TEXT_KEYS.has(key)) throw new NotImplementedError('SpreadsheetsCollection', `batchUpdate with TextFormat.${key}`);
  const set = <K extends 'numberFormat' | 'fontWeight' | 'fontColor' | 'background' | 'note' | 'link'>(name: K, value: string | undefined) => sheet.cells[name].set(row, column, value);
  if (masked(mask, 'userEnteredFormat', 'numberFormat')) {
    const nf = isPlainObject(format.numberFormat) ? format.numberFormat : undefined;
    set('numberFormat', nf ? String(nf.pattern ?? '') || undefined : undefined);
  }
  if (masked(mask, 'userEnteredFormat', 'textFormat', 'bold')) set('fontWeight', text.bold === true ? 'bold' : undefined);
  if (masked(mask, 'userEnteredFormat', 'textFormat', 'foregroundColor') || masked(mask, 'userEnteredFormat', 'textFormat', 'foregroundColorStyle')) {
    set('fontColor', color(text.foregroundColor, text.foregroundColorStyle));
  }
  if (masked(mask, 'userEnteredFormat', 'backgroundColor') || masked(mask, 'userEnteredFormat', 'backgroundColorStyle')) {
    set('background', color(format.backgroundColor, format.backgroundColorStyle));
  }
  if (masked(mask, 'note')) set('note', typeof cell.note === 'string' && cell.note ? cell.note : undefined);
  if (masked(mask, 'textFormatRuns')) {
    const runs = Array.isArray(cell.textFormatRuns) ? cell.textFormatRuns : [];
    const links = runs.map((r) => (isPlainObject(r) && isPlainObject(r.format) && isPlainObject(r.format.link) ? r.format.link.uri : undefined));
    if (runs.length > 1 || (runs.length === 1 && (typeof links[0] !== 'string' || (isPlainObject(runs[0]) && int(runs[0].startIndex, 'startIndex') !== 0)))) {
      throw new NotImplementedError('SpreadsheetsCollection', 'batchUpdate with textFormatRuns other than one link over the whole cell');
    }
    set('link', typeof links[0] === 'string' ? links[0] : undefined);
  }
}

function fieldMask(fields: unknown): Mask {
  if (typeof fields !== 'string' || !fields.trim()) throw new SheetsRequestError('At least one field must be specified.');
  try {
    return parseFieldMask(fields);
  } catch (error) {
    throw new SheetsRequestError((error as Error).message);
  }
}

/** Writes rows of CellData from (row, column), 0-based; every cell must fall inside the grid. */
export function writeRows(sheet: SheetModel, row: number, column: number, rows: unknown, mask: Mask): void {
  if (!Array.isArray(rows)) throw new SheetsRequestError('rows must be a list of RowData');
  rows.forEach((rowData, r) => {
    const values = isPlainObject(rowData) && Array.isArray(rowData.values) ? rowData.values : [];
    if (!values.length) return;
    if (row + r >= sheet.maxRows || column + values.length > sheet.maxColumns) {
      throw new SheetsRequestError(`Range (${sheet.name}!R${row + r + 1}C${column + 1}:C${column + values.length}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
    }
    const cells = values.map((v) => (isPlainObject(v) ? v : {}));
    if (masked(mask, 'userEnteredValue')) {
      const block = { sheet, row: row + r + 1, column: column + 1, numRows: 1, numColumns: cells.length };
      try {
        writeContents(block, [cells.map((cell) => content(cell.userEnteredValue))]);
      } catch (error) {
        if (error instanceof AppsScriptException) throw new SheetsRequestError(error.message);
        throw error;
      }
    }
    cells.forEach((cell, c) => applyAttributes(sheet, row + r, column + c, cell, mask));
  });
}

/** The last row holding a value, 1-based (0 when the sheet is empty): where appendCells starts after. */
function lastRowWithData(sheet: SheetModel): number {
  return sheet.spreadsheet.engine.contentExtent(sheet.engineId).lastRow;
}

type Handler = (model: SpreadsheetModel, body: Json) => Json | undefined;

const HANDLERS: Record<string, Handler> = {
  addSheet(model, body) {
    const p = isPlainObject(body.properties) ? body.properties : {};
    for (const key of Object.keys(p)) if (!['sheetId', 'title', 'index', 'hidden', 'gridProperties'].includes(key)) throw new NotImplementedError('SpreadsheetsCollection', `addSheet with properties.${key}`);
    if (p.sheetId !== undefined && model.sheets.some((s) => s.sheetId === int(p.sheetId, 'sheetId'))) {
      throw new SheetsRequestError(`A sheet with the id ${String(p.sheetId)} already exists.`);
    }
    const title = typeof p.title === 'string' ? p.title : model.nextSheetName();
    if (model.sheetByName(title)) throw new SheetsRequestError(`A sheet with the name "${title}" already exists. Please enter another name.`);
    const index = p.index === undefined ? model.sheets.length : Math.min(int(p.index, 'index'), model.sheets.length);
    const sheet = model.addSheet(title, index, p.sheetId === undefined ? undefined : int(p.sheetId, 'sheetId'));
    sheet.hidden = p.hidden === true;
    const grid = isPlainObject(p.gridProperties) ? p.gridProperties : {};
    if (grid.rowCount !== undefined) sheet.maxRows = int(grid.rowCount, 'rowCount');
    if (grid.columnCount !== undefined) sheet.maxColumns = int(grid.columnCount, 'columnCount');
    if (grid.frozenRowCount !== undefined) sheet.frozenRows = int(grid.frozenRowCount, 'frozenRowCount');
    return { addSheet: { properties: sheetProperties(sheet, model.sheets.indexOf(sheet)) } };
  },
  deleteSheet(model, body) {
    const sheet = sheetById(model, body.sheetId);
    try {
      model.removeSheet(sheet);
    } catch (error) {
      throw new SheetsRequestError((error as Error).message);
    }
    return undefined;
  },
  updateSheetProperties(model, body) {
    const p = isPlainObject(body.properties) ? body.properties : {};
    const sheet = sheetById(model, p.sheetId);
    const mask = fieldMask(body.fields);
    for (const [name] of mask) if (!['title', 'hidden', 'gridProperties'].includes(name)) throw new NotImplementedError('SpreadsheetsCollection', `updateSheetProperties of ${name}`);
    if (masked(mask, 'title') && typeof p.title === 'string') model.renameSheet(sheet, p.title);
    if (masked(mask, 'hidden')) sheet.hidden = p.hidden === true;
    if (masked(mask, 'gridProperties', 'frozenRowCount')) sheet.frozenRows = int(isPlainObject(p.gridProperties) ? p.gridProperties.frozenRowCount : 0, 'frozenRowCount');
    return undefined;
  },
  updateCells(model, body) {
    const mask = fieldMask(body.fields);
    if (body.range !== undefined) throw new NotImplementedError('SpreadsheetsCollection', 'updateCells with a range (Debrief writes from a start coordinate)');
    const start = isPlainObject(body.start) ? body.start : {};
    writeRows(sheetById(model, start.sheetId), int(start.rowIndex, 'rowIndex'), int(start.columnIndex, 'columnIndex'), body.rows, mask);
    return undefined;
  },
  appendCells(model, body) {
    const sheet = sheetById(model, body.sheetId);
    const mask = fieldMask(body.fields);
    const rows = Array.isArray(body.rows) ? body.rows : [];
    const at = lastRowWithData(sheet);
    const needed = at + rows.length - sheet.maxRows;
    if (needed > 0) sheet.insertRows(sheet.maxRows, needed); // "inserting new rows into the sheet if necessary"
    writeRows(sheet, at, 0, rows, mask);
    return undefined;
  },
  repeatCell(model, body) {
    const mask = fieldMask(body.fields);
    const range = isPlainObject(body.range) ? body.range : {};
    const sheet = sheetById(model, range.sheetId);
    const [r0, r1] = [int(range.startRowIndex, 'startRowIndex'), range.endRowIndex === undefined ? sheet.maxRows : int(range.endRowIndex, 'endRowIndex')];
    const [c0, c1] = [int(range.startColumnIndex, 'startColumnIndex'), range.endColumnIndex === undefined ? sheet.maxColumns : int(range.endColumnIndex, 'endColumnIndex')];
    if (r1 > sheet.maxRows || c1 > sheet.maxColumns || r0 > r1 || c0 > c1) throw new SheetsRequestError('Range exceeds grid limits.');
    const cell = isPlainObject(body.cell) ? body.cell : {};
    const row = { values: Array.from({ length: c1 - c0 }, () => cell) };
    writeRows(sheet, r0, c0, Array.from({ length: r1 - r0 }, () => row), mask);
    return undefined;
  },
  deleteDimension(model, body) {
    const range = isPlainObject(body.range) ? body.range : {};
    const sheet = sheetById(model, range.sheetId);
    const [start, end] = [int(range.startIndex, 'startIndex'), int(range.endIndex, 'endIndex')];
    const rows = range.dimension === 'ROWS';
    if (!rows && range.dimension !== 'COLUMNS') throw new SheetsRequestError('dimension must be ROWS or COLUMNS');
    const size = rows ? sheet.maxRows : sheet.maxColumns;
    if (end <= start || end > size) throw new SheetsRequestError(`Invalid range: ${start} to ${end} of ${size}`);
    if (end - start === size) throw new SheetsRequestError(`You can't delete all the ${rows ? 'rows' : 'columns'} on the sheet.`);
    if (rows) sheet.deleteRows(start, end - start);
    else sheet.deleteColumns(start, end - start);
    return undefined;
  },
};

/** Applies one request; its reply ({} for requests without one). Errors name the request as Google does. */
export function applyRequest(model: SpreadsheetModel, request: unknown, index: number): Json {
  if (!isPlainObject(request)) throw new SheetsRequestError(`Invalid requests[${index}]: a Request object is required`);
  const kinds = Object.keys(request);
  if (kinds.length !== 1) throw new SheetsRequestError(`Invalid requests[${index}]: exactly one kind of request must be set`);
  const kind = kinds[0] as string;
  const handler = HANDLERS[kind];
  if (!handler) throw new NotImplementedError('SpreadsheetsCollection', `batchUpdate request ${kind}`);
  try {
    return handler(model, isPlainObject(request[kind]) ? request[kind] : {}) ?? {};
  } catch (error) {
    if (error instanceof SheetsRequestError) throw new SheetsRequestError(`Invalid requests[${index}].${kind}: ${error.message}`);
    throw error;
  }
}
