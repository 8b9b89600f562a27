// Writes converted cells (src/domain/tabs/conversions.ts) back in batches: one block per run of neighbouring
// columns, spanning only the rows with a conversion, with every other cell in it rewritten exactly as it was and
// what was typed added to each converted cell's note. Calls depend on columns, never on rows.
import { rewriteAsIs, type CellInput } from '../../domain/tabs/cells.ts';
import { conversionNote, type Conversion } from '../../domain/tabs/conversions.ts';
import type { TabGrid } from '../../domain/tabs/read.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Neighbouring columns that have conversions, each with its conversions. */
function columnRuns(conversions: readonly Conversion[]): Conversion[][] {
  const columns = [...new Set(conversions.map((c) => c.column))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === column - 1) last.push(column);
    else runs.push([column]);
  }
  return runs.map((run) => conversions.filter((c) => run.includes(c.column)));
}

export function writeConversions(sheet: Sheet, grid: TabGrid, conversions: readonly Conversion[]): void {
  for (const run of columnRuns(conversions)) {
    const rows = run.map((c) => c.row);
    const columns = run.map((c) => c.column);
    // Folds, not Math.min(...rows): a column of 100,000 converted cells would pass V8's argument limit.
    const [top, left] = [rows.reduce((a, b) => Math.min(a, b)), columns.reduce((a, b) => Math.min(a, b))];
    const height = rows.reduce((a, b) => Math.max(a, b)) - top + 1;
    const width = columns.reduce((a, b) => Math.max(a, b)) - left + 1;
    const values: CellInput[][] = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) =>
      rewriteAsIs(grid.values[top - 1 + r]?.[left - 1 + c], grid.formulas?.[top - 1 + r]?.[left - 1 + c])));
    const range = sheet.getRange(top, left, height, width);
    const notes = range.getNotes();
    for (const c of run) {
      const r = c.row - top;
      const k = c.column - left;
      values[r]![k] = c.value;
      notes[r]![k] = conversionNote(notes[r]?.[k] ?? '', c.typed);
    }
    range.setValues(values);
    range.setNotes(notes);
  }
}
