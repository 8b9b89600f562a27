// Turns the grids read from the tabs (one getValues per tab) into typed records, naming every cell it can't read.
import type { CampaignInfo, Check, ContentRecord, CreatorRecord, IssueRecord, KpiRecord, WinRecord, Workbook } from '../records.ts';
import { DEFAULT_TIERS } from '../records.ts';
import { parseBoolean, parseChoice, parseDate, parseNumber, parseRate, parseText, type Parsed } from '../values.ts';
import { CAMPAIGN_TAB, type FieldSpec } from './campaign-tab.ts';
import { CONTENT_TAB, CREATORS_TAB, ISSUES_TAB, KPIS_TAB, WINS_TAB } from './index.ts';
import { cellName, resolveFormLayout, resolveTableLayout, type FormLayout, type TableLayout } from './layout.ts';
import { HEADER_ROW, type ColumnSpec, type TableTabSpec } from './spec.ts';

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
export function readCell(column: Pick<ColumnSpec, 'type' | 'choices' | 'header'>, raw: unknown, timeZone: string): { value: CellValue; problem?: string; note?: string } {
  const outcome = (parsed: Parsed<string | number | boolean>) => (parsed.ok ? { value: parsed.value } : { value: null, problem: parsed.reason });
  switch (column.type) {
    case 'text':
    case 'url':
      return { value: parseText(raw) };
    case 'choice':
      return outcome(parseChoice(raw, column.choices ?? []));
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

export function readTable<T>(spec: TableTabSpec, grid: TabGrid, timeZone: string): ReadResult<T> {
  const [header = [], ...rows] = grid.values;
  const layout = resolveTableLayout(spec, header);
  const checks: Check[] = [];
  for (const column of layout.added) {
    checks.push({
      cell: `${spec.name}!1:1`, kind: 'missing-column', severity: grid.values.length > 1 ? 'warning' : 'info',
      message: `The ${spec.name} tab has no "${column.header}" column; "Build / refresh tabs" adds it.`,
    });
  }
  const inputs = spec.columns.filter((c) => !c.formula && !layout.added.includes(c));
  const computed = spec.columns.filter((c) => c.formula && !layout.added.includes(c));
  const records: T[] = [];
  rows.forEach((cells, i) => {
    const row = HEADER_ROW + 1 + i;
    if (inputs.every((c) => isBlankCell(cells[layout.columnOf[c.key] - 1]))) return;
    const record: Record<string, CellValue> = { row };
    for (const column of spec.columns) record[column.key] = column.type === 'text' || column.type === 'url' ? '' : null;
    for (const column of inputs) {
      const col = layout.columnOf[column.key];
      const raw = cells[col - 1];
      const { value, problem, note } = readCell(column, raw, timeZone);
      record[column.key] = column.type === 'checkbox' && value === null ? null : value;
      const cell = cellName(spec.name, row, col);
      if (problem) checks.push({ cell, kind: 'unreadable-value', severity: 'error', message: `${column.header}: ${problem}. Left out of the analysis until fixed.` });
      if (note) checks.push({ cell, kind: 'assumed-percent', severity: 'info', message: `${column.header}: ${note}.` });
    }
    for (const column of computed) {
      const col = layout.columnOf[column.key];
      const formula = grid.formulas?.[i + 1]?.[col - 1] ?? '';
      const raw = cells[col - 1];
      if (grid.formulas && !formula && !isBlankCell(raw)) {
        checks.push({
          cell: cellName(spec.name, row, col), kind: 'typed-over-formula', severity: 'info',
          message: `${column.header}: a typed value replaces the formula here; the analysis uses its own calculation.`,
        });
      }
    }
    records.push(record as T);
  });
  return { records, checks, layout };
}

export interface CampaignRead {
  campaign: CampaignInfo;
  checks: Check[];
  layout: FormLayout;
}

/** The Campaign tab's grid is columns A:B (label, value). */
export function readCampaignTab(grid: unknown[][], timeZone: string, tabName = CAMPAIGN_TAB.name): CampaignRead {
  const layout = resolveFormLayout(CAMPAIGN_TAB, grid.map((r) => r[0]));
  const checks: Check[] = [];
  const value = (field: FieldSpec): CellValue => {
    const row = layout.rowOf[field.key];
    const raw = grid[row - 1]?.[1];
    const { value: read, problem } = readCell({ ...field, header: field.label }, raw, timeZone);
    if (problem) checks.push({ cell: cellName(tabName, row, 2), kind: 'unreadable-value', severity: 'error', message: `${field.label}: ${problem}.` });
    return read;
  };
  const fields = Object.fromEntries(CAMPAIGN_TAB.fields.map((f) => [f.key, value(f)]));
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '');
  const num = (key: string) => (typeof fields[key] === 'number' ? (fields[key] as number) : null);
  const campaign: CampaignInfo = {
    client: text('client'),
    campaign: text('campaign'),
    startDate: (fields.startDate as string | null) ?? null,
    wrapDate: (fields.wrapDate as string | null) ?? null,
    currency: (text('currency') || 'USD').toUpperCase(),
    budget: num('budget'),
    team: {
      campaignManager: text('campaignManager'), accountLead: text('accountLead'), creatorRelations: text('creatorRelations'),
      strategist: text('strategist'), facilitator: text('facilitator'), noteTaker: text('noteTaker'),
    },
    tiers: {
      micro: num('tierMicro') ?? DEFAULT_TIERS.micro,
      midTier: num('tierMidTier') ?? DEFAULT_TIERS.midTier,
      macro: num('tierMacro') ?? DEFAULT_TIERS.macro,
      mega: num('tierMega') ?? DEFAULT_TIERS.mega,
    },
  };
  return { campaign, checks, layout };
}

export interface WorkbookGrids {
  campaign: unknown[][];
  kpis: TabGrid;
  creators: TabGrid;
  content: TabGrid;
  issues: TabGrid;
  wins: TabGrid;
}

export interface WorkbookRead {
  workbook: Workbook;
  checks: Check[];
  layouts: Record<'kpis' | 'creators' | 'content' | 'issues' | 'wins', TableLayout>;
  campaignLayout: FormLayout;
}

/** `names` maps each tab to its current name, so checks name the cells people actually see. */
export function readWorkbook(grids: WorkbookGrids, timeZone: string, names: Record<string, string> = {}): WorkbookRead {
  const named = (spec: TableTabSpec): TableTabSpec => ({ ...spec, name: names[spec.name] ?? spec.name });
  const campaign = readCampaignTab(grids.campaign, timeZone, names[CAMPAIGN_TAB.name]);
  const kpis = readTable<KpiRecord>(named(KPIS_TAB), grids.kpis, timeZone);
  const creators = readTable<CreatorRecord>(named(CREATORS_TAB), grids.creators, timeZone);
  const content = readTable<ContentRecord>(named(CONTENT_TAB), grids.content, timeZone);
  const issues = readTable<IssueRecord>(named(ISSUES_TAB), grids.issues, timeZone);
  const wins = readTable<WinRecord>(named(WINS_TAB), grids.wins, timeZone);
  for (const kpi of kpis.records) kpi.lowerIsBetter = kpi.lowerIsBetter === true;
  return {
    workbook: {
      campaign: campaign.campaign, kpis: kpis.records, creators: creators.records, content: content.records,
      issues: issues.records, wins: wins.records,
    },
    checks: [campaign, kpis, creators, content, issues, wins].flatMap((r) => r.checks),
    layouts: { kpis: kpis.layout, creators: creators.layout, content: content.layout, issues: issues.layout, wins: wins.layout },
    campaignLayout: campaign.layout,
  };
}
