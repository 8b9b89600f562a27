// How numbers and dates are written in a locale ("en_US", "de_DE", "es_ES"): the decimal and grouping marks and
// the order of day, month and year. The spreadsheet's locale reads its cells; a campaign file or an export says
// its own (or its headers' language does). A small table by language (CLDR's conventions), not Intl: what
// Apps Script's runtime knows of Intl's locale data isn't documented, and a wrong guess here is a wrong number.

export interface NumberConventions {
  /** The locale as Sheets names it ("de_DE"). */
  name: string;
  decimal: '.' | ',';
  /** Marks allowed between groups of three digits. */
  groups: readonly string[];
  dateOrder: 'MDY' | 'DMY' | 'YMD';
}

export const DEFAULT_LOCALE = 'en_US';

const SPACES = [' ', '\u00a0', '\u202f'];
const DECIMAL_COMMA = new Set('de es fr it pt nl da sv nb no nn fi pl cs sk ru uk be tr az id el hu ro bg hr sl sr bs mk lt lv et ca gl eu vi is sq ka hy kk'.split(' '));
const SPACE_GROUPS = new Set('fr sv nb no nn fi pl cs sk ru uk be hu bg lt lv et kk ka hy'.split(' '));
/** Countries whose Spanish or German writes a decimal point (Mexico, the US; Switzerland groups with ’). */
const DECIMAL_POINT_REGIONS = new Set(['es_MX', 'es_US', 'es_PR', 'es_DO', 'es_GT', 'es_HN', 'es_NI', 'es_PA', 'es_SV', 'de_CH', 'de_LI', 'it_CH', 'fr_CH']);
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'fil', 'fil_PH', 'en']);
const YEAR_FIRST = new Set('ja zh ko hu lt mn'.split(' '));

/** "de-de", "de_DE" and "de" are Sheets-style names; anything else isn't a locale. */
export const isLocaleName = (name: string): boolean => /^[a-z]{2,3}([_-][A-Za-z]{2})?$/.test(name.trim());

const canonical = (name: string) => {
  const [language = 'en', region] = name.trim().replace('-', '_').split('_');
  return { language: language.toLowerCase(), full: region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase() };
};

export function conventionsOf(name: string = DEFAULT_LOCALE): NumberConventions {
  const { language, full } = canonical(isLocaleName(name) ? name : DEFAULT_LOCALE);
  const comma = DECIMAL_COMMA.has(language) && !DECIMAL_POINT_REGIONS.has(full);
  const swiss = DECIMAL_POINT_REGIONS.has(full) && full.endsWith('_CH');
  const groups = swiss ? ['’', "'"] : SPACE_GROUPS.has(language) ? SPACES : comma ? ['.'] : [','];
  const dateOrder = MONTH_FIRST.has(full) ? 'MDY' : YEAR_FIRST.has(language) ? 'YMD' : 'DMY';
  return { name: full, decimal: comma ? ',' : '.', groups, dateOrder };
}

/** The other convention people mix up with this one: a decimal comma for a decimal point, and back. */
export function swapped(conventions: NumberConventions): NumberConventions {
  return conventions.decimal === '.'
    ? { name: 'de_DE', decimal: ',', groups: ['.', ...SPACES], dateOrder: 'DMY' }
    : { name: 'en_US', decimal: '.', groups: [',', ...SPACES], dateOrder: 'MDY' };
}
