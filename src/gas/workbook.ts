// Reads every Debrief tab once (values + formulas per tab) and hands the grids to the domain to make records. When
// Debrief analyzes, human numbers typed as text ("42K") first become real numbers in their cells (what was typed
// kept in the cell's note), so the tabs' formulas and the analysis read the same values.
import { CAMPAIGN_TAB, TABLE_SPECS } from '../domain/tabs/index.ts';
import { campaignConversions, conversionChecks, tableConversions, type Conversion } from '../domain/tabs/conversions.ts';
import { cellName, resolveFormLayout, resolveTableLayout } from '../domain/tabs/layout.ts';
import { readWorkbook, type ReadContext, type TabGrid, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import type { Check } from '../domain/records.ts';
import { writeConversions } from './sheets/conversions.ts';
import type { CellOf } from '../domain/campaign-file-rows.ts';
import { tableTabNamed } from '../domain/tabs/index.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory, TabName } from './tabs.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How this spreadsheet's cells read: its time zone, and its locale for text typed as numbers and dates. */
export function readContextOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadContext {
  return { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() };
}

/** Writes `conversions` into `sheet` and into `grid` (so a read after it sees them), returning their checks. */
export function convertInPlace(sheet: Sheet | undefined, tab: string, grid: TabGrid, conversions: readonly Conversion[]): Check[] {
  if (!sheet || conversions.length === 0) return [];
  writeConversions(sheet, grid, conversions);
  for (const c of conversions) {
    const cells = grid.values[c.row - 1];
    if (cells) cells[c.column - 1] = c.value;
  }
  return conversionChecks(tab, conversions);
}

export function readWorkbookFrom(directory: TabDirectory, context: ReadContext | string, options: { convert?: boolean } = {}): WorkbookRead {
  const reading = typeof context === 'string' ? { timeZone: context } : context;
  const grid = (tab: TabName) => readSheetGrid(directory.sheets.get(tab));
  const tables = Object.fromEntries(TABLE_SPECS.map((spec) => [spec.key, grid(spec.name)])) as Record<(typeof TABLE_SPECS)[number]['key'], TabGrid>;
  const campaignGrid = grid(CAMPAIGN_TAB.name);
  const converted: Check[] = [];
  if (options.convert) {
    for (const spec of TABLE_SPECS) {
      const tabGrid = tables[spec.key];
      const layout = resolveTableLayout(spec, tabGrid.values[0] ?? []);
      converted.push(...convertInPlace(directory.sheets.get(spec.name), directory.names[spec.name] ?? spec.name, tabGrid, tableConversions(spec, tabGrid, layout, reading)));
    }
    const layout = resolveFormLayout(CAMPAIGN_TAB, campaignGrid.values.map((r) => r[0]));
    const conversions = campaignConversions(campaignGrid.values, layout, reading);
    converted.push(...convertInPlace(directory.sheets.get(CAMPAIGN_TAB.name), directory.names[CAMPAIGN_TAB.name] ?? CAMPAIGN_TAB.name, campaignGrid, conversions));
  }
  const grids: WorkbookGrids = { campaign: campaignGrid.values, ...tables };
  const read = readWorkbook(grids, reading, directory.names);
  return { ...read, checks: [...converted, ...read.checks] };
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
