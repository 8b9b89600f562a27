// Plans one campaign's append to the ledger from the ledger as read: rows whose key is new are appended, rows
// whose values changed are updated cell by cell (a person's own columns are never touched), this campaign's rows
// it no longer has are removed, and carried actions' statuses go back to their first row when they are newer.
// Appending the same campaign twice plans nothing. The adapter runs the plan as one atomic Sheets batchUpdate.
import type { CampaignLedgerEntries } from './ledger-entries.ts';
import { fromGrid, LEDGER_KINDS, LEDGER_TABS, toCells, type LedgerCell, type LedgerKind, type LedgerReadProblem } from './ledger-tabs.ts';
import { emptyLedger, type Ledger, type LedgerAction } from './records.ts';

/** One tab as read: its grid (row 1 the header), or null when the tab doesn't exist yet. */
export type LedgerGrids = Record<LedgerKind, readonly (readonly unknown[])[] | null>;

export interface TabPlan {
  kind: LedgerKind;
  name: string;
  /** The tab doesn't exist: make it with the header row. */
  create: boolean;
  /** The tab's header row once the plan has run (a person's columns included): how appended rows are laid out. */
  header: string[];
  /** Headers Debrief needs that the tab lacks, added after its last column (0-based column indexes). */
  headerAdditions: { column: number; header: string }[];
  /** Changed cells of existing rows (0-based row and column in the tab). */
  updates: { row: number; column: number; value: LedgerCell }[];
  /** Rows to remove, highest first so each index still holds when its turn comes. */
  deleteRows: number[];
  /** New rows, laid out in the tab's column order (after header additions). */
  appendRows: LedgerCell[][];
}

export interface LedgerPlan {
  tabs: TabPlan[];
  counts: Record<LedgerKind, { added: number; updated: number; removed: number; unchanged: number }>;
  /** Carried actions whose first row isn't in the ledger (deleted by hand, or never appended). */
  unknownCarried: { key: string; cell: string }[];
  /** Cells Debrief couldn't read (they are left as they are). */
  problems: LedgerReadProblem[];
  /** Nothing to write: this campaign is in the ledger exactly as the workbook says. */
  unchanged: boolean;
}

/** Columns whose change alone doesn't make a campaign "changed" (they say who appended last, and when). */
const STAMP_COLUMNS = new Set(['appendedBy', 'appendedAt']);

