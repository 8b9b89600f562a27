// A hand-made history for the ledger tests: 3 campaigns for Glowlab (beauty) and 2 for Northwind (fintech), and a
// tiny stand-in for the ledger Sheet that runs a LedgerPlan the way the Sheets batchUpdate does (updates, then
// deletions bottom-up, then appends), so tests go through the same plan → grid → read path as the add-on.
import { actionId, campaignKey } from '../../../src/domain/history/keys.ts';
import { ledgerEntries, type LedgerInput } from '../../../src/domain/history/ledger-entries.ts';
import { applyPlan, ledgerFromGrids, planLedgerAppend, type LedgerGrids, type LedgerPlan } from '../../../src/domain/history/ledger-plan.ts';
import type { KpiUnit, Ledger, Objective } from '../../../src/domain/history/records.ts';
import type { CreatorRecord, IssueRecord, KpiRecord, Workbook } from '../../../src/domain/records.ts';
import { DEFAULT_TIERS } from '../../../src/domain/records.ts';
import { campaignInfo, creator, issue, kpi } from '../fixture.ts';

const UNITS: Record<string, KpiUnit> = { reach: 'Count', conversions: 'Count', 'engagement rate': 'Percent', cpe: 'Money' };

export interface ScenarioCampaign {
  workbook: Workbook;
  clientCategory: string;
  objective: Objective | null;
  learnings: string[];
  carriedFrom?: Map<number, string>;
  proofPoints?: LedgerInput['proofPoints'];
}

export function campaign(client: string, name: string, fields: {
  start: string; wrap: string; budget: number | null; kpis: Partial<KpiRecord>[]; creators: Partial<CreatorRecord>[]; issues?: Partial<IssueRecord>[];
}): Workbook {
  return {
    campaign: campaignInfo({
      client, campaign: name, startDate: fields.start, wrapDate: fields.wrap, currency: 'USD', budget: fields.budget,
      team: { campaignManager: 'Priya Shah', accountLead: '', creatorRelations: '', strategist: '', facilitator: '', noteTaker: '' }, tiers: { ...DEFAULT_TIERS },
    }),
    kpis: fields.kpis.map((k, i) => kpi(i + 2, { name: '', ...k })),
    creators: fields.creators.map((c, i) => creator(i + 2, { handle: '', ...c })),
    content: [],
    issues: (fields.issues ?? []).map((x, i) => issue(i + 2, x)),
    wins: [],
  };
}

export function inputFor(c: ScenarioCampaign): LedgerInput {
  return {
    workbook: c.workbook, clientCategory: c.clientCategory, objective: c.objective, workbookUrl: `https://docs.google.com/spreadsheets/d/${c.workbook.campaign.campaign.replace(/\W/g, '')}0000000000/edit`,
    unitOf: (k) => UNITS[k.name.toLowerCase()] ?? null, learnings: c.learnings, proofPoints: c.proofPoints ?? [], carriedFrom: c.carriedFrom ?? new Map(),
    appendedBy: 'priya@agency.example', appendedAt: `${c.workbook.campaign.wrapDate}T12:00:00Z`,
  };
}

/** The ledger Sheet, as grids; `append` plans against what it holds and applies the plan. */
export class LedgerSheet {
  grids: { [K in keyof LedgerGrids]: unknown[][] | null } = { campaigns: null, kpis: null, creators: null, actions: null, learnings: null, proofPoints: null };

  append(input: LedgerInput): LedgerPlan {
    const plan = planLedgerAppend(this.grids, ledgerEntries(input));
    this.apply(plan);
    return plan;
  }

  apply(plan: LedgerPlan): void {
    this.grids = applyPlan(this.grids, plan);
  }

  read(): Ledger {
    return ledgerFromGrids(this.grids);
  }
}

/** The Spring Glow action carried into Summer Glow's Issues tab (row 2). */
export const APPROVAL_ACTION = actionId(campaignKey('Glowlab', 'Spring Glow'), 'Agree a 48-hour approval window with the client');

const GOOD = { firstDraftOnTime: true, revisions: 1, rating: 5 };

