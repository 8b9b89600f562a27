// "Build / refresh tabs": creates the tabs that are missing and refreshes the rest in place, keeping every row.
// Everything is read first (each tab once, its size only when it must grow, the named ranges, the highlight rules,
// the Patterns protection), then everything is written, so Sheets flushes once at the end of the execution (twice on
// the first build, whose new tabs' sizes are read after inserting them). The grids read are handed back: an import
// plans its rows from them instead of reading the tabs again after the build's writes.
import type { BuildTabsResult } from '../domain/rpc.ts';
import { CAMPAIGN_TAB, PATTERNS_TAB_NAME, TABLE_SPECS, TAB_NAMES } from '../domain/tabs/index.ts';
import { formulaColumnsOf, planTableBuild, type TableBuildPlan } from '../domain/tabs/plan.ts';
import { readCampaignTab, readTable, type TabGrid } from '../domain/tabs/read.ts';
import { toCellInput, type CellInput } from '../domain/tabs/cells.ts';
import type { Check } from '../domain/records.ts';
import { columnAt, headerRowState, type TableLayout } from '../domain/tabs/layout.ts';
import { HEADER_ROW, type TableTabSpec } from '../domain/tabs/spec.ts';
import { gridRow } from '../domain/tabs/formats.ts';
import { buildCampaignTab, campaignTabHeight, type FormGrid } from './sheets/campaign-tab.ts';
import { preparePatternsTab } from './sheets/patterns-tab.ts';
import { SPARE_COLUMNS, writeInputRows, writeTableTab, type TableTabState } from './sheets/table-tab.ts';
import { readSheetGrid, type FormulaRead } from './spreadsheet.ts';
import { freeTabName, locateTabs, rememberTabs, TAB_TAG, type TabDirectory, type TabName } from './tabs.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type TableName = (typeof TABLE_SPECS)[number]['name'];

export interface BuiltTabs extends BuildTabsResult {
  directory: TabDirectory;
  /**
   * Each tab's input cells as the build leaves them: as read before the build wrote anything (the build writes no
   * input cell), and a new tab's starter rows.
   */
  grids: Record<TableName, TabGrid>;
  /** The Campaign tab as the build left it. */
  campaignGrid: FormGrid;
  /** Where each table's columns are after the build. */
  layouts: Record<TableName, TableLayout>;
}

/** The build's reads, before any write: an import plans its rows from them, and may refuse (throw) before writing. */
export interface BuildReads {
  grids: Record<TableName, TabGrid>;
  layouts: Record<TableName, TableLayout>;
  /** The Campaign tab as read (every formula). */
  campaign: TabGrid;
}

/**
 * What an import asks of the build, from its reads: formatted rows to reserve per tab for the rows it will append,
 * the rows it will leave from row 2 (so each row's unit formats are written once, for what it will hold) and the
 * currency its rows are in.
 */
export interface Reservation {
  extra: Partial<Record<TabName, number>>;
  pending?: Partial<Record<TableName, readonly CellInput[][]>>;
  currency?: string;
}

/** Formatted rows to reserve per tab for rows about to be written, known up front or from the build's reads. */
export type ExtraRows = Partial<Record<TabName, number>> | ((reads: BuildReads) => Reservation);

const EMPTY: TabGrid = { values: [], formulas: [] };

