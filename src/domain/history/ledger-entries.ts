// What one campaign adds to the ledger: its campaign row, a row per KPI, per creator (with its rebook verdict),
// per action, per kept learning and per proof point. Actions carried in from an earlier campaign don't become new
// rows: their status goes back to the row where they were first raised (statusUpdates).
import { rootCauseMatrix } from '../analysis/kpis.ts';
import { groupFigures } from '../analysis/groups.ts';
import type { ActionStatus } from '../choices.ts';
import { cpe, erLift, kpiStatus, kpiVariance, tierOf } from '../metrics.ts';
import type { KpiRecord, Workbook } from '../records.ts';
import { oneLine, rootCauseLine } from '../reports/learnings-doc.ts';
import { actionId, ACTION_ID, campaignKey, creatorRowKey, kpiRowKey, learningRowKey, proofPointRowKey } from './keys.ts';
import type { KpiUnit, Ledger, LedgerAction, LedgerCampaign, Objective } from './records.ts';
import { describeInputs, rebookVerdict } from './rebook.ts';
import { kpiUnitOf } from './units.ts';

/**
 * Computed fractions are stored to 12 significant figures: Sheets keeps about 15, so what is read back equals what
 * was written and a repeat append finds nothing changed.
 */
const stored = (v: number | null) => (v === null ? null : Number(v.toPrecision(12)));

export interface ProofPointInput {
  claim: string;
  metric: string;
  mayNameClient: boolean;
}

export interface LedgerInput {
  workbook: Workbook;
  clientCategory: string;
  objective: Objective | null;
  workbookUrl: string;
  /** The KPI's unit (the KPIs tab's Unit column); null when not known. */
  unitOf: (kpi: KpiRecord) => KpiUnit | null;
  /** The learnings the team kept (3–5), as appended to the learnings Doc. */
  learnings: readonly string[];
  proofPoints: readonly ProofPointInput[];
  /** Issues rows carried in from an earlier campaign, by sheet row: the text holding the action's id ("… · A-03KX9QZ"). */
  carriedFrom: ReadonlyMap<number, string>;
  appendedBy: string;
  appendedAt: string;
}

export interface ActionStatusUpdate {
  key: string;
  status: ActionStatus | null;
  statusAsOf: string | null;
  statusFrom: string;
  /** Where the carried copy stands, for messages: "Issues!E4". */
  cell: string;
}

export interface CampaignLedgerEntries {
  campaignKey: string;
  rows: Ledger;
  statusUpdates: ActionStatusUpdate[];
}

