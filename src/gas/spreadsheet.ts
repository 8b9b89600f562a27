// Access to the spreadsheet Debrief is running in, and the document lock that keeps double clicks apart.
import { BusyError, NotReadyError } from './errors.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new NotReadyError('Open Debrief from a spreadsheet (Extensions → Debrief).');
  return spreadsheet;
}

export function todayIn(spreadsheet: Spreadsheet): string {
  return Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
}

/** Runs `action` holding this spreadsheet's lock, so a second click waits or is told, rather than racing. */
export function withDocumentLock<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(20_000)) {
    throw new BusyError('Debrief is still working on this spreadsheet (a second click?). Try again in a moment.');
  }
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

/** All sheets by name, from one getSheets call. */
export function sheetsByName(spreadsheet: Spreadsheet): Map<string, GoogleAppsScript.Spreadsheet.Sheet> {
  return new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet]));
}

/** Everything in a sheet's used range: values and formulas, two calls whatever its size. */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined): { values: unknown[][]; formulas: string[][] } {
  if (!sheet) return { values: [], formulas: [] };
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}
