// How figures and dates read in the artefacts (en-US, fixed, like the analysis's own sentences), and the turn of
// phrase that frames a drafted recommendation forward for the client ("We recommend shifting …").
import { formatMoney, formatNumber, formatSignedPercent } from '../analysis/format.ts';
import type { KpiUnit } from '../choices.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string | null): [number, number, number] | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return null;
  const [, year = '', month = '', day = ''] = m; // all three groups take part in every match
  return [+year, +month, +day];
}

/** "2026-11-18" → "18 Nov 2026"; blank stays blank. */
export function longDate(iso: string | null): string {
  const p = parts(iso);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : '';
}

/** "20 Oct – 18 Nov 2026", "3 – 18 Nov 2026", or whichever end is known. */
export function dateRange(start: string | null, end: string | null): string {
  const [a, b] = [parts(start), parts(end)];
  if (!a || !b) return longDate(start) || longDate(end);
  if (a[0] !== b[0]) return `${longDate(start)} – ${longDate(end)}`;
  const first = a[1] === b[1] ? `${a[2]}` : `${a[2]} ${MONTHS[a[1] - 1]}`;
  return `${first} – ${longDate(end)}`;
}

/**
 * A KPI value in its unit, as the KPIs tab shows it: "4,000,000" (count), "$0.50" in the campaign currency (money),
 * "3.5%" (percent, up to 2 decimals, none it doesn't need), "2.75" (number).
 */
export function formatKpiValue(unit: KpiUnit, value: number | null, currency: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'Money':
      return formatMoney(value, currency);
    case 'Percent':
      return `${formatUpTo(value * 100, 2)}%`;
    case 'Count':
      return formatNumber(value, 0);
    default:
      return formatUpTo(value, 2);
  }
}

/** At most `digits` decimals, and only those the value needs: 3.5 → "3.5", 4 → "4", 1234.567 → "1,234.57". */
function formatUpTo(value: number, digits: number): string {
  const rounded = formatNumber(value, digits);
  return rounded.includes('.') ? rounded.replace(/\.?0+$/, '') : rounded;
}

export function formatVariance(variance: number | null): string {
  return variance === null ? '—' : formatSignedPercent(variance, 1);
}

/** Imperative → gerund: "Shift" → "shifting", "Let" → "letting", "Give" → "giving", "Agree" → "agreeing". */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`;
  if (/[^e]e$/.test(v) && v.length > 2) return `${v.slice(0, -1)}ing`;
  // One short syllable ending consonant-vowel-consonant doubles its last letter: set → setting, plan → planning.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}

/**
 * A drafted recommendation ("Shift budget toward …") framed forward for the client: "We recommend shifting budget
 * toward …". Sentences the team typed are theirs and kept as written.
 */
export function recommendForward(sentence: string): string {
  const m = /^([A-Z][a-z]+)\b(.*)$/s.exec(sentence.trim());
  if (!m) return sentence;
  const [, verb = '', rest = ''] = m;
  return `We recommend ${gerund(verb)}${rest}`;
}

/** Drops the sentences of a drafted finding that rest on one creator's figures (a per-creator number, not a pattern). */
export function withoutSingleCreatorFigures(sentence: string): string {
  // Sentences end with ". " before a capital; "$0.31" or "3.5%" have no space after their point.
  return sentence.split(/(?<=\.)\s+(?=[A-Z])/).filter((s) => !/\bfrom 1 creator\b/.test(s)).join(' ').trim();
}

/** "The top 3 … differed …: all top 3 used natural integration, all bottom 3 were scripted; all …" → up to the first ";". */
export function firstClause(sentence: string): string {
  const cut = sentence.split(/;\s+/)[0] ?? sentence;
  return cut === sentence ? sentence : `${cut.replace(/[.,:]$/, '')}.`;
}

/** "We recommend giving every creator a detailed brief (…): those given …" → what to do, without the evidence. */
export function actionOnly(sentence: string): string {
  const at = sentence.search(/:\s/);
  return at > 0 ? `${sentence.slice(0, at)}.` : sentence;
}

/** "Reach (−11% against target), CPM (+19% against target)" → "Reach, CPM": the KPI table beside it has each variance. */
export function withoutVariances(sentence: string): string {
  return sentence.replace(/\s*\([+−-]?\d+(?:\.\d+)?% against target\)/g, '');
}
