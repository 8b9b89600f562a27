// Turns the grids read from the tabs (one getValues per tab) into typed records, naming every cell it can't read.
// The records' types come from the tab specs (RecordOf), and so does every field read here.
import { webLink } from '../links.ts';
import type { Check, CheckKind, Workbook } from '../records.ts';
import { parseBoolean, parseChoice, parseDate, parseNumber, parseRate, parseText, type Parsed } from '../values.ts';
import { CAMPAIGN_TAB, campaignInfoFrom, type CampaignInfo } from './campaign-tab.ts';
import { TABLE_TABS, type TableKey, type TableRecords } from './index.ts';
import { identityChecks, identityOf } from './identity.ts';
import { cellName, headerRowState, resolveFormLayout, resolveTableLayout, type FormLayout, type TableLayout } from './layout.ts';
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

/**
 * One cell as read: its value (null when it can't be used), why it can't (`problem`, left out of the analysis)
 * or what to say about a value that is used (`note`: "read 4.1 as 4.1%", "isn't a whole number").
 */
export interface CellReading {
  value: CellValue;
  problem?: string;
  problemKind?: Extract<CheckKind, 'unreadable-value' | 'ambiguous-value' | 'out-of-range'>;
  note?: string;
  noteKind?: Extract<CheckKind, 'assumed-percent' | 'out-of-range' | 'not-a-web-link'>;
}

/** A value below the column's `min` or above its `max`, refused with both bounds said as `say` writes them. */
function outOfBounds(column: Pick<ColumnSpec, 'min' | 'max'>, value: number | null, raw: unknown, say: (n: number) => string): CellReading | null {
  if (value === null) return null;
  const { min, max } = column;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const range = min !== undefined && max !== undefined ? `from ${say(min)} to ${say(max)}` : min !== undefined ? `${say(min)} or more` : `at most ${say(max ?? 0)}`;
    return refuse(`${String(raw)} is outside what this column can hold (${range})`, 'out-of-range');
  }
  return null;
}

const refuse = (problem: string, problemKind: CellReading['problemKind'] = 'unreadable-value'): CellReading => ({ value: null, problem, problemKind });
const fromParsed = (parsed: Parsed<string | number | boolean>): CellReading | null =>
  parsed.ok ? null : refuse(parsed.reason, parsed.ambiguous ? 'ambiguous-value' : 'unreadable-value');

/**
 * Reads one cell per its column type, in `locale` (the spreadsheet's, or the file's); an unreadable value is
 * reported, never guessed, and a value outside what the column can hold (a negative cost, a 150% engagement rate)
 * is named and left out, so it can't distort a figure.
 */
export function readCell(column: ReadableColumn, raw: unknown, timeZone: string, locale?: LocaleSource): Omit<CellReading, 'problemKind' | 'noteKind'> {
  const { problemKind: _problem, noteKind: _note, ...reading } = readCellKinds(column, raw, timeZone, locale);
  return reading;
}

type ReadableColumn = Pick<ColumnSpec, 'type' | 'choices' | 'choiceAliases' | 'header' | 'min' | 'max' | 'unitFrom'>;

/**
 * The locale `raw` is read in. Only text with a digit needs one (a number or a Date reads the same in every locale,
 * and text without a digit, "TBC", is no number or date in any), so a locale to ask for is asked only then: a read of
 * numbers and dates never asks at all.
 */
function localeFor(raw: unknown, locale: LocaleSource | undefined): string | undefined {
  if (typeof locale !== 'function') return locale;
  return typeof raw === 'string' && /[0-9]/.test(raw) ? locale() : undefined;
}

