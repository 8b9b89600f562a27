// A small hand-computed workbook: 6 creators over 3 tiers, 7 pieces (an ER tie broken by clicks and a full tie),
// 4 KPIs, 3 issues. The expected figures in the tests are worked out by hand from these numbers.
import type { CampaignInfo, ContentRecord, CreatorRecord, IssueRecord, KpiRecord, WinRecord, Workbook } from '../../src/domain/records.ts';
import { DEFAULT_TIERS } from '../../src/domain/records.ts';
import { campaignInfoFrom } from '../../src/domain/tabs/campaign-tab.ts';
import { CREATORS_TAB, ISSUES_TAB, WINS_TAB } from '../../src/domain/tabs/index.ts';
import { blankValue, type TableTabSpec } from '../../src/domain/tabs/spec.ts';

/** Every input column of a tab at its blank value, so records built here keep up with new columns. */
function blanks<R>(spec: TableTabSpec): Omit<R, 'row'> {
  return Object.fromEntries(spec.columns.filter((c) => !c.formula).map((c) => [c.key, blankValue(c)])) as Omit<R, 'row'>;
}

/** A Campaign tab with every field at its default (USD, the default tiers, a blank team), then `fields`. */
export function campaignInfo(fields: Partial<Omit<CampaignInfo, 'team'>> & { team?: Partial<CampaignInfo['team']> } = {}): CampaignInfo {
  const base = campaignInfoFrom(() => null);
  return { ...base, ...fields, team: { ...base.team, ...fields.team }, tiers: { ...base.tiers, ...fields.tiers } };
}

type CreatorInput = Partial<CreatorRecord> & Pick<CreatorRecord, 'handle'>;

export function creator(row: number, fields: CreatorInput): CreatorRecord {
  return { row, ...blanks<CreatorRecord>(CREATORS_TAB), ...fields };
}

export function piece(row: number, fields: Partial<ContentRecord> & Pick<ContentRecord, 'id'>): ContentRecord {
  return {
    row, creator: '', platform: null, format: null, url: '', screenshotUrl: '', impressions: null, engagements: null, saves: null, clicks: null,
    conversions: null, hook: '', brandMentionSecond: null, integration: null, voice: null, comments: '', ...fields,
  };
}

export function kpi(row: number, fields: Partial<KpiRecord> & Pick<KpiRecord, 'name'>): KpiRecord {
  return { row, unit: null, target: null, actual: null, lowerIsBetter: false, confidence: null, notes: '', ...fields };
}

export function issue(row: number, fields: Partial<IssueRecord>): IssueRecord {
  return { row, ...blanks<IssueRecord>(ISSUES_TAB), ...fields };
}

export function win(row: number, fields: Partial<WinRecord>): WinRecord {
  return { row, ...blanks<WinRecord>(WINS_TAB), ...fields };
}

