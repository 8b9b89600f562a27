// Counts Apps Script calls per "Class.method", so tests and benchmarks can state what an action costs.

export type CallCounts = Record<string, number>;

export class CallLog {
  private counts = new Map<string, number>();
  private total = 0;

  record(className: string, method: string): void {
    const key = `${className}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total += 1;
  }

  /** Calls so far, sorted by name. */
  snapshot(): CallCounts {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  get count(): number {
    return this.total;
  }

  /** Runs `action` and returns what it cost, per method and in total. */
  measure<T>(action: () => T): { result: T; calls: CallCounts; total: number } {
    const before = this.snapshot();
    const totalBefore = this.total;
    const result = action();
    const after = this.snapshot();
    const calls: CallCounts = {};
    for (const [key, n] of Object.entries(after)) {
      const delta = n - (before[key] ?? 0);
      if (delta > 0) calls[key] = delta;
    }
    return { result, calls, total: this.total - totalBefore };
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }
}
