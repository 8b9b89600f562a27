// Saves, end to end in the domain: one spec entry per tab and one rate in metrics.ts reach the campaign file, CSV
// headers (Instagram "Saves", TikTok "Add to favorites"), the analysis, the Patterns tab and the internal brief.
import { describe, expect, it } from 'vitest';
import { analyzeWorkbook } from '../../src/domain/analysis/index.ts';
import { layoutPatternsSheet } from '../../src/domain/analysis/patterns-sheet.ts';
import { parseCampaignFile, workbookFromCampaignFile } from '../../src/domain/campaign-file.ts';
import { describeMetrics, RATES, rateOf } from '../../src/domain/metrics.ts';
import { buildInternalBrief } from '../../src/domain/reports/internal-brief.ts';
import { blocksToMarkdown } from '../../src/domain/reports/model.ts';
import { columnForHeader } from '../../src/domain/tabs/headers.ts';
import { CONTENT_TAB, CREATORS_TAB } from '../../src/domain/tabs/index.ts';
import { creator, fixtureWorkbook, piece } from './fixture.ts';

const saveRate = RATES.find((r) => r.key === 'saveRate')!;

describe('saves', () => {
  it('is a column of the Creators and Content tabs, known by the platforms’ own headers', () => {
    for (const spec of [CREATORS_TAB, CONTENT_TAB]) {
      expect(spec.columns.find((c) => c.key === 'saves')).toMatchObject({ header: 'Saves', type: 'count' });
      expect(columnForHeader(spec, 'Saves')?.key).toBe('saves');
      expect(columnForHeader(spec, 'Add to favorites')?.key).toBe('saves');
    }
  });

  it('is a campaign-file field, read like the cell ("1.2K")', () => {
    const parsed = parseCampaignFile({ client: 'C', campaign: 'K', creators: [{ handle: '@a', saves: '1.2K', impressions: 24_000 }], content: [{ id: 'IG-1', saves: 30 }] });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { workbook } = workbookFromCampaignFile(parsed.file);
    expect(workbook.creators[0]).toMatchObject({ saves: 1_200 });
    expect(workbook.content[0]).toMatchObject({ saves: 30 });
    expect(rateOf(saveRate, workbook.creators[0]!)).toBeCloseTo(0.05, 12);
  });

  it('gives save rate per piece and pooled per group: Σ saves ÷ Σ impressions over creators with both', () => {
    const workbook = fixtureWorkbook();
    workbook.creators = [
      creator(2, { handle: '@a', platform: 'Instagram', followers: 20_000, impressions: 10_000, saves: 500 }),
      creator(3, { handle: '@b', platform: 'Instagram', followers: 30_000, impressions: 30_000, saves: 300 }),
      creator(4, { handle: '@c', platform: 'YouTube', followers: 40_000, impressions: 50_000 }), // no saves: left out
    ];
    workbook.content = [piece(2, { id: 'IG-1', impressions: 10_000, engagements: 900, saves: 250 })];
    const analysis = analyzeWorkbook(workbook, { today: '2026-11-24' });
    expect(analysis.campaign.rates.saveRate).toBeCloseTo(800 / 40_000, 12);
    expect(analysis.campaign.n.rates.saveRate).toBe(2);
    const instagram = analysis.groups.find((d) => d.dimension === 'platform')?.groups.find((g) => g.value === 'Instagram');
    expect(instagram?.rates.saveRate).toBeCloseTo(0.02, 12);
    expect(analysis.content.top[0]?.rates.saveRate).toBeCloseTo(0.025, 12);

    const sheet = layoutPatternsSheet(analysis, workbook.campaign);
    const header = sheet.rows.find((r) => r[0] === 'Platform')!;
    const column = header.indexOf('Pooled save rate');
    expect(column).toBeGreaterThan(0);
    expect(sheet.rows.find((r) => r[0] === 'Instagram')?.[column]).toBeCloseTo(0.02, 12);
    expect(sheet.rows.find((r) => r[0] === 'All creators')?.[column]).toBeCloseTo(0.02, 12);
    expect(sheet.rows.find((r) => r[0] === 'Save rate')?.[1]).toBeCloseTo(0.025, 12);
    expect(sheet.numberFormats.find((f) => f.row === sheet.rows.indexOf(header) + 2 && f.column === column + 1)?.format).toBe('0.00%');
    expect(describeMetrics().map((m) => m.name)).toContain('Save rate');

    const brief = blocksToMarkdown(buildInternalBrief(workbook, analysis, { today: '2026-11-24' }).blocks.creator_breakdown ?? []);
    expect(brief).toContain('| Save rate |');
    expect(brief).toContain('2.0%');
  });
});
