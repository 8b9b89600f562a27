// Builds the Campaign tab (label | value | what it means) and saves the sidebar's setup form into it, writing only
// the cells that change; named ranges let the Creators tab's Tier formula find the tier settings wherever they move.
import { item } from '../../domain/item.ts';
import { CAMPAIGN_FIELDS, CAMPAIGN_TAB } from '../../domain/tabs/campaign-tab.ts';
import { rewriteAsIs, toCellInput, type CellInput } from '../../domain/tabs/cells.ts';
import { formRefs, resolveFormLayout, rowAt, type FormLayout } from '../../domain/tabs/layout.ts';
import { numberFormatFor } from '../../domain/tabs/spec.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const COLUMNS = 3; // label, value, what it means
const TITLE_ROW = ['Field', 'Value', 'What it means'];

export interface FormGrid {
  values: unknown[][];
  formulas: string[][];
}

function layoutFor(grid: FormGrid): FormLayout {
  return grid.values.length ? resolveFormLayout(CAMPAIGN_TAB, grid.values.map((r) => r[0]), grid.values.map((r) => r[1])) : resolveFormLayout(CAMPAIGN_TAB, [TITLE_ROW[0]]);
}

const isBlankForm = (grid: FormGrid) => grid.values.every((row) => row.every((v) => v === '' || v === null));

/** The rows the tab will take once built (to grow the sheet first when it must). */
export function campaignTabHeight(grid: FormGrid): number {
  return layoutFor(isBlankForm(grid) ? { values: [], formulas: [] } : grid).height;
}

/** The tab's A:C block as it stands, every cell rewritten exactly as it is. */
function blockAsIs(grid: FormGrid, height: number): CellInput[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => rewriteAsIs(grid.values[r]?.[c], grid.formulas[r]?.[c])));
}

/** The Campaign tab as the build leaves it: what each cell of A:C will hold, in the shape of a grid read back. */
export interface CampaignBuild {
  layout: FormLayout;
  grid: FormGrid;
}

/**
 * Builds or refreshes the Campaign tab from `grid` (read before any write): labels and help for fields that lack
 * them, formula fields, defaults for added fields. Only cells that change are written, a run of rows per column;
 * the values people typed are never written back. `named` are the spreadsheet's named ranges, read beforehand.
 */
export function buildCampaignTab(spreadsheet: Spreadsheet, sheet: Sheet, grid: FormGrid, currency: string, named: GoogleAppsScript.Spreadsheet.NamedRange[], size: { maxRows: number }): CampaignBuild {
  const isNew = isBlankForm(grid);
  const layout = layoutFor(isNew ? { values: [], formulas: [] } : grid);
  const before = blockAsIs(isNew ? { values: [], formulas: [] } : grid, layout.height);
  const block = before.map((cells) => [...cells]);
  if (isNew) block[0] = [...TITLE_ROW];
  const refs = formRefs(layout);
  for (const field of CAMPAIGN_FIELDS) {
    const cells = item(block, rowAt(layout, field.key) - 1, 'Campaign row');
    if (cells[0] === '') cells[0] = field.label;
    if (cells[2] === '') cells[2] = field.help;
    const hadFormula = typeof cells[1] === 'string' && cells[1].startsWith('=');
    if (field.formula && (cells[1] === '' || hadFormula)) cells[1] = field.formula(refs);
    else if (cells[1] === '' && field.defaultValue !== undefined && layout.added.includes(field)) cells[1] = field.defaultValue;
  }
  if (size.maxRows < layout.height) sheet.insertRowsAfter(size.maxRows, layout.height - size.maxRows);
  writeChangedCells(sheet, before, block);
  const formats = Array.from({ length: layout.height }, () => ['General']);
  for (const field of CAMPAIGN_FIELDS) {
    formats[rowAt(layout, field.key) - 1] = [field.formula ? 'yyyy-mm-dd' : numberFormatFor({ ...field, header: field.label }, currency)];
  }
  sheet.getRange(1, 2, layout.height, 1).setNumberFormats(formats);
  sheet.getRange(1, 1, 1, COLUMNS).setFontWeight('bold').setBackground('#e8eaf6');
  sheet.getRange(1, 1, layout.height, 1).setFontWeight('bold');
  sheet.setFrozenRows(1);
  if (isNew) {
    sheet.setColumnWidth(1, 190);
    sheet.setColumnWidth(2, 200);
    sheet.setColumnWidth(3, 380);
  }
  const dateRule = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).build();
  for (const field of CAMPAIGN_FIELDS) {
    if (field.type === 'date' && !field.formula) sheet.getRange(rowAt(layout, field.key), 2).setDataValidation(dateRule);
  }
  syncNamedRanges(spreadsheet, sheet, layout, named);
  return { layout, grid: gridOf(block) };
}

/** Writes the cells of `after` that differ from `before`, one setValues per run of changed rows in each column. */
function writeChangedCells(sheet: Sheet, before: CellInput[][], after: CellInput[][]): void {
  for (let c = 0; c < COLUMNS; c++) {
    let from = -1;
    for (let r = 0; r <= after.length; r++) {
      const differs = r < after.length && after[r]?.[c] !== before[r]?.[c];
      if (differs && from < 0) from = r;
      if (!differs && from >= 0) {
        sheet.getRange(from + 1, c + 1, r - from, 1).setValues(after.slice(from, r).map((cells) => [cells[c] ?? '']));
        from = -1;
      }
    }
  }
}

/** A block about to be written, as getValues/getFormulas would read it back (formulas apart from values). */
function gridOf(block: CellInput[][]): FormGrid {
  const isFormula = (v: CellInput) => typeof v === 'string' && v.startsWith('=');
  return {
    values: block.map((cells) => cells.map((v) => (isFormula(v) ? '' : typeof v === 'string' ? v.replace(/^'/, '') : v))),
    formulas: block.map((cells) => cells.map((v) => (isFormula(v) ? (v as string) : ''))),
  };
}

/** Points each named range at its field's value cell, writing only those that are missing or have moved. */
function syncNamedRanges(spreadsheet: Spreadsheet, sheet: Sheet, layout: FormLayout, named: GoogleAppsScript.Spreadsheet.NamedRange[]): void {
  const existing = new Map(named.map((n) => [n.getName(), n]));
  for (const field of CAMPAIGN_FIELDS) {
    if (!field.namedRange) continue;
    const row = rowAt(layout, field.key);
    const current = existing.get(field.namedRange);
    const at = current?.getRange();
    if (at && at.getRow() === row && at.getColumn() === 2 && at.getNumRows() === 1 && at.getNumColumns() === 1 && at.getSheet().getSheetId() === sheet.getSheetId()) continue;
    const range = sheet.getRange(row, 2);
    if (current) current.setRange(range);
    else spreadsheet.setNamedRange(field.namedRange, range);
  }
}

/** Writes the given field values (by field key) into the value column, only where they change a cell. */
export function writeCampaignFields(sheet: Sheet, grid: FormGrid, values: Record<string, CellInput | undefined>): void {
  const layout = layoutFor(grid);
  if (layout.added.length) throw new Error('build the Campaign tab before writing to it');
  const before = blockAsIs(grid, layout.height);
  const after = before.map((cells) => [...cells]);
  for (const field of CAMPAIGN_FIELDS) {
    if (field.formula || !(field.key in values)) continue;
    item(after, rowAt(layout, field.key) - 1, 'row')[1] = toCellInput(values[field.key] ?? null, field.type);
  }
  writeChangedCells(sheet, before, after);
}
