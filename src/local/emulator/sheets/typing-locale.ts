// How a spreadsheet's locale reads what is typed (or written by setValues) into a cell: its decimal and
// grouping separators and the order of day, month and year. Google: "Locale … affects formatting details such as
// functions, dates, and currency" (https://support.google.com/docs/answer/58515, and SpreadsheetProperties.locale
// in https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties); DATEVALUE:
// "Understood formats may depend on region and language settings" (https://support.google.com/docs/answer/3093039).
// Google publishes no table, so the separators and order come from CLDR (through Intl), as Google's own do.

export interface TypingLocale {
  /** The locale as Sheets names it: "en_US", "de_DE". */
  name: string;
  decimal: string;
  /** Grouping separators accepted between groups of three digits ("1.234.567" in de_DE). */
  groups: string[];
  /** Order of a numeric date's fields: "18.11.2026" is DMY in de_DE, "11/18/2026" MDY in en_US. */
  order: 'MDY' | 'DMY' | 'YMD';
}

const cache = new Map<string, TypingLocale>();

/** Space-like grouping marks (fr_FR's narrow no-break space) are all accepted where one is. */
const SPACES = [' ', '\u00a0', '\u202f'];

export function typingLocale(name: string): TypingLocale {
  const known = cache.get(name);
  if (known) return known;
  const tag = name.replace(/_/g, '-');
  let resolved: string;
  try {
    resolved = Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    resolved = 'en-US';
  }
  const parts = new Intl.NumberFormat(resolved).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const fields = new Intl.DateTimeFormat(resolved, { year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(Date.UTC(2026, 10, 18)))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month' || t === 'year')
    .map((t) => t[0]!.toUpperCase())
    .join('');
  const order = fields === 'DMY' || fields === 'YMD' ? fields : 'MDY';
  const locale: TypingLocale = { name, decimal, groups: SPACES.includes(group) ? SPACES : group === '’' ? ['’', "'"] : [group], order };
  cache.set(name, locale);
  return locale;
}
