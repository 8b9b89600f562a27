// The KPIs tab: each KPI's target and actual, the variance and met/missed computed live, and how firm the target was.
import { CONFIDENCE_BY_FILE_NAME, KPI_UNITS, TARGET_CONFIDENCE, type KpiUnit } from '../choices.ts';
import { normalizeLabel } from '../values.ts';
import { TEAM_AND_CLIENT, TEAM_ONLY, type TableTabSpec } from './spec.ts';

/**
 * KPIs agencies report, by the names they use: their unit, whether lower is better, and (for the starter rows of
 * a new KPIs tab) the order they come in. A KPI is matched by its name as a whole (case, spacing and dashes aside), never by
 * a pattern: "Cost of sales" is not CPE.
 */
export const KNOWN_KPIS = [
  { name: 'Reach', unit: 'Count', lowerIsBetter: false, starter: true },
  { name: 'Impressions', unit: 'Count', lowerIsBetter: false, starter: true },
  { name: 'Engagement rate', aliases: ['ER'], unit: 'Percent', lowerIsBetter: false, starter: true },
  { name: 'Link clicks', aliases: ['Clicks'], unit: 'Count', lowerIsBetter: false, starter: true },
  { name: 'Conversions', unit: 'Count', lowerIsBetter: false, starter: true },
  { name: 'CPE', aliases: ['Cost per engagement'], unit: 'Money', lowerIsBetter: true, starter: true },
  { name: 'CPM', aliases: ['Cost per mille', 'Cost per thousand impressions'], unit: 'Money', lowerIsBetter: true, starter: true },
  { name: 'CPC', aliases: ['Cost per click'], unit: 'Money', lowerIsBetter: true },
  { name: 'CPA', aliases: ['Cost per acquisition', 'Cost per conversion'], unit: 'Money', lowerIsBetter: true },
  { name: 'CPV', aliases: ['Cost per view'], unit: 'Money', lowerIsBetter: true },
  { name: 'Engagements', unit: 'Count', lowerIsBetter: false },
  { name: 'Views', aliases: ['Video views'], unit: 'Count', lowerIsBetter: false },
  { name: 'Saves', unit: 'Count', lowerIsBetter: false },
  { name: 'Save rate', unit: 'Percent', lowerIsBetter: false },
  { name: 'CTR', aliases: ['Click-through rate'], unit: 'Percent', lowerIsBetter: false },
  { name: 'Conversion rate', unit: 'Percent', lowerIsBetter: false },
  { name: 'Revenue', aliases: ['Sales revenue'], unit: 'Money', lowerIsBetter: false },
  { name: 'ROAS', aliases: ['Return on ad spend'], unit: 'Number', lowerIsBetter: false },
] as const satisfies readonly { name: string; aliases?: readonly string[]; unit: KpiUnit; lowerIsBetter: boolean; starter?: boolean }[];

export type KnownKpi = (typeof KNOWN_KPIS)[number];

/** The known KPI a name means, if any. */
export function knownKpi(name: string): KnownKpi | undefined {
  const wanted = normalizeLabel(name);
  if (!wanted) return undefined;
  return KNOWN_KPIS.find((k) => [k.name, ...('aliases' in k ? k.aliases : [])].some((n) => normalizeLabel(n) === wanted));
}

export const KPIS_TAB = {
  kind: 'table',
  name: 'KPIs',
  key: 'kpis',
  identity: 'name',
  purpose: 'Targets against actuals. A miss on a rough or client-mandated target is a different lesson from a miss on one grounded in history.',
  columns: [
    { key: 'name', audience: TEAM_AND_CLIENT, header: 'KPI', type: 'text', help: 'What was measured.', width: 160 },
    {
      key: 'unit', audience: TEAM_AND_CLIENT, header: 'Unit', type: 'choice', choices: KPI_UNITS,
      help: 'How target and actual read: Count (4,000,000), Money (in the campaign currency), Percent (3.5%) or Number (2.75).',
    },
    { key: 'target', audience: TEAM_AND_CLIENT, header: 'Target', type: 'number', unitFrom: 'unit', min: 0, help: 'The agreed target.' },
    { key: 'actual', audience: TEAM_AND_CLIENT, header: 'Actual', type: 'number', unitFrom: 'unit', help: 'What the campaign delivered.' },
    {
      key: 'variance', audience: TEAM_AND_CLIENT, header: 'Variance %', type: 'rate', help: '(Actual − Target) ÷ Target.',
      formula: (r) => `=IF(AND(ISNUMBER(${r('target')}),ISNUMBER(${r('actual')}),${r('target')}>0),(${r('actual')}-${r('target')})/${r('target')},"")`,
    },
    { key: 'lowerIsBetter', audience: TEAM_AND_CLIENT, header: 'Lower is better', type: 'checkbox', help: 'Tick for cost metrics (CPE, CPM, CPC, CPA).', whenBlank: false },
    {
      key: 'status', audience: TEAM_AND_CLIENT, header: 'Status', type: 'text', help: 'Met when Actual ≥ Target, or ≤ Target when lower is better.',
      formula: (r) =>
        `=IF(AND(ISNUMBER(${r('target')}),ISNUMBER(${r('actual')}),${r('target')}>=0),IF(IF(${r('lowerIsBetter')}=TRUE(),${r('actual')}<=${r('target')},${r('actual')}>=${r('target')}),"Met","Missed"),"")`,
    },
    { key: 'confidence', audience: TEAM_ONLY, header: 'Target confidence', type: 'choice', choices: TARGET_CONFIDENCE, choiceAliases: CONFIDENCE_BY_FILE_NAME,
      help: 'Where the target came from.', width: 140 },
    { key: 'notes', audience: TEAM_ONLY, header: 'Notes', type: 'text', help: 'Context for the number.', width: 240 },
  ],
  highlights: [
    { column: 'status', when: { textEquals: 'Missed' }, background: '#f4cccc', fontColor: '#990000' },
    { column: 'status', when: { textEquals: 'Met' }, background: '#d9ead3', fontColor: '#274e13' },
  ],
  starterRows: KNOWN_KPIS.filter((k) => 'starter' in k).map((k) => ({ name: k.name, unit: k.unit, lowerIsBetter: k.lowerIsBetter })),
} as const satisfies TableTabSpec;