/** `extraRows` reserves formatted rows, with formulas and dropdowns, for data about to be written (imports). */
export function buildTabs(spreadsheet: Spreadsheet, extraRows: ExtraRows = {}): BuiltTabs {
  const directory = locateTabs(spreadsheet);
  const created: string[] = [];
  const refreshed: string[] = [];
  const existed = new Set(directory.sheets.keys());
  const repairs: Check[] = [];
  TAB_NAMES.forEach((tab, index) => {
    if (existed.has(tab)) {
      refreshed.push(directory.names[tab] ?? tab);
      return;
    }
    // A person's sheet of the tab's name is never taken over: the tab is made beside it, and that is said.
    const clash = directory.clashes?.get(tab);
    const name = clash ? freeTabName(tab, directory.taken ?? new Set()) : tab;
    const made = spreadsheet.insertSheet(name, index);
    made.addDeveloperMetadata(TAB_TAG, tab);
    directory.sheets.set(tab, made);
    directory.names[tab] = name;
    directory.taken?.add(name.toLowerCase());
    created.push(name);
    if (clash) {
      repairs.push({
        cell: `${clash.getName()}!A1`, kind: 'structure', severity: 'warning',
        message: `The sheet "${clash.getName()}" isn't Debrief's, so it was left as it is; Debrief's ${tab} tab is now "${name}".`,
      });
    }
  });
  const sheet = (tab: TabName) => directory.sheets.get(tab) as Sheet;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();

  // Reads: nothing below writes until every read is made.
  // An import rewrites rows exactly as they are, so it needs every formula of a tab that has rows below its header;
  // a build, only its formula columns'. A tab of headers alone needs none (its header row is never rewritten).
  const importing = (tab: TabName) => typeof extraRows === 'function' || extraRows[tab] !== undefined;
  const grid = (tab: TabName, formulas: FormulaRead = 'all'): TabGrid => (existed.has(tab) ? readSheetGrid(sheet(tab), formulas) : EMPTY);
  const campaignGrid = grid(CAMPAIGN_TAB.name) as FormGrid;
  const { campaign } = readCampaignTab(campaignGrid.values, timeZone);
  const reads = TABLE_SPECS.map((spec) => {
    const needed: FormulaRead = (header, values) => {
      if (values.length <= HEADER_ROW) return [];
      return importing(spec.name) ? Array.from({ length: header.length }, (_, c) => c + 1) : formulaColumnsOf(spec, header);
    };
    let tabGrid = grid(spec.name, needed);
    if (existed.has(spec.name) && headerRowState(spec, tabGrid.values, tabGrid.formulas) === 'deleted') {
      // The header row was deleted (row 1 holds data): a row goes back above it, and the build writes the headers.
      sheet(spec.name).insertRowsBefore(1, 1);
      tabGrid = grid(spec.name, 'all'); // read again, every formula: the first read took row 1 for the headers
      repairs.push({
        cell: `${directory.names[spec.name] ?? spec.name}!1:1`, kind: 'structure', severity: 'warning',
        message: `The ${spec.name} tab's header row was missing (row 1 held data): Debrief put the headers back above it, in their usual order. Check each column still holds what its header says.`,
      });
    }
    const { layout, headers } = planTableBuild(spec, tabGrid);
    const starter = !existed.has(spec.name) ? spec.starterRows ?? [] : [];
    const starterRows = starterCells(spec, layout, starter);
    // What an import sees of a new tab: its header and the starter rows the build is about to write.
    const seen = starter.length ? { values: [headers?.values ?? [], ...starterRows.map((r) => r.map(asRead))], formulas: [] } : tabGrid;
    return { spec, grid: tabGrid, seen, layout, starter, starterRows };
  });
  const byName = <T>(pick: (r: (typeof reads)[number]) => T) => Object.fromEntries(reads.map((r) => [r.spec.name, pick(r)])) as Record<TableName, T>;
  const reservation: Reservation = typeof extraRows === 'function'
    ? extraRows({ grids: byName((r) => r.seen), layouts: byName((r) => r.layout), campaign: campaignGrid })
    : { extra: extraRows };
  const { extra } = reservation;
  const currency = reservation.currency ?? campaign.currency;
  const tables = reads.map((read) => {
    const plan = planTableBuild(read.spec, read.grid, extra[read.spec.name] ?? 0);
    return { ...read, plan, state: tableState(sheet(read.spec.name), read.spec, existed.has(read.spec.name), read.grid, plan) };
  });
  const campaignRows = sizeFor(sheet(CAMPAIGN_TAB.name), existed.has(CAMPAIGN_TAB.name), campaignGrid, campaignTabHeight(campaignGrid), 3);
  const named = spreadsheet.getNamedRanges();
  const patternsProtected = existed.has(PATTERNS_TAB_NAME) && sheet(PATTERNS_TAB_NAME).getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0;

  // Writes.
  rememberTabs(directory);
  const campaignBuild = buildCampaignTab(spreadsheet, sheet(CAMPAIGN_TAB.name), campaignGrid, currency, named, campaignRows);
  const checks: Check[] = [...repairs];
  for (const { label, row } of campaignBuild.layout.relabeled) {
    checks.push({
      cell: `${directory.names[CAMPAIGN_TAB.name] ?? CAMPAIGN_TAB.name}!A${row}`, kind: 'structure', severity: 'info',
      message: `The "${label}" label had been cleared: Debrief put it back beside its value.`,
    });
  }
  const rowsKept: Record<string, number> = { [CAMPAIGN_TAB.name]: campaignGrid.values.length };
  for (const { spec, grid: tabGrid, plan, state, starter, starterRows } of tables) {
    const pending = reservation.pending?.[spec.name]?.map((cells) => gridRow(plan.layout, cells)) ?? starter.map((row) => (key: string) => row[key]);
    writeTableTab(sheet(spec.name), spec, plan, state, currency, pending);
    if (starterRows.length) writeInputRows(sheet(spec.name), spec, plan.layout, 2, starterRows, EMPTY);
    rowsKept[spec.name] = readTable(spec, tabGrid, timeZone).records.length;
    checks.push(...plan.checks);
  }
  preparePatternsTab(sheet(PATTERNS_TAB_NAME), !existed.has(PATTERNS_TAB_NAME), patternsProtected);
  return {
    created, refreshed, rowsKept, checks, directory, campaignGrid: campaignBuild.grid,
    grids: byName((t) => t.seen),
    layouts: Object.fromEntries(tables.map((t) => [t.spec.name, t.plan.layout])) as Record<TableName, TableLayout>,
  };
}

