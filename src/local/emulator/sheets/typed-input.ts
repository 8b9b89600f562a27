// Turns a string written by setValues into what Sheets stores, exactly as if a person had typed it in the
// spreadsheet's locale: "=…" formulas, "'…" literal text, "1,200" → 1200 (en_US) or "1.234,56 €" → 1234.56
// (de_DE), "3.5%" → 0.035, "1e5" → 100000, "(1,200)" → -1200, dates, times and TRUE/FALSE. "By default, Google
// Sheets trims text entered into cells" (TRIM, https://support.google.com/docs/answer/3094140): surrounding
// spaces, no-break spaces and a byte-order mark are dropped, so " 42" is 42 and "  hello" is "hello". Only the
// quote prefix keeps text exactly as written ("'  hello" holds "  hello"; Diagnostics checks that on Google).
import { parseTypedDate } from './typed-dates.ts';
import { typingLocale, type TypingLocale } from './typing-locale.ts';

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  /** `format` is the number format Sheets applies to a cell that had none (typing "5%" makes it a percent). */
  | { kind: 'value'; value: number | string | boolean; format?: string };

/** What typing depends on besides the text: the spreadsheet's locale and the current year ("11/18" is this year's). */
export interface TypingContext {
  locale: TypingLocale;
  year: number;
}

const defaultTyping = (): TypingContext => ({ locale: typingLocale('en_US'), year: new Date().getUTCFullYear() });

const OUTER_SPACE = /^[\s\u00a0\u202f\ufeff]+|[\s\u00a0\u202f\ufeff]+$/g;
const CURRENCY = '[$€£¥₹]';
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const numberPatterns = new Map<TypingLocale, RegExp>();

function numberPattern(locale: TypingLocale): RegExp {
  let pattern = numberPatterns.get(locale);
  if (!pattern) {
    const d = escapeRegex(locale.decimal);
    const g = `(?:${locale.groups.map(escapeRegex).join('|')})`;
    const digits = `\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d*)?|\\d+(?:${d}\\d*)?|${d}\\d+`;
    pattern = new RegExp(
      `^(?<sign1>[+-]?)(?<prefix>${CURRENCY}?)\\s?(?<sign2>[+-]?)(?<digits>${digits})(?<exponent>[eE][+-]?\\d+)?(?<percent>\\s?%)?(?:\\s?(?<suffix>${CURRENCY}))?$`,
    );
    numberPatterns.set(locale, pattern);
  }
  return pattern;
}

function currencyFormat(symbol: string): string {
  return symbol === '$' ? '$#,##0.00' : `[$${symbol}]#,##0.00`;
}

function parseNumber(text: string, locale: TypingLocale): CellContent | undefined {
  const accounting = /^\((.+)\)$/.exec(text);
  if (accounting) {
    const inner = parseNumber(accounting[1] as string, locale);
    if (inner?.kind !== 'value' || typeof inner.value !== 'number' || inner.value < 0) return undefined;
    return { ...inner, value: -inner.value };
  }
  const match = numberPattern(locale).exec(text);
  if (!match?.groups) return undefined;
  const { sign1 = '', prefix = '', sign2 = '', digits = '', exponent, percent, suffix } = match.groups;
  const currency = prefix || suffix || '';
  if ((sign1 && sign2) || (prefix && suffix)) return undefined;
  const grouped = locale.groups.some((g) => digits.includes(g));
  if (exponent && (currency || percent || grouped)) return undefined;
  if (sign2 && !prefix) return undefined;
  let plain = digits;
  for (const g of locale.groups) plain = plain.split(g).join('');
  plain = plain.replace(locale.decimal, '.');
  // Shifting the exponent in text keeps "3.5%" exactly 0.035 (3.5 / 100 would be 0.035000000000000003).
  const magnitude = Number(`${plain}${percent ? 'e-2' : exponent ?? ''}`);
  if (!Number.isFinite(magnitude)) return undefined;
  const value = (sign1 === '-' || sign2 === '-' ? -1 : 1) * magnitude;
  const decimals = digits.includes(locale.decimal) ? '.00' : '';
  if (percent) return { kind: 'value', value, format: '0.00%' };
  if (currency) return { kind: 'value', value, format: currencyFormat(currency) };
  if (exponent) return { kind: 'value', value, format: '0.00E+00' };
  if (grouped) return { kind: 'value', value, format: `#,##0${decimals}` };
  return { kind: 'value', value };
}

/** What a cell holds after someone types `text` into it (a cell formatted as plain text keeps it verbatim). */
export function parseTypedInput(text: string, plainTextCell = false, typing: TypingContext = defaultTyping()): CellContent {
  if (text === '') return { kind: 'empty' };
  if (plainTextCell) return { kind: 'value', value: text };
  if (text.startsWith("'")) return text.length === 1 ? { kind: 'empty' } : { kind: 'value', value: text.slice(1) };
  const core = text.replace(OUTER_SPACE, '');
  if (core.startsWith('=')) return { kind: 'formula', formula: core };
  const upper = core.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const parsed = core ? parseNumber(core, typing.locale) ?? parseTypedDate(core, typing.locale, typing.year) : undefined;
  if (parsed) return parsed;
  // Like Excel, Sheets reads a leading + or - as the start of a formula ("-abc" becomes =-abc → #NAME?).
  if ((core.startsWith('+') || core.startsWith('-')) && core.length > 1) return { kind: 'formula', formula: `=${core}` };
  return core === '' ? { kind: 'empty' } : { kind: 'value', value: core };
}
