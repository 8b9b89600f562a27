// Formats numbers for drafted sentences. Pure and locale-fixed (en-US) so the same analysis reads the same
// in Apps Script, the browser and tests.

/** $0.41, $1,200, €12,400: cents below 100, whole units above (nobody reads "$12,400.00" in a sentence). */
export function formatMoney(value: number, currency: string): string {
  const digits = Math.abs(value) < 100 ? 2 : 0;
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.trim().toUpperCase() || 'USD', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  } catch {
    return `${currency.trim().toUpperCase()} ${formatNumber(value, digits)}`; // not an ISO code: say it as typed
  }
}

export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(roundTo(value, digits));
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
