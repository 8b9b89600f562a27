// Reads values the way people type them into cells and campaign files: "42K", "1.2M", "3.5%", "$1,200", "0.035".
// One parser serves sheet cells and the campaign file, so both accept exactly the same input.
import { conventionsOf, swapped, type NumberConventions } from './locale.ts';
import { escapeRegex } from './regex.ts';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string; ambiguous?: boolean };

/** Larger than any real budget, audience or count: 1e308 typed as a cost is a typo, and would sum to Infinity. */
export const MAX_PLAUSIBLE = 1e15;

const CURRENCY_PREFIX = /^(?:US\$|CA\$|A\$|[$€£¥₹]|(?:USD|EUR|GBP|CAD|AUD|JPY|INR|CHF|MXN|BRL)(?![A-Za-z]))\s*/i;
const CURRENCY_SUFFIX = /\s*(?:[$€£¥₹]|(?<![A-Za-z])(?:USD|EUR|GBP|CAD|AUD|JPY|INR|CHF|MXN|BRL))$/i;
/** How people shorten big numbers: 42K, 1.2M, 2B; German Tsd., Mio., Mrd.; Spanish mil and MM. */
const SCALE = /\s*(tsd\.?|mio\.?|mrd\.?|mil|mm|bn|k|m|b)$/i;
const SCALES: Record<string, number> = { k: 1e3, tsd: 1e3, mil: 1e3, m: 1e6, mm: 1e6, mio: 1e6, b: 1e9, bn: 1e9, mrd: 1e9 };
const SPACE_LIKE = /[\u00a0\u202f]/g;

function isBlank(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === 'string' && input.replace(/\ufeff/g, '').trim() === '');
}

const amountPatterns = new Map<string, RegExp>();

/** Digits as the conventions write them ("1.234,5" in de_DE), with an optional exponent on plain digits. */
function readAmount(text: string, conventions: NumberConventions): number | undefined {
  const key = `${conventions.decimal}${conventions.groups.join('')}`;
  let pattern = amountPatterns.get(key);
  if (!pattern) {
    const groups = `(?:${conventions.groups.map(escapeRegex).join('|')})`;
    pattern = new RegExp(`^([1-9]\\d{0,2}(?:${groups}\\d{3})+|\\d+)?(?:${escapeRegex(conventions.decimal)}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
    amountPatterns.set(key, pattern);
  }
  const match = pattern.exec(text);
  if (!match) return undefined;
  const [, whole, fraction, exponent] = match;
  if (whole === undefined && !fraction) return undefined;
  const grouped = whole !== undefined && conventions.groups.some((g) => whole.includes(g));
  if (exponent !== undefined && grouped) return undefined;
  const digits = (whole ?? '0').replace(/\D/g, '');
  return Number(`${digits}.${fraction || '0'}e${exponent ?? '0'}`);
}

/** "400.000" where the dot is a decimal point: 400 here, 400,000 where the dot groups thousands. */
const readsBothWays = (text: string, conventions: NumberConventions) =>
  new RegExp(`^[1-9]\\d{0,2}${escapeRegex(conventions.decimal)}\\d{3}$`).test(text);

/** Written the other way unmistakably: both marks ("1.234,56") or several groups ("1.234.567"). */
const clearlyOtherWay = (text: string, other: NumberConventions) =>
  other.groups.some((g) => text.includes(g)) && (text.includes(other.decimal) || other.groups.some((g) => text.split(g).length > 2));

/**
 * A number from a number or typed text; blank is `null`; "3.5%" is 0.035; "42K" is 42000; "1e5" is 100000.
 * Text is read in `locale` ("de_DE": "1.234,56 €" is 1234.56); text written unmistakably the other way
 * ("1.234,56" in en_US) is read that way, and text that reads as two different numbers ("400.000": 400 with a
 * decimal point, 400,000 with a thousands dot) is refused as ambiguous rather than guessed.
 */
export function parseNumber(input: unknown, locale?: string): Parsed<number> {
  if (isBlank(input)) return { ok: true, value: null };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'is not a finite number' };
    return Math.abs(input) > MAX_PLAUSIBLE ? { ok: false, reason: `${input} is too large to be a real figure` } : { ok: true, value: input };
  }
  if (typeof input !== 'string') return { ok: false, reason: `is ${describe(input)}, not a number` };
  const notANumber = { ok: false as const, reason: `"${input}" is not a number` };
  let text = input.replace(/\ufeff/g, '').replace(SPACE_LIKE, ' ').replace(/\u2212/g, '-').trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true; // accounting style: (1,200)
    text = text.slice(1, -1).trim();
  }
  if (/^[-+]/.test(text)) {
    if (text.startsWith('-')) negative = !negative;
    text = text.slice(1).trim();
  }
  const prefixed = CURRENCY_PREFIX.test(text);
  text = text.replace(CURRENCY_PREFIX, '').replace(CURRENCY_SUFFIX, '').trim();
  if (!prefixed && text.startsWith('-')) return notANumber;
  if (prefixed && /^[-+]/.test(text)) {
    if (text.startsWith('-')) negative = !negative; // $-40
    text = text.slice(1).trim();
  }
  const percent = /\s*%$/.test(text);
  if (percent) text = text.replace(/\s*%$/, '');
  const scale = percent ? null : SCALE.exec(text);
  if (scale) text = text.slice(0, scale.index);
  text = text.trim();
  const conventions = conventionsOf(locale);
  const other = swapped(conventions);
  let amount = readAmount(text, conventions);
  if (amount !== undefined && !scale && !percent && readsBothWays(text, conventions) && readAmount(text, other) !== undefined) {
    return {
      ok: false, ambiguous: true,
      reason: `"${input}" reads as ${formatPlain(amount)} with a decimal ${conventions.decimal === '.' ? 'point' : 'comma'} and as ${formatPlain(readAmount(text, other) ?? 0)} with a thousands ${other.groups[0] === '.' ? 'dot' : 'comma'}; write it without the separator (${text.replace(/\D/g, '')}) or with a decimal that can't be a thousands group`,
    };
  }
  // The other way only when it can't be this way's: both marks, several groups, "0,5", or a 1.2K, 3.5% or 1e5.
  const otherWayOnly = clearlyOtherWay(text, other) || scale !== null || percent || /^0[.,]\d|[eE]/.test(text);
  if (amount === undefined && otherWayOnly && !readsBothWays(text, other)) amount = readAmount(text, other);
  if (amount === undefined) return notANumber;
  let value = amount;
  if (scale) value *= SCALES[(scale[1] ?? '').toLowerCase().replace('.', '')] ?? 1;
  if (percent) value = Number(`${amount}e-2`);
  if (negative) value = -value;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_PLAUSIBLE) return { ok: false, reason: `"${input}" is too large to be a real figure` };
  return { ok: true, value };
}

