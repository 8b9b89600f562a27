// Reads every Debrief tab once and hands the grids to the domain to make records. Values always; formulas only
// where a reader uses them: the checks name a value typed over a formula, so Analyze and Run checks read the
// formula columns' formulas (one block per tab); documents use records only, so they read values alone.
import type { CellOf } from '../domain/campaign-file-rows.ts';
import { CAMPAIGN_TAB, TABLE_TABS, tableTabNamed } from '../domain/tabs/index.ts';
import { cellName } from '../domain/tabs/layout.ts';
import { formulaColumnsOf } from '../domain/tabs/plan.ts';
import { readWorkbook, type TabGrid, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory } from './tabs.ts';

/** 'checks': formulas of the formula columns, for the typed-over-formula checks; 'none': values only. */
export type WorkbookFormulas = 'checks' | 'none';

export function readWorkbookFrom(directory: TabDirectory, timeZone: string, formulas: WorkbookFormulas = 'checks'): WorkbookRead {
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => {
    const sheet = directory.sheets.get(spec.name);
    const grid: TabGrid = formulas === 'none'
      ? { values: readSheetGrid(sheet, 'none').values } // no formulas: the reader makes no typed-over-formula checks
      : readSheetGrid(sheet, (header) => formulaColumnsOf(spec, header));
    return [spec.key, grid];
  })) as Record<(typeof TABLE_TABS)[number]['key'], TabGrid>;
  const grids: WorkbookGrids = { campaign: readSheetGrid(directory.sheets.get(CAMPAIGN_TAB.name), 'none').values, ...tables };
  return readWorkbook(grids, timeZone, directory.names);
}

/** Names cells as the sheet shows them ("Creators!E7"), under each tab's current name. */
export function cellNamer(read: WorkbookRead, directory: TabDirectory): CellOf {
  return (tab, row, key) => {
    const name = directory.names[tab] ?? tab;
    if (tab === 'Campaign') return cellName(name, read.campaignLayout.rowOf[key] ?? 1, 2); // a form: one value per row
    const table = tableTabNamed(tab);
    const column = table ? read.layouts[table.key].columnOf[key] : undefined;
    return column ? cellName(name, row, column) : `${name}!${row}:${row}`;
  };
}
