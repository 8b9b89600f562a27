// Every tab Debrief builds, in the order they appear in the workbook.
import { CAMPAIGN_TAB } from './campaign-tab.ts';
import { CONTENT_TAB } from './content-tab.ts';
import { CREATORS_TAB } from './creators-tab.ts';
import { ISSUES_TAB, WINS_TAB } from './issues-wins-tabs.ts';
import { KPIS_TAB } from './kpis-tab.ts';

export { CAMPAIGN_TAB, CONTENT_TAB, CREATORS_TAB, ISSUES_TAB, KPIS_TAB, WINS_TAB };
export const PATTERNS_TAB_NAME = 'Patterns';
export const TABLE_TABS = [KPIS_TAB, CREATORS_TAB, CONTENT_TAB, ISSUES_TAB, WINS_TAB] as const;
export const TAB_NAMES = [CAMPAIGN_TAB.name, ...TABLE_TABS.map((t) => t.name), PATTERNS_TAB_NAME] as const;
