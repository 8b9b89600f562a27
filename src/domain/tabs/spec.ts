// What a tab is made of: one ColumnSpec per column, the single source of truth used to build, read and document it.

export type ColumnType =
  | 'text' // free text
  | 'url'
  | 'choice' // dropdown of `choices`
  | 'checkbox'
  | 'date'
  | 'count' // whole numbers people type: followers, clicks…
  | 'money' // in the campaign currency
  | 'rate' // a fraction shown as a percentage
  | 'rating' // 1–5
  | 'number';

/** Builds A1 references for a formula in one row: `ref('cost')` is "G7"; `ref.column('er')` is "$I:$I". */
export interface RowRefs {
  (key: string): string;
  column(key: string): string;
}

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** What the column means; shown as the header's note and in the README. */
  help: string;
  choices?: readonly string[];
  /** Computed columns: the formula for one row. Formulas show blank when inputs are missing or zero. */
  formula?: (ref: RowRefs) => string;
  /** Number format override; otherwise derived from `type`. */
  format?: string;
  width?: number;
  /** Left out of client-facing artefacts (ratings, owners, internal wording). */
  internal?: boolean;
}

/** A highlight rule for one column, in terms the adapter turns into a conditional format rule. */
export interface HighlightSpec {
  column: string;
  when: { textEquals: string } | { numberBelow: number } | { numberAbove: number };
  background: string;
  fontColor?: string;
}

export interface TableTabSpec {
  kind: 'table';
  name: string;
  purpose: string;
  columns: readonly ColumnSpec[];
  highlights?: readonly HighlightSpec[];
  /** Rows written when the tab is first built (input keys only). */
  starterRows?: readonly Record<string, string | number | boolean>[];
  /** Rows kept free of validation/formulas beyond this many are added as data grows. */
  minRows?: number;
}

export const HEADER_ROW = 1;

/** Column letters for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Formula cells guard their inputs with this so missing or zero inputs show blank, never #DIV/0!. */
export function ratio(numerator: string, denominator: string, options: { scale?: string; decimals?: number } = {}): string {
  const quotient = `${numerator}/${denominator}${options.scale ?? ''}`;
  const value = options.decimals === undefined ? quotient : `ROUND(${quotient},${options.decimals})`;
  return `=IF(AND(ISNUMBER(${numerator}),ISNUMBER(${denominator}),${denominator}<>0),${value},"")`;
}

export function numberFormatFor(column: ColumnSpec, currency: string): string {
  if (column.format) return column.format;
  switch (column.type) {
    case 'count':
      return '#,##0';
    case 'money':
      return currencyFormat(currency);
    case 'rate':
      return '0.0%';
    case 'rating':
      return '0';
    case 'date':
      return 'yyyy-mm-dd';
    case 'number':
      return '#,##0.##';
    default:
      // Not "@": Debrief keeps text inert with Sheets' quote prefix, whose behaviour is documented for General cells.
      return 'General';
  }
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CAD: 'CA$', AUD: 'A$' };

export function currencyFormat(currency: string): string {
  const code = currency.trim().toUpperCase() || 'USD';
  const symbol = CURRENCY_SYMBOLS[code] ?? `${code} `;
  return `[$${symbol}]#,##0.00`;
}