const sameCell = (a: unknown, b: LedgerCell) => {
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (blank(a) && blank(b)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
};

export function planLedgerAppend(grids: LedgerGrids, entries: CampaignLedgerEntries): LedgerPlan {
  const problems: LedgerReadProblem[] = [];
  const unknownCarried: LedgerPlan['unknownCarried'] = [];
  const tabs: TabPlan[] = [];
  const counts = {} as LedgerPlan['counts'];
  let changed = false;
  let stamp: { plan: TabPlan; row: number; stamps: { row: number; column: number; value: LedgerCell }[] } | null = null;

  for (const kind of LEDGER_KINDS) {
    const spec = LEDGER_TABS[kind];
    const grid = grids[kind];
    const read = fromGrid(kind, grid ?? [[]]);
    problems.push(...read.problems);
    const header = grid ? [...read.header] : [];
    const plan: TabPlan = { kind, name: spec.name, create: grid === null, header: [], headerAdditions: [], updates: [], deleteRows: [], appendRows: [] };
    // Where each Debrief column stands in this tab; missing ones go after the last column, in spec order.
    const columnAt = spec.columns.map((c) => {
      const found = header.findIndex((h) => h.toLowerCase() === c.header.toLowerCase());
      if (found >= 0) return found;
      header.push(c.header);
      if (grid) plan.headerAdditions.push({ column: header.length - 1, header: c.header });
      return header.length - 1;
    });
    const width = header.length;
    plan.header = header;
    const existing = new Map<string, { row: number; record: Record<string, unknown> }>();
    (read.records as unknown as Record<string, unknown>[]).forEach((record, i) => {
      const key = String(record.key);
      if (!existing.has(key)) existing.set(key, { row: read.rowIndex[i] ?? 0, record });
    });
    const incoming = entries.rows[kind] as unknown as Record<string, unknown>[];
    const tally = { added: 0, updated: 0, removed: 0, unchanged: 0 };
    const wanted = new Set<string>();
    for (const record of incoming) {
      const key = String(record.key);
      wanted.add(key);
      const cells = toCells(kind, record as never);
      const found = existing.get(key);
      if (!found) {
        const row: LedgerCell[] = Array.from({ length: width }, () => null);
        columnAt.forEach((at, i) => { row[at] = cells[i] ?? null; });
        plan.appendRows.push(row);
        tally.added++;
        continue;
      }
      const diffs = spec.columns.flatMap((c, i) => {
        if (kind === 'actions' && STATUS_COLUMNS.has(c.key) && !newerStatus(found.record, record)) return [];
        const value = cells[i] ?? null;
        return sameCell(found.record[c.key], value) ? [] : [{ row: found.row, column: columnAt[i] ?? 0, value, key: c.key }];
      });
      const meaningful = diffs.filter((d) => !STAMP_COLUMNS.has(d.key));
      if (kind === 'campaigns') stamp = { plan, row: found.row, stamps: diffs.filter((d) => STAMP_COLUMNS.has(d.key)) };
      plan.updates.push(...meaningful.map(({ key: _key, ...d }) => d));
      if (meaningful.length) tally.updated++;
      else tally.unchanged++;
    }
    // This campaign's rows it no longer has: a KPI, creator or learning removed from the workbook since last time.
    if (kind !== 'campaigns') {
      (read.records as unknown as Record<string, unknown>[]).forEach((record, i) => {
        if (record.campaignKey === entries.campaignKey && !wanted.has(String(record.key))) {
          plan.deleteRows.push(read.rowIndex[i] ?? 0);
          tally.removed++;
        }
      });
      plan.deleteRows.sort((a, b) => b - a);
    }
    if (kind === 'actions') {
      for (const update of entries.statusUpdates) {
        const found = existing.get(update.key);
        if (!found) {
          unknownCarried.push({ key: update.key, cell: update.cell });
          continue;
        }
        if (!newerStatus(found.record, update)) continue;
        for (const [i, c] of spec.columns.entries()) {
          if (!STATUS_COLUMNS.has(c.key)) continue;
          const value = (update as unknown as Record<string, LedgerCell>)[c.key] ?? null;
          if (!sameCell(found.record[c.key], value)) plan.updates.push({ row: found.row, column: columnAt[i] ?? 0, value });
        }
      }
    }
    if (plan.create || plan.headerAdditions.length || plan.updates.length || plan.deleteRows.length || plan.appendRows.length) changed = true;
    counts[kind] = tally;
    tabs.push(plan);
  }
  // Who appended last and when is rewritten only when something else changed, so a repeat append writes nothing.
  const stamped = stamp as { plan: TabPlan; stamps: { row: number; column: number; value: LedgerCell }[] } | null;
  if (changed && stamped) stamped.plan.updates.push(...stamped.stamps.map(({ key: _key, ...d }: { key?: string; row: number; column: number; value: LedgerCell }) => d));
  return { tabs, counts, unknownCarried, problems, unchanged: !changed };
}

const STATUS_COLUMNS = new Set(['status', 'statusAsOf', 'statusFrom']);

/** A status from a campaign that started on or after the one that set the stored status replaces it. */
function newerStatus(stored: Record<string, unknown>, incoming: Pick<LedgerAction, 'statusAsOf'> | Record<string, unknown>): boolean {
  const before = typeof stored.statusAsOf === 'string' ? stored.statusAsOf : '';
  const after = typeof (incoming as Record<string, unknown>).statusAsOf === 'string' ? String((incoming as Record<string, unknown>).statusAsOf) : '';
  return !before || (after !== '' && after >= before);
}

/**
 * The grids as they will be once the plan has run, computed here rather than read again: what the Portfolio tab
 * is written from in the same batch. Mirrors the batch's order (updates, deletions bottom-up, appends).
 */
export function applyPlan(grids: LedgerGrids, plan: LedgerPlan): Record<keyof LedgerGrids, unknown[][]> {
  const out = {} as Record<keyof LedgerGrids, unknown[][]>;
  for (const tab of plan.tabs) {
    const grid = (tab.create ? [LEDGER_TABS[tab.kind].columns.map((c) => c.header)] : (grids[tab.kind] ?? [[]]).map((row) => [...row]));
    for (const h of tab.headerAdditions) (grid[0] ??= [])[h.column] = h.header;
    for (const u of tab.updates) (grid[u.row] ??= [])[u.column] = u.value;
    for (const r of tab.deleteRows) grid.splice(r, 1);
    grid.push(...tab.appendRows.map((r) => [...r]));
    out[tab.kind] = grid;
  }
  return out;
}

/** The ledger the grids hold, as records. */
export function ledgerFromGrids(grids: Partial<Record<keyof LedgerGrids, readonly (readonly unknown[])[] | null>>): Ledger {
  const ledger = emptyLedger();
  for (const kind of LEDGER_KINDS) {
    const grid = grids[kind];
    if (grid) (ledger as unknown as Record<string, unknown>)[kind] = fromGrid(kind, grid).records;
  }
  return ledger;
}
