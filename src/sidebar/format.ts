// Pure text helpers for the sidebar: clock times, dates, the post-mortem due line, counts and server errors.
import { daysBetween, postMortemDue } from '../domain/dates.ts';
import { decodeError, type ServerError } from '../domain/errors.ts';
import type { Check } from '../domain/records.ts';

/** "m:ss" with minutes unbounded ("95:04"), since the agenda speaks in minutes; negative values read as positive. */
export function formatClock(ms: number, round: 'floor' | 'ceil' = 'floor'): string {
  const seconds = Math[round](Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isoToUtc(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [, year = '', month = '', day = ''] = m; // all three groups take part in every match
  return Date.UTC(+year, +month - 1, +day);
}

/** "2026-11-21" → "Sat 21 Nov 2026" (calendar dates: no time zone involved). */
export function formatDate(iso: string): string {
  const t = isoToUtc(iso);
  if (t === null) return iso;
  const d = new Date(t);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}


export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}


export interface DueLine {
  text: string;
  overdue: boolean;
}

/**
 * What to say about the post-mortem due date. The server's `savedDue` is used while the wrap date in the form
 * is the saved one; an edited wrap date previews wrap + 72 h before it is saved.
 */
export function dueLine(wrapInput: string, today: string, saved: { wrapDate: string | null; due: string | null }): DueLine | null {
  const due = wrapInput === saved.wrapDate && saved.due ? saved.due : postMortemDue(wrapInput || null);
  if (!due) return null;
  const days = daysBetween(today, due);
  const when = `Post-mortem due ${formatDate(due)}`;
  if (days === null) return { text: `${when}.`, overdue: false };
  if (days < 0) return { text: `${when}: ${plural(-days, 'day')} ago. Hold it soon, while memories are fresh.`, overdue: true };
  if (days === 0) return { text: `${when}: that’s today.`, overdue: false };
  return { text: `${when}: in ${plural(days, 'day')}.`, overdue: false };
}

export const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;
export const SEVERITY_LABELS: Record<Check['severity'], string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** Checks by severity, most severe first, keeping the server's order inside each group; empty groups left out. */
export function groupChecks(checks: readonly Check[]): { severity: Check['severity']; checks: Check[] }[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, checks: checks.filter((c) => c.severity === severity) })).filter(
    (g) => g.checks.length > 0,
  );
}

export type { ServerError } from '../domain/errors.ts';

/**
 * Reads a google.script.run failure: the server sends a ServerError as JSON in the Error's message
 * (src/gas/api.ts), read here by its code and fields. Anything else (a network failure) is "unexpected" as it came.
 */
export function readServerError(error: unknown): ServerError {
  return decodeError(error);
}
