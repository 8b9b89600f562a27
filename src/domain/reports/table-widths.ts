// How wide each column of a table Debrief writes into a Doc is: as a person would size them, each column as wide as
// its longest line wants where the text column allows, never narrower than its longest word, what's left shared by
// need. A new Doc's insertTable makes equal columns, which wraps a KPI's name or an action over four lines beside a
// column of "Met"; doc-insert.ts fixes these widths (UpdateTableColumnPropertiesRequest) and fit.ts measures with them.
import { MIN_FONT_SIZE, TABLE_BORDER, TABLE_CELL_PADDING } from './page-layout.ts';
import { textWidth } from './text-width.ts';

/** What a cell needs on top of its text: the padding either side and its border. */
const CELL_EXTRA = 2 * TABLE_CELL_PADDING + TABLE_BORDER;
/** "The minimum column width is 5 points" (TableColumnProperties.width). */
const MIN_COLUMN = 5;

/**
 * Column widths in points for `rows` (the header first, bold) across `width`: the columns sum to `width` (less
 * a point, so rounding never pushes the table past the text column).
 */
export function columnWidths(rows: readonly (readonly string[])[], width: number): number[] {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const want = Array.from({ length: columns }, () => MIN_COLUMN);
  const floor = Array.from({ length: columns }, () => MIN_COLUMN);
  rows.forEach((row, r) => row.forEach((text, c) => {
    const bold = r === 0;
    want[c] = Math.max(want[c] ?? 0, textWidth(text, MIN_FONT_SIZE, bold) + CELL_EXTRA);
    const longest = Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, MIN_FONT_SIZE, bold)));
    floor[c] = Math.max(floor[c] ?? 0, longest + CELL_EXTRA + 0.1); // + 0.1: `round` cuts to a tenth of a point, and a longest word keeps its whole width
  }));
  const total = width - 1;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(want) <= total) {
    // Everything fits on one line: the spare width goes where the text is, so the table spans the column.
    const spare = total - sum(want);
    return want.map((w) => round(w + (spare * w) / sum(want)));
  }
  // Each column gets its floor; the rest of the width goes to columns by how much more they want.
  const floors = sum(floor) > total ? floor.map((f) => (f * total) / sum(floor)) : floor;
  const extra = want.map((w, c) => Math.max(0, w - (floors[c] ?? 0)));
  const left = total - sum(floors);
  return floors.map((f, c) => round(f + (sum(extra) > 0 ? (left * (extra[c] ?? 0)) / sum(extra) : 0)));
}

const round = (pt: number) => Math.max(MIN_COLUMN, Math.floor(pt * 10) / 10);
