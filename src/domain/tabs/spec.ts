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

/**
 * Who a column's values may reach beyond the team that works in the spreadsheet: `client` (the client report and
 * renewal slides) and `creator` (a note to a creator about their own work). The team always sees everything.
 */
export type Audience = 'team' | 'client' | 'creator';

/** Audiences, for column specs: everyone, the team and the client, the team and the creator, the team only. */
export const EVERYONE = ['team', 'client', 'creator'] as const;
export const TEAM_AND_CLIENT = ['team', 'client'] as const;
export const TEAM_AND_CREATOR = ['team', 'creator'] as const;
export const TEAM_ONLY = ['team'] as const;

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** What the column means; shown as the header's note and in the README. */
  help: string;
  choices?: readonly string[];
  /** Other spellings that read as a choice (the campaign file's short names): "historical" → "Historical data". */
  choiceAliases?: Readonly<Record<string, string>>;
  /** Computed columns: the formula for one row. Formulas show blank when inputs are missing or zero. */
  formula?: (ref: RowRefs) => string;
  /** Number format override; otherwise derived from `type` (or, with `unitFrom`, from each row's unit). */
  format?: string;
  width?: number;
  /** Who may see the column's values: client-facing artefacts get only what reaches the client. */
  audience: readonly Audience[];
  /** Other headers that mean this column in imports and CSV exports ("Add to favorites" for saves). */
  aliases?: readonly string[];
  /** What a blank cell reads as, instead of null. */
  whenBlank?: boolean;
  /** A number column whose unit (count, money, percent, number) is the named column of the same row. */
  unitFrom?: string;
  /**
   * The least and most a value can be (counts and money are never negative; an engagement rate is 0–100%): a value
   * outside is named by a check and left out of every figure, and the tab's formulas leave it out too.
   */
  min?: number;
  max?: number;
}

/**
 * A hidden column that Debrief's formulas lean on, never data: not read, imported, exported or shown to anyone.
 * One formula in the first data row whose result spills down the column (a sorted copy the Rank formulas search
 * by bisection, say, so ranking 10,000 rows costs n log n in Sheets rather than n²).
 */
export interface HelperColumnSpec {
  key: string;
  header: string;
  help: string;
  /** The spilling formula, from the first data row's references and the last row the tab's formulas fill. */
  formula: (ref: RowRefs, lastRow: number) => string;
}

/** A highlight rule for one column, in terms the adapter turns into a conditional format rule. */
export interface HighlightSpec {
  column: string;
  when: { textEquals: string } | { numberBelow: number };
  background: string;
  fontColor?: string;
}

export interface TableTabSpec {
  kind: 'table';
  name: string;
  /** The tab's records in a Workbook and its list in the campaign file: "creators". */
  key: string;
  purpose: string;
  columns: readonly ColumnSpec[];
  /** The column that identifies a row: required in the campaign file; an import matching it fills that row. */
  identity?: string;
  /** The column that names a row in messages, when there is no identity (an issue's description). */
  label?: string;
  highlights?: readonly HighlightSpec[];
  /** Rows written when the tab is first built (input keys only). */
  starterRows?: readonly Record<string, string | number | boolean>[];
  /** Rows kept free of validation/formulas beyond this many are added as data grows. */
  minRows?: number;
  /** Hidden columns after the tab's own, for its formulas' sake. */
  helpers?: readonly HelperColumnSpec[];
}

/** A column's value in a record, from its type: text is '' when blank, everything else null (or `whenBlank`). */
type CellValueOf<C extends { type: ColumnType }> = C['type'] extends 'text' | 'url'
  ? string
  : C['type'] extends 'choice'
    ? (C extends { choices: readonly (infer V extends string)[] } ? V : string) | null
    : C['type'] extends 'checkbox'
      ? boolean | null
      : C['type'] extends 'date'
        ? string | null
        : number | null;
export type ValueOf<C extends { type: ColumnType }> = C extends { whenBlank: boolean } ? NonNullable<CellValueOf<C>> : CellValueOf<C>;

/** The columns people type into (formula columns are the sheet's; the analysis recomputes them). */
export type InputColumnOf<S extends TableTabSpec> = Exclude<S['columns'][number], { formula: unknown }>;

/** The record a table tab's row reads as: `row` (its sheet row, or its index in a file) and each input column. */
export type RecordOf<S extends TableTabSpec> = { row: number } & { -readonly [C in InputColumnOf<S> as C['key']]: ValueOf<C> };

/** The value a blank cell of `column` reads as. */
export function blankValue(column: Pick<ColumnSpec, 'type' | 'whenBlank'>): string | boolean | null {
  if (column.whenBlank !== undefined) return column.whenBlank;
  return column.type === 'text' || column.type === 'url' ? '' : null;
}

/** Whether `audience` may see `column`'s values. */
export const reaches = (column: Pick<ColumnSpec, 'audience'>, audience: Audience): boolean => column.audience.includes(audience);

export const HEADER_ROW = 1;

/** Column letters for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  const known = LETTERS[index];
  if (known !== undefined) return known;
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  if (index >= 0 && index < 1000) LETTERS[index] = letters; // every formula of every row asks again
  return letters;
}

const LETTERS: string[] = [];

/**
 * Larger than any real amount: the analysis leaves such a value out (values.ts MAX_PLAUSIBLE, 10^15), so formulas do
 * too. Written out in digits: Sheets reads `1E15` in a formula, but HyperFormula (the local Workspace) refuses it.
 */
export const PLAUSIBLE = '1000000000000000';

/**
 * Formula cells guard their inputs with this so missing or zero inputs show blank, never #DIV/0!. With `amounts`,
 * a negative or implausibly large input (which the analysis refuses and names) shows blank too, so the sheet and
 * the analysis agree on every cell.
 */
export function ratio(numerator: string, denominator: string, options: { scale?: string; decimals?: number; amounts?: boolean } = {}): string {
  const quotient = `${numerator}/${denominator}${options.scale ?? ''}`;
  const value = options.decimals === undefined ? quotient : `ROUND(${quotient},${options.decimals})`;
  const bounds = options.amounts
    ? `,${numerator}>=0,${numerator}<${PLAUSIBLE},${denominator}>0,${denominator}<${PLAUSIBLE}`
    : `,${denominator}<>0`;
  return `=IF(AND(ISNUMBER(${numerator}),ISNUMBER(${denominator})${bounds}),${value},"")`;
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
      // Automatic: 4 shows as 4 and 4.5 as 4.5. "#,##0.##" would show 4 as "4." in Sheets.
      return 'General';
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
