// Reads every Debrief tab once (values + formulas per tab) and hands the grids to the domain to make records.
import { readWorkbook, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory } from './tabs.ts';

export function readWorkbookFrom(directory: TabDirectory, timeZone: string): WorkbookRead {
  const grid = (tab: Parameters<TabDirectory['sheets']['get']>[0]) => readSheetGrid(directory.sheets.get(tab));
  const grids: WorkbookGrids = {
    campaign: grid('Campaign').values,
    kpis: grid('KPIs'),
    creators: grid('Creators'),
    content: grid('Content'),
    issues: grid('Issues'),
    wins: grid('Wins'),
  };
  return readWorkbook(grids, timeZone, directory.names);
}
