// Reads every Debrief tab once (values + formulas per tab) and hands the grids to the domain to make records.
import { CAMPAIGN_TAB, TABLE_TABS } from '../domain/tabs/index.ts';
import { readWorkbook, type TabGrid, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory } from './tabs.ts';

export function readWorkbookFrom(directory: TabDirectory, timeZone: string): WorkbookRead {
  const grid = (tab: Parameters<TabDirectory['sheets']['get']>[0]) => readSheetGrid(directory.sheets.get(tab));
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => [spec.key, grid(spec.name)])) as Record<(typeof TABLE_TABS)[number]['key'], TabGrid>;
  const grids: WorkbookGrids = { campaign: grid(CAMPAIGN_TAB.name).values, ...tables };
  return readWorkbook(grids, timeZone, directory.names);
}
