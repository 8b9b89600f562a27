// Java SimpleDateFormat patterns as Utilities.formatDate reads them ("yyyy-MM-dd", "d MMM yyyy", "HH:mm",
// "EEE, d MMM yyyy HH:mm:ss Z"), in a given time zone; unknown zone IDs fall back to GMT as Java does.
// Google: https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
//   https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html
import { AppsScriptException } from '../errors.ts';
import { wallClock, type WallClock } from '../sheets/date-serial.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Zone {
  wall: WallClock;
  offsetMinutes: number;
  shortName: string;
}

function fixedOffset(timeZone: string): number | undefined {
  if (timeZone === 'GMT' || timeZone === 'UTC') return 0;
  const match = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : undefined;
}

function zoneOf(date: Date, timeZone: string): Zone {
  let offsetMinutes = fixedOffset(timeZone);
  if (offsetMinutes === undefined) {
    try {
      const wall = wallClock(date, timeZone);
      offsetMinutes = Math.round((Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
      const shortName = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
      return { wall, offsetMinutes, shortName };
    } catch {
      offsetMinutes = 0; // Java's TimeZone.getTimeZone answers GMT for IDs it doesn't know
    }
  }
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  return { wall: wallClock(shifted, 'UTC'), offsetMinutes, shortName: offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(offsetMinutes, ':')}` };
}

function offsetText(minutes: number, separator: string): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

function number(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function field(letter: string, count: number, zone: Zone): string {
  const w = zone.wall;
  switch (letter) {
    case 'G': return 'AD';
    case 'y': case 'Y': return count === 2 ? number(w.year % 100, 2) : number(w.year, count);
    case 'M': case 'L':
      if (count >= 4) return MONTHS[w.month - 1] as string;
      if (count === 3) return (MONTHS[w.month - 1] as string).slice(0, 3);
      return number(w.month, count);
    case 'd': return number(w.day, count);
    case 'D': return number(Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1, count);
    case 'E': return count >= 4 ? (DAYS[w.weekday] as string) : (DAYS[w.weekday] as string).slice(0, 3);
    case 'u': return String(w.weekday === 0 ? 7 : w.weekday);
    case 'a': return w.hour < 12 ? 'AM' : 'PM';
    case 'H': return number(w.hour, count);
    case 'k': return number(w.hour === 0 ? 24 : w.hour, count);
    case 'K': return number(w.hour % 12, count);
    case 'h': return number(w.hour % 12 === 0 ? 12 : w.hour % 12, count);
    case 'm': return number(w.minute, count);
    case 's': return number(w.second, count);
    case 'S': return number(w.millisecond, count);
    case 'z': return zone.shortName;
    case 'Z': return offsetText(zone.offsetMinutes, '');
    case 'X':
      if (zone.offsetMinutes === 0) return 'Z';
      return count === 1 ? offsetText(zone.offsetMinutes, '').slice(0, 3) : offsetText(zone.offsetMinutes, count === 2 ? '' : ':');
    default:
      // Java's IllegalArgumentException, which Apps Script surfaces as an Exception with the same text
      throw new AppsScriptException(`Illegal pattern character '${letter}'`);
  }
}

export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const zone = zoneOf(date, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i++;
        continue;
      }
      const close = pattern.indexOf("'", i + 1);
      out += pattern.slice(i + 1, close < 0 ? pattern.length : close);
      i = close < 0 ? pattern.length : close;
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count, zone);
      i += count - 1;
    } else out += ch;
  }
  return out;
}
