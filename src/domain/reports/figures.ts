// One set of numbers: the campaign's totals as every document says them. Where the KPIs tab has the figure (an
// actual for Impressions, Engagements, Link clicks, Conversions or Reach), that actual is the number, so a summary
// never disagrees with the KPI table beside it; otherwise the Creators tab's total. Where both exist and differ,
// the team is told before anything is generated (a check on the KPI's actual).
import type { CellOf } from '../campaign-file-rows.ts';
import type { GroupFigures } from '../analysis/types.ts';
import type { Check, Workbook } from '../records.ts';
import { knownKpi } from '../tabs/kpis-tab.ts';
import { resolveUnit } from '../tabs/units.ts';

export const FIGURE_KEYS = ['impressions', 'engagements', 'clicks', 'conversions', 'reach'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** The known KPI (tabs/kpis-tab.ts KNOWN_KPIS) that reports each total. */
const KPI_FOR: Record<FigureKey, string> = {
  impressions: 'Impressions', engagements: 'Engagements', clicks: 'Link clicks', conversions: 'Conversions', reach: 'Reach',
};

export interface Figure {
  value: number | null;
  /** 'kpi': the KPIs tab's actual (row `kpiRow`); 'creators': the Creators tab's total. */
  from: 'kpi' | 'creators';
  kpiRow?: number;
  kpiName?: string;
  /** The Creators tab's total, when it is known. */
  creatorsTotal: number | null;
}

export type CampaignFigures = Record<FigureKey, Figure>;

/** The Creators tab's total for each figure (reach has no pooled total: unique accounts don't add up). */
function creatorsTotal(key: FigureKey, campaign: GroupFigures, workbook: Workbook): number | null {
  if (key === 'reach') return null;
  const withValue = workbook.creators.some((c) => typeof c[key] === 'number');
  return withValue ? campaign[key] : null;
}

export function campaignFigures(workbook: Workbook, campaign: GroupFigures): CampaignFigures {
  const out = {} as CampaignFigures;
  for (const key of FIGURE_KEYS) {
    const total = creatorsTotal(key, campaign, workbook);
    const kpi = workbook.kpis.find((k) => k.actual !== null && knownKpi(k.name)?.name === KPI_FOR[key] && resolveUnit(k) === 'Count');
    out[key] = kpi
      ? { value: kpi.actual, from: 'kpi', kpiRow: kpi.row, kpiName: kpi.name, creatorsTotal: total }
      : { value: total, from: 'creators', creatorsTotal: total };
  }
  return out;
}

/** Totals that differ by less than this share are rounding (a KPI actual typed as "4.49M"). */
const TOLERANCE = 0.005;

const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** A check on each KPI actual that disagrees with the Creators tab's total: the documents use the KPI's. */
export function figureChecks(figures: CampaignFigures, cellOf: CellOf): Check[] {
  return FIGURE_KEYS.flatMap((key) => {
    const f = figures[key];
    if (f.from !== 'kpi' || f.value === null || f.creatorsTotal === null || f.kpiRow === undefined) return [];
    const gap = Math.abs(f.value - f.creatorsTotal) / Math.max(1, Math.abs(f.value));
    if (gap <= TOLERANCE) return [];
    return [{
      cell: cellOf('KPIs', f.kpiRow, 'actual'), kind: 'figures-disagree' as const, severity: 'warning' as const,
      message: `KPI "${f.kpiName}" has an actual of ${count(f.value)}, but the Creators tab adds up to ${count(f.creatorsTotal)}. ` +
        'The documents use the KPI’s actual everywhere; correct whichever is wrong before you generate them.',
    }];
  });
}
