// Formats numbers for drafted sentences. Pure and locale-fixed (en-US) so the same analysis reads the same
// in Apps Script, the browser and tests.

/**
 * One formatter per currency and digits, made once: making an Intl.NumberFormat costs far more than using one, and
 * a 10,000-creator campaign formats tens of thousands of figures (seconds of script time otherwise).
 */
const formatters = new Map<string, Intl.NumberFormat | null>();
function formatter(currency: string | null, digits: number): Intl.NumberFormat | null {
  const key = `${currency ?? ''}|${digits}`;
  let made = formatters.get(key);
  if (made === undefined) {
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    try {
      made = new Intl.NumberFormat('en-US', currency === null ? options : { ...options, style: 'currency', currency });
    } catch {
      made = null; // not an ISO currency code
    }
    formatters.set(key, made);
  }
  return made;
}

/** $0.41, $1,200, €12,400: cents below 100, whole units above (nobody reads "$12,400.00" in a sentence). */
export function formatMoney(value: number, currency: string): string {
  const digits = Math.abs(value) < 100 ? 2 : 0;
  const code = currency.trim().toUpperCase();
  const money = formatter(code || 'USD', digits);
  return money ? money.format(value) : `${code} ${formatNumber(value, digits)}`; // not an ISO code: say it as typed
}

export function formatNumber(value: number, digits = 0): string {
  const number = formatter(null, digits);
  return number ? number.format(roundTo(value, digits)) : String(roundTo(value, digits));
}

/** 0.4123 → "41%"; with digits 1 → "41.2%". Rounded half away from zero after trimming float noise. */
export function formatPercent(value: number, digits = 0): string {
  return `${formatNumber(value * 100, digits)}%`;
}

/** +12% / −8% (a real minus sign, as in print). */
export function formatSignedPercent(value: number, digits = 0): string {
  const text = formatPercent(Math.abs(value), digits);
  if (text === formatPercent(0, digits)) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** "41% lower" / "35% higher" for a relative difference. */
export function describeChange(relative: number): string {
  return `${formatPercent(Math.abs(relative))} ${relative < 0 ? 'lower' : 'higher'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Rounds away float noise first (0.1+0.2 style), so 12.4999999 → 12.5 → 13 like a person would. */
function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  const cleaned = Number((value * scale).toPrecision(12));
  return (Math.sign(cleaned) * Math.round(Math.abs(cleaned))) / scale;
}