/** readCell, with the kind of check its problem and note make. */
export function readCellKinds(column: ReadableColumn, raw: unknown, timeZone: string, localeSource?: LocaleSource): CellReading {
  const locale = () => localeFor(raw, localeSource);
  switch (column.type) {
    case 'text':
      return { value: parseText(raw) };
    case 'url': {
      // Kept exactly as typed, but only an http(s) address ever becomes a link (links.ts), and anything else is named.
      const value = parseText(raw);
      return value.trim() && !webLink(value)
        ? { value, note: `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}" isn't a web address (http:// or https://), so it stays text and is never made a link`, noteKind: 'not-a-web-link' }
        : { value };
    }
    case 'choice': {
      const parsed = parseChoice(raw, column.choices ?? [], column.choiceAliases);
      return fromParsed(parsed) ?? { value: parsed.ok ? parsed.value : null };
    }
    case 'checkbox': {
      const parsed = parseBoolean(raw);
      return fromParsed(parsed) ?? { value: parsed.ok ? parsed.value : null };
    }
    case 'date': {
      const parsed = parseDate(raw, timeZone, locale());
      return fromParsed(parsed) ?? { value: parsed.ok ? parsed.value : null };
    }
    case 'rate': {
      const parsed = parseRate(raw, locale());
      if (!parsed.ok) return fromParsed(parsed)!;
      const bounded = outOfBounds(column, parsed.value, raw, (n) => `${n * 100}%`);
      if (bounded) return bounded;
      return parsed.assumedPercent
        ? { value: parsed.value, note: `read ${String(raw)} as ${String(raw)}%`, noteKind: 'assumed-percent' }
        : { value: parsed.value };
    }
    case 'rating': {
      const parsed = parseNumber(raw, locale());
      if (!parsed.ok) return fromParsed(parsed)!;
      if (parsed.value !== null && !(Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 5)) {
        return refuse(`${String(raw)} is not a whole number from 1 to 5`);
      }
      return { value: parsed.value };
    }
    case 'count':
    case 'money':
    case 'number': {
      const parsed = parseNumber(raw, locale());
      if (!parsed.ok) return fromParsed(parsed)!;
      const value = parsed.value;
      if (value !== null && value < 0 && column.type !== 'number' && column.min === undefined) return refuse(`${String(raw)} is negative`, 'out-of-range');
      const bounded = outOfBounds(column, value, raw, String);
      if (bounded) return bounded;
      // A count the spec declares (followers, clicks); a KPI counted in its row's unit may be a target like 4.5.
      if (value !== null && column.type === 'count' && !column.unitFrom && !Number.isInteger(value)) {
        return { value, note: `${String(raw)} isn't a whole number; check it isn't a rate or a typo`, noteKind: 'out-of-range' };
      }
      return { value };
    }
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

/** The checks one reading gives: its problem (the value is left out) and its note, naming `cell`. */
export function readingChecks(cell: string, about: string, reading: CellReading, outcome = 'Left out of the analysis until fixed.'): Check[] {
  const checks: Check[] = [];
  if (reading.problem) checks.push({ cell, kind: reading.problemKind ?? 'unreadable-value', severity: 'error', message: `${about}: ${reading.problem}. ${outcome}` });
  if (reading.note) {
    const kind = reading.noteKind ?? 'assumed-percent';
    checks.push({ cell, kind, severity: kind === 'out-of-range' || kind === 'not-a-web-link' ? 'warning' : 'info', message: `${about}: ${reading.note}.` });
  }
  return checks;
}

/**
 * A locale ("de_DE"), or a function that gives it when first called: the spreadsheet's locale costs a round trip on
 * Google (Spreadsheet.getSpreadsheetLocale), and only text typed as a number or date needs it.
 */
export type LocaleSource = string | (() => string | undefined);

/** How a tab is read: the spreadsheet's time zone, and its locale for text typed as numbers and dates. */
export interface ReadContext {
  timeZone: string;
  locale?: LocaleSource;
}

const contextOf = (context: ReadContext | string): ReadContext => (typeof context === 'string' ? { timeZone: context } : context);

/**
 * The column as its value in one row is read: a column whose unit is another column's (a KPI's target and actual)
 * reads as that unit says: a percent as a rate ("4.1" may mean 4.1%), money and counts as amounts.
 */
export function columnInRow<C extends Pick<ColumnSpec, 'type' | 'unitFrom'>>(column: C, unitOf: (key: string) => unknown): C {
  if (!column.unitFrom) return column;
  const unit = unitOf(column.unitFrom);
  return { ...column, type: typeForUnit(isKpiUnit(unit) ? unit : null) };
}

export function readTable<S extends TableTabSpec>(spec: S, grid: TabGrid, reading: ReadContext | string): ReadResult<RecordOf<S>> {
  const { timeZone, locale } = contextOf(reading);
  const [header = [], ...rows] = grid.values;
  const layout = resolveTableLayout(spec, header);
  const checks: Check[] = [];
  const headerState = headerRowState(spec, grid.values, grid.formulas);
  if (headerState !== 'ok') {
    checks.push({
      cell: `${spec.name}!1:1`, kind: 'structure', severity: 'error',
      message: headerState === 'deleted'
        ? `The ${spec.name} tab's first row holds data, not its headers (was the header row deleted?), so none of its rows can be read. "Build / refresh tabs" puts the headers back above it.`
        : `The ${spec.name} tab's first row has none of its headers (such as "${spec.columns[0]?.header ?? ''}"), so none of its rows can be read. Put the header row back, then "Build / refresh tabs".`,
    });
  }
  for (const column of headerState === 'ok' ? layout.added : []) {
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
      return unitColumn ? readCell(unitColumn, at(unitColumn), timeZone, locale).value : null;
    };
    records.push(recordFrom(spec, row, (column) => {
      if (!present(column)) return undefined;
      const read = readCellKinds(columnInRow(column, unitOf), at(column), timeZone, locale);
      checks.push(...readingChecks(cellName(spec.name, row, layout.columnOf[column.key] ?? 0), column.header, read));
      return read.value;
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
  const identity = spec.columns.find((c) => c.key === spec.identity);
  if (identity && present(identity)) {
    const keyed = records.map((r) => ({ row: r.row, key: identityOf((r as Record<string, unknown>)[identity.key]) }));
    checks.push(...identityChecks({ name: spec.name, identityHeader: identity.header }, keyed, layout.columnOf[identity.key] ?? 1));
  }
  return { records, checks, layout };
}

export interface CampaignRead {
  campaign: CampaignInfo;
  checks: Check[];
  layout: FormLayout;
}

/** The Campaign tab's grid is columns A:B (label, value). */
export function readCampaignTab(grid: unknown[][], reading: ReadContext | string, tabName: string = CAMPAIGN_TAB.name): CampaignRead {
  const { timeZone, locale } = contextOf(reading);
  const layout = resolveFormLayout(CAMPAIGN_TAB, grid.map((r) => r[0]), grid.map((r) => r[1]));
  const checks: Check[] = [];
  const campaign = campaignInfoFrom((field) => {
    const row = layout.rowOf[field.key] ?? 0;
    const read = readCellKinds({ ...field, header: field.label }, grid[row - 1]?.[1], timeZone, locale);
    const outcome = field.defaultValue !== undefined ? `Debrief uses ${String(field.defaultValue)} until it is fixed.` : '';
    checks.push(...readingChecks(cellName(tabName, row, 2), field.label, read, outcome).map((c) => ({ ...c, message: c.message.trimEnd() })));
    return read.value;
  });
  for (const { label, row } of layout.relabeled) {
    checks.push({
      cell: cellName(tabName, row, 1), kind: 'structure', severity: 'warning',
      message: `The "${label}" label was cleared; the value beside it is still read as the ${label.toLowerCase()}. "Build / refresh tabs" puts the label back.`,
    });
  }
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
export function readWorkbook(grids: WorkbookGrids, reading: ReadContext | string, names: Record<string, string> = {}): WorkbookRead {
  const campaign = readCampaignTab(grids.campaign, reading, names[CAMPAIGN_TAB.name]);
  const checks = [...campaign.checks];
  const tables: Partial<Record<TableKey, unknown[]>> = {};
  const layouts: Partial<Record<TableKey, TableLayout>> = {};
  for (const spec of TABLE_TABS) {
    const read = readTable({ ...spec, name: names[spec.name] ?? spec.name }, grids[spec.key], reading);
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
