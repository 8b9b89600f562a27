// Converts between JavaScript Dates (instants) and Sheets serial numbers (days since 1899-12-30 on the
// spreadsheet's wall clock), so dates written and read by scripts land where they do in Google Sheets.
// Google: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError for a time zone Intl doesn't know, like Apps Script refuses an invalid ID. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The calendar fields of an instant as seen in a time zone. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  const fields = {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
    millisecond: ((instant.getTime() % 1000) + 1000) % 1000,
  };
  const weekday = new Date(Date.UTC(fields.year, fields.month - 1, fields.day)).getUTCDay();
  return { ...fields, weekday };
}

function wallClockAsUtcMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** The serial number Sheets stores for an instant in the spreadsheet's time zone. */
export function serialFromDate(instant: Date, timeZone: string): number {
  return (wallClockAsUtcMs(instant, timeZone) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** A Date whose UTC fields equal the serial's wall-clock fields (how HyperFormula reads Date contents). */
export function utcDateFromSerial(serial: number): Date {
  return new Date(Math.round(SERIAL_EPOCH_UTC + serial * MS_PER_DAY));
}

/** The instant a serial number denotes in a time zone (what Range.getValues returns for date cells). */
export function dateFromSerial(serial: number, timeZone: string): Date {
  const wall = Math.round(SERIAL_EPOCH_UTC + serial * MS_PER_DAY);
  // The zone offset depends on the instant itself; two passes settle it, including around DST changes.
  let instant = wall;
  for (let pass = 0; pass < 2; pass++) instant = wall - (wallClockAsUtcMs(new Date(instant), timeZone) - instant);
  return new Date(instant);
}

/** Wall-clock fields of a serial number (no time zone involved: a serial already is wall-clock time). */
export function serialWallClock(serial: number): WallClock {
  const d = utcDateFromSerial(serial);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
    minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(), weekday: d.getUTCDay(),
  };
}

/** The serial for calendar fields, or undefined when they don't form a real date (2024-02-30). */
export function serialFromFields(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | undefined {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return (ms - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}