/** A cell as a read returns what was written: text without the apostrophe that kept it text. */
const asRead = (cell: CellInput): CellInput => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * A sheet's size, read only when the build needs more than the grid read shows (the data range never exceeds the
 * sheet, so a grid as tall and wide as needed proves the sheet is) or the tab is new. `spareColumns` past the
 * last column the build writes are wanted only when it writes past the grid (a new column): spare columns a person
 * deleted are theirs to delete, and knowing whether they are there would cost a round trip on every build.
 */
function sizeFor(sheet: Sheet, existed: boolean, grid: TabGrid, rows: number, columns: number, spareColumns = 0): { maxRows: number; maxColumns: number } {
  const height = existed ? grid.values.length : 0;
  const width = existed ? grid.values.reduce((w, r) => Math.max(w, r.length), 0) : 0; // no spread: a tab's rows can pass the argument limit
  return {
    maxRows: height >= rows ? height : sheet.getMaxRows(),
    maxColumns: width >= columns ? width + spareColumns : sheet.getMaxColumns(),
  };
}

/**
 * A table tab's size. A tab with formula columns has a formula in every formatted row, so its grid reaches its last
 * formatted row: rows it needs past the grid are inserted after the grid's last row without reading the sheet's size
 * (a sheet with blank rows below keeps them below the new ones; a tab without formulas reads its size instead).
 */
function tableState(sheet: Sheet, spec: TableTabSpec, existed: boolean, grid: TabGrid, plan: TableBuildPlan): TableTabState {
  const height = grid.values.length;
  const formulaFilled = existed && height > HEADER_ROW && spec.columns.some((c) => c.formula);
  const size = formulaFilled && plan.lastRow > height
    ? { ...sizeFor(sheet, existed, grid, height, plan.layout.width, SPARE_COLUMNS), maxRows: height }
    : sizeFor(sheet, existed, grid, plan.lastRow, plan.layout.width, SPARE_COLUMNS);
  return {
    grid,
    isNew: !existed,
    ...size,
    rules: existed && spec.highlights?.length ? sheet.getConditionalFormatRules() : [],
  };
}

/** A new tab's starter rows (the KPIs a campaign usually has) as cells of its input columns. */
function starterCells(spec: TableTabSpec, layout: TableLayout, starter: readonly Record<string, string | number | boolean>[]): CellInput[][] {
  return starter.map((row) => {
    const cells = Array.from({ length: layout.width }, (): CellInput => '');
    for (const column of spec.columns) {
      if (column.formula || !(column.key in row)) continue;
      cells[columnAt(layout, column.key) - 1] = toCellInput(row[column.key] ?? null, column.type);
    }
    return cells;
  });
}
