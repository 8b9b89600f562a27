// KPI results (variance, met/missed, misses by how firm the target was) and issues counted by root cause ×
// severity. A miss on a historical target is a shortfall; a miss on a rough guess may only be a bad guess.
import { ROOT_CAUSES, SEVERITIES, TARGET_CONFIDENCE } from '../choices.ts';
import { item } from '../item.ts';
import { kpiStatus, kpiVariance } from '../metrics.ts';
import type { IssueRecord, KpiRecord } from '../records.ts';
import { resolveUnit } from '../tabs/units.ts';
import type { KpiAnalysis, RootCauseMatrix } from './types.ts';

export function analyzeKpis(kpis: readonly KpiRecord[]): KpiAnalysis {
  const items = kpis.map((k) => ({
    row: k.row, name: k.name, target: k.target, actual: k.actual, unit: resolveUnit(k), lowerIsBetter: k.lowerIsBetter,
    variance: kpiVariance(k), status: kpiStatus(k), confidence: k.confidence,
  }));
  const missed = items.filter((k) => k.status === 'missed');
  return {
    items,
    met: items.filter((k) => k.status === 'met').length,
    missed: missed.length,
    unknown: items.filter((k) => k.status === 'unknown').length,
    missesByConfidence: [...TARGET_CONFIDENCE, 'Not set' as const].map((confidence) => {
      const names = missed.filter((k) => (k.confidence ?? 'Not set') === confidence).map((k) => k.name);
      return { confidence, count: names.length, kpis: names };
    }),
  };
}

/** Issues by root cause × severity; a "Not set" row or column appears only when some issue lacks one. */
export function rootCauseMatrix(issues: readonly IssueRecord[]): RootCauseMatrix {
  const withSome = <T extends string>(values: readonly T[], present: (T | null)[]) =>
    present.some((v) => v === null) ? [...values, 'Not set' as const] : [...values];
  const causes = withSome(ROOT_CAUSES, issues.map((i) => i.rootCause));
  const severities = withSome(SEVERITIES, issues.map((i) => i.severity));
  const counts = causes.map((cause) =>
    severities.map((severity) => issues.filter((i) => (i.rootCause ?? 'Not set') === cause && (i.severity ?? 'Not set') === severity).length));
  return {
    causes,
    severities,
    counts,
    causeTotals: counts.map((row) => row.reduce((a, b) => a + b, 0)),
    severityTotals: severities.map((_, j) => counts.reduce((total, row) => total + item(row, j, 'severity column'), 0)),
    total: issues.length,
  };
}

/** The matrix's parallel lists as one row per cause: its counts by severity and its total. */
export function rootCauseRows(matrix: RootCauseMatrix): { cause: RootCauseMatrix['causes'][number]; counts: number[]; total: number }[] {
  return matrix.causes.map((cause, i) => ({
    cause,
    counts: item(matrix.counts, i, 'root cause row'),
    total: item(matrix.causeTotals, i, 'root cause total'),
  }));
}
