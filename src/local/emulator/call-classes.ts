// How each Apps Script call reaches Google, so the CallLog can count round trips, buffered writes and flushes
// and the benchmark's cost model (src/local/cost-model.ts) can price them. The classes follow
// ../../../../shared/research/apps-script-costs.md: reads and every Advanced Service call are server round trips,
// Spreadsheet writes are buffered until the next read (which flushes them) or the end of the execution, and
// builders, handles and geometry are local. Where Google documents nothing, the stricter reading is taken:
// a DocumentApp or SlidesApp element getter counts as a round trip, its setters as writes that saveAndClose flushes
// ("Saves the current Document. Causes pending updates to be flushed and applied", Document.saveAndClose reference).

export type CallClass =
  /** A Spreadsheet read (values, formulas, notes, formats, sheets, rules, extent): a round trip that flushes pending writes. */
  | 'sheetRead'
  /** A Spreadsheet write (Range.set*, Sheet.insert*, setNamedRange…): buffered until the next read or the execution's end. */
  | 'sheetWrite'
  /** SpreadsheetApp.flush(). */
  | 'flush'
  /** Builders, object handles and range geometry: answered by the script runtime without a server call. */
  | 'local'
  | 'propertiesRead'
  | 'propertiesWrite'
  | 'lock'
  /** A DocumentApp / SlidesApp element getter (getText, findText, getChild…). */
  | 'elementRead'
  /** A DocumentApp / SlidesApp element edit (insertParagraph, setText…), applied at saveAndClose. */
  | 'elementWrite'
  /** DocumentApp / SlidesApp / SpreadsheetApp openById, openByUrl, create. */
  | 'open'
  /** Document / Presentation saveAndClose. */
  | 'save'
  /** An Advanced Service or DriveApp read (get, list, export, getBlob). */
  | 'restRead'
  /** An Advanced Service or DriveApp write (create, batchUpdate, update, delete, setName…). */
  | 'restWrite'
  /** Drive Files.copy / File.makeCopy. */
  | 'fileCopy';

/** Classes whose calls are round trips: every class but local calls and buffered writes. */
export const ROUND_TRIP_CLASSES: ReadonlySet<CallClass> = new Set<CallClass>([
  'sheetRead', 'flush', 'propertiesRead', 'propertiesWrite', 'lock', 'elementRead', 'open', 'save', 'restRead', 'restWrite', 'fileCopy',
]);

const LOCAL_SERVICES = new Set(['Base', 'HTML', 'Utilities', 'Script', 'Console', 'Charts']);
const DOCUMENT_LIKE = new Set(['Document', 'Slides']);
const READ_PREFIX = /^(get|find|is|has|can|copy)/;

/** Range methods that answer from the range's own coordinates. */
const RANGE_GEOMETRY = new Set([
  'getRow', 'getColumn', 'getLastRow', 'getLastColumn', 'getNumRows', 'getNumColumns', 'getA1Notation', 'getSheet', 'getGridId', 'getCell', 'offset',
  'getRowIndex', 'getColumnIndex', 'getHeight', 'getWidth',
]);
/** Sheet and Spreadsheet metadata the handle already carries (a guess: Google documents no cost for them). */
const HANDLE_METADATA = new Set([
  'getName', 'getSheetName', 'getSheetId', 'getIndex', 'getParent', 'getId', 'getUrl', 'getSpreadsheetTimeZone', 'getActiveSheet', 'getRange', 'getRangeList',
  'newChart', 'toast',
]);

function spreadsheetClass(className: string, method: string): CallClass {
  if (className.endsWith('Builder')) return 'local';
  switch (className) {
    case 'SpreadsheetApp':
      if (method === 'flush') return 'flush';
      if (/^(open|create)/.test(method)) return 'open';
      return 'local'; // getActiveSpreadsheet, getUi, new*Builder
    case 'Range':
      if (RANGE_GEOMETRY.has(method)) return 'local';
      return READ_PREFIX.test(method) ? 'sheetRead' : 'sheetWrite';
    case 'Sheet':
    case 'Spreadsheet':
      if (HANDLE_METADATA.has(method)) return 'local';
      return READ_PREFIX.test(method) ? 'sheetRead' : 'sheetWrite';
    default:
      // Objects already fetched (rules, validations, charts, named ranges, protections): getters are local, setters write.
      return READ_PREFIX.test(method) ? 'local' : 'sheetWrite';
  }
}

