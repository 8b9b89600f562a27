// What each audience may see: the workbook with every column (and Campaign tab field) whose spec doesn't list
// that audience blanked, and a tab none of whose columns reach it left out whole (Issues and Wins stay with the
// team). Artefacts for the client or a creator are built only from their view, so nothing else can reach them by
// accident, whatever the drafting code says.
import type { Workbook } from '../records.ts';
import { CAMPAIGN_FIELDS } from '../tabs/campaign-tab.ts';
import { TABLE_TABS } from '../tabs/index.ts';
import { blankValue, reaches, type Audience, type ColumnSpec, type TableTabSpec } from '../tabs/spec.ts';

/** The columns of a tab that never reach `audience` (for the client: ratings, owners, root causes, notes…). */
export function hiddenColumns(spec: TableTabSpec, audience: Audience): ColumnSpec[] {
  return spec.columns.filter((c) => !reaches(c, audience));
}

/** The columns of a tab that never reach client-facing artefacts. */
export const internalColumns = (spec: TableTabSpec): ColumnSpec[] => hiddenColumns(spec, 'client');

export interface ClientSafeOptions {
  /** Per-creator costs appear only when the person generating the report ticks "include per-creator costs". */
  includeCosts: boolean;
}

/** `workbook` as `audience` may see it; the team's view is the workbook itself. */
export function audienceWorkbook(workbook: Workbook, audience: Audience): Workbook {
  if (audience === 'team') return workbook;
  const view = structuredCopy(workbook);
  for (const spec of TABLE_TABS) {
    const records = view[spec.key] as unknown as Record<string, unknown>[];
    if (!spec.columns.some((c: ColumnSpec) => reaches(c, audience))) {
      records.length = 0;
      continue;
    }
    const hidden = hiddenColumns(spec, audience);
    for (const record of records) for (const column of hidden) if (column.key in record) record[column.key] = blankValue(column);
  }
  const campaign = view.campaign as unknown as Record<string, Record<string, unknown> | unknown>;
  for (const field of CAMPAIGN_FIELDS) {
    if (field.formula || reaches(field, audience)) continue;
    const holder = (field.group ? campaign[field.group] : campaign) as Record<string, unknown>;
    holder[field.groupKey ?? field.key] = field.defaultValue ?? blankValue(field);
  }
  return view;
}

/**
 * The client's view. Costs stay in it (pooled figures over 2+ creators are not per-creator costs); the builders
 * show per-creator costs only when opted in and drop drafted sentences that rest on one creator.
 */
export function clientSafeWorkbook(workbook: Workbook, _options: ClientSafeOptions): Workbook {
  return audienceWorkbook(workbook, 'client');
}

/** A deep copy of plain JSON data (Apps Script's V8 has structuredClone only in newer runtimes). */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const handleKey = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

/** One creator's view (a note about their own work): their row and their pieces, with what reaches a creator. */
export function creatorWorkbook(workbook: Workbook, handle: string): Workbook {
  const view = audienceWorkbook(workbook, 'creator');
  const mine = handleKey(handle);
  view.creators = view.creators.filter((c) => handleKey(c.handle) === mine);
  view.content = view.content.filter((p) => handleKey(p.creator) === mine);
  return view;
}