/** 400000 as "400,000" for messages, without depending on the runtime's locale data. */
function formatPlain(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** What a typed number says about its unit: "3.5%" is a percentage, "$0.50" or "EUR 12" money, "1,200" neither. */
export function typedUnit(input: unknown): 'percent' | 'money' | null {
  const parsed = parseNumber(input);
  if (typeof input !== 'string' || !parsed.ok || parsed.value === null) return null;
  const text = input.trim().replace(/\u00a0/g, ' ').replace(/^[(-]\s*/, '');
  if (text.includes('%')) return 'percent';
  return CURRENCY_PREFIX.test(text) || CURRENCY_SUFFIX.test(text) ? 'money' : null;
}

/**
 * A rate as a fraction. "4.1%" and 0.041 both read as 0.041; a bare number above 1 (4.1) is taken as a
 * percentage because nobody has a 410% engagement rate, and the caller is told so it can say so.
 */
export function parseRate(input: unknown, locale?: string): Parsed<number> & { assumedPercent?: boolean } {
  const parsed = parseNumber(input, locale);
  if (!parsed.ok || parsed.value === null) return parsed;
  const typedPercent = typeof input === 'string' && input.includes('%');
  if (!typedPercent && Math.abs(parsed.value) > 1) return { ok: true, value: parsed.value / 100, assumedPercent: true };
  return parsed;
}


/** Campaign dates outside these years are typos (a due date typed 20261118 shows as the year 57373). */
export const PLAUSIBLE_YEARS = { from: 1990, to: 2100 } as const;

const TIME_OF_DAY = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME_OF_DAY}$`);
const COMPACT_ISO = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME_OF_DAY}$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\.?\s+([a-z]{3,})\.?,?\s+(\d{4})${TIME_OF_DAY}$`, 'i');
const MONTH_DAY = new RegExp(String.raw`^([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME_OF_DAY}$`, 'i');

const plausible = (year: number) => year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
const iso = (parts: readonly number[]) => parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');