function documentClass(className: string, method: string): CallClass {
  if (className === 'DocumentApp' || className === 'SlidesApp') return /^(open|create|getActive)/.test(method) ? 'open' : 'local';
  if (method === 'saveAndClose') return 'save';
  return READ_PREFIX.test(method) ? 'elementRead' : 'elementWrite';
}

function restClass(className: string, method: string): CallClass {
  if (method === 'copy' || method === 'makeCopy') return 'fileCopy';
  if (className === 'FileIterator' || className === 'FolderIterator') return 'local'; // pages come with the search that made them
  if (/^new[A-Z]/.test(method)) return 'local'; // Docs.newInsertTextRequest()…: empty resources
  if (className === 'File' || className === 'Folder') return READ_PREFIX.test(method) && method !== 'getBlob' ? 'local' : method === 'getBlob' ? 'restRead' : 'restWrite';
  return /^(get|list|export|search|watch)/.test(method) ? 'restRead' : 'restWrite';
}

/** The class of `Class.method`, from the official interface name the fake is tracked as ("Spreadsheet.Range"). */
export function classifyCall(qualifiedClass: string, method: string): CallClass {
  const parts = qualifiedClass.split('.');
  const service = parts[0] ?? '';
  const className = parts[parts.length - 1] ?? '';
  if (LOCAL_SERVICES.has(service)) return 'local';
  if (service === 'Spreadsheet') return spreadsheetClass(className, method);
  if (service === 'Properties') {
    if (className.endsWith('Service')) return 'local';
    return /^get/.test(method) ? 'propertiesRead' : 'propertiesWrite';
  }
  if (service === 'Lock') return className === 'LockService' ? 'local' : 'lock';
  // Advanced Services (Docs, Slides, Drive and their collections) and DriveApp.
  if (service === 'Drive' || qualifiedClass.includes('Collection') || qualifiedClass === 'Docs' || qualifiedClass === 'Slides') return restClass(className, method);
  if (DOCUMENT_LIKE.has(service)) return documentClass(className, method);
  return 'local';
}

/**
 * Cells a call reads or writes, counted as the values that travel: a read or an array setter (setValues,
 * setNumberFormats…) moves one per cell of its range; a single-value setter (setNumberFormat, setDataValidation,
 * setFormulaR1C1, setValue…) sends one value for the whole range, as the Sheets API's RepeatCellRequest does ("Updates
 * all cells in the range to the values in the given Cell object"), and a RangeList's one per range. Sheets' own work
 * applying it is in the flush, as for every write. appendRow sends its row. Clearing sends no cells, so it counts none.
 */
export function cellsOf(target: object, className: string, method: string, args: readonly unknown[]): number | undefined {
  if (className === 'Sheet' && method === 'getSheetValues') return undefined; // its extent is known once read: cellsReturned
  const grid = (target as { _grid?: { numRows: number; numColumns: number } })._grid;
  if (className === 'Range' && grid) {
    if (RANGE_GEOMETRY.has(method) || /^clear/.test(method)) return 0;
    return SINGLE_VALUE_SETTER.test(method) ? 1 : grid.numRows * grid.numColumns;
  }
  const grids = (target as { _grids?: unknown[] })._grids;
  if (className === 'RangeList' && grids && /^set/.test(method)) return grids.length;
  if (className === 'Sheet' && method === 'appendRow' && Array.isArray(args[0])) return args[0].length;
  return 0;
}

/** Cells of a grid a call returned (Sheet.getSheetValues, whose -1 reaches the last row or column with data). */
export function cellsReturned(result: unknown): number {
  return Array.isArray(result) ? result.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 0), 0) : 0;
}

/** Range setters that take one value for the whole range (their array forms end in "s": setNumberFormats). */
const SINGLE_VALUE_SETTER = /^set.*[^s]$|^insertCheckboxes$/;
