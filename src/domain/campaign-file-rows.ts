// Turns a parsed campaign file into what is written into the tabs (keyed by the tab specs' keys) and into a
// Workbook for checks and tests without a sheet. Every value goes through the sheet's own cell reader
// (tabs/read.ts readCell), so a file and a sheet holding the same text read the same way; every list, field and
// path comes from the tab specs.
import type { CampaignFile } from './campaign-file-schema.ts';
import type { Check, Workbook } from './records.ts';
import { CAMPAIGN_FIELDS, CAMPAIGN_TAB, campaignInfoFrom, fieldPath, type FieldSpec } from './tabs/campaign-tab.ts';
import { TABLE_TABS, tableTabNamed, type TableKey, type TableRecords } from './tabs/index.ts';
import { knownKpi } from './tabs/kpis-tab.ts';
import { columnInRow, readCell, readCellKinds, readingChecks, recordFrom, type CellReading } from './tabs/read.ts';
import { resolveUnit } from './tabs/units.ts';
import type { ColumnSpec, TableTabSpec } from './tabs/spec.ts';

export type CellInput = string | number | boolean | null;
export type CellOf = (tab: string, row: number, key: string) => string;
type Raw = Record<string, unknown>;

export type CampaignRows = {
  /** Campaign tab field key → value; only the fields the file gives, so the tab's defaults stay otherwise. */
  campaign: Record<string, CellInput>;
  learnings: string[];
  recommendations: string[];
} & Record<TableKey, Record<string, CellInput>[]>;

const inputColumns = (spec: TableTabSpec) => spec.columns.filter((c) => !c.formula);
const campaignField = (key: string): FieldSpec | undefined => CAMPAIGN_FIELDS.find((f) => f.key === key);

/** Names a campaign-file value for checks: `fileCellOf('Creators', 3, 'followers')` is "creators[3].followers". */
export const fileCellOf: CellOf = (tab, row, key) => {
  const table = tableTabNamed(tab);
  if (table) return `${table.key}[${row}].${key}`;
  const field = campaignField(key);
  if (!field) return key;
  // A formula field (the post-mortem due date) is named by the field the file gives for it (the wrap date).
  return field.from ? fieldPath(campaignField(field.from) ?? field) : fieldPath(field);
};

/** The file's value for a Campaign tab field, found under its place in the file (`team.facilitator`). */
function fileValue(file: CampaignFile, field: FieldSpec): unknown {
  const top = (file as Raw)[field.group ?? field.key];
  return field.group ? (top as Raw | undefined)?.[field.groupKey ?? field.key] : top; // as fieldPath names it
}

/**
 * A table's rows as the file gives them. A KPI without `unit` takes the one its typed values say ("3.5%", "$0.50"),
 * else a known KPI's, else what its numbers suggest, so the KPIs tab's Unit column says it; without
 * `lowerIsBetter` it takes a known KPI's (CPE: lower is better).
 */
function rawRows(file: CampaignFile, key: TableKey): Raw[] {
  const rows = ((file as Raw)[key] ?? []) as Raw[];
  if (key !== 'kpis') return rows;
  return rows.map((k) => {
    const name = String(k.name);
    const unit = k.unit ?? resolveUnit({ name, target: k.target, actual: k.actual });
    return { ...k, unit, lowerIsBetter: k.lowerIsBetter ?? knownKpi(name)?.lowerIsBetter ?? false };
  });
}

/** The unit column's value in a raw row, read as the tab reads it ("percent" is Percent). */
const rowUnit = (spec: TableTabSpec, r: Raw) => (key: string) => {
  const column = spec.columns.find((c) => c.key === key);
  return column ? readCell(column, r[key], 'Etc/UTC').value : null;
};

/**
 * A readable value becomes its typed form (number, ISO date, the tab's spelling); text, and a value that can't be
 * read, stay exactly as the file has them (spaces and all), so the sheet holds what the file says.
 */
function toCell(column: Pick<ColumnSpec, 'type' | 'choices' | 'choiceAliases' | 'header'>, raw: unknown, locale: string | undefined): CellInput {
  if (raw === undefined || raw === null) return null;
  if (column.type === 'text' || column.type === 'url') return typeof raw === 'string' ? raw : String(raw);
  const read = readCell(column, raw, 'Etc/UTC', locale);
  if (read.problem) return typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
  return read.value;
}

export function campaignFileToRows(file: CampaignFile): CampaignRows {
  const campaign: Record<string, CellInput> = {};
  for (const field of CAMPAIGN_FIELDS) {
    const value = field.formula ? undefined : fileValue(file, field);
    if (value !== undefined) campaign[field.key] = toCell({ ...field, header: field.label }, value, file.locale);
  }
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => [
    spec.key, rawRows(file, spec.key).map((r) => Object.fromEntries(inputColumns(spec).map((c) => [c.key, toCell(columnInRow(c, rowUnit(spec, r)), r[c.key], file.locale)]))),
  ])) as Record<TableKey, Record<string, CellInput>[]>;
  return { campaign, ...tables, learnings: [...(file.learnings ?? [])], recommendations: [...(file.recommendations ?? [])] };
}

export interface FileWorkbook {
  workbook: Workbook;
  /** Unreadable values (and rates read as percentages), each naming its field path. */
  checks: Check[];
  learnings: string[];
  recommendations: string[];
}

/** A Workbook straight from the file; `row` in each record is its index in the file's list. */
export function workbookFromCampaignFile(file: CampaignFile): FileWorkbook {
  const checks: Check[] = [];
  const read = (tab: string, row: number, label: string, column: Pick<ColumnSpec, 'type' | 'choices' | 'choiceAliases' | 'header' | 'key'>, value: unknown) => {
    const reading: CellReading = value === undefined ? { value: null } : readCellKinds(column, value, 'Etc/UTC', file.locale);
    const cell = fileCellOf(tab, row, column.key);
    const about = label ? `${column.header} (${label})` : column.header;
    const said = readingChecks(cell, about, reading, 'Fix it in the file; until then it is left out of the analysis.');
    checks.push(...said.map((c) => (c.kind === 'assumed-percent' ? { ...c, message: `${c.message.replace(/\.$/, '')}. Write it as "${String(value)}%" or as a fraction to be sure.` } : c)));
    return reading.value;
  };
  const tables = Object.fromEntries(TABLE_TABS.map((spec) => {
    const named: TableTabSpec = spec;
    const labelKey = named.identity ?? named.label ?? '';
    return [spec.key, rawRows(file, spec.key).map((r, index) => {
      const named = r[labelKey];
      const label = typeof named === 'string' || typeof named === 'number' ? String(named).trim() : '';
      return recordFrom(spec, index, (column) => read(spec.name, index, label, columnInRow(column, rowUnit(spec, r)), r[column.key]));
    })];
  }));
  const campaign = campaignInfoFrom((field) => read(CAMPAIGN_TAB.name, 0, '', { ...field, header: field.label }, fileValue(file, field)));
  return {
    // One list per tab spec above, each of that spec's records.
    workbook: { campaign, ...(tables as unknown as TableRecords) },
    checks,
    learnings: [...(file.learnings ?? [])],
    recommendations: [...(file.recommendations ?? [])],
  };
}