export function fixtureWorkbook(): Workbook {
  return {
    campaign: campaignInfo({
      client: 'Glow Labs', campaign: 'Winter Glow', startDate: '2026-10-01', wrapDate: '2026-11-18', currency: 'USD', budget: 12000,
      clientCategory: 'Beauty', objective: 'Awareness', kickoffPack: '',
      team: { campaignManager: 'Priya Shah', accountLead: 'Tom Reed', creatorRelations: 'Sam Lee', strategist: 'Ana Ruiz', facilitator: 'Jo Park', noteTaker: 'Kim Wu' },
      tiers: { ...DEFAULT_TIERS },
    }),
    kpis: [
      kpi(2, { name: 'Reach', target: 500_000, actual: 420_000, confidence: 'Historical data' }),
      kpi(3, { name: 'Engagement rate', target: 0.06, actual: 0.05, confidence: 'Rough estimate' }),
      kpi(4, { name: 'CPE', target: 1.0, actual: 0.8, lowerIsBetter: true, confidence: 'Client-mandated' }),
      kpi(5, { name: 'Conversions', target: 100, actual: 80, confidence: null }),
    ],
    creators: [
      creator(2, { handle: '@ana.glow', platform: 'Instagram', followers: 20_000, format: 'Reel', brief: 'Detailed', cost: 400, impressions: 40_000, reach: 30_000, engagements: 1_000, organicEngagementRate: 0.04, clicks: 200, conversions: 20, firstDraftOnTime: true, revisions: 1, rating: 5 }),
      creator(3, { handle: '@ben.lifts', platform: 'TikTok', followers: 30_000, format: 'Short video', brief: 'Detailed', cost: 600, impressions: 60_000, engagements: 1_500, organicEngagementRate: 0.04, clicks: 100, conversions: 10, firstDraftOnTime: true, revisions: 2, rating: 4 }),
      creator(4, { handle: '@cat.runs', platform: 'Instagram', followers: 40_000, format: 'Reel', brief: 'Vague', cost: 1_280, impressions: 30_000, engagements: 1_300, organicEngagementRate: 0.05, clicks: 90, conversions: 5, firstDraftOnTime: false, revisions: 3, rating: 3 }),
      creator(5, { handle: '@dan.trains', platform: 'YouTube', followers: 100_000, format: 'Long-form video', brief: 'Detailed', cost: 3_000, impressions: 150_000, engagements: 6_000, organicEngagementRate: 0.04, clicks: 600, conversions: 40, firstDraftOnTime: true, revisions: 1, rating: 4 }),
      creator(6, { handle: '@eve.fit', platform: 'Instagram', followers: 200_000, format: 'Static', brief: 'Vague', cost: 4_620, impressions: 100_000, engagements: 1_700, organicEngagementRate: 0.02, clicks: 150, conversions: null, firstDraftOnTime: false, revisions: 4, rating: 2 }),
      creator(7, { handle: '@fay.moves', platform: 'TikTok', followers: 8_000, format: 'Short video', brief: 'Detailed', cost: 100, impressions: 20_000, engagements: 1_000, organicEngagementRate: 0.1, clicks: 50, conversions: 5 }),
    ],
    content: [
      piece(2, { id: 'IG-01', creator: '@ana.glow', platform: 'Instagram', format: 'Reel', impressions: 10_000, engagements: 800, clicks: 120, conversions: 8, hook: 'POV: my 6am routine', brandMentionSecond: 12, integration: 'Natural', voice: 'Authentic', comments: 'Where do I buy it?' }),
      piece(3, { id: 'TT-01', creator: '@ben.lifts', platform: 'TikTok', format: 'Short video', impressions: 20_000, engagements: 1_200, clicks: 90, conversions: 4, hook: 'Gym bag check', brandMentionSecond: 8, integration: 'Natural', voice: 'Authentic', comments: 'Funny' }),
      piece(4, { id: 'IG-02', creator: '@cat.runs', platform: 'Instagram', format: 'Reel', impressions: 10_000, engagements: 600, clicks: 150, conversions: 6, hook: '=Winter run hack', brandMentionSecond: 10, integration: 'Natural', voice: 'Authentic', comments: 'Asked for the code' }),
      piece(5, { id: 'YT-01', creator: '@dan.trains', platform: 'YouTube', format: 'Long-form video', impressions: 50_000, engagements: 2_000, clicks: 300, conversions: 30, hook: 'Full routine', brandMentionSecond: 60, integration: 'Scripted', voice: 'Authentic', comments: 'Long but useful' }),
      piece(6, { id: 'IG-03', creator: '@eve.fit', platform: 'Instagram', format: 'Static', impressions: 40_000, engagements: 800, clicks: 40, conversions: 1, hook: 'Product flat lay', brandMentionSecond: 2, integration: 'Scripted', voice: 'Rigid', comments: 'Ad?' }),
      piece(7, { id: 'TT-02', creator: '@fay.moves', platform: 'TikTok', format: 'Short video', impressions: 5_000, engagements: 100, clicks: 40, conversions: 2, hook: 'Unboxing', brandMentionSecond: 3, integration: 'Natural', voice: 'Rigid', comments: 'Quiet' }),
      piece(8, { id: 'IG-04', creator: '@eve.fit', platform: 'Instagram', format: 'Static', impressions: 20_000, engagements: 200, clicks: 10, conversions: 0, hook: 'Brand logo first', brandMentionSecond: 1, integration: 'Scripted', voice: 'Rigid', comments: 'Skipped' }),
    ],
    issues: [
      issue(2, { area: 'Approval process', description: 'Client approvals took 6 days on average', rootCause: 'Client-side', severity: 'Significant', action: 'Agree a 48-hour approval window in the contract template before kickoff', owner: 'Priya Shah', due: '2026-12-01', status: 'Open' }),
      issue(3, { area: 'Tracking setup', description: 'Two creators posted without UTM links', rootCause: 'Process', severity: 'Critical', action: 'Improve tracking', owner: '', due: null, status: 'Open' }),
      issue(4, { area: 'Brief quality', description: 'Vague briefs led to 3+ revision rounds', rootCause: 'Process', severity: 'Significant', action: 'Make sure briefs are better next time', owner: 'Sam Lee', due: '2026-12-15', status: 'In progress' }),
    ],
    wins: [win(2, { area: 'Content format', description: 'POV reels beat statics', evidence: 'IG-01 8% ER', repeat: 'Ask for POV hooks' })],
  };
}

/** Sheet-like cell names for tests: the key stands in for the column letter. */
export const testCellOf = (tab: string, row: number, key: string) => `${tab}!${key}${row}`;
