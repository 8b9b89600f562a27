// A KPI value in its unit, for documents that read the ledger (which stores each KPI's unit beside it).
import { formatMoney, formatNumber, formatPercent } from '../analysis/format.ts';
import { formatKpiValue } from '../reports/wording.ts';
import { knownKpi } from '../tabs/kpis-tab.ts';
import { KPI_UNITS, type KpiUnit } from './records.ts';

export function formatInUnit(unit: KpiUnit | null, value: number | null, currency: string, kpiName: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'count': return formatNumber(value, 0);
    case 'money': return formatMoney(value, currency);
    case 'percent': return formatPercent(value, 1);
    case 'number': return formatNumber(value, Number.isInteger(value) ? 0 : 2);
    default: return formatKpiValue(kpiName, value, currency); // a ledger row from before units: guess as the KPIs tab did
  }
}

/**
 * A KPI's unit for the ledger: the KPIs tab's own when it has one; else, for a KPI agencies report by a known name
 * (matched as a whole name, never by pattern), its usual unit; else unknown (its targets are then not scaled).
 */
export function kpiUnitOf(kpi: { name: string; unit?: unknown }): KpiUnit | null {
  if (typeof kpi.unit === 'string' && (KPI_UNITS as readonly string[]).includes(kpi.unit)) return kpi.unit as KpiUnit;
  const known = knownKpi(kpi.name);
  return known ? KNOWN_UNITS[known.name] ?? null : null;
}

const KNOWN_UNITS: Record<string, KpiUnit> = {
  Reach: 'count', Impressions: 'count', 'Link clicks': 'count', Conversions: 'count', Engagements: 'count', Views: 'count',
  'Engagement rate': 'percent', CTR: 'percent', 'Conversion rate': 'percent',
  CPE: 'money', CPM: 'money', CPC: 'money', CPA: 'money', CPV: 'money', Revenue: 'money', ROAS: 'number',
};