/** Glowlab: Spring, Summer, Autumn (awareness, budgets 10K / 20K / 15K); Northwind: Launch, Relaunch (conversion). */
export function scenario(): ScenarioCampaign[] {
  const spring = campaign('Glowlab', 'Spring Glow', {
    start: '2026-03-01', wrap: '2026-04-15', budget: 10_000,
    kpis: [
      { name: 'Reach', target: 400_000, actual: 500_000, confidence: 'Rough estimate' },
      { name: 'Engagement rate', target: 0.05, actual: 0.04, confidence: 'Rough estimate' },
      { name: 'CPE', target: 0.5, actual: 0.4, lowerIsBetter: true, confidence: 'Client-mandated' },
    ],
    creators: [
      { handle: '@ana.glow', platform: 'Instagram', followers: 20_000, format: 'Reel', cost: 400, engagements: 1_000, organicEngagementRate: 0.04, conversions: 10, ...GOOD },
      { handle: '@eve.fit', platform: 'Instagram', followers: 200_000, format: 'Static', cost: 4_600, engagements: 1_700, organicEngagementRate: 0.02, conversions: 2, firstDraftOnTime: false, revisions: 4, rating: 2 },
    ],
    issues: [
      { description: 'Client approvals took 9 days', rootCause: 'Client-side', severity: 'Significant', action: 'Agree a 48-hour approval window with the client', owner: 'Tom Reed', due: '2026-05-01', status: 'Open' },
      { description: 'UTM links missing', rootCause: 'Process', severity: 'Critical', action: 'Add a UTM check to the launch checklist', owner: 'Sam Lee', due: '2026-04-30', status: 'Done' },
    ],
  });
  const summer = campaign('Glowlab', 'Summer Glow', {
    start: '2026-06-01', wrap: '2026-07-15', budget: 20_000,
    kpis: [
      { name: 'Reach', target: 800_000, actual: 900_000, confidence: 'Rough estimate' },
      { name: 'Engagement rate', target: 0.05, actual: 0.05, confidence: 'Rough estimate' },
      { name: 'CPE', target: 0.45, actual: 0.5, lowerIsBetter: true, confidence: 'Client-mandated' },
    ],
    creators: [
      { handle: '@Ana.Glow', platform: 'Instagram', followers: 22_000, format: 'Reel', cost: 500, engagements: 1_250, organicEngagementRate: 0.04, conversions: 12, ...GOOD },
      { handle: '@ben.lifts', platform: 'TikTok', followers: 30_000, format: 'Short video', cost: 600, engagements: 1_000, organicEngagementRate: 0.04, conversions: 5, firstDraftOnTime: false, revisions: 1, rating: 4 },
    ],
    issues: [
      { description: 'Carried: client approvals', rootCause: 'Client-side', severity: 'Significant', action: 'Agree a 48-hour approval window with the client', owner: 'Tom Reed', due: '2026-05-01', status: 'In progress' },
      { description: 'Legal review added a week', rootCause: 'Client-side', severity: 'Minor', action: 'Book legal review into the timeline', owner: '', due: '2026-08-01', status: 'Open' },
    ],
  });
  const autumn = campaign('Glowlab', 'Autumn Glow', {
    start: '2026-09-01', wrap: '2026-10-15', budget: 15_000,
    kpis: [
      { name: 'Reach', target: 700_000, actual: 690_000, confidence: 'Rough estimate' },
      { name: 'Engagement rate', target: 0.06, actual: 0.045, confidence: 'Rough estimate' },
    ],
    creators: [
      { handle: '@cat.runs', platform: 'Instagram', followers: 40_000, format: 'Reel', cost: 900, engagements: 1_500, organicEngagementRate: 0.05, conversions: 6, ...GOOD },
    ],
    issues: [{ description: 'Creator missed the brief', rootCause: 'Process', severity: 'Minor', action: 'Send briefs a week earlier', owner: 'Sam Lee', due: '2026-11-01', status: 'Open' }],
  });
  const launch = campaign('Northwind', 'Launch', {
    start: '2026-02-01', wrap: '2026-03-01', budget: 30_000,
    kpis: [{ name: 'Conversions', target: 500, actual: 300, confidence: 'Rough estimate' }],
    creators: [
      { handle: '@dan.trains', platform: 'YouTube', followers: 100_000, format: 'Long-form video', cost: 3_000, engagements: 6_000, organicEngagementRate: 0.04, conversions: 40, ...GOOD },
      { handle: '@fay.moves', platform: 'Instagram', followers: 25_000, format: 'Reel', cost: 500, engagements: 1_000, organicEngagementRate: 0.05, conversions: 8, ...GOOD },
    ],
  });
  const relaunch = campaign('Northwind', 'Relaunch', {
    start: '2026-05-01', wrap: '2026-06-01', budget: 30_000,
    kpis: [{ name: 'Conversions', target: 400, actual: 360, confidence: 'Historical data' }],
    creators: [
      { handle: '@gus.cooks', platform: 'Instagram', followers: 30_000, format: 'Reel', cost: 700, engagements: 1_400, organicEngagementRate: 0.05, conversions: 9, ...GOOD },
      { handle: '@eve.fit', platform: 'Instagram', followers: 210_000, format: 'Static', cost: 4_000, engagements: 2_000, organicEngagementRate: 0.02, conversions: 3, firstDraftOnTime: true, revisions: 1, rating: 4 },
    ],
  });
  return [
    { workbook: spring, clientCategory: 'Beauty', objective: 'Awareness', learnings: ['Reels beat statics on Instagram', 'Approvals need a deadline', 'Micro creators were the cheapest reach'] },
    {
      workbook: summer, clientCategory: 'Beauty', objective: 'Awareness', learnings: ['Doubling budget roughly doubled reach', 'TikTok drafts ran late', 'Legal review needs its own slot'],
      carriedFrom: new Map([[2, `Spring Glow · ${APPROVAL_ACTION}`]]),
    },
    { workbook: autumn, clientCategory: 'Beauty', objective: 'Awareness', learnings: ['Earlier briefs, fewer misses', 'One creator is not a pattern', 'ER targets were too high'] },
    { workbook: launch, clientCategory: 'Fintech', objective: 'Conversion', learnings: ['YouTube drove most conversions', 'Reels were cheap per engagement', 'Conversion targets were guesses'] },
    { workbook: relaunch, clientCategory: 'Fintech', objective: 'Conversion', learnings: ['Second launch converted better', 'Statics still lag', 'Keep the YouTube slot'] },
  ];
}

export function ledgerOf(campaigns: readonly ScenarioCampaign[]): { sheet: LedgerSheet; ledger: Ledger } {
  const sheet = new LedgerSheet();
  for (const c of campaigns) sheet.append(inputFor(c));
  return { sheet, ledger: sheet.read() };
}
