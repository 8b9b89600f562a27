// Renders values through Sheets number-format patterns ("#,##0.00", "0.0%", "$#,##0", "yyyy-mm-dd",
// "M/d/yyyy H:mm:ss") for getDisplayValues and TEXT(), and tells date formats apart from number formats.
// Google: https://developers.google.com/sheets/api/guides/formats
import { serialWallClock } from './date-serial.ts';

/** What Range.getNumberFormat() reports for a cell nobody formatted; it renders as "Automatic". */
export const AUTOMATIC_FORMAT = '0.###############';

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; placeholder: '0' | '#' | '?' }
  | { kind: 'point' | 'comma' | 'percent' | 'text' }
  | { kind: 'exponent'; sign: '+' | '-' }
  | { kind: 'date'; letter: 'y' | 'm' | 'd' | 'h' | 's'; length: number }
  | { kind: 'ampm'; upper: boolean; short: boolean }
  | { kind: 'subsecond'; digits: number };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close < 0 ? pattern.length : close;
      current += pattern.slice(i, end + 1);
      i = end;
    } else if (ch === '\\') {
      current += pattern.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function bracketToken(content: string): Token | undefined {
  if (content.startsWith('$')) return { kind: 'literal', text: content.slice(1).split('-')[0] ?? '' };
  return undefined; // colours and conditions don't change the text
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const close = section.indexOf(']', i);
      const token = bracketToken(section.slice(i + 1, close < 0 ? section.length : close));
      if (token) tokens.push(token);
      i = close < 0 ? section.length : close;
    } else if (ch === '_') {
      tokens.push({ kind: 'literal', text: ' ' });
      i++;
    } else if (ch === '*') {
      i++;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      const previous = tokens[tokens.length - 1];
      if (ch === '0' && previous?.kind === 'point' && tokens.some((t) => t.kind === 'date' && t.letter === 's')) {
        let digits = 1;
        while (section[i + 1] === '0') {
          digits++;
          i++;
        }
        tokens.pop();
        tokens.push({ kind: 'subsecond', digits });
      } else tokens.push({ kind: 'digit', placeholder: ch });
    } else if (ch === '.') tokens.push({ kind: 'point' });
    else if (ch === ',') tokens.push({ kind: 'comma' });
    else if (ch === '%') tokens.push({ kind: 'percent' });
    else if (ch === '@') tokens.push({ kind: 'text' });
    else if (lower === 'e' && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', sign: section[i + 1] as '+' | '-' });
      i++;
    } else if (section.slice(i, i + 5).toLowerCase() === 'am/pm') {
      tokens.push({ kind: 'ampm', upper: ch === 'A', short: false });
      i += 4;
    } else if (section.slice(i, i + 3).toLowerCase() === 'a/p') {
      tokens.push({ kind: 'ampm', upper: ch === 'A', short: true });
      i += 2;
    } else if ('ymdhs'.includes(lower)) {
      let length = 1;
      while (section[i + 1]?.toLowerCase() === lower) {
        length++;
        i++;
      }
      tokens.push({ kind: 'date', letter: lower as 'y' | 'm' | 'd' | 'h' | 's', length });
    } else tokens.push({ kind: 'literal', text: ch });
  }
  return tokens;
}

const tokenCache = new Map<string, Token[]>();

function tokensOf(section: string): Token[] {
  let tokens = tokenCache.get(section);
  if (!tokens) {
    tokens = tokenize(section);
    tokenCache.set(section, tokens);
  }
  return tokens;
}

/** True for patterns that show a date or time (Range.getValues returns Date objects for such cells). */
export function isDateTimeFormat(pattern: string): boolean {
  return tokensOf(splitSections(pattern)[0] ?? '').some((t) => t.kind === 'date' || t.kind === 'ampm');
}

function isAutomatic(pattern: string): boolean {
  return pattern === '' || pattern === AUTOMATIC_FORMAT || pattern.toLowerCase() === 'general';
}