/**
 * An ISO date (yyyy-mm-dd) from a Date, "2026-11-20", "20261120", "11/20/2026" (in `locale`'s order: "20.11.2026"
 * in de_DE) or "20 Nov 2026", a time of day after it ignored; blank is `null`. A year outside 1990–2100 is refused
 * as a typo.
 */
export function parseDate(input: unknown, timeZone = 'Etc/UTC', locale?: string): Parsed<string> {
  if (isBlank(input)) return { ok: true, value: null };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const date = input as Date;
    if (Number.isNaN(date.getTime())) return { ok: false, reason: 'is an invalid date' };
    const value = isoDateIn(date, timeZone);
    const year = Number(/^-?\d+/.exec(value)?.[0] ?? 0);
    return plausible(year) ? { ok: true, value } : { ok: false, reason: `is the year ${year}, not a plausible date (type dates like 2026-11-18)` };
  }
  if (typeof input !== 'string') return { ok: false, reason: `is ${describe(input)}, not a date` };
  const text = input.replace(/\ufeff/g, '').trim();
  let parts: [number, number, number] | null = null;
  // Every group below takes part in its pattern's match, so the '' defaults are never used.
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text) ?? COMPACT_ISO.exec(text))) parts = [Number(m[1]), Number(m.length > 4 ? m[3] : m[2]), Number(m.length > 4 ? m[4] : m[3])];
  else if ((m = NUMERIC.exec(text))) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    // In the locale's order; without one, month first (en_US) unless dotted (18.11.2026 is only ever day first).
    const dayFirst = locale === undefined ? m[2] === '.' : conventionsOf(locale).dateOrder !== 'MDY';
    parts = dayFirst ? [year, second, first] : [year, first, second];
  } else if ((m = DAY_MONTH.exec(text))) parts = [Number(m[3]), monthOf(m[2] ?? ''), Number(m[1])];
  else if ((m = MONTH_DAY.exec(text))) parts = [Number(m[3]), monthOf(m[1] ?? ''), Number(m[2])];
  if (!parts || !isRealDate(...parts)) return { ok: false, reason: `"${input}" is not a date (use yyyy-mm-dd)` };
  if (!plausible(parts[0])) return { ok: false, reason: `"${input}" is the year ${parts[0]}, not a plausible date (use yyyy-mm-dd)` };
  return { ok: true, value: iso(parts) };
}

/** "Nov", "november", "Sept" → 11, 11, 9; 0 for anything else. */
function monthOf(word: string): number {
  const lower = word.toLowerCase();
  return lower.length < 3 ? 0 : FULL_MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Checkbox-style values: TRUE/FALSE, yes/no, y/n, 1/0; blank is `null`. */
export function parseBoolean(input: unknown): Parsed<boolean> {
  if (isBlank(input)) return { ok: true, value: null };
  if (typeof input === 'boolean') return { ok: true, value: input };
  if (input === 1 || input === 0) return { ok: true, value: input === 1 };
  if (typeof input === 'string') {
    const text = input.trim().toLowerCase();
    if (['true', 'yes', 'y', '1', 'x', '✓'].includes(text)) return { ok: true, value: true };
    if (['false', 'no', 'n', '0'].includes(text)) return { ok: true, value: false };
  }
  return { ok: false, reason: `"${String(input)}" is not yes or no` };
}

/**
 * The choice `input` names, matched without regard to case, spacing or hyphens; `aliases` are other spellings
 * of a choice (the campaign file's "historical" for "Historical data"). Blank is `null`.
 */
export function parseChoice<T extends string>(input: unknown, choices: readonly T[], aliases: Readonly<Record<string, string>> = {}): Parsed<T> {
  if (isBlank(input)) return { ok: true, value: null };
  const wanted = normalizeLabel(String(input));
  const alias = Object.keys(aliases).find((name) => normalizeLabel(name) === wanted);
  const target = alias === undefined ? wanted : normalizeLabel(aliases[alias] ?? '');
  const found = choices.find((choice) => normalizeLabel(choice) === target);
  return found ? { ok: true, value: found } : { ok: false, reason: `"${String(input)}" is not one of: ${choices.join(', ')}` };
}

export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/[\s_\-–—]+/g, ' ').trim();
}

/** Text as a person typed it, trimmed; numbers and dates become their plain text. */
export function parseText(input: unknown): string {
  if (isBlank(input)) return '';
  if (input instanceof Date) return isoDateIn(input, 'Etc/UTC');
  return String(input).trim();
}

export function isoDateIn(date: Date, timeZone: string): string {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format); // making one costs far more than using it, and every dated cell asks
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function describe(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (input === null) return 'empty';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}
