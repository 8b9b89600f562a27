// Builds and refreshes one table tab from its spec in batched calls: headers, formulas, dropdowns, formats,
// highlights. Call count depends on the number of columns, never on the number of rows.
import { item } from '../../domain/item.ts';
import { contiguousBlocks, planTableBuild, type TableBuildPlan } from '../../domain/tabs/plan.ts';
import type { TabGrid } from '../../domain/tabs/read.ts';
import { formatBlocks, gridRow } from '../../domain/tabs/formats.ts';
import { HEADER_ROW, type ColumnSpec, type HighlightSpec, type TableTabSpec } from '../../domain/tabs/spec.ts';
import { columnAt, type TableLayout } from '../../domain/tabs/layout.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#e8eaf6';

/** `pending` holds rows about to be written from row 2 (a new tab's starter rows), for the formats of their units. */
export function buildTableTab(sheet: Sheet, spec: TableTabSpec, existing: TabGrid, currency: string, extraDataRows = 0, pending: readonly Record<string, unknown>[] = []): TableBuildPlan {
  const plan = planTableBuild(spec, existing, extraDataRows);
  const { layout, lastRow } = plan;
  ensureSize(sheet, lastRow, layout.width + SPARE_COLUMNS);
  if (plan.headers) sheet.getRange(HEADER_ROW, plan.headers.column, 1, plan.headers.values.length).setValues([plan.headers.values]);
  const header = sheet.getRange(HEADER_ROW, 1, 1, layout.width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
  writeHeaderNotes(header, spec, layout);
  sheet.setFrozenRows(HEADER_ROW);

  for (const block of plan.formulaBlocks) {
    const [firstRow] = block.values;
    if (firstRow) sheet.getRange(HEADER_ROW + 1, block.column, block.values.length, firstRow.length).setValues(block.values);
  }
  const dataRows = lastRow - HEADER_ROW;
  const rows = Array.from({ length: dataRows }, (_, i) => {
    const typed = pending[i];
    return typed ? (key: string) => typed[key] : gridRow(layout, existing.values[HEADER_ROW + i]);
  });
  // One format call per run of columns; rows never multiply the calls.
  for (const block of formatBlocks(spec, layout, currency, rows)) {
    sheet.getRange(HEADER_ROW + 1, block.column, dataRows, block.formats[0]?.length ?? 1).setNumberFormats(block.formats);
  }
  writeValidations(sheet, spec, layout, dataRows);
  if (plan.headers?.column === 1) {
    for (const column of spec.columns) if (column.width) sheet.setColumnWidth(columnAt(layout, column.key), column.width);
  }
  applyHighlights(sheet, spec, layout, dataRows);
  return plan;
}

/** Empty columns left after Debrief's, so a person can add their own without inserting any (a new tab has 26). */
const SPARE_COLUMNS = 3;

function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Header notes explain each column; notes people put on their own columns are kept. */
function writeHeaderNotes(header: GoogleAppsScript.Spreadsheet.Range, spec: TableTabSpec, layout: TableLayout): void {
  const notes = header.getNotes();
  const headerNotes = item(notes, 0, 'header row'); // the header range is one row
  for (const column of spec.columns) headerNotes[columnAt(layout, column.key) - 1] = column.help;
  header.setNotes(notes);
}

/** One rule per kind of column, reused; one setDataValidations per run of validated columns. */
function writeValidations(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, dataRows: number): void {
  const rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const ruleFor = (column: ColumnSpec) => {
    const key = `${column.type}:${(column.choices ?? []).join('|')}`;
    if (!rules.has(key)) rules.set(key, buildRule(column));
    return rules.get(key)!;
  };
  const validated = spec.columns.filter((c) => !c.formula && VALIDATED_TYPES.includes(c.type));
  for (const block of contiguousBlocks(layout, validated)) {
    const row = block.columns.map(ruleFor);
    sheet.getRange(HEADER_ROW + 1, block.column, dataRows, row.length).setDataValidations(Array.from({ length: dataRows }, () => row));
  }
}

const VALIDATED_TYPES: readonly ColumnSpec['type'][] = ['choice', 'checkbox', 'rating', 'date', 'count', 'money'];

// allowInvalid: a person's "instagram" or "TBC" is kept and flagged by checks, never refused.
function buildRule(column: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (column.type) {
    case 'choice':
      return builder.requireValueInList([...(column.choices ?? [])], true).build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    case 'rating':
      return builder.requireNumberBetween(1, 5).setHelpText('A whole number from 1 to 5.').build();
    case 'date':
      return builder.requireDate().setHelpText('A date, e.g. 2026-11-18.').build();
    default:
      return builder.requireNumberGreaterThanOrEqualTo(0).setHelpText('A number such as 42000 (typing 42K also works).').build();
  }
}

/** Replaces Debrief's own highlight rules on this tab and keeps every rule a person added. */
function applyHighlights(sheet: Sheet, spec: TableTabSpec, layout: TableLayout, dataRows: number): void {
  const ours = (spec.highlights ?? []).map((h) => highlightRule(sheet, h, layout, dataRows));
  const ourColumns = new Set((spec.highlights ?? []).map((h) => layout.columnOf[h.column]));
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const ranges = rule.getRanges();
    return !ranges.every((r) => r.getNumColumns() === 1 && ourColumns.has(r.getColumn()) && r.getRow() === HEADER_ROW + 1);
  });
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

function highlightRule(sheet: Sheet, highlight: HighlightSpec, layout: TableLayout, dataRows: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let builder = SpreadsheetApp.newConditionalFormatRule()
    .setRanges([sheet.getRange(HEADER_ROW + 1, columnAt(layout, highlight.column), dataRows, 1)])
    .setBackground(highlight.background);
  if (highlight.fontColor) builder = builder.setFontColor(highlight.fontColor);
  const when = highlight.when;
  if ('textEquals' in when) builder = builder.whenTextEqualTo(when.textEquals);
  else if ('numberBelow' in when) builder = builder.whenNumberLessThan(when.numberBelow);
  else builder = builder.whenNumberGreaterThan(when.numberAbove);
  return builder.build();
}
