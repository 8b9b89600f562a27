// Builds the Campaign tab (label | value | what it means) and saves the sidebar's setup form into it, in one
// block write each; named ranges let the Creators tab's Tier formula find the tier settings wherever they move.
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
  return resolveFormLayout(CAMPAIGN_TAB, grid.values.length ? grid.values.map((r) => r[0]) : [TITLE_ROW[0]]);
}

/** The tab's A:C block as it stands, every cell rewritten exactly as it is. */
function blockAsIs(grid: FormGrid, height: number): CellInput[][] {
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: COLUMNS }, (_, c) => rewriteAsIs(grid.values[r]?.[c], grid.formulas[r]?.[c])));
}

export function buildCampaignTab(spreadsheet: Spreadsheet, sheet: Sheet, grid: FormGrid, currency: string): FormLayout {
  const isNew = grid.values.every((row) => row.every((v) => v === '' || v === null));
  const layout = layoutFor(isNew ? { values: [], formulas: [] } : grid);
  const block = blockAsIs(isNew ? { values: [], formulas: [] } : grid, layout.height);
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
  sheet.getRange(1, 1, layout.height, COLUMNS).setValues(block);
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
  syncNamedRanges(spreadsheet, sheet, layout);
  return layout;
}

/** Points each named range at its field's value cell; one read of the names, writes only where they moved. */
function syncNamedRanges(spreadsheet: Spreadsheet, sheet: Sheet, layout: FormLayout): void {
  const existing = new Map(spreadsheet.getNamedRanges().map((n) => [n.getName(), n]));
  for (const field of CAMPAIGN_FIELDS) {
    if (!field.namedRange) continue;
    const range = sheet.getRange(rowAt(layout, field.key), 2);
    const named = existing.get(field.namedRange);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(field.namedRange, range);
  }
}

/** Writes the given field values (by field key) into the value column, leaving every other cell as it is. */
export function writeCampaignFields(sheet: Sheet, grid: FormGrid, values: Record<string, CellInput | undefined>): void {
  const layout = layoutFor(grid);
  if (layout.added.length) throw new Error('build the Campaign tab before writing to it');
  const column = Array.from({ length: layout.height }, (_, r) => [rewriteAsIs(grid.values[r]?.[1], grid.formulas[r]?.[1])]);
  for (const field of CAMPAIGN_FIELDS) {
    if (field.formula || !(field.key in values)) continue;
    column[rowAt(layout, field.key) - 1] = [toCellInput(values[field.key] ?? null, field.type)];
  }
  sheet.getRange(1, 2, layout.height, 1).setValues(column);
}
