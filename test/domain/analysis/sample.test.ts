// The shipped sample campaign, end to end in the domain: file → workbook → analysis → Patterns layout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook, layoutPatternsSheet } from '../../../src/domain/analysis/index.ts';
import { fileCellOf, parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';

const json = JSON.parse(readFileSync(new URL('../../../examples/sample-campaign.json', import.meta.url), 'utf8'));
const parsed = parseCampaignFile(json);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const { workbook, checks, learnings } = workbookFromCampaignFile(parsed.file);
const analysis = analyzeWorkbook(workbook, { today: '2026-11-20', cellOf: fileCellOf, readChecks: checks, teamLearnings: learnings });

describe('the sample campaign', () => {
  it('has all five tiers, with Mega a single creator shown as too small', () => {
    const tiers = analysis.groups.find((d) => d.dimension === 'tier')!.groups;
    expect(tiers.map((g) => [g.value, g.creators])).toEqual([['Nano', 2], ['Micro', 4], ['Mid-tier', 3], ['Macro', 2], ['Mega', 1]]);
    expect(tiers.find((g) => g.value === 'Mega')!.small).toBe(true);
    expect(analysis.campaign).toMatchObject({ creators: 12, cost: 53_400, engagements: 116_780, impressions: 4_494_500, clicks: 8_585, conversions: 433 });
    expect(analysis.campaign.cpe).toBeCloseTo(53_400 / 116_780, 12);
  });

  it('keeps the team’s learning first and drafts the rest, never about Mega', () => {
    expect(analysis.learnings[0]).toEqual({ text: "Legal review needs its own line in the timeline, with the client's named approver.", source: 'team' });
    expect(analysis.learnings).toHaveLength(5);
    expect(analysis.recommendations.length).toBeGreaterThanOrEqual(3);
    for (const f of [...analysis.learnings, ...analysis.recommendations]) expect(f.text).not.toMatch(/Mega-tier creators/);
    expect(analysis.learnings.map((l) => l.text).join('\n')).toContain('all top 3 used natural integration, all bottom 3 were scripted');
  });

  it('flags the seeded problems by field path', () => {
    expect(analysis.checks.map((c) => `${c.kind} ${c.cell}`)).toEqual([
      'unreadable-value creators[5].conversions',
      'assumed-percent creators[6].organicEngagementRate',
      'missing-confidence kpis[1].confidence',
      'action-without-owner issues[1].owner',
      'vague-action issues[2].action',
      'figures-disagree kpis[4].actual', // Conversions: 437 on the KPIs tab, 433 from the creators
      'team-wording Team learnings, item 1', // "the client's named approver": kept out of the client's documents
      'held-recommendation Drafted recommendation 1', // "shift budget toward nano-tier creators": 2 creators
    ]);
  });

  it('misses 4 of 7 KPIs, one on a historical target', () => {
    expect(analysis.kpis.items.filter((k) => k.status === 'missed').map((k) => k.name)).toEqual(['Reach', 'Engagement rate', 'Link clicks', 'CPM']);
    expect(analysis.kpis.missesByConfidence.map((m) => m.count)).toEqual([1, 2, 1, 0]);
  });

  it('lays out a Patterns tab with the 7 KPIs and 5 tiers charted', () => {
    const sheet = layoutPatternsSheet(analysis, workbook.campaign);
    expect(sheet.charts.varianceByKpi.numRows).toBe(8);
    expect(sheet.charts.cpeByTier.numRows).toBe(6);
  });
});
