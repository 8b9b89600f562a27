// Every tab Debrief builds, in the order they appear in the workbook, and the records its table tabs read as.
import { CAMPAIGN_TAB } from './campaign-tab.ts';
import { CONTENT_TAB } from './content-tab.ts';
import { CREATORS_TAB } from './creators-tab.ts';
import { ISSUES_TAB, WINS_TAB } from './issues-wins-tabs.ts';
import { KPIS_TAB } from './kpis-tab.ts';
import type { RecordOf, TableTabSpec } from './spec.ts';

export { CAMPAIGN_TAB, CONTENT_TAB, CREATORS_TAB, ISSUES_TAB, KPIS_TAB, WINS_TAB };
export const PATTERNS_TAB_NAME = 'Patterns';
export const TABLE_TABS = [KPIS_TAB, CREATORS_TAB, CONTENT_TAB, ISSUES_TAB, WINS_TAB] as const;
export const TAB_NAMES = [CAMPAIGN_TAB.name, ...TABLE_TABS.map((t) => t.name), PATTERNS_TAB_NAME] as const;

export type TableTab = (typeof TABLE_TABS)[number];
/** A table tab's key: its records in a Workbook and its list in the campaign file. */
export type TableKey = TableTab['key'];
export type TableRecords = { [S in TableTab as S['key']]: RecordOf<S>[] };
/** The same tabs typed as specs, for code that reads any tab's optional parts (starter rows, identity…). */
export const TABLE_SPECS: readonly (TableTabSpec & Pick<TableTab, 'key' | 'name'>)[] = TABLE_TABS;

/** The keys, in the workbook's order. */
export const TABLE_KEYS = TABLE_TABS.map((t) => t.key);

/** The table tab stored under `key`. */
export function tableTab<K extends TableKey>(key: K): Extract<TableTab, { key: K }> {
  return TABLE_TABS.find((t) => t.key === key) as Extract<TableTab, { key: K }>;
}

/** The table tab Debrief names `name` (its built-in name, before anyone renamed it). */
export const tableTabNamed = (name: string): TableTab | undefined => TABLE_TABS.find((t) => t.name === name);
