// Turns a parsed campaign file into what is written into the tabs (keyed by the tab specs' keys) and into a
// Workbook for checks and tests without a sheet. Every value goes through the sheet's own cell reader
// (tabs/read.ts readCell), so a file and a sheet holding the same text read the same way.
import type { CampaignFile } from './campaign-file.ts';
import { CONFIDENCE_BY_FILE_NAME } from './choices.ts';
import { DEFAULT_TIERS, type CampaignInfo, type Check, type Workbook } from './records.ts';
import { CAMPAIGN_TAB } from './tabs/campaign-tab.ts';
import { CONTENT_TAB, CREATORS_TAB, ISSUES_TAB, KPIS_TAB, WINS_TAB } from './tabs/index.ts';
import { readCell } from './tabs/read.ts';
import type { ColumnSpec, TableTabSpec } from './tabs/spec.ts';
import { normalizeLabel } from './values.ts';

export type CellInput = string | number | boolean | null;
export type CellOf = (tab: string, row: number, key: string) => string;
type Raw = Record<string, unknown>;
type TableKey = 'kpis' | 'creators' | 'content' | 'issues' | 'wins';

export interface CampaignRows {
  /** Campaign tab field key → value; only the fields the file gives, so the tab's defaults stay otherwise. */
  campaign: Record<string, CellInput>;
  kpis: Record<string, CellInput>[];
  creators: Record<string, CellInput>[];
  content: Record<string, CellInput>[];
  issues: Record<string, CellInput>[];
  wins: Record<string, CellInput>[];
  learnings: string[];
  recommendations: string[];
}

const TABLES: readonly [TableKey, TableTabSpec, string][] = [
  ['kpis', KPIS_TAB, 'name'], ['creators', CREATORS_TAB, 'handle'], ['content', CONTENT_TAB, 'id'],
  ['issues', ISSUES_TAB, 'description'], ['wins', WINS_TAB, 'description'],
];
const TEAM_KEYS = ['campaignManager', 'accountLead', 'creatorRelations', 'strategist', 'facilitator', 'noteTaker'] as const;
const TIER_FIELDS = { micro: 'tierMicro', midTier: 'tierMidTier', macro: 'tierMacro', mega: 'tierMega' } as const;
const inputColumns = (spec: TableTabSpec) => spec.columns.filter((c) => !c.formula);

/** Names a campaign-file value for checks: `fileCellOf('Creators', 3, 'followers')` is "creators[3].followers". */
export const fileCellOf: CellOf = (tab, row, key) => {
  const table = TABLES.find(([, spec]) => spec.name === tab);
  if (table) return `${table[0]}[${row}].${key}`;
  if ((TEAM_KEYS as readonly string[]).includes(key)) return `team.${key}`;
  const tier = Object.entries(TIER_FIELDS).find(([, field]) => field === key);
  if (tier) return `tiers.${tier[0]}`;
  return key === 'postMortemDue' ? 'wrapDate' : key; // the due date is wrap + 3 days; the file only has the wrap date
};

/** The file's values keyed like the tabs, before reading: file confidence names become the tab's labels. */
function rawTables(file: CampaignFile): { campaign: Raw } & Record<TableKey, Raw[]> {
  const campaign: Raw = {
    client: file.client, campaign: file.campaign, startDate: file.startDate, wrapDate: file.wrapDate,
    currency: file.currency, budget: file.budget, ...file.team,
  };
  for (const [size, field] of Object.entries(TIER_FIELDS)) campaign[field] = file.tiers?.[size as keyof typeof TIER_FIELDS];
  const kpis = (file.kpis ?? []).map((k) => ({
    ...k,
    confidence: confidenceLabel(k.confidence),
    lowerIsBetter: k.lowerIsBetter ?? /^(cpe|cpm|cpc|cpa|cost)\b/i.test(String(k.name).trim()),
  }));
  return { campaign, kpis, creators: file.creators ?? [], content: file.content ?? [], issues: file.issues ?? [], wins: file.wins ?? [] };
}

function confidenceLabel(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = Object.keys(CONFIDENCE_BY_FILE_NAME).find((name) => normalizeLabel(name) === normalizeLabel(value));
  return key ? CONFIDENCE_BY_FILE_NAME[key as keyof typeof CONFIDENCE_BY_FILE_NAME] : value;
}

