// What an import in parts carries from one part to the next (issue 13): the first part plans every row from its full
// read, and when every row it leaves is a new row it remembers, per tab, where the next part writes, which file rows
// go there, and what the sheet must still look like for that to hold (the layout, the key of the row just above).
// A later part then reads only the rows it writes (and the header), never the rows earlier parts wrote; if the sheet
// no longer looks as the continuation says (a person sorted, typed or moved columns in between), it plans again
// from a full read, as every part used to.
import * as z from 'zod/mini';
import { toCellInput, type CellInput } from './tabs/cells.ts';
import { identityOf } from './tabs/identity.ts';
import type { TableLayout } from './tabs/layout.ts';
import { fingerprint, imul, type RowInput } from './tabs/row-merge.ts';
import type { TableTabSpec } from './tabs/spec.ts';

const Runs = z.array(z.tuple([z.int(), z.int()]));

const TabContinuationSchema = z.object({
  /** The sheet row the next part writes first. */
  row: z.int().check(z.minimum(2)),
  /** The identity of the row just above it (the last one written, or the header), as a fingerprint. */
  above: z.string(),
  /** The layout's input columns, as a fingerprint: a moved or added column means planning again. */
  layout: z.string(),
  /** The file rows still to write, in order, as runs of indexes [first, last]. */
  runs: Runs,
  /** Cells a row takes (the columns that change), for the progress told. */
  perRow: z.int().check(z.minimum(1)),
});

export const ContinuationSchema = z.nullable(z.object({
  /** The file the parts are of (its rows, fingerprinted): another file plans afresh. */
  file: z.string(),
  tabs: z.record(z.string(), TabContinuationSchema),
}));

export type TabContinuation = z.infer<typeof TabContinuationSchema>;
export type Continuation = NonNullable<z.infer<typeof ContinuationSchema>>;

/** The file's rows as two 32-bit FNV-1a fingerprints of their JSON (two offset bases) and its length: another file differs. */
export function rowsFingerprint(rows: unknown): string {
  const text = JSON.stringify(rows);
  let a = 2166136261;
  let b = 3735928559;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = imul(a ^ unit, 16777619) >>> 0;
    b = imul(b ^ unit, 16777619) >>> 0;
  }
  return `${a.toString(36)}.${b.toString(36)}.${text.length.toString(36)}`;
}

/** Indexes as runs of consecutive ones: a file appended whole is one run. */
export function toRuns(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === index) last[1] = index;
    else runs.push([index, index]);
  }
  return runs;
}

export function fromRuns(runs: readonly (readonly [number, number])[]): number[] {
  return runs.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
}

/** A layout's column positions as a fingerprint. */
export const layoutFingerprint = (layout: TableLayout): string => fingerprint(JSON.stringify(Object.entries(layout.columnOf).sort()));

/** A row's identity as a fingerprint (a cell as about to be written or as read: a leading quote is not part of it). */
export const identityFingerprint = (value: unknown): string => fingerprint(identityOf(typeof value === 'string' ? value.replace(/^'/, '') : value));

/** A new row's cells, as the import's plan makes an appended row (row-merge.ts): each input the file gives, as written. */
export function newRowCells(spec: TableTabSpec, layout: TableLayout, input: RowInput): CellInput[] {
  const cells = Array.from({ length: layout.width }, (): CellInput => '');
  for (const column of spec.columns) {
    if (column.formula) continue;
    const value = input[column.key];
    const at = layout.columnOf[column.key];
    if (at === undefined || value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    cells[at - 1] = toCellInput(value, column.type);
  }
  return cells;
}
