// The KPIs tab: each KPI's target and actual, the variance and met/missed computed live, and how firm the target was.
import { TARGET_CONFIDENCE } from '../choices.ts';
import type { TableTabSpec } from './spec.ts';

export const KPIS_TAB: TableTabSpec = {
  kind: 'table',
  name: 'KPIs',
  purpose: 'Targets against actuals. A miss on a rough or client-mandated target is a different lesson from a miss on one grounded in history.',
  columns: [
    { key: 'name', header: 'KPI', type: 'text', help: 'What was measured.', width: 160 },
    { key: 'target', header: 'Target', type: 'number', help: 'The agreed target.' },
    { key: 'actual', header: 'Actual', type: 'number', help: 'What the campaign delivered.' },
    {
      key: 'variance', header: 'Variance %', type: 'rate', help: '(Actual − Target) ÷ Target.',
      formula: (r) => `=IF(AND(ISNUMBER(${r('target')}),ISNUMBER(${r('actual')}),${r('target')}<>0),(${r('actual')}-${r('target')})/${r('target')},"")`,
    },
    { key: 'lowerIsBetter', header: 'Lower is better', type: 'checkbox', help: 'Tick for cost metrics (CPE, CPM, CPC, CPA).' },
    {
      key: 'status', header: 'Status', type: 'text', help: 'Met when Actual ≥ Target, or ≤ Target when lower is better.',
      formula: (r) =>
        `=IF(AND(ISNUMBER(${r('target')}),ISNUMBER(${r('actual')})),IF(IF(${r('lowerIsBetter')}=TRUE(),${r('actual')}<=${r('target')},${r('actual')}>=${r('target')}),"Met","Missed"),"")`,
    },
    { key: 'confidence', header: 'Target confidence', type: 'choice', choices: TARGET_CONFIDENCE, help: 'Where the target came from.', width: 140 },
    { key: 'notes', header: 'Notes', type: 'text', help: 'Context for the number.', width: 240 },
  ],
  highlights: [
    { column: 'status', when: { textEquals: 'Missed' }, background: '#f4cccc', fontColor: '#990000' },
    { column: 'status', when: { textEquals: 'Met' }, background: '#d9ead3', fontColor: '#274e13' },
  ],
  starterRows: [
    { name: 'Reach', lowerIsBetter: false },
    { name: 'Impressions', lowerIsBetter: false },
    { name: 'Engagement rate', lowerIsBetter: false },
    { name: 'Link clicks', lowerIsBetter: false },
    { name: 'Conversions', lowerIsBetter: false },
    { name: 'CPE', lowerIsBetter: true },
    { name: 'CPM', lowerIsBetter: true },
  ],
};
