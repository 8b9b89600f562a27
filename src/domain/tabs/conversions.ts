// Human numbers typed into number cells ("42K", "$1,200", "4.2M", a bare 2.6 in a percentage row) are text to
// Sheets, so the tab's formulas (Tier, Sponsored ER, Variance) would leave them out while the analysis reads them.
// When Debrief builds or analyzes, each such cell becomes the number the analysis reads, what was typed kept in the
// cell's note, and each conversion is listed in the checks: the sheet and the analysis agree on every cell.
import type { Check } from '../records.ts';
import { CAMPAIGN_FIELDS } from './campaign-tab.ts';
import type { FormLayout, TableLayout } from './layout.ts';
import { cellName } from './layout.ts';
import { columnInRow, readCellKinds, type ReadContext, type TabGrid } from './read.ts';
import { HEADER_ROW, type ColumnSpec, type TableTabSpec } from './spec.ts';

export interface Conversion {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  value: number | string;
  typed: string;
  header: string;
}

const NUMBER_TYPES: readonly ColumnSpec['type'][] = ['count', 'money', 'number', 'rating', 'rate'];

/** The value `raw` should hold for formulas to see what the analysis reads, or undefined when it already does. */
function converted(column: ColumnSpec, raw: unknown, context: ReadContext): number | string | undefined {
  const read = readCellKinds(column, raw, context.timeZone, context.locale);
  if (read.problem || read.value === null) return undefined;
  if (column.type === 'date') return typeof raw === 'string' ? (read.value as string) : undefined;
  if (!NUMBER_TYPES.includes(column.type) || typeof read.value !== 'number') return undefined;
  if (typeof raw === 'string') return read.value;
  return read.noteKind === 'assumed-percent' ? read.value : undefined; // a bare 2.6 in a percentage row is 2.6%
}

const typedText = (raw: unknown) => String(raw);

/** Every cell of a table tab to convert, from one read of it (formula cells are never touched). */
export function tableConversions(spec: TableTabSpec, grid: TabGrid, layout: TableLayout, context: ReadContext): Conversion[] {
  const conversions: Conversion[] = [];
  const inputs = spec.columns.filter((c) => !c.formula && !layout.added.includes(c) && (NUMBER_TYPES.includes(c.type) || c.type === 'date'));
  grid.values.slice(HEADER_ROW).forEach((cells, i) => {
    const row = HEADER_ROW + 1 + i;
    const unitOf = (key: string) => {
      const unit = spec.columns.find((c) => c.key === key);
      return unit ? readCellKinds(unit, cells[(layout.columnOf[unit.key] ?? 0) - 1], context.timeZone, context.locale).value : null;
    };
    for (const column of inputs) {
      const at = layout.columnOf[column.key] ?? 0;
      if (grid.formulas?.[row - 1]?.[at - 1]) continue;
      const raw = cells[at - 1];
      if (raw === '' || raw === null || raw === undefined) continue;
      const value = converted(columnInRow(column, unitOf), raw, context);
      if (value !== undefined) conversions.push({ row, column: at, value, typed: typedText(raw), header: column.header });
    }
  });
  return conversions;
}

/** The Campaign tab's number and date fields (budget, tier thresholds, dates) typed as text, in column B. */
export function campaignConversions(grid: unknown[][], layout: FormLayout, context: ReadContext): Conversion[] {
  const conversions: Conversion[] = [];
  for (const field of CAMPAIGN_FIELDS) {
    if (field.formula || !(NUMBER_TYPES.includes(field.type) || field.type === 'date')) continue;
    const row = layout.rowOf[field.key];
    if (row === undefined || layout.added.includes(field)) continue;
    const raw = grid[row - 1]?.[1];
    if (raw === '' || raw === null || raw === undefined) continue;
    const value = converted({ ...field, header: field.label }, raw, context);
    if (value !== undefined) conversions.push({ row, column: 2, value, typed: typedText(raw), header: field.label });
  }
  return conversions;
}

/** The note a converted cell gets: what was typed, after any note a person left. */
export function conversionNote(existing: string, typed: string): string {
  const line = `Typed: ${typed}`;
  if (existing.split('\n').includes(line)) return existing;
  return existing ? `${existing}\n${line}` : line;
}

export function conversionChecks(tab: string, conversions: readonly Conversion[]): Check[] {
  return conversions.map((c) => ({
    cell: cellName(tab, c.row, c.column), kind: 'converted-value', severity: 'info',
    message: `${c.header}: "${c.typed}" typed here is now ${typeof c.value === 'number' ? `the number ${c.value}` : `the date ${c.value}`}, so the tab's formulas use it as the analysis does; what was typed is in the cell's note.`,
  }));
}
