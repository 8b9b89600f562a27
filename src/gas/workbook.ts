// Reads every Debrief tab once and hands the grids to the domain to make records. Values always; formulas only
// where a reader uses them: the checks name a value typed over a formula, so Analyze and Run checks read the
// formula columns' formulas (one block per tab); documents use records only, so they read values alone.
import { CAMPAIGN_TAB, TABLE_TABS } from '../domain/tabs/index.ts';
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
