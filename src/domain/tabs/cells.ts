// What may be written into a cell: people's text is kept inert so it is never run as a formula or reinterpreted.
import { parseDate, parseNumber } from '../values.ts';
import type { ColumnType } from './spec.ts';

export type CellInput = string | number | boolean | Date | null;

const FORMULA_LEADS = /^[=+\-@']/;

/**
 * Text exactly as a person wrote it. Sheets runs "=…" (and "+…", "-…", "@…") as formulas and turns "1,200" or
 * "3/4" into numbers and dates; the quote prefix keeps it text, and Sheets hides the quote.
 */
export function inertText(text: string): string {
  if (text === '') return '';
  if (FORMULA_LEADS.test(text)) return `'${text}`;
  const looksNumeric = parseNumber(text).ok || parseDate(text).ok || /^(true|false)$/i.test(text.trim());
  return looksNumeric ? `'${text}` : text;
}

/** A value read back from a sheet (getValues/getFormulas) as it must be written to leave the cell unchanged. */
export function rewriteAsIs(value: unknown, formula: string | undefined): CellInput {
  if (formula) return formula;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return inertText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

const TEXT_TYPES: readonly (ColumnType | undefined)[] = [undefined, 'text', 'url', 'choice'];

/**
 * A value destined for an input cell: numbers, booleans and dates as such, text made inert. In a date or number
 * column, text Sheets would read as that type ("2026-11-18") is left for Sheets to parse, as if typed there;
 * anything formula-like is still quoted.
 */
export function toCellInput(value: CellInput | undefined, type?: ColumnType): CellInput {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return value;
  if (!TEXT_TYPES.includes(type) && !FORMULA_LEADS.test(value)) return value;
  return inertText(value);
}
