// Spreadsheets kept as Drive files (made through the Sheets API: the campaign ledger, a next campaign's workbook),
// saved with `--state` and copied for a batchUpdate's trial run. What is kept: sheets (id, name, order, size,
// frozen rows, hidden), each cell's value or formula, and the formats the Sheets API writes here (number format,
// bold, colours, notes, links). Validation rules, conditional formats, charts and protections are not kept: nothing
// made through the Sheets API here has them.
// Google: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets
import type { ContentCodec } from '../drive/drive-store.ts';
import { utcDateFromSerial } from '../sheets/date-serial.ts';
import { SpreadsheetModel, type SheetModel } from '../sheets/model.ts';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

type Cell = [row: number, column: number, content: string | number | boolean];
type Attribute = 'numberFormat' | 'background' | 'fontColor' | 'fontWeight' | 'note' | 'link';
const KEPT: readonly Attribute[] = ['numberFormat', 'background', 'fontColor', 'fontWeight', 'note', 'link'];

interface SavedSheet {
  sheetId: number;
  name: string;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Engine contents: formulas as "=…", text as "'…" (never re-parsed), numbers and booleans as they are. */
  cells: Cell[];
  /** Date-typed numbers, so date arithmetic on them still comes out as dates. */
  dates: [number, number][];
  attributes: Partial<Record<Attribute, [number, number, string][]>>;
}

interface SavedSpreadsheet {
  id: string;
  name: string;
  timeZone: string;
  sheets: SavedSheet[];
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function saveSheet(sheet: SheetModel): SavedSheet {
  const engine = sheet.spreadsheet.engine;
  const { lastRow, lastColumn } = engine.contentExtent(sheet.engineId);
  const cells: Cell[] = [];
  const dates: [number, number][] = [];
  if (lastRow > 0 && lastColumn > 0) {
    const values = engine.read(sheet.engineId, 0, 0, lastRow, lastColumn);
    const formulas = engine.formulas(sheet.engineId, 0, 0, lastRow, lastColumn);
    values.forEach((line, r) => line.forEach((cell, c) => {
      const formula = formulas[r]?.[c];
      if (formula) cells.push([r, c, formula]);
      else if (typeof cell.value === 'string') cells.push([r, c, `'${cell.value}`]);
      else if (cell.value !== null) {
        cells.push([r, c, cell.value]);
        if (DATE_TYPES.has(cell.detailedType)) dates.push([r, c]);
      }
    }));
  }
  const attributes: SavedSheet['attributes'] = {};
  for (const name of KEPT) {
    const entries = [...sheet.cells[name].entries()].map(([r, c, v]) => [r, c, String(v)] as [number, number, string]);
    if (entries.length) attributes[name] = entries;
  }
  return {
    sheetId: sheet.sheetId, name: sheet.name, hidden: sheet.hidden, maxRows: sheet.maxRows, maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns, cells, dates, attributes,
  };
}

export function saveSpreadsheet(model: SpreadsheetModel): SavedSpreadsheet {
  return { id: model.id, name: model.name, timeZone: model.timeZone, sheets: model.sheets.map(saveSheet) };
}

export function loadSpreadsheet(data: unknown, clock: () => Date): SpreadsheetModel {
  const saved = data as SavedSpreadsheet;
  const model = new SpreadsheetModel(saved.id, saved.name, saved.timeZone, clock);
  const placeholder = model.sheets[0] as SheetModel;
  saved.sheets.forEach((s, i) => {
    const sheet = model.addSheet(s.name === placeholder.name ? `${s.name}\u0000` : s.name, model.sheets.length, s.sheetId);
    if (i === 0) model.removeSheet(placeholder); // before its id (0) or name can clash with a saved sheet's
    Object.assign(sheet, { hidden: s.hidden, maxRows: s.maxRows, maxColumns: s.maxColumns, frozenRows: s.frozenRows, frozenColumns: s.frozenColumns });
    const dates = new Set(s.dates.map(([r, c]) => `${r}:${c}`));
    // A loop, not Math.max(...cells): a ledger tab of 10,000 creators' rows passes the engine's argument limit.
    let [rows, columns] = [0, 0];
    for (const [r, c] of s.cells) [rows, columns] = [Math.max(rows, r + 1), Math.max(columns, c + 1)];
    const grid: (string | number | boolean | Date | null)[][] = Array.from({ length: rows }, () => Array.from({ length: columns }, () => null));
    for (const [r, c, content] of s.cells) (grid[r] as unknown[])[c] = typeof content === 'number' && dates.has(`${r}:${c}`) ? utcDateFromSerial(content) : content;
    if (rows > 0) model.engine.setContents(sheet.engineId, 0, 0, grid);
    for (const name of KEPT) for (const [r, c, v] of s.attributes[name] ?? []) sheet.cells[name].set(r, c, v);
  });
  for (const sheet of model.sheets) if (sheet.name.endsWith('\u0000')) model.renameSheet(sheet, sheet.name.slice(0, -1));
  model.activeSheet = model.sheets[0] as SheetModel;
  return model;
}

/** A copy to try a batchUpdate on: Sheets applies a batch entirely or not at all. */
export function copySpreadsheet(model: SpreadsheetModel, clock: () => Date): SpreadsheetModel {
  return loadSpreadsheet(saveSpreadsheet(model), clock);
}

export function spreadsheetCodec(clock: () => Date): ContentCodec<SpreadsheetModel> {
  return { serialize: saveSpreadsheet, deserialize: (data) => loadSpreadsheet(data, clock) };
}
