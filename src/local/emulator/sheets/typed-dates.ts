// Dates and times in what is typed into a cell, as Sheets reads them in the spreadsheet's locale: ISO dates in
// every locale, numeric dates in the locale's order (11/18/2026 in en_US, 18.11.2026 in de_DE), a day and month
// alone in the current year ("11/18", "18 Nov"), English month names, and times (12:30, 3:15 PM, 0:03:00.5).
// Google lists no grammar ("Understood formats may depend on region and language settings",
// https://support.google.com/docs/answer/3093039), so this reads the strict way: whatever looks like a date or a
// time in the locale becomes one, which is what an add-on writing text must guard against.
import { serialFromFields } from './date-serial.ts';
import type { TypingLocale } from './typing-locale.ts';

export type DateContent = { kind: 'value'; value: number; format: string };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May", "may", "Sept" or "September" → month number. */
function monthFromWord(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((name) => name === lower || name.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s?([AaPp])\.?[Mm]\.?)?$/;
const HOUR_ONLY = /^(\d{1,2})\s?([AaPp])\.?[Mm]\.?$/;

function parseTime(text: string): { fraction: number; twelveHour: boolean } | undefined {
  const hourOnly = HOUR_ONLY.exec(text);
  const match = hourOnly ? [text, hourOnly[1], '00', undefined, undefined, hourOnly[2]] : TIME.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0) + Number(`0.${match[4] ?? 0}`);
  const meridiem = match[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second >= 60) return undefined;
  return { fraction: (hour * 3600 + minute * 60 + second) / 86_400, twelveHour: meridiem !== undefined };
}

function withTime(serial: number | undefined, timeText: string | undefined, dateFormat: string): DateContent | undefined {
  if (serial === undefined) return undefined;
  if (timeText === undefined) return { kind: 'value', value: serial, format: dateFormat };
  const time = parseTime(timeText.trim());
  if (!time) return undefined;
  return { kind: 'value', value: serial + time.fraction, format: `${dateFormat} ${time.twelveHour ? 'h:mm:ss AM/PM' : 'H:mm:ss'}` };
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T](.+))?$/;
const NAMED = [
  /^(?<day>\d{1,2})[ -](?<month>[A-Za-z]{3,}\.?)[ -,]*(?<year>\d{4})?(?: (?<time>\d.*))?$/,
  /^(?<month>[A-Za-z]{3,}\.?) (?<day>\d{1,2})(?:,? (?<year>\d{4}))?(?: (?<time>\d.*))?$/,
  /^(?<month>[A-Za-z]{3,}\.?),? (?<year>\d{4})$/,
];

/** A numeric date in the locale's order, with or without a year, then an optional time. */
function numericDate(text: string, locale: TypingLocale, year: number): DateContent | undefined {
  const separators = locale.order === 'MDY' ? '[/-]' : '[/.-]';
  const match = new RegExp(`^(\\d{1,2})(${separators})(\\d{1,2})(?:\\2(\\d{4}|\\d{2})?)?\\.?(?:\\s+(\\d.*))?$`).exec(text);
  if (!match) return undefined;
  const [, first, separator, second, yearText, time] = match;
  // "1-2" and "1.2" without a year are read as dates only where that separator is the locale's own.
  if (yearText === undefined && separator !== '/' && locale.order === 'MDY') return undefined;
  const [month, day] = locale.order === 'MDY' ? [Number(first), Number(second)] : [Number(second), Number(first)];
  const format = locale.order === 'MDY' ? 'M/d/yyyy' : locale.order === 'DMY' ? 'd/M/yyyy' : 'yyyy/M/d';
  return withTime(serialFromFields(yearText ? fullYear(yearText) : year, month, day), time, format);
}

/** A date, a date and time, or a time of day typed into a cell; undefined when it is none of them. */
export function parseTypedDate(text: string, locale: TypingLocale, year: number): DateContent | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return withTime(serialFromFields(Number(iso[1]), Number(iso[3]), Number(iso[4])), iso[5], iso[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd');
  const numeric = numericDate(text, locale, year);
  if (numeric) return numeric;
  for (const pattern of NAMED) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const month = monthFromWord(groups.month ?? '');
    if (month === undefined) return undefined;
    const format = groups.day === undefined ? 'mmmm yyyy' : text.match(/^\d/) ? 'd mmm yyyy' : 'mmm d, yyyy';
    return withTime(serialFromFields(groups.year ? Number(groups.year) : year, month, Number(groups.day ?? 1)), groups.time, format);
  }
  const time = parseTime(text);
  if (time) return { kind: 'value', value: time.fraction, format: time.twelveHour ? 'h:mm AM/PM' : 'H:mm:ss' };
  return undefined;
}