export function ledgerEntries(input: LedgerInput): CampaignLedgerEntries {
  const { workbook } = input;
  const info = workbook.campaign;
  const client = oneLine(info.client);
  const name = oneLine(info.campaign);
  const key = campaignKey(client, name);
  const asOf = info.startDate ?? info.wrapDate ?? input.appendedAt.slice(0, 10);
  const common = { campaignKey: key, client, campaign: name };

  const campaign: LedgerCampaign = {
    key, client, clientCategory: oneLine(input.clientCategory), campaign: name, objective: input.objective,
    startDate: info.startDate, wrapDate: info.wrapDate, currency: info.currency, budget: info.budget,
    campaignManager: oneLine(info.team.campaignManager), workbookUrl: input.workbookUrl,
    rootCauses: rootCauseLine(rootCauseMatrix(workbook.issues)).replace(/^Root causes: /, ''),
    appendedBy: input.appendedBy, appendedAt: input.appendedAt,
  };

  const seenKpis = new Set<string>();
  // A KPI with neither a target nor a result (a starter row nobody filled in) says nothing about the campaign.
  const kpis = workbook.kpis.filter((k) => oneLine(k.name) && (k.target !== null || k.actual !== null)).flatMap((k) => {
    const rowKey = kpiRowKey(key, k.name);
    if (seenKpis.has(rowKey)) return []; // the same KPI twice: the first row counts, as the analysis reads it
    seenKpis.add(rowKey);
    const status = kpiStatus(k);
    return [{
      ...common, key: rowKey, wrapDate: info.wrapDate, kpi: oneLine(k.name), unit: input.unitOf(k), target: k.target, actual: k.actual,
      lowerIsBetter: k.lowerIsBetter, confidence: k.confidence, variance: stored(kpiVariance(k)), met: status === 'unknown' ? null : status === 'met',
    }];
  });

  const campaignCpe = stored(groupFigures(workbook.creators).cpe);
  const seenCreators = new Set<string>();
  const creators = workbook.creators.filter((c) => oneLine(c.handle)).flatMap((c) => {
    const rowKey = creatorRowKey(key, c.handle);
    if (seenCreators.has(rowKey)) return [];
    seenCreators.add(rowKey);
    const inputs = { onTime: c.firstDraftOnTime, revisions: c.revisions, erLift: stored(erLift(c)), cpe: stored(cpe(c)), campaignCpe, rating: c.rating };
    const verdict = rebookVerdict(inputs, info.currency);
    return [{
      ...common, key: rowKey, clientCategory: campaign.clientCategory, objective: input.objective, wrapDate: info.wrapDate,
      handle: oneLine(c.handle), platform: c.platform, tier: tierOf(c.followers, info.tiers), format: c.format, cost: c.cost,
      engagements: c.engagements, conversions: c.conversions, cpe: inputs.cpe, campaignCpe, erLift: inputs.erLift,
      onTime: c.firstDraftOnTime, revisions: c.revisions, rating: c.rating, verdict: verdict.verdict, brief: c.brief,
      reasons: `${verdict.verdict === 'Rebook' ? 'no concerns' : verdict.reasons.join('; ')}${verdict.conditions.length ? ` — conditions: ${verdict.conditions.join(' ')}` : ''} (inputs: ${describeInputs(verdict)})`,
    }];
  });

  const actions: LedgerAction[] = [];
  const statusUpdates: ActionStatusUpdate[] = [];
  const occurrences = new Map<string, number>();
  for (const issue of workbook.issues) {
    const text = oneLine(issue.action);
    if (!text) continue;
    const carried = ACTION_ID.exec(input.carriedFrom.get(issue.row) ?? '')?.[0];
    if (carried) {
      statusUpdates.push({ key: carried, status: issue.status, statusAsOf: asOf, statusFrom: name, cell: `Issues!A${issue.row}` });
      continue;
    }
    const n = (occurrences.get(text.toLowerCase()) ?? 0) + 1;
    occurrences.set(text.toLowerCase(), n);
    actions.push({
      ...common, key: actionId(key, text, n), area: issue.area, issue: oneLine(issue.description), rootCause: issue.rootCause, severity: issue.severity,
      action: text, owner: oneLine(issue.owner), due: issue.due, status: issue.status, statusAsOf: asOf, statusFrom: name,
    });
  }

  const seenLearnings = new Set<string>();
  const learnings = input.learnings.map(oneLine).filter(Boolean).flatMap((learning) => {
    const rowKey = learningRowKey(key, learning);
    if (seenLearnings.has(rowKey)) return [];
    seenLearnings.add(rowKey);
    return [{ ...common, key: rowKey, wrapDate: info.wrapDate, learning }];
  });

  const seenProofs = new Set<string>();
  const proofPoints = input.proofPoints.filter((p) => oneLine(p.claim)).flatMap((p) => {
    const rowKey = proofPointRowKey(key, p.claim);
    if (seenProofs.has(rowKey)) return [];
    seenProofs.add(rowKey);
    return [{ ...common, key: rowKey, clientCategory: campaign.clientCategory, wrapDate: info.wrapDate, claim: oneLine(p.claim), metric: oneLine(p.metric), mayNameClient: p.mayNameClient }];
  });

  return { campaignKey: key, rows: { campaigns: [campaign], kpis, creators, actions, learnings, proofPoints }, statusUpdates };
}

/** Everything the ledger needs from a workbook as read, plus what only the adapter knows (its link, who, when). */
export function ledgerInputFromWorkbook(workbook: Workbook, extra: { workbookUrl: string; learnings: readonly string[]; appendedBy: string; appendedAt: string }): LedgerInput {
  const info = workbook.campaign;
  return {
    workbook,
    clientCategory: info.clientCategory,
    objective: info.objective,
    workbookUrl: extra.workbookUrl,
    unitOf: kpiUnitOf,
    learnings: extra.learnings,
    proofPoints: workbook.wins.filter((w) => w.proofPoint).map((w) => ({ claim: w.claim || w.description, metric: w.proofMetric || w.evidence, mayNameClient: w.mayNameClient })),
    carriedFrom: new Map(workbook.issues.filter((i) => i.carriedFrom.trim()).map((i) => [i.row, i.carriedFrom])),
    appendedBy: extra.appendedBy,
    appendedAt: extra.appendedAt,
  };
}
