// Turns the grids read from the tabs (one getValues per tab) into typed records, naming every cell it can't read.
// The records' types come from the tab specs (RecordOf), and so does every field read here.
import type { Check, Workbook } from '../records.ts';
import { parseBoolean, parseChoice, parseDate, parseNumber, parseRate, parseText, type Parsed } from '../values.ts';
import { CAMPAIGN_TAB, campaignInfoFrom, type CampaignInfo } from './campaign-tab.ts';
import { TABLE_TABS, type TableKey, type TableRecords } from './index.ts';
import { cellName, resolveFormLayout, resolveTableLayout, type FormLayout, type TableLayout } from './layout.ts';
import { blankValue, HEADER_ROW, type ColumnSpec, type RecordOf, type TableTabSpec } from './spec.ts';
import { isKpiUnit, typeForUnit } from './units.ts';

export interface TabGrid {
  values: unknown[][];
  /** Same shape as values; '' where a cell holds no formula. Optional for grids that never had formulas. */
  formulas?: string[][];
}

export interface ReadResult<T> {
  records: T[];
  checks: Check[];
  layout: TableLayout;
}

type CellValue = string | number | boolean | null;

/** Reads one cell per its column type; an unreadable value is reported, never guessed. */
export function readCell(column: Pick<ColumnSpec, 'type' | 'choices' | 'choiceAliases' | 'header'>, raw: unknown, timeZone: string): { value: CellValue; problem?: string; note?: string } {
  const outcome = (parsed: Parsed<string | number | boolean>) => (parsed.ok ? { value: parsed.value } : { value: null, problem: parsed.reason });
  switch (column.type) {
    case 'text':
    case 'url':
      return { value: parseText(raw) };
    case 'choice':
      return outcome(parseChoice(raw, column.choices ?? [], column.choiceAliases));
    case 'checkbox':
      return outcome(parseBoolean(raw));
    case 'date':
      return outcome(parseDate(raw, timeZone));
    case 'rate': {
      const parsed = parseRate(raw);
      if (!parsed.ok) return { value: null, problem: parsed.reason };
      return parsed.assumedPercent ? { value: parsed.value, note: `read ${String(raw)} as ${String(raw)}%` } : { value: parsed.value };
    }
    case 'rating': {
      const parsed = parseNumber(raw);
      if (!parsed.ok) return { value: null, problem: parsed.reason };
      if (parsed.value !== null && !(Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 5)) {
        return { value: null, problem: `${String(raw)} is not a whole number from 1 to 5` };
      }
      return { value: parsed.value };
    }
    case 'count':
    case 'money': {
      const parsed = parseNumber(raw);
      if (!parsed.ok) return { value: null, problem: parsed.reason };
      if (parsed.value !== null && parsed.value < 0) return { value: null, problem: `${String(raw)} is negative` };
      return { value: parsed.value };
    }
    case 'number':
      return outcome(parseNumber(raw));
  }
}

function isBlankCell(raw: unknown): boolean {
  return raw === '' || raw === null || raw === undefined;
}

/** A record with every input column of `spec`, each from `cellValue` (blank values as the column says). */
export function recordFrom<S extends TableTabSpec>(spec: S, row: number, cellValue: (column: ColumnSpec) => CellValue | undefined): RecordOf<S> {
  const record: Record<string, CellValue> = { row };
  for (const column of spec.columns) {
    if (!column.formula) record[column.key] = cellValue(column) ?? blankValue(column);
  }
  // Built from the spec's own input columns, so it has exactly RecordOf<S>'s fields.
  return record as RecordOf<S>;
}

/**
 * The column as its value in one row is read: a column whose unit is another column's (a KPI's target and actual)
 * reads as that unit says: a percent as a rate ("4.1" may mean 4.1%), money and counts as amounts.
 */
export function columnInRow<C extends Pick<ColumnSpec, 'type' | 'unitFrom'>>(column: C, unitOf: (key: string) => unknown): C {
  if (!column.unitFrom) return column;
  const unit = unitOf(column.unitFrom);
  return { ...column, type: typeForUnit(isKpiUnit(unit) ? unit : null) };
}

