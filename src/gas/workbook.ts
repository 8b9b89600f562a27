// Reads every Debrief tab once (values + formulas per tab) and hands the grids to the domain to make records.
import type { CellOf } from '../domain/campaign-file-rows.ts';
import { CAMPAIGN_TAB, TABLE_TABS, tableTabNamed } from '../domain/tabs/index.ts';
import { cellName } from '../domain/tabs/layout.ts';
import { readWorkbook, type TabGrid, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory } from './tabs.ts';

export function readWorkbookFrom(directory: TabDirectory, timeZone: string): WorkbookRead {
  const grid = (tab: Parameters<TabDirectory['sheets']['get']>[0]) => readSheetGrid(directory.sheets.get(tab));
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => [spec.key, grid(spec.name)])) as Record<(typeof TABLE_TABS)[number]['key'], TabGrid>;
  const grids: WorkbookGrids = { campaign: grid(CAMPAIGN_TAB.name).values, ...tables };
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
