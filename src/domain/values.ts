// Reads values the way people type them into cells and campaign files: "42K", "1.2M", "3.5%", "$1,200", "0.035".
// One parser serves sheet cells and the campaign file, so both accept exactly the same input.

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const CURRENCY_SIGNS = /^[$€£¥₹]|^(USD|EUR|GBP|CAD|AUD|JPY|INR)\s*/i;
const SUFFIXES = { k: 1e3, m: 1e6, b: 1e9 };
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?\s*([kmb])?\s*(%)?$/i;

function isBlank(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === 'string' && input.trim() === '');
}

function suffixMultiplier(suffix: string): number {
  const key = suffix.toLowerCase();
  if (key === 'k' || key === 'm' || key === 'b') return SUFFIXES[key];
  throw new Error(`Internal error: "${suffix}" is not a number suffix.`); // NUMBER_PATTERN admits only k, m, b
}

/** A number from a number or typed text; blank is `null`; "3.5%" is 0.035; "42K" is 42000. */
export function parseNumber(input: unknown): Parsed<number> {
  if (isBlank(input)) return { ok: true, value: null };
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, reason: 'is not a finite number' };
  }
  if (typeof input !== 'string') return { ok: false, reason: `is ${describe(input)}, not a number` };
  let text = input.trim().replace(/\u00a0/g, ' ');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true; // accounting style: (1,200)
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  text = text.replace(CURRENCY_SIGNS, '').trim();
  const match = NUMBER_PATTERN.exec(text);
  if (!match || (match[2] === '' && !match[3])) return { ok: false, reason: `"${input}" is not a number` };
  const [, sign, whole = '', fraction = '', suffix, percent] = match;
  let value = Number(`${whole.replace(/,/g, '') || '0'}${fraction}`);
  if (suffix) value *= suffixMultiplier(suffix);
  if (percent) value /= 100;
  if (sign === '-' || negative) value = -value;
  return { ok: true, value };
}

/** What a typed number says about its unit: "3.5%" is a percentage, "$0.50" or "EUR 12" money, "1,200" neither. */
export function typedUnit(input: unknown): 'percent' | 'money' | null {
  const parsed = parseNumber(input);
  if (typeof input !== 'string' || !parsed.ok || parsed.value === null) return null;
  const text = input.trim().replace(/\u00a0/g, ' ').replace(/^[(-]\s*/, '');
  if (text.includes('%')) return 'percent';
  return CURRENCY_SIGNS.test(text) ? 'money' : null;
}

/**
 * A rate as a fraction. "4.1%" and 0.041 both read as 0.041; a bare number above 1 (4.1) is taken as a
 * percentage because nobody has a 410% engagement rate, and the caller is told so it can say so.
 */
export function parseRate(input: unknown): Parsed<number> & { assumedPercent?: boolean } {
  const parsed = parseNumber(input);
  if (!parsed.ok || parsed.value === null) return parsed;
  const typedPercent = typeof input === 'string' && input.includes('%');
  if (!typedPercent && Math.abs(parsed.value) > 1) return { ok: true, value: parsed.value / 100, assumedPercent: true };
  return parsed;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1–12 for "jan"…"dec"; 0 (not a real month, so isRealDate refuses it) for anything else. */
function monthNumber(abbreviation: string): number {
  return MONTHS.indexOf(abbreviation.toLowerCase()) + 1;
}

/** An ISO date (yyyy-mm-dd) from a Date, "2026-11-20", "11/20/2026" or "20 Nov 2026"; blank is `null`. */
export function parseDate(input: unknown, timeZone = 'Etc/UTC'): Parsed<string> {
  if (isBlank(input)) return { ok: true, value: null };
  if (input instanceof Date || Object.prototype.toString.call(input) === '[object Date]') {
    const date = input as Date;
    return Number.isNaN(date.getTime()) ? { ok: false, reason: 'is an invalid date' } : { ok: true, value: isoDateIn(date, timeZone) };
  }
  if (typeof input !== 'string') return { ok: false, reason: `is ${describe(input)}, not a date` };
  const text = input.trim();
  let parts: [number, number, number] | null = null;
  // Every group below takes part in its pattern's match, so the '' defaults are never used.
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text))) {
    const [, year = '', month = '', day = ''] = m;
    parts = [+year, +month, +day];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [, month = '', day = '', year = ''] = m;
    parts = [+year, +month, +day];
  } else if ((m = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i.exec(text))) {
    const [, day = '', month = '', year = ''] = m;
    parts = [+year, monthNumber(month), +day];
  } else if ((m = /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text))) {
    const [, month = '', day = '', year = ''] = m;
    parts = [+year, monthNumber(month), +day];
  }
  if (!parts || !isRealDate(...parts)) return { ok: false, reason: `"${input}" is not a date (use yyyy-mm-dd)` };
  return { ok: true, value: parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-') };
}

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
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

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
