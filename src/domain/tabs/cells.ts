// What may be written into a cell: people's text is kept inert so it is never run as a formula or reinterpreted.
import { parseDate, parseNumber } from '../values.ts';
import type { ColumnType } from './spec.ts';

export type CellInput = string | number | boolean | Date | null;

const FORMULA_LEADS = /^[=+\-@']/;

/**
 * Whether Sheets might store `text` as something else if it were written unquoted: a formula ("=…", "+…", "-…",
 * "@…"), a number, date, time or boolean in some locale ("1e5", "12:30", "11/18/26", "1.", "TRUE"), or text with
 * spaces, no-break spaces or a byte-order mark around it, which Sheets trims. Deliberately broad: any digit is
 * enough, since quoting text that would have stayed text costs nothing.
 */
export function sheetsMightConvert(text: string): boolean {
  if (text === '') return false;
  return FORMULA_LEADS.test(text) || /^[\s#]|\s$/.test(text) || /\p{Nd}/u.test(text) || /^(true|false)$/i.test(text);
}

/**
 * Text exactly as a person wrote it. The quote prefix keeps it text and keeps it whole; Sheets hides the quote.
 */
export function inertText(text: string): string {
  return sheetsMightConvert(text) ? `'${text}` : text;
}

/** A value read back from a sheet (getValues/getFormulas) as it must be written to leave the cell unchanged. */
export function rewriteAsIs(value: unknown, formula: string | undefined): CellInput {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return inertText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

/** A date in the one spelling every locale reads as a date: yyyy-mm-dd. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER_TYPES: readonly (ColumnType | undefined)[] = ['count', 'money', 'number', 'rating'];

/**
 * A value destined for an input cell: numbers, booleans and dates as such, text made inert. Text in a number or date
 * column that Debrief reads as a number or date ("42K", "1,200", "18 Nov 2026") is written as that number, or as an
 * ISO date (the one spelling every locale reads), never left for Sheets to read its own way ("1,200" is 1.2 in a
 * German spreadsheet); any other text ("lots", "11/12/2026", read later in the sheet's locale and named by a check
 * if it can't be) is quoted, so it stays as typed.
 */
export function toCellInput(value: CellInput | undefined, type?: ColumnType): CellInput {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return value;
  if (type === 'date') {
    const date = parseDate(value);
    if (date.ok && date.value !== null && (ISO_DATE.test(value.trim()) || !/^\d{1,2}\D\d{1,2}\D/.test(value.trim()))) return date.value;
  }
  if (NUMBER_TYPES.includes(type)) {
    const number = parseNumber(value);
    if (number.ok && number.value !== null) return number.value;
  }
  return inertText(value);
}
