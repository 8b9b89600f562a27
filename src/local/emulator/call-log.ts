// Counts Apps Script calls per "Class.method", classified by how they reach Google (call-classes.ts): round trips,
// cells read and written, and flushes (a Spreadsheet read after pending writes, SpreadsheetApp.flush with writes
// pending, or the end of an execution with writes pending). Tests and the benchmark state what an action costs with it.
import { ROUND_TRIP_CLASSES, type CallClass } from './call-classes.ts';

export type CallCounts = Record<string, number>;
export type ClassCounts = Partial<Record<CallClass, number>>;

/** What a stretch of calls cost: the measures the benchmark's cost model prices. */
export interface CallTotals {
  /** Calls, all classes. */
  total: number;
  /** Calls that wait for Google's answer (every class but local calls and buffered writes). */
  roundTrips: number;
  cellsRead: number;
  cellsWritten: number;
  flushes: number;
  /** Executions ended (each google.script.run call, trigger or menu click is one). */
  executions: number;
  byClass: ClassCounts;
  /** CPU time spent inside the local Workspace's fakes, so the script's own time can be told apart. */
  emulatorMs: number;
}

export interface CallDetail {
  callClass: CallClass;
  cells?: number;
  emulatorMs?: number;
}

const zero = (): CallTotals => ({ total: 0, roundTrips: 0, cellsRead: 0, cellsWritten: 0, flushes: 0, executions: 0, byClass: {}, emulatorMs: 0 });

export class CallLog {
  private counts = new Map<string, number>();
  private readonly classes = new Map<string, CallClass>();
  private totals = zero();
  private pendingWrites = false;

  record(className: string, method: string, detail: CallDetail = { callClass: 'local' }): void {
    const key = `${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.classes.set(key, detail.callClass);
    const t = this.totals;
    const cls = detail.callClass;
    t.total += 1;
    t.byClass[cls] = (t.byClass[cls] ?? 0) + 1;
    t.emulatorMs += detail.emulatorMs ?? 0;
    if (ROUND_TRIP_CLASSES.has(cls)) t.roundTrips += 1;
    if (cls === 'sheetRead') {
      t.cellsRead += detail.cells ?? 0;
      this.flushPending();
    } else if (cls === 'sheetWrite') {
      t.cellsWritten += detail.cells ?? 0;
      this.pendingWrites = true;
    } else if (cls === 'flush') {
      this.flushPending();
    }
  }

  /** Apps Script applies what is still pending when an execution ends. */
  endExecution(): void {
    this.flushPending();
    this.totals.executions += 1;
  }

  private flushPending(): void {
    if (!this.pendingWrites) return;
    this.pendingWrites = false;
    this.totals.flushes += 1;
  }

  /** Calls so far, sorted by name. */
  snapshot(): CallCounts {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The class each `Class.method` seen so far was counted in. */
  classOf(key: string): CallClass | undefined {
    return this.classes.get(key);
  }

  /** The running totals (a copy). */
  totalsSoFar(): CallTotals {
    return { ...this.totals, byClass: { ...this.totals.byClass } };
  }

  get count(): number {
    return this.totals.total;
  }

  /** Runs `action` and returns what it cost, per method and in total. */
  measure<T>(action: () => T): { result: T; calls: CallCounts } & CallTotals {
    const before = this.snapshot();
    const totalsBefore = this.totalsSoFar();
    const result = action();
    const after = this.snapshot();
    const calls: CallCounts = {};
    for (const [key, n] of Object.entries(after)) {
      const delta = n - (before[key] ?? 0);
      if (delta > 0) calls[key] = delta;
    }
    return { result, calls, ...difference(this.totals, totalsBefore) };
  }

  reset(): void {
    this.counts.clear();
    this.totals = zero();
    this.pendingWrites = false;
  }
}

function difference(after: CallTotals, before: CallTotals): CallTotals {
  const byClass: ClassCounts = {};
  for (const [cls, n] of Object.entries(after.byClass) as [CallClass, number][]) {
    const delta = n - (before.byClass[cls] ?? 0);
    if (delta > 0) byClass[cls] = delta;
  }
  return {
    total: after.total - before.total,
    roundTrips: after.roundTrips - before.roundTrips,
    cellsRead: after.cellsRead - before.cellsRead,
    cellsWritten: after.cellsWritten - before.cellsWritten,
    flushes: after.flushes - before.flushes,
    executions: after.executions - before.executions,
    byClass,
    emulatorMs: after.emulatorMs - before.emulatorMs,
  };
}
