// "Compared with last campaign" in the deck, when the client has history: the client's previous campaign (from the
// campaign ledger, issue 14: campaignBefore in domain/history/client-history.ts) beside this one's KPIs. The KPI
// table gains a "Last campaign" column (the same KPI's actual then), and the learnings open with one sentence
// saying how many of the KPIs both campaigns measured moved the right way. Structural types: anything shaped like
// the ledger's EarlierCampaign will do.
import type { Analysis, KpiResult } from '../analysis/types.ts';
import { plural } from '../analysis/format.ts';
import type { Block } from './model.ts';
import { formatKpiValue, longDate } from './wording.ts';

export interface PreviousCampaign {
  campaign: { campaign: string; wrapDate: string | null };
  kpis: readonly { kpi: string; actual: number | null }[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Each of this campaign's KPIs with the previous campaign's actual for the KPI of the same name, when it had one. */
function pairs(analysis: Analysis, previous: PreviousCampaign): { kpi: KpiResult; before: number }[] {
  return analysis.kpis.items.flatMap((kpi) => {
    const before = previous.kpis.find((k) => same(k.kpi, kpi.name) && k.actual !== null)?.actual;
    return before === undefined || before === null ? [] : [{ kpi, before }];
  });
}

/**
 * The KPI table with a "Last campaign" column, or the table as it was when no KPI was measured both times. Six
 * columns don't fit half a slide at 10 pt, so the Met/Missed column makes way: its colour moves onto the variance
 * (the slide's title still says how many were met).
 */
export function withLastCampaign(table: Block, analysis: Analysis, previous: PreviousCampaign | null | undefined): Block {
  if (!previous || table.kind !== 'table') return table;
  const matched = pairs(analysis, previous);
  if (matched.length === 0) return table;
  const byName = new Map(matched.map((p) => [p.kpi.name, p]));
  const result = table.header.indexOf('Result');
  const variance = table.header.indexOf('Variance');
  const keep = <T>(row: readonly T[]) => row.filter((_, i) => i !== result);
  const rows = table.rows.map((row) => {
    const found = byName.get(row[0] ?? '');
    return [...keep(row), found ? formatKpiValue(found.kpi.unit, found.before, analysis.currency) : '—'];
  });
  const tones = table.tones?.map((t) => [...keep(t.map((tone, i) => (i === variance && result >= 0 ? (t[result] ?? null) : tone))), null]);
  return { ...table, header: [...keep(table.header), 'Last campaign'], rows, ...(tones ? { tones } : {}) };
}

/** "Compared with Autumn glow (wrapped 2 May 2026): 3 of 4 KPIs measured both times improved (Reach, CPE, Clicks)." */
export function comparedSentence(analysis: Analysis, previous: PreviousCampaign | null | undefined): string | null {
  if (!previous) return null;
  const matched = pairs(analysis, previous).filter((p) => p.kpi.actual !== null);
  if (matched.length === 0) return null;
  const better = matched.filter((p) => (p.kpi.lowerIsBetter ? (p.kpi.actual ?? 0) < p.before : (p.kpi.actual ?? 0) > p.before));
  const when = previous.campaign.wrapDate ? ` (wrapped ${longDate(previous.campaign.wrapDate)})` : '';
  const names = better.slice(0, 3).map((p) => p.kpi.name).join(', ') + (better.length > 3 ? '…' : '');
  const which = better.length ? ` (${names})` : '';
  return `Compared with ${previous.campaign.campaign || 'the last campaign'}${when}: ${better.length} of ${plural(matched.length, 'KPI')} measured both times improved${which}.`;
}
