// Pure text helpers for the sidebar: clock times, dates, the post-mortem due line, counts and server errors.
import { daysBetween, postMortemDue } from '../domain/dates.ts';
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
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
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

export interface ServerError {
  message: string;
  /** Field problems when the server rejected a payload (zod issues), as dotted paths: "team.facilitator". */
  fields: { path: string; message: string }[];
}

/** Reads a google.script.run failure: a plain message, the server's list of field problems, or zod's JSON issues. */
export function readServerError(error: unknown): ServerError {
  const raw = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  const message = raw.replace(/^(Error|Exception|TypeError|ZodError):\s*/, '').trim();
  try {
    const issues: unknown = JSON.parse(message);
    if (Array.isArray(issues) && issues.length > 0 && issues.every(isIssue)) {
      const fields = issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return { message: fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; '), fields };
    }
  } catch {
    // Not JSON: a plain message.
  }
  // src/gas/api.ts words payload problems as "Some fields need a fix: team.facilitator: keep it under 120 characters; …".
  const listed = /^Some fields need a fix: (.+)$/s.exec(message);
  if (listed) {
    const fields = listed[1].split('; ').map((part) => {
      const at = part.indexOf(': ');
      return at < 0 ? { path: '', message: part } : { path: part.slice(0, at), message: part.slice(at + 2) };
    });
    return { message, fields };
  }
  return { message: message || 'The server gave no reason.', fields: [] };
}

function isIssue(value: unknown): value is { path: (string | number)[]; message: string } {
  const v = value as { path?: unknown; message?: unknown };
  return typeof v === 'object' && v !== null && Array.isArray(v.path) && typeof v.message === 'string';
}
