// "Build / refresh tabs": creates the tabs that are missing and refreshes the rest in place, keeping every row.
import { item } from '../domain/item.ts';
import type { BuildTabsResult } from '../domain/rpc.ts';
import { CAMPAIGN_TAB, PATTERNS_TAB_NAME, TABLE_SPECS, TAB_NAMES } from '../domain/tabs/index.ts';
import { readCampaignTab, readTable } from '../domain/tabs/read.ts';
import type { Check } from '../domain/records.ts';
import { columnAt, type TableLayout } from '../domain/tabs/layout.ts';
import type { TableTabSpec } from '../domain/tabs/spec.ts';
import { buildCampaignTab } from './sheets/campaign-tab.ts';
import { preparePatternsTab } from './sheets/patterns-tab.ts';
import { buildTableTab } from './sheets/table-tab.ts';
import { readSheetGrid } from './spreadsheet.ts';
import { locateTabs, rememberTabs, type TabDirectory, type TabName } from './tabs.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `extraRows` reserves formatted rows for data about to be written (imports). */
export function buildTabs(spreadsheet: Spreadsheet, extraRows: Partial<Record<TabName, number>> = {}): BuildTabsResult & { directory: TabDirectory } {
  const directory = locateTabs(spreadsheet);
  const created: string[] = [];
  const refreshed: string[] = [];
  const rowsKept: Record<string, number> = {};
  const checks: Check[] = [];
  const timeZone = spreadsheet.getSpreadsheetTimeZone();

  TAB_NAMES.forEach((tab, index) => {
    if (directory.sheets.has(tab)) {
      refreshed.push(directory.names[tab] ?? tab);
      return;
    }
    directory.sheets.set(tab, spreadsheet.insertSheet(tab, index));
    created.push(tab);
  });
  rememberTabs(directory);

  const campaignSheet = directory.sheets.get('Campaign')!;
  const campaignGrid = readSheetGrid(campaignSheet);
  const { campaign } = readCampaignTab(campaignGrid.values, timeZone);
  buildCampaignTab(spreadsheet, campaignSheet, campaignGrid, campaign.currency);
  rowsKept[CAMPAIGN_TAB.name] = campaignGrid.values.length;

  for (const spec of TABLE_SPECS) {
    const sheet = directory.sheets.get(spec.name)!;
    const grid = readSheetGrid(sheet);
    const starter = created.includes(spec.name) ? spec.starterRows ?? [] : [];
    const plan = buildTableTab(sheet, spec, grid, campaign.currency, extraRows[spec.name] ?? 0, starter);
    rowsKept[spec.name] = readTable(spec, grid, timeZone).records.length;
    checks.push(...plan.checks);
    if (created.includes(spec.name) && spec.starterRows?.length) writeStarterRows(sheet, spec, plan.layout);
  }
  preparePatternsTab(directory.sheets.get(PATTERNS_TAB_NAME)!, created.includes(PATTERNS_TAB_NAME));
  return { created, refreshed, rowsKept, checks, directory };
}

function writeStarterRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: TableTabSpec, layout: TableLayout): void {
  const starterRows = spec.starterRows ?? [];
  const [firstRow] = starterRows;
  if (!firstRow) return;
  const keys = Object.keys(firstRow);
  const columns = keys.map((k) => columnAt(layout, k));
  // Starter keys are contiguous only by chance, so write the narrow block that spans them in one call.
  const first = Math.min(...columns);
  const width = Math.max(...columns) - first + 1;
  const existing = sheet.getRange(2, first, starterRows.length, width).getFormulas();
  const rows = starterRows.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const key = keys[columns.indexOf(first + c)];
      return key !== undefined ? row[key] : item(item(existing, r, 'row'), c, 'column');
    }));
  sheet.getRange(2, first, rows.length, width).setValues(rows);
}
