// Turns a string written by setValues into what Sheets stores, exactly as if a person had typed it:
// "=…" formulas, "'…" literal text, "1,200" → 1200, "3.5%" → 0.035, "$5" → 5, dates, TRUE/FALSE.
// Google: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
import { serialFromFields } from './date-serial.ts';

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'formula'; formula: string }
  /** `format` is the number format Sheets applies to a cell that had none (typing "5%" makes it a percent). */
  | { kind: 'value'; value: number | string | boolean; format?: string };

const NUMBER = /^(?<sign1>[+-]?)(?<currency>\$?)(?<sign2>[+-]?)(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?<exponent>[eE][+-]?\d+)?(?<percent>%?)$/;
const ISO_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](.+))?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: (.+))?$/;
const NAMED_MONTH_DATE = /^(?:(\d{1,2}) ([A-Za-z]+)|([A-Za-z]+) (\d{1,2}),) (\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?$/;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "May", "may" or "September"/"Sep" → month number. */
function monthFromWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name === lower || name.slice(0, 3) === lower);
  return index < 0 ? undefined : index + 1;
}

function parseNumber(text: string): CellContent | undefined {
  const match = NUMBER.exec(text);
  if (!match?.groups) return undefined;
  // Groups that take no part are undefined; `digits` takes part in every match.
  const { sign1, currency, sign2, digits = '', exponent, percent } = match.groups;
  if (sign1 && sign2) return undefined;
  if (exponent && (currency || percent || digits.includes(','))) return undefined;
  if (sign2 && !currency) return undefined;
  // Shifting the exponent in text keeps "3.5%" exactly 0.035 (3.5 / 100 would be 0.035000000000000003).
  const magnitude = Number(`${digits.replace(/,/g, '')}${percent ? 'e-2' : exponent ?? ''}`);
  const value = (sign1 === '-' || sign2 === '-' ? -1 : 1) * magnitude;
  const decimals = digits.includes('.') ? '.00' : '';
  if (percent) return { kind: 'value', value, format: '0.00%' };
  if (currency) return { kind: 'value', value, format: '$#,##0.00' };
  if (exponent) return { kind: 'value', value, format: '0.00E+00' };
  if (digits.includes(',')) return { kind: 'value', value, format: `#,##0${decimals}` };
  return { kind: 'value', value };
}

function parseTime(text: string): { fraction: number; twelveHour: boolean } | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { fraction: (hour * 3600 + minute * 60 + second) / 86_400, twelveHour: meridiem !== undefined };
}

function dateContent(serial: number | undefined, timeText: string | undefined, dateFormat: string): CellContent | undefined {
  if (serial === undefined) return undefined;
  if (timeText === undefined) return { kind: 'value', value: serial, format: dateFormat };
  const time = parseTime(timeText);
  if (!time) return undefined;
  return { kind: 'value', value: serial + time.fraction, format: `${dateFormat} ${time.twelveHour ? 'h:mm:ss AM/PM' : 'H:mm:ss'}` };
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function parseDate(text: string): CellContent | undefined {
  let match = ISO_DATE.exec(text);
  if (match) {
    const serial = serialFromFields(Number(match[1]), Number(match[3]), Number(match[4]));
    return dateContent(serial, match[5], match[2] === '-' ? 'yyyy-mm-dd' : 'yyyy/mm/dd');
  }
  match = US_DATE.exec(text);
  if (match) return dateContent(serialFromFields(fullYear(match[3] as string), Number(match[1]), Number(match[2])), match[4], 'M/d/yyyy');
  match = NAMED_MONTH_DATE.exec(text);
  if (match) {
    const month = monthFromWord(match[2] ?? match[3] ?? '');
    if (month === undefined) return undefined;
    const serial = serialFromFields(Number(match[5]), month, Number(match[1] ?? match[4]));
    return dateContent(serial, undefined, match[1] ? 'd mmm yyyy' : 'mmm d, yyyy');
  }
  const time = parseTime(text);
  if (time) return { kind: 'value', value: time.fraction, format: time.twelveHour ? 'h:mm AM/PM' : 'H:mm:ss' };
  return undefined;
}

/** What a cell holds after someone types `text` into it (a cell formatted as plain text keeps it verbatim). */
export function parseTypedInput(text: string, plainTextCell = false): CellContent {
  if (text === '') return { kind: 'empty' };
  if (plainTextCell) return { kind: 'value', value: text };
  if (text.startsWith("'")) return text.length === 1 ? { kind: 'empty' } : { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const parsed = parseNumber(text) ?? parseDate(text);
  if (parsed) return parsed;
  // Like Excel, Sheets reads a leading + or - as the start of a formula ("-abc" becomes =-abc → #NAME?).
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: text };
}
