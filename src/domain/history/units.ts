// A KPI value in its unit, for documents that read the ledger (which stores each KPI's unit beside it), and the
// unit a KPI goes to the ledger with: the KPIs tab's own (src/domain/tabs/units.ts works it out when none was picked).
import { formatKpiValue } from '../reports/wording.ts';
import { resolveUnit } from '../tabs/units.ts';
import type { KpiUnit } from './records.ts';

export function formatInUnit(unit: KpiUnit | null, value: number | null, currency: string, kpiName: string): string {
  return formatKpiValue(resolveUnit({ name: kpiName, unit, target: value }), value, currency);
}

export function kpiUnitOf(kpi: { name: string; unit?: KpiUnit | null; target?: unknown; actual?: unknown }): KpiUnit {
  return resolveUnit(kpi);
}
