// What may be written into a cell: people's text is kept inert so it is never run as a formula or reinterpreted.
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

/**
 * A value destined for an input cell: numbers, booleans and dates as such, text made inert. An ISO date in a date
 * column is left for Sheets to read as a date, as if typed there; any other text (including "42K" in a number
 * column, kept as typed until it is read) is quoted wherever Sheets might turn it into something else.
 */
export function toCellInput(value: CellInput | undefined, type?: ColumnType): CellInput {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return value;
  if (type === 'date' && ISO_DATE.test(value)) return value;
  return inertText(value);
}
