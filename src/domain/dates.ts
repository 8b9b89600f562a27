// Calendar arithmetic on ISO dates (yyyy-mm-dd), and the post-mortem rule: it is due 72 hours after wrap.

export const POST_MORTEM_DAYS_AFTER_WRAP = 3;
const DAY_MS = 86_400_000;

function isoToUtc(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [, year = '', month = '', day = ''] = m; // all three groups always take part in a match
  const t = Date.UTC(+year, +month - 1, +day);
  return Number.isNaN(t) ? null : t;
}

export function addDays(iso: string, days: number): string | null {
  const t = isoToUtc(iso);
  return t === null ? null : new Date(t + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = isoToUtc(from);
  const b = isoToUtc(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}

export function postMortemDue(wrapDate: string | null): string | null {
  return wrapDate ? addDays(wrapDate, POST_MORTEM_DAYS_AFTER_WRAP) : null;
}
