// A sparse per-cell store (0-based) for what HyperFormula doesn't hold: number formats, notes, validations,
// backgrounds…; rows and columns shift with insertions and deletions the way Sheets moves cell formatting.

export class CellGrid<T> {
  private rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) {
      const line = this.rows[row];
      if (line) line[column] = undefined;
      return;
    }
    (this.rows[row] ??= [])[column] = value;
  }

  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const line of this.rows) if (line && at < line.length) line.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteColumns(at: number, count: number): void {
    for (const line of this.rows) line?.splice(at, count);
  }

  clear(): void {
    this.rows = [];
  }

  /** Every stored cell, row-major. */
  *entries(): Generator<[row: number, column: number, value: T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const value = line[c];
        if (value !== undefined) yield [r, c, value];
      }
    }
  }
}
