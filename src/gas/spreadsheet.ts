// Access to the spreadsheet Debrief is running in, and the document lock that keeps double clicks apart.
import { BusyError, NotReadyError } from './errors.ts';
import { forgetStoredValues } from './stored-properties.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new NotReadyError('Open Debrief from a spreadsheet (Extensions → Debrief).');
  return spreadsheet;
}

/** Today's date where the spreadsheet is; pass its time zone when already read (one round trip fewer). */
export function todayIn(spreadsheet: Spreadsheet | string): string {
  const timeZone = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getSpreadsheetTimeZone();
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/** Set while the menu runs an action: its execution goes on after the action (an alert waiting for the person). */
let workAfterAction = false;

/** Runs `body` (a menu item's handler), whose execution goes on after each locked action: each lock is released as it ends. */
export function withWorkAfterAction<T>(body: () => T): T {
  const was = workAfterAction;
  workAfterAction = true;
  try {
    return body();
  } finally {
    workAfterAction = was;
  }
}

export interface LockOptions {
  /**
   * The action writes nothing to this spreadsheet (a document: it writes Drive files and properties, which are
   * written at once). Called from the sidebar, its execution ends when it returns, and "the lock is automatically
   * released when the script terminates" (Lock.releaseLock reference): the release is left to that, one round trip
   * fewer. An action that writes cells keeps its explicit release (Google's advice: flush, then release).
   */
  writesNothingHere?: boolean;
}

/** Runs `action` holding this spreadsheet's lock, so a second click waits or is told, rather than racing. */
export function withDocumentLock<T>(action: () => T, options: LockOptions = {}): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(20_000)) {
    throw new BusyError('Debrief is still working on this spreadsheet (a second click?). Try again in a moment.');
  }
  forgetStoredValues(); // what was read before the lock may be another execution's past: read it again under it
  if (options.writesNothingHere && !workAfterAction) return action(); // released when the execution ends, right after
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

/**
 * Which formulas a read needs besides the values: every cell's (to rewrite rows exactly as they are), none (a
 * document reads values only), or those of the columns a function finds from the header row (a build needs only
 * its formula columns'; Analyze, also the columns of cells it converts), read as one block spanning them.
 */
export type FormulaRead = 'all' | 'none' | ((header: readonly unknown[], values: readonly unknown[][]) => readonly number[]);

/**
 * A sheet's used range in one round trip: getSheetValues with -1 reaches "the very last row or column that has data"
 * (Sheet.getSheetValues reference), where getDataRange + getValues cost two. Diagnostics checks on Google that both
 * read the same block; a sheet with no data at all (where the -1 block would have no rows) reads through getDataRange.
 */
export function usedValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    return sheet.getDataRange().getValues(); // an empty sheet: one cell, as getDataRange gives it
  }
}

/** Everything in a sheet's used range: values, and formulas as asked; one or two calls whatever its size. */
export function readSheetGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined, formulas: FormulaRead = 'all'): { values: unknown[][]; formulas: string[][] } {
  if (!sheet) return { values: [], formulas: [] };
  const values = usedValues(sheet);
  if (formulas === 'none') return { values, formulas: [] }; // not read: no row of formulas at all
  const numRows = values.length;
  const numColumns = values[0]?.length ?? 0;
  if (formulas === 'all') return { values, formulas: sheet.getRange(1, 1, numRows, numColumns).getFormulas() };
  const columns = formulas(values[0] ?? [], values).filter((c) => c >= 1 && c <= numColumns);
  if (columns.length === 0) return { values, formulas: values.map((row) => row.map(() => '')) };
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const span = sheet.getRange(1, first, numRows, last - first + 1).getFormulas();
  return { values, formulas: values.map((row, r) => row.map((_, c) => (c + 1 >= first && c + 1 <= last ? span[r]?.[c + 1 - first] ?? '' : ''))) };
}
