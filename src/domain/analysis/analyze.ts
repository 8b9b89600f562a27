// The analysis behind the Patterns tab, the sidebar's headline and report.json: one pure pass over a Workbook.
import type { CellOf } from '../campaign-file-rows.ts';
import { workbookChecks } from '../checks.ts';
import { teamWordingChecks } from '../reports/client-wording.ts';
import { campaignFigures, figureChecks } from '../reports/figures.ts';
import type { Check, Workbook } from '../records.ts';
import { analyzeContent } from './content.ts';
import { draftAll, pickFindings } from './drafts.ts';
import { signableDrafts } from './signable.ts';
import { describeChange, formatMoney, formatPercent, plural } from './format.ts';
import { creatorMetrics, groupCreators, groupFigures } from './groups.ts';
import { runGate } from '../completeness-gate.ts';
import { splitByControl } from '../root-causes.ts';
import { briefPatterns } from './brief-patterns.ts';
import { analyzeKpis, rootCauseMatrix, rootCauseRows } from './kpis.ts';
import type { Analysis, ContentAnalysis, DimensionGroups, GroupFigures, KpiAnalysis, RootCauseMatrix } from './types.ts';

export interface AnalyzeOptions {
  today: string; // ISO yyyy-mm-dd: the only clock the analysis sees
  /** Checks from reading the tabs or the file (unreadable cells); they come first and win over ours on the same cell. */
  readChecks?: readonly Check[];
  /** Names cells in checks; without it they read "Creators row 7 (cost)". */
  cellOf?: CellOf;
  /** Learnings and recommendations the team typed (campaign file, sidebar): kept first, as written. */
  teamLearnings?: string[];
  teamRecommendations?: string[];
}

/** A record's cell in words, for callers that don't know the tabs' layout (the add-on passes the real cell names). */
export const describeCell: CellOf = (tab, row, key) => (tab === 'Campaign' ? `Campaign (${key})` : `${tab} row ${row} (${key})`);

export function analyzeWorkbook(workbook: Workbook, options: AnalyzeOptions): Analysis {
  const { campaign: info, creators } = workbook;
  const campaign = groupFigures(creators);
  const groups = groupCreators(creators, info.tiers, campaign);
  const content = analyzeContent(workbook.content);
  const kpis = analyzeKpis(workbook.kpis);
  const rootCauses = rootCauseMatrix(workbook.issues);
  const drafts = draftAll({ campaign, groups, content, kpis, rootCauses, creators, currency: info.currency });
  const signable = signableDrafts(drafts, campaign.cost);
  return {
    today: options.today,
    currency: info.currency,
    campaign,
    groups,
    creators: creatorMetrics(creators, info.tiers),
    content,
    kpis,
    rootCauses,
    rootCauseControl: splitByControl(workbook.issues),
    briefChecklist: briefPatterns(creators),
    gate: runGate({ kpis: workbook.kpis, issues: workbook.issues, wins: workbook.wins, threshold: info.gateThreshold, cellOf: options.cellOf ?? describeCell }),
    learnings: pickFindings(drafts, options.teamLearnings ?? [], (d) => [d.learning]),
    recommendations: pickFindings(signable.drafts, options.teamRecommendations ?? [], (d) => d.recommendations, true),
    headline: headline(campaign, groups, content, kpis, rootCauses, info.currency),
    checks: [
      ...workbookChecks(workbook, options.readChecks ?? [], { today: options.today, cellOf: options.cellOf ?? describeCell }),
      ...figureChecks(campaignFigures(workbook, campaign), options.cellOf ?? describeCell),
      ...teamWordingChecks(options.teamLearnings ?? [], options.teamRecommendations ?? []),
      ...signable.checks,
    ],
  };
}

/** 3–4 short lines for the sidebar: KPIs, cost, best content, issues. */
function headline(campaign: GroupFigures, groups: DimensionGroups[], content: ContentAnalysis, kpis: KpiAnalysis, causes: RootCauseMatrix, currency: string): string[] {
  const lines: string[] = [];
  const judged = kpis.met + kpis.missed;
  if (judged > 0) {
    const firm = kpis.missesByConfidence.find((m) => m.confidence === 'Historical data')?.count ?? 0;
    const misses = kpis.missed ? `, ${kpis.missed} missed${firm ? ` (${firm} against a historical-data target)` : ''}` : '';
    lines.push(`${kpis.met} of ${plural(judged, 'KPI')} met${misses}.`);
  }
  if (campaign.cpe !== null) {
    const tiers = groups.find((d) => d.dimension === 'tier')?.groups ?? [];
    const best = tiers.filter((g) => g.n.cpe >= 2 && g.cpe !== null && (g.vsCampaign.cpe ?? 0) < 0).sort((a, b) => a.cpe! - b.cpe!)[0];
    const tier = best ? `; ${best.value} tier lowest at ${formatMoney(best.cpe!, currency)} (${describeChange(best.vsCampaign.cpe!)}, ${plural(best.n.cpe, 'creator')})` : '';
    lines.push(`Campaign CPE ${formatMoney(campaign.cpe, currency)} across ${plural(campaign.n.cpe, 'creator')}${tier}.`);
  }
  const top = content.top[0];
  if (top) lines.push(`Top piece: ${top.id || `row ${top.row}`}${top.creator ? ` by ${top.creator}` : ''} at ${formatPercent(top.er, 1)} ER.`);
  if (causes.total > 0) {
    // The first of the largest, as indexOf(max) picked it.
    const most = rootCauseRows(causes).reduce((best, row) => (row.total > best.total ? row : best));
    const lead = most.cause !== 'Not set' && most.total >= 2 ? `; ${most.cause} behind ${most.total}` : '';
    lines.push(`${plural(causes.total, 'issue')} logged${lead}.`);
  }
  return lines.length ? lines : ['Nothing to analyze yet: add KPIs, creators and content, then run Analyze again.'];
}
