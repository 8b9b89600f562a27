// The import in parts (issue 13): one call writes at most IMPORT_PART_CELLS data cells, cut at whole rows, and
// says how many are left; the caller calls again with the same file until none are. The first part plans every row
// from a full read; when all it leaves are new rows, a later part goes on from where it stopped, reading only the
// rows it writes (domain/import-continuation.ts), and otherwise plans again from the sheet as it stands, so a part
// is idempotent: rows an earlier part wrote are matched, not doubled, and a part that failed (a timeout, a closed
// sidebar) is completed by calling again. Refusals all come before a part's first write.
import type { ImportResult } from './rpc.ts';

export type { ImportProgress } from './rpc.ts';

/**
 * 30 s of writing on the cost model's high estimate (0.3 ms a cell), so each part stays inside the 60 s budget a
 * call at 10,000 creators has: the first part also plans every row of the file (about 15 s at 10,000 creators and
 * as many pieces), a later part reads back the rows it writes (about 0.06 ms a row's cell written).
 */
export const IMPORT_PART_CELLS = 100_000;

/** Parts are bounded; a caller that gets more than this many is looping on a sheet that never settles. */
export const MAX_IMPORT_PARTS = 50;

/**
 * One import told across its parts: the first part's counts (what the import found to do, before any part wrote),
 * every part's checks once, and the last part's progress.
 */
export function combineParts(parts: readonly ImportResult[]): ImportResult {
  const [first, ...rest] = parts;
  if (!first) return { rows: {}, checks: [] };
  const seen = new Set<string>();
  const checks = [first, ...rest].flatMap((part) => part.checks).filter((check) => {
    const key = `${check.cell}|${check.kind}|${check.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const last = rest[rest.length - 1] ?? first;
  const sum = (of: (progress: NonNullable<ImportResult['progress']>) => number) => parts.reduce((n, part) => n + (part.progress ? of(part.progress) : 0), 0);
  const progress = last.progress && { written: sum((p) => p.written), left: last.progress.left, rows: sum((p) => p.rows), rowsLeft: last.progress.rowsLeft };
  return { ...first, checks, ...(progress ? { progress } : {}) };
}

/** Whether to call again: the last part left cells to write, and the parts are still within their bound. */
export function moreToImport(parts: readonly ImportResult[]): boolean {
  return (parts[parts.length - 1]?.progress?.left ?? 0) > 0 && parts.length < MAX_IMPORT_PARTS;
}

/** Calls `part` (one server call of the import) until nothing is left, reporting after each; returns every part's result. */
export function importInParts(part: () => ImportResult, onPart: (done: ImportResult[]) => void = () => undefined): ImportResult[] {
  const parts: ImportResult[] = [];
  do {
    parts.push(part());
    onPart(parts);
  } while (moreToImport(parts));
  return parts;
}

/** Rows written so far and in all (the rows written plus those the last part left), for "200 of 1,000 rows". */
export function rowsSoFar(parts: readonly ImportResult[]): { done: number; total: number } {
  const done = parts.reduce((n, part) => n + (part.progress?.rows ?? 0), 0);
  return { done, total: done + (parts[parts.length - 1]?.progress?.rowsLeft ?? 0) };
}