export function readTable<S extends TableTabSpec>(spec: S, grid: TabGrid, timeZone: string): ReadResult<RecordOf<S>> {
  const [header = [], ...rows] = grid.values;
  const layout = resolveTableLayout(spec, header);
  const checks: Check[] = [];
  for (const column of layout.added) {
    checks.push({
      cell: `${spec.name}!1:1`, kind: 'missing-column', severity: grid.values.length > 1 ? 'warning' : 'info',
      message: `The ${spec.name} tab has no "${column.header}" column; "Build / refresh tabs" adds it.`,
    });
  }
  const present = (c: ColumnSpec) => !layout.added.includes(c);
  const inputs = spec.columns.filter((c) => !c.formula && present(c));
  const computed = spec.columns.filter((c) => c.formula && present(c));
  const records: RecordOf<S>[] = [];
  rows.forEach((cells, i) => {
    const row = HEADER_ROW + 1 + i;
    const at = (column: ColumnSpec) => cells[(layout.columnOf[column.key] ?? 0) - 1];
    if (inputs.every((c) => isBlankCell(at(c)))) return;
    const unitOf = (key: string) => {
      const unitColumn = inputs.find((c) => c.key === key);
      return unitColumn ? readCell(unitColumn, at(unitColumn), timeZone).value : null;
    };
    records.push(recordFrom(spec, row, (column) => {
      if (!present(column)) return undefined;
      const { value, problem, note } = readCell(columnInRow(column, unitOf), at(column), timeZone);
      const cell = cellName(spec.name, row, layout.columnOf[column.key] ?? 0);
      if (problem) checks.push({ cell, kind: 'unreadable-value', severity: 'error', message: `${column.header}: ${problem}. Left out of the analysis until fixed.` });
      if (note) checks.push({ cell, kind: 'assumed-percent', severity: 'info', message: `${column.header}: ${note}.` });
      return value;
    }));
    for (const column of computed) {
      const col = layout.columnOf[column.key] ?? 0;
      const formula = grid.formulas?.[i + 1]?.[col - 1] ?? '';
      if (grid.formulas && !formula && !isBlankCell(cells[col - 1])) {
        checks.push({
          cell: cellName(spec.name, row, col), kind: 'typed-over-formula', severity: 'info',
          message: `${column.header}: a typed value replaces the formula here; the analysis uses its own calculation.`,
        });
      }
    }
  });
  return { records, checks, layout };
}

export interface CampaignRead {
  campaign: CampaignInfo;
  checks: Check[];
  layout: FormLayout;
}

/** The Campaign tab's grid is columns A:B (label, value). */
export function readCampaignTab(grid: unknown[][], timeZone: string, tabName: string = CAMPAIGN_TAB.name): CampaignRead {
  const layout = resolveFormLayout(CAMPAIGN_TAB, grid.map((r) => r[0]));
  const checks: Check[] = [];
  const campaign = campaignInfoFrom((field) => {
    const row = layout.rowOf[field.key] ?? 0;
    const { value, problem } = readCell({ ...field, header: field.label }, grid[row - 1]?.[1], timeZone);
    if (problem) checks.push({ cell: cellName(tabName, row, 2), kind: 'unreadable-value', severity: 'error', message: `${field.label}: ${problem}.` });
    return value;
  });
  return { campaign, checks, layout };
}

export type WorkbookGrids = { campaign: unknown[][] } & Record<TableKey, TabGrid>;

export interface WorkbookRead {
  workbook: Workbook;
  checks: Check[];
  layouts: Record<TableKey, TableLayout>;
  campaignLayout: FormLayout;
}

/** `names` maps each tab to its current name, so checks name the cells people actually see. */
export function readWorkbook(grids: WorkbookGrids, timeZone: string, names: Record<string, string> = {}): WorkbookRead {
  const campaign = readCampaignTab(grids.campaign, timeZone, names[CAMPAIGN_TAB.name]);
  const checks = [...campaign.checks];
  const tables: Partial<Record<TableKey, unknown[]>> = {};
  const layouts: Partial<Record<TableKey, TableLayout>> = {};
  for (const spec of TABLE_TABS) {
    const read = readTable({ ...spec, name: names[spec.name] ?? spec.name }, grids[spec.key], timeZone);
    tables[spec.key] = read.records;
    layouts[spec.key] = read.layout;
    checks.push(...read.checks);
  }
  return {
    // One readTable per tab spec above: each key holds that spec's records.
    workbook: { campaign: campaign.campaign, ...(tables as unknown as TableRecords) },
    checks,
    layouts: layouts as Record<TableKey, TableLayout>,
    campaignLayout: campaign.layout,
  };
}