/** Sheets' "Automatic" rendering: integers as is, otherwise ten significant digits. */
export function formatAutomatic(value: number): string {
  const magnitude = Math.abs(value);
  if (Number.isInteger(value) && magnitude < 1e15) return String(value);
  if (magnitude >= 1e15 || (magnitude < 1e-9 && value !== 0)) return value.toExponential(2).toUpperCase();
  return String(Number.parseFloat(value.toPrecision(10)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDateTokens(tokens: Token[], serial: number): string {
  const hasSubsecond = tokens.some((t) => t.kind === 'subsecond');
  const rounded = hasSubsecond ? serial : Math.round(serial * 86_400) / 86_400;
  const w = serialWallClock(rounded);
  const twelveHour = tokens.some((t) => t.kind === 'ampm');
  const dateTokens = tokens.filter((t) => t.kind === 'date');
  return tokens.map((token) => {
    switch (token.kind) {
      case 'literal':
        return token.text;
      case 'comma':
        return ',';
      case 'point':
        return '.';
      case 'percent':
        return '%';
      case 'digit':
        return token.placeholder;
      case 'ampm':
        return (w.hour < 12 ? (token.short ? 'a' : 'am') : token.short ? 'p' : 'pm')[token.upper ? 'toUpperCase' : 'toLowerCase']();
      case 'subsecond':
        return `.${pad(w.millisecond, 3).slice(0, token.digits)}`;
      case 'date': {
        const position = dateTokens.indexOf(token);
        const isMinute = token.letter === 'm' && token.length <= 2 &&
          (dateTokens[position - 1]?.letter === 'h' || dateTokens[position + 1]?.letter === 's');
        switch (isMinute ? 'minute' : token.letter) {
          case 'y':
            return token.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
          case 'm':
            if (token.length >= 5) return (MONTHS[w.month - 1] as string)[0];
            if (token.length === 4) return MONTHS[w.month - 1];
            if (token.length === 3) return (MONTHS[w.month - 1] as string).slice(0, 3);
            return token.length === 2 ? pad(w.month, 2) : String(w.month);
          case 'minute':
            return token.length === 2 ? pad(w.minute, 2) : String(w.minute);
          case 'd':
            if (token.length >= 4) return DAYS[w.weekday];
            if (token.length === 3) return (DAYS[w.weekday] as string).slice(0, 3);
            return token.length === 2 ? pad(w.day, 2) : String(w.day);
          case 'h': {
            const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
            return token.length >= 2 ? pad(hour, 2) : String(hour);
          }
          default:
            return token.length >= 2 ? pad(w.second, 2) : String(w.second);
        }
      }
      default:
        return '';
    }
  }).join('');
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What a number pattern's tokens say, worked out once per pattern (TEXT() formats every row of a column alike). */
interface NumberLayout {
  percents: number;
  /** No digit, point or exponent: the pattern's literal text. */
  literal?: string;
  hasPoint: boolean;
  exponentDigits?: number;
  exponentSign: string;
  fractionDigits: number;
  requiredFraction: number;
  minimumInteger: number;
  grouping: boolean;
  prefix: string;
  suffix: string;
}

const layouts = new WeakMap<Token[], NumberLayout>();
const plainText = (tokens: Token[]) => tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');

function layoutOf(tokens: Token[]): NumberLayout {
  const known = layouts.get(tokens);
  if (known) return known;
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const numericIndexes = tokens.flatMap((t, i) => (t.kind === 'digit' || t.kind === 'point' || t.kind === 'exponent' ? [i] : []));
  const first = numericIndexes[0] ?? 0;
  const last = numericIndexes[numericIndexes.length - 1] ?? 0;
  const pointAt = tokens.findIndex((t) => t.kind === 'point');
  const exponentAt = tokens.findIndex((t) => t.kind === 'exponent');
  const mantissaEnd = exponentAt < 0 ? tokens.length : exponentAt;
  const integerPart = tokens.slice(0, pointAt < 0 ? mantissaEnd : pointAt);
  const fractionPart = pointAt < 0 ? [] : tokens.slice(pointAt + 1, mantissaEnd);
  const fractionDigits = fractionPart.filter((t) => t.kind === 'digit') as { placeholder: string }[];
  const integerDigits = integerPart.filter((t) => t.kind === 'digit') as { placeholder: string }[];
  const layout: NumberLayout = {
    percents,
    ...(numericIndexes.length === 0 ? { literal: plainText(tokens) } : {}),
    hasPoint: pointAt >= 0,
    ...(exponentAt >= 0 ? { exponentDigits: tokens.slice(exponentAt + 1).filter((t) => t.kind === 'digit').length } : {}),
    exponentSign: exponentAt >= 0 && (tokens[exponentAt] as { sign: string }).sign === '+' ? '+' : '',
    fractionDigits: fractionDigits.length,
    requiredFraction: fractionDigits.filter((d) => d.placeholder === '0').length,
    minimumInteger: integerDigits.filter((d) => d.placeholder === '0').length,
    grouping: integerPart.some((t, i) => t.kind === 'comma' && integerPart.slice(i + 1).some((u) => u.kind === 'digit')),
    prefix: plainText(tokens.slice(0, first)),
    suffix: plainText(tokens.slice(last + 1)),
  };
  layouts.set(tokens, layout);
  return layout;
}

function formatNumberTokens(tokens: Token[], input: number): string {
  const layout = layoutOf(tokens);
  let value = input;
  for (let p = 0; p < layout.percents; p++) value *= 100;
  if (layout.literal !== undefined) return layout.literal;
  let exponentText = '';
  if (layout.exponentDigits !== undefined) {
    const exponent = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    value /= 10 ** exponent;
    const sign = exponent < 0 ? '-' : layout.exponentSign;
    exponentText = `E${sign}${pad(Math.abs(exponent), layout.exponentDigits)}`;
  }
  let [integer = '0', fraction = ''] = Math.abs(value).toFixed(layout.fractionDigits).split('.');
  while (fraction.length > layout.requiredFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (integer === '0' && layout.minimumInteger === 0) integer = '';
  integer = integer.padStart(layout.minimumInteger, '0');
  if (layout.grouping) integer = group(integer);
  const sign = value < 0 && Math.abs(value) >= 0.5 * 10 ** -layout.fractionDigits ? '-' : '';
  return `${sign}${layout.prefix}${integer}${layout.hasPoint ? `.${fraction}` : ''}${exponentText}${layout.suffix}`;
}

/** The text Sheets displays for a value under a number-format pattern. */
export function formatValue(value: number | string | boolean, pattern: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(pattern);
  if (typeof value === 'string') {
    const textSection = sections[3] ?? (sections.length === 1 && sections[0]?.includes('@') ? sections[0] : undefined);
    if (textSection === undefined) return value;
    return tokensOf(textSection).map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : '')).join('');
  }
  if (isAutomatic(pattern)) return formatAutomatic(value);
  let section = sections[0] as string;
  let number = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1] as string;
    number = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2] as string;
  const tokens = tokensOf(section);
  if (tokens.some((t) => t.kind === 'date' || t.kind === 'ampm')) return formatDateTokens(tokens, number);
  if (tokens.length === 1 && tokens[0]?.kind === 'text') return formatAutomatic(number);
  return formatNumberTokens(tokens, number);
}