/** A readable value becomes its typed form (number, ISO date, the tab's spelling); an unreadable one stays as typed. */
function toCell(column: Pick<ColumnSpec, 'type' | 'choices' | 'header'>, raw: unknown): CellInput {
  if (raw === undefined || raw === null) return null;
  const read = readCell(column, raw, 'Etc/UTC');
  if (read.problem) return typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
  return read.value;
}

export function campaignFileToRows(file: CampaignFile): CampaignRows {
  const raw = rawTables(file);
  const campaign: Record<string, CellInput> = {};
  for (const field of CAMPAIGN_TAB.fields) {
    if (!field.formula && raw.campaign[field.key] !== undefined) campaign[field.key] = toCell({ ...field, header: field.label }, raw.campaign[field.key]);
  }
  const rows = (key: TableKey, spec: TableTabSpec) =>
    raw[key].map((r) => Object.fromEntries(inputColumns(spec).map((c) => [c.key, toCell(c, r[c.key])])));
  return {
    campaign,
    ...(Object.fromEntries(TABLES.map(([key, spec]) => [key, rows(key, spec)])) as Record<TableKey, Record<string, CellInput>[]>),
    learnings: [...(file.learnings ?? [])],
    recommendations: [...(file.recommendations ?? [])],
  };
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
  const raw = rawTables(file);
  const checks: Check[] = [];
  const read = (tab: string, row: number, label: string, column: Pick<ColumnSpec, 'type' | 'choices' | 'header' | 'key'>, value: unknown) => {
    const { value: parsed, problem, note } = value === undefined ? { value: null } : readCell(column, value, 'Etc/UTC');
    const cell = fileCellOf(tab, row, column.key);
    const about = label ? `${column.header} (${label})` : column.header;
    if (problem) checks.push({ cell, kind: 'unreadable-value', severity: 'error', message: `${about}: ${problem}. Fix it in the file; until then it is left out of the analysis.` });
    if (note) checks.push({ cell, kind: 'assumed-percent', severity: 'info', message: `${about}: ${note}. Write it as "${String(value)}%" or as a fraction to be sure.` });
    return parsed;
  };
  const tables = Object.fromEntries(TABLES.map(([key, spec, labelKey]) => [key, raw[key].map((r, index) => {
    const record: Record<string, unknown> = { row: index };
    const label = typeof r[labelKey] === 'string' || typeof r[labelKey] === 'number' ? String(r[labelKey]).trim() : '';
    for (const column of spec.columns) {
      const blank = column.type === 'text' || column.type === 'url' ? '' : null;
      record[column.key] = column.formula ? blank : (read(spec.name, index, label, column, r[column.key]) ?? blank);
    }
    if (key === 'kpis') record.lowerIsBetter = record.lowerIsBetter === true;
    return record;
  })]));
  const fields: Record<string, unknown> = {};
  for (const field of CAMPAIGN_TAB.fields) {
    fields[field.key] = field.formula ? null : read(CAMPAIGN_TAB.name, 0, '', { ...field, header: field.label }, raw.campaign[field.key]);
  }
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string) : '');
  const num = (key: string) => (typeof fields[key] === 'number' ? (fields[key] as number) : null);
  const campaign: CampaignInfo = {
    client: text('client'), campaign: text('campaign'),
    startDate: (fields.startDate as string | null) ?? null, wrapDate: (fields.wrapDate as string | null) ?? null,
    currency: (text('currency') || 'USD').toUpperCase(), budget: num('budget'),
    team: Object.fromEntries(TEAM_KEYS.map((k) => [k, text(k)])) as unknown as CampaignInfo['team'],
    tiers: {
      micro: num('tierMicro') ?? DEFAULT_TIERS.micro, midTier: num('tierMidTier') ?? DEFAULT_TIERS.midTier,
      macro: num('tierMacro') ?? DEFAULT_TIERS.macro, mega: num('tierMega') ?? DEFAULT_TIERS.mega,
    },
  };
  return {
    workbook: { campaign, ...(tables as unknown as Omit<Workbook, 'campaign'>) },
    checks,
    learnings: [...(file.learnings ?? [])],
    recommendations: [...(file.recommendations ?? [])],
  };
}
