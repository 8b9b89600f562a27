// Issue 11, "sheet and analysis disagree": human numbers typed into number cells ("42K", "4.2M", a bare 2.6 in a
// percentage row, "$1,200") become real numbers when Debrief builds or analyzes, the typed text kept in the cell's
// note and each conversion listed in the checks; a tier threshold that isn't a number reads as its default in the
// Tier formula and the analysis alike. Then every formula cell of the tabs equals the analysis's figure.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';

type Check = { kind: string; cell: string; message: string };
type Analysis = {
  creators: { row: number; tier: string | null; sponsoredEr: number | null; erLift: number | null; cpe: number | null; cpm: number | null; cpc: number | null; cpa: number | null }[];
  kpis: { items: { row: number; variance: number | null; status: string }[] };
  content: { ranks: { row: number; rank: number; er: number }[] };
  checks: Check[];
};

const blank = (v: unknown) => (v === '' ? null : v);
const close = (sheet: unknown, analysis: number | null, what: string) => {
  if (analysis === null) expect(blank(sheet), what).toBeNull();
  else expect(sheet as number, what).toBeCloseTo(analysis, 9);
};

describe('the sheet and the analysis agree on every cell', () => {
  const { workspace, bundle } = freshBundle();
  let analysis: Analysis;
  let checks: Check[];
  let engagementRow = 0;
  let microRow = 0;
  let impressionsRow = 0;
  const kpiAt = (row: number) => rowsByHeader(workspace, 'KPIs').find((k) => k.row === row);

  beforeAll(() => {
    bundle.run('importCampaign', {
      client: 'Glowlab', campaign: 'Agree', startDate: '2026-10-01', wrapDate: '2026-11-18',
      kpis: [{ name: 'Engagement rate', unit: 'Percent', target: '3.5%', confidence: 'historical' }, { name: 'Impressions', target: '4M', confidence: 'estimate' }],
      creators: [
        { handle: '@typed', platform: 'Instagram', engagements: 2100, impressions: 50_000, clicks: 40, conversions: 2, organicEngagementRate: 0.03 },
        { handle: '@plain', platform: 'TikTok', followers: 120_000, cost: 900, engagements: 6000, impressions: 200_000, clicks: 90, organicEngagementRate: 0.04 },
        { handle: '@negative', platform: 'TikTok', followers: 30_000, cost: 300, engagements: 900, organicEngagementRate: 0.02 },
      ],
      content: [
        { id: 'A', creator: '@typed', engagements: 500, clicks: 4 }, { id: 'B', creator: '@plain', impressions: 10_000, engagements: 800 },
        { id: 'C', creator: '@plain', impressions: 10_000, engagements: 800, clicks: 9 },
      ],
    });
    // What people type in Sheets: text that Sheets keeps as text, and a bare number in a percentage row.
    workspace.inspect.setCell('Creators', 'C2', '42K');
    workspace.inspect.setCell('Creators', 'G2', 'USD 1,200');
    workspace.inspect.setCell('Creators', 'G4', -300);
    // The KPIs tab starts with the standard KPIs, so find the imported ones' rows by name.
    const kpiRow = (name: string) => rowsByHeader(workspace, 'KPIs').find((k) => k.KPI === name)!.row as number;
    engagementRow = kpiRow('Engagement rate');
    impressionsRow = kpiRow('Impressions');
    workspace.inspect.setCell('KPIs', `D${engagementRow}`, 2.6); // Engagement rate actual: 2.6 means 2.6%
    workspace.inspect.setCell('KPIs', `D${impressionsRow}`, '4.2M');
    workspace.inspect.setCell('Content', 'G2', '12.5K');
    microRow = workspace.inspect.values('Campaign').findIndex((r) => r[0] === 'Micro tier from (followers)') + 1; // the Campaign tab grows
    workspace.inspect.setCell('Campaign', `B${microRow}`, 'ten thousand'); // Micro tier from: not a number
    const result = bundle.run('analyze') as { analysis: Analysis };
    analysis = result.analysis;
    checks = analysis.checks;
  });

  it('turns typed human numbers into numbers, keeping what was typed in the note, each in a check', () => {
    const creators = rowsByHeader(workspace, 'Creators');
    expect([creators[0]?.Followers, creators[0]?.Cost]).toEqual([42_000, 1200]);
    expect(kpiAt(engagementRow)?.Actual).toBeCloseTo(0.026, 12);
    expect(kpiAt(impressionsRow)?.Actual).toBe(4_200_000);
    expect(workspace.inspect.notes('Creators')[1]?.[2]).toBe('Typed: 42K');
    expect(workspace.inspect.notes('KPIs')[engagementRow - 1]?.[3]).toBe('Typed: 2.6');
    const converted = checks.filter((c) => c.kind === 'converted-value').map((c) => c.cell).sort();
    expect(converted).toEqual(['Content!G2', 'Creators!C2', 'Creators!G2', `KPIs!D${engagementRow}`, `KPIs!D${impressionsRow}`].sort());
    expect(checks.find((c) => c.cell === `Campaign!B${microRow}`)?.message).toContain('Debrief uses 10000 until it is fixed');
  });

  it('gives the same tier, sponsored ER, ER lift, CPE, CPM, CPC and CPA as the analysis', () => {
    const sheet = rowsByHeader(workspace, 'Creators');
    expect(sheet.map((c) => c.Tier)).toEqual(['Micro', 'Mid-tier', 'Micro']);
    for (const metrics of analysis.creators) {
      const row = sheet.find((c) => c.row === metrics.row)!;
      expect(blank(row.Tier), `tier ${metrics.row}`).toBe(metrics.tier);
      close(row['Sponsored ER'], metrics.sponsoredEr, `sponsored ER ${metrics.row}`);
      close(row['ER lift'], metrics.erLift, `ER lift ${metrics.row}`);
      for (const [header, key] of [['CPE', 'cpe'], ['CPM', 'cpm'], ['CPC', 'cpc'], ['CPA', 'cpa']] as const) close(row[header], metrics[key], `${header} ${metrics.row}`);
    }
    expect(analysis.creators[2]?.cpe).toBeNull(); // a negative cost is named and left out, in the sheet too
  });

  it('gives the same KPI variance and status, and the same content ER and rank', () => {
    const kpis = rowsByHeader(workspace, 'KPIs');
    for (const item of analysis.kpis.items) {
      const row = kpis.find((k) => k.row === item.row)!;
      close(row['Variance %'], item.variance, `variance ${item.row}`);
      expect(blank(row.Status), `status ${item.row}`).toBe(item.status === 'unknown' ? null : item.status === 'met' ? 'Met' : 'Missed');
    }
    expect(kpiAt(engagementRow)?.Status).toBe('Missed'); // 2.6% against 3.5%, not "Met, +7,328.6%"
    const content = rowsByHeader(workspace, 'Content');
    for (const ranked of analysis.content.ranks) {
      const row = content.find((c) => c.row === ranked.row)!;
      expect(row.Rank).toBe(ranked.rank);
      close(row.ER, ranked.er, `ER ${ranked.row}`);
    }
    expect(content.filter((c) => c.Rank !== '').length).toBe(analysis.content.ranks.length);
  });
});
