// Which rows are the same row: identity as typed. Two handles (KPI names, piece ids) are the same only when they
// are exactly equal once the spaces around them are trimmed: "@maya_moves", "@maya-moves" and "@Maya Moves" are
// three creators. Rows that merely look alike are pointed out, never merged; exact repeats are named by a check.
import type { Check } from '../records.ts';
import { cellName } from './layout.ts';
import type { TableTabSpec } from './spec.ts';

/** The form two identities are compared in: the text as typed, without the spaces around it. */
export const identityOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** How alike two identities look to a person: without case, "@", spaces or punctuation ("@Maya Moves" ~ "maya_moves"). */
export const lookAlike = (value: string): string => value.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/** The column that tells a tab's rows apart in imports and checks: its identity, else its label (an issue's description). */
export const keyColumnOf = (spec: TableTabSpec): string | undefined => spec.identity ?? spec.label;

/** Edit distance, for suggesting the handle someone meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `wanted` as people misspell handles (case and punctuation aside), if any is close. */
export function nearest(wanted: string, candidates: readonly string[]): string | undefined {
  const target = lookAlike(wanted);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(target.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, lookAlike(candidate));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

interface KeyedRow {
  row: number;
  key: string;
}

/**
 * Repeated and look-alike identities in a tab's rows (`column` is the identity's 1-based column): a repeat is
 * counted twice by the analysis, so it is named; look-alikes are counted apart, and pointed out in case they
 * are one creator typed two ways.
 */
export function identityChecks(spec: Pick<TableTabSpec, 'name' | 'identity'> & { identityHeader: string }, rows: readonly KeyedRow[], column: number): Check[] {
  const checks: Check[] = [];
  const firstOf = new Map<string, number>();
  const alike = new Map<string, KeyedRow>();
  for (const { row, key } of rows) {
    if (!key) continue;
    const first = firstOf.get(key);
    if (first !== undefined) {
      checks.push({
        cell: cellName(spec.name, row, column), kind: 'duplicate-row', severity: 'warning',
        message: `${spec.identityHeader} "${key}" is also on row ${first}: both rows are counted. If they are one, merge them; if not, tell them apart.`,
      });
      continue;
    }
    firstOf.set(key, row);
    const look = lookAlike(key);
    const twin = look ? alike.get(look) : undefined;
    if (twin) {
      checks.push({
        cell: cellName(spec.name, row, column), kind: 'look-alike', severity: 'info',
        message: `${spec.identityHeader} "${key}" looks like "${twin.key}" on row ${twin.row}; they are counted as two. If they are the same, type them the same.`,
      });
    } else if (look) alike.set(look, { row, key });
  }
  return checks;
}
