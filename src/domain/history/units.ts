// A KPI value in its unit, for documents that read the ledger (which stores each KPI's unit beside it).
import { formatMoney, formatNumber, formatPercent } from '../analysis/format.ts';
import { formatKpiValue } from '../reports/wording.ts';
import { resolveUnit } from '../tabs/units.ts';
import type { KpiUnit } from './records.ts';

export function formatInUnit(unit: KpiUnit | null, value: number | null, currency: string, kpiName: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'count': return formatNumber(value, 0);
    case 'money': return formatMoney(value, currency);
    case 'percent': return formatPercent(value, 1);
    case 'number': return formatNumber(value, Number.isInteger(value) ? 0 : 2);
    default: return formatKpiValue(resolveUnit({ name: kpiName, target: value }), value, currency); // a ledger row from before units: as the KPIs tab works it out
  }
}
