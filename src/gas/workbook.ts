// Reads every Debrief tab once and hands the grids to the domain to make records. Values always; formulas only
// where a reader uses them: the checks name a value typed over a formula, so Analyze and Run checks read the
// formula columns' formulas (one block per tab); documents use records only, so they read values alone. When
// Debrief analyzes, human numbers typed as text ("42K") first become real numbers in their cells (what was typed
// kept in the cell's note), so the tabs' formulas and the analysis read the same values; the formula block then
// also spans the columns of the cells to convert, so a conversion never rewrites a formula as its value.
import type { CellOf } from '../domain/campaign-file-rows.ts';
import { CAMPAIGN_TAB, TABLE_TABS, tableTabNamed } from '../domain/tabs/index.ts';
import { campaignConversions, conversionChecks, tableConversions, type Conversion } from '../domain/tabs/conversions.ts';
import { cellName, resolveFormLayout, resolveTableLayout } from '../domain/tabs/layout.ts';
import { formulaColumnsOf } from '../domain/tabs/plan.ts';
import { readWorkbook, type ReadContext, type TabGrid, type WorkbookGrids, type WorkbookRead } from '../domain/tabs/read.ts';
import type { Check } from '../domain/records.ts';
import type { TableTabSpec } from '../domain/tabs/spec.ts';
import { writeConversions } from './sheets/conversions.ts';
import { readSheetGrid } from './spreadsheet.ts';
import type { TabDirectory } from './tabs.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * How this spreadsheet's cells read: its time zone, and its locale for text typed as numbers and dates. The locale
 * (a round trip) is asked the first time a cell holds such text, once: a workbook of real numbers and dates, as
 * Analyze leaves it, is read without it, and nothing is kept between executions (the locale can change any time).
 */
export function readContextOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadContext {
  let locale: string | undefined;
  return { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: () => (locale ??= spreadsheet.getSpreadsheetLocale()) };
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

/** 'checks': formulas of the formula columns, for the typed-over-formula checks; 'none': values only. */
export type WorkbookFormulas = 'checks' | 'none';

export function readWorkbookFrom(directory: TabDirectory, context: ReadContext | string, options: { convert?: boolean; formulas?: WorkbookFormulas } = {}): WorkbookRead {
  const reading = typeof context === 'string' ? { timeZone: context } : context;
  const formulas = options.formulas ?? 'checks';
  // Converting needs to know that a cell to convert holds no formula: the formulas of the formula columns and of
  // the columns with a cell to convert are read as one block per tab (none at all where nothing converts).
  const candidates = (spec: TableTabSpec, header: readonly unknown[], values: readonly unknown[][]) =>
    tableConversions(spec, { values: values as unknown[][] }, resolveTableLayout(spec, header), reading).map((c) => c.column);
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => {
    const sheet = directory.sheets.get(spec.name);
    const grid: TabGrid = options.convert
      ? readSheetGrid(sheet, (header, values) => [...formulaColumnsOf(spec, header), ...candidates(spec, header, values)])
      : formulas === 'none'
        ? { values: readSheetGrid(sheet, 'none').values } // no formulas: the reader makes no typed-over-formula checks
        : readSheetGrid(sheet, (header) => formulaColumnsOf(spec, header));
    return [spec.key, grid];
  })) as Record<(typeof TABLE_TABS)[number]['key'], TabGrid>;
  const campaignLayout = (values: readonly unknown[][]) => resolveFormLayout(CAMPAIGN_TAB, values.map((r) => r[0]), values.map((r) => r[1]));
  const campaignGrid = readSheetGrid(directory.sheets.get(CAMPAIGN_TAB.name), options.convert
    ? (_, values) => (campaignConversions(values as unknown[][], campaignLayout(values), reading).length ? [2] : [])
    : 'none');
  const converted: Check[] = [];
  if (options.convert) {
    for (const spec of TABLE_TABS) {
      const tabGrid = tables[spec.key];
      const layout = resolveTableLayout(spec, tabGrid.values[0] ?? []);
      converted.push(...convertInPlace(directory.sheets.get(spec.name), directory.names[spec.name] ?? spec.name, tabGrid, tableConversions(spec, tabGrid, layout, reading)));
    }
    const conversions = campaignConversions(campaignGrid.values, campaignLayout(campaignGrid.values), reading);
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
