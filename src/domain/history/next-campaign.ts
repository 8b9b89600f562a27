// What "Start next campaign" puts in the new campaign's workbook before anyone plans: the Campaign fields carried
// over (client, category, objective, currency, team), a KPI row per suggested target (its confidence and, in
// Notes, the method and the campaigns behind it), and an Issues row per action still open, marked with the
// action's id and linked to the workbook it came from so its status flows back to the ledger.
import type { TargetConfidence } from '../choices.ts';
import type { IssueRecord } from '../records.ts';
import { formatNumber } from '../analysis/format.ts';
import { clientCampaigns, openActions, type OpenAction } from './client-history.ts';
import type { KpiUnit, Ledger, Objective } from './records.ts';
import { suggestTargets, type NextCampaign, type SuggestedTarget } from './targets.ts';
import { formatInUnit } from './units.ts';

export interface SeedKpi {
  name: string;
  target: number;
  unit: KpiUnit | null;
  lowerIsBetter: boolean;
  confidence: TargetConfidence;
  notes: string;
}

/** An Issues row carried from an earlier campaign. */
export interface SeedIssue extends Omit<IssueRecord, 'row'> {
  /** "Spring Glow · A-03KX9QZ": where it came from, with the id that ties it to its ledger row. */
  carriedFrom: string;
  /** The workbook it was raised in ('' when the ledger doesn't know it). */
  carriedFromUrl: string;
}

export interface NextCampaignSeed {
  client: string;
  campaign: string;
  clientCategory: string;
  objective: Objective | null;
  startDate: string | null;
  currency: string;
  budget: number | null;
  campaignManager: string;
  kpis: SeedKpi[];
  issues: SeedIssue[];
}

export function carriedLabel(a: Pick<OpenAction, 'campaign' | 'key'>): string {
  return `${a.campaign} · ${a.key}`;
}

export function targetNote(t: SuggestedTarget, currency: string): string {
  const behind = t.basis.map((b) => `${b.campaign} ${formatInUnit(t.unit, b.actual, currency, t.kpi)}`).join(', ');
  return `Suggested from history (${t.confidence.toLowerCase()}): ${t.method} Campaigns: ${behind}.`;
}

export function nextCampaignSeed(ledger: Ledger, next: NextCampaign & { campaign: string; currency?: string; campaignManager?: string }, today: string): NextCampaignSeed {
  const latest = clientCampaigns(ledger, next.client)[0];
  const currency = next.currency || latest?.currency || 'USD';
  const targets = suggestTargets(ledger, next);
  return {
    client: latest?.client ?? next.client,
    campaign: next.campaign,
    clientCategory: latest?.clientCategory ?? '',
    objective: next.objective ?? latest?.objective ?? null,
    startDate: next.startDate,
    currency,
    budget: next.budget,
    campaignManager: next.campaignManager ?? latest?.campaignManager ?? '',
    kpis: targets.map((t) => ({ name: t.kpi, target: t.target, unit: t.unit, lowerIsBetter: t.lowerIsBetter, confidence: t.confidence, notes: targetNote(t, currency) })),
    issues: openActions(ledger, next.client, today).map((a) => ({
      area: a.area, description: a.issue, linkedKpi: '', rootCause: a.rootCause, severity: a.severity, action: a.action, owner: a.owner, due: a.due,
      status: a.status ?? 'Open', carriedFrom: carriedLabel(a), carriedFromUrl: a.workbookUrl,
    })),
  };
}

/** "3 open actions carried, 3 targets suggested (2 from historical data)": the sidebar's summary. */
export function seedSummary(seed: NextCampaignSeed): string {
  const historical = seed.kpis.filter((k) => k.confidence === 'Historical data').length;
  const n = (count: number, one: string) => `${formatNumber(count)} ${count === 1 ? one : `${one}s`}`;
  return `${n(seed.issues.length, 'open action')} carried, ${n(seed.kpis.length, 'target')} suggested (${historical} from historical data)`;
}
