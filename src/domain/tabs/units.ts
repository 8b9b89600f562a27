// KPI units: how a KPI's target and actual are read, formatted and said, and which unit a KPI is in when nobody
// picked one: what was typed ("3.5%" is a percentage, "$0.50" money), then a known KPI's unit (CPE is money),
// then the numbers themselves (whole numbers are counts). Never a pattern over the KPI's name.
import { KPI_UNITS, type KpiUnit } from '../choices.ts';
import { parseNumber, typedUnit } from '../values.ts';
import { knownKpi } from './kpis-tab.ts';
import { currencyFormat, type ColumnType } from './spec.ts';

/** How a value in each unit is read from a cell or a file (a percent reads as a rate: "4.1" may mean 4.1%). */
export const UNIT_TYPES: Record<KpiUnit, ColumnType> = { Count: 'count', Money: 'money', Percent: 'rate', Number: 'number' };

/** The type a value in `unit` reads as; without a unit, any number. */
export const typeForUnit = (unit: KpiUnit | null | undefined): ColumnType => (unit ? UNIT_TYPES[unit] : 'number');

/**
 * The Sheets number format for a value in `unit`. None leaves a trailing dot ("#,##0.##" shows 4,000,000 as
 * "4,000,000."); without a unit the cell stays Automatic, which shows what was typed ("3.5%" stays 3.5%).
 */
export function unitFormat(unit: KpiUnit | null | undefined, currency: string): string {
  switch (unit) {
    case 'Count':
      return '#,##0';
    case 'Money':
      return currencyFormat(currency);
    case 'Percent':
      return '0.0#%';
    default:
      return 'General';
  }
}

export const isKpiUnit = (value: unknown): value is KpiUnit => (KPI_UNITS as readonly unknown[]).includes(value);

/** The unit typed values say they are in: any "%" makes a percentage, a currency sign or code money. */
export function unitOfTyped(values: readonly unknown[]): KpiUnit | null {
  const said = values.map(typedUnit);
  if (said.includes('percent')) return 'Percent';
  if (said.includes('money')) return 'Money';
  return null;
}

/** The unit plain numbers suggest: whole numbers are counted things, anything else a number. */
export function unitOfNumbers(values: readonly unknown[]): KpiUnit {
  const numbers = values.map((v) => parseNumber(v)).flatMap((p) => (p.ok && p.value !== null ? [p.value] : []));
  return numbers.length > 0 && numbers.every((n) => Number.isInteger(n)) ? 'Count' : 'Number';
}

/** A KPI's unit: the one picked, else what its typed values say, else a known KPI's, else what its numbers suggest. */
export function resolveUnit(kpi: { name: string; unit?: KpiUnit | null; target?: unknown; actual?: unknown }): KpiUnit {
  if (kpi.unit) return kpi.unit;
  const values = [kpi.target, kpi.actual];
  return unitOfTyped(values) ?? knownKpi(kpi.name)?.unit ?? unitOfNumbers(values);
}
