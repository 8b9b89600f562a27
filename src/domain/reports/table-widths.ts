// How wide each column of a table Debrief writes into a Doc is: as a person would size them, each column as wide as
// its longest line wants where the text column allows, never narrower than its longest word, what's left shared by
// need. A new Doc's insertTable makes equal columns, which wraps a KPI's name or an action over four lines beside a
// column of "Met"; doc-insert.ts fixes these widths (UpdateTableColumnPropertiesRequest) and fit.ts measures with them.
// A deck's tables are sized the same way (deck-fill.ts, with Slides' cell padding and its 32 pt least width).
import { MIN_FONT_SIZE, TABLE_BORDER, TABLE_CELL_PADDING } from './page-layout.ts';
import { textWidth } from './text-width.ts';

/** What a cell needs on top of its text: the padding either side and its border. */
const CELL_EXTRA = 2 * TABLE_CELL_PADDING + TABLE_BORDER;
/** "The minimum column width is 5 points" (TableColumnProperties.width). */
const MIN_COLUMN = 5;

/** How a table's cells are measured: its text size, what a cell adds to its text, and the least a column may be. */
export interface CellMetrics {
  fontSize: number;
  cellExtra: number;
  minColumn: number;
}
// A tenth of a point more than a Doc cell adds: `round` cuts widths to a tenth, and a longest word keeps its whole
// width (else the page-fit estimate wraps it where Chromium doesn't).
const DOC_CELLS: CellMetrics = { fontSize: MIN_FONT_SIZE, cellExtra: CELL_EXTRA + 0.1, minColumn: MIN_COLUMN };

/**
 * Column widths in points for `rows` (the header first, bold) across `width`: the columns sum to `width` (less
 * a point, so rounding never pushes the table past the text column). A Doc's cells unless `cells` says otherwise.
 */
export function columnWidths(rows: readonly (readonly string[])[], width: number, cells: CellMetrics = DOC_CELLS): number[] {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const least = Math.min(cells.minColumn, width / columns);
  const want = Array.from({ length: columns }, () => least);
  const floor = Array.from({ length: columns }, () => least);
  rows.forEach((row, r) => row.forEach((text, c) => {
    const bold = r === 0;
    want[c] = Math.max(want[c] ?? 0, textWidth(text, cells.fontSize, bold) + cells.cellExtra);
    const longest = Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, cells.fontSize, bold)));
    floor[c] = Math.max(floor[c] ?? 0, longest + cells.cellExtra);
  }));
  const total = width - 1;
  const round = (pt: number) => Math.max(least, Math.floor(pt * 10) / 10);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(want) <= total) {
    // Everything fits on one line: the spare width goes where the text is, so the table spans the column.
    const spare = total - sum(want);
    return want.map((w) => round(w + (spare * w) / sum(want)));
  }
  // Each column gets its floor; the rest of the width goes to columns by how much more they want.
  // Too many long words to give each its floor: share the width by floor, but never under the least width.
  const floors = sum(floor) > total ? floor.map((f) => Math.max(least, (f * total) / sum(floor))) : floor;
  const extra = want.map((w, c) => Math.max(0, w - (floors[c] ?? 0)));
  const left = total - sum(floors);
  return floors.map((f, c) => round(f + (sum(extra) > 0 ? (left * (extra[c] ?? 0)) / sum(extra) : 0)));
}

