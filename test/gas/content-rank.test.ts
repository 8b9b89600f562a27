// The Content tab's live Rank and Top / bottom 3 (binary searches over the hidden, sorted Rank keys column) give
// rankContent's ranks on a large, tie-heavy campaign, after the import and after a person edits the tab.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankContent } from '../../src/domain/metrics.ts';
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';
import { freshBundle, rowsByHeader } from '../support/bundle.ts';

type Piece = { engagements: number | null; impressions: number | null; clicks: number | null };

/** What the sheet shows, against what the analysis computes from the same numbers. */
function sheetAndDomain(rows: Record<string, unknown>[]) {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const pieces: Piece[] = rows.map((r) => ({ engagements: num(r.Engagements), impressions: num(r.Impressions), clicks: num(r.Clicks) }));
  const ranks = rankContent(pieces);
  const ranked = ranks.filter((r) => r !== null).length;
  const markers = ranks.map((r) => (r === null ? '' : r <= 3 ? 'Top 3' : r > ranked - 3 ? 'Bottom 3' : ''));
  return {
    sheet: rows.map((r) => [r.Rank === '' ? null : r.Rank, r['Top / bottom 3']]),
    domain: ranks.map((rank, i) => [rank, markers[i]]),
  };
}

describe('Content ranks at scale, through the bundle', () => {
  const { workspace, bundle } = freshBundle();
  const file = syntheticCampaign(400) as { content: Record<string, unknown>[] };
  // Ties on ER (same ratio), full ties (same clicks too), blank and fractional clicks, no impressions.
  file.content.forEach((piece, i) => {
    if (i % 7 === 0) Object.assign(piece, { impressions: 1000, engagements: 50 });
    if (i % 14 === 0) piece.clicks = 70;
    if (i % 11 === 0) delete piece.clicks;
    if (i % 13 === 0) piece.clicks = 70.5;
    if (i % 17 === 0) delete piece.impressions;
  });

  beforeAll(() => {
    bundle.run('buildTabs');
    bundle.run('importCampaign', file);
  });

  it('ranks every piece as rankContent does, ties and gaps included', () => {
    const { sheet, domain } = sheetAndDomain(rowsByHeader(workspace, 'Content'));
    expect(sheet).toEqual(domain);
    expect(sheet.filter(([, marker]) => marker === 'Top 3')).toHaveLength(3);
  });

  it('re-ranks live when a person edits the numbers', () => {
    const header = workspace.inspect.values('Content')[0] as string[];
    const column = (name: string) => String.fromCharCode(65 + header.indexOf(name));
    workspace.inspect.setCell('Content', `${column('Engagements')}5`, 999_999); // row 5 goes to the top
    workspace.inspect.setCell('Content', `${column('Impressions')}9`, ''); // row 9 drops out
    const rows = rowsByHeader(workspace, 'Content');
    const { sheet, domain } = sheetAndDomain(rows);
    expect(sheet).toEqual(domain);
    expect(rows[3]?.Rank).toBe(1);
    expect(rows[7]?.Rank).toBe('');
  });

  it('keeps the sorted keys in a hidden column of its own, never read as a person\'s column', () => {
    const header = workspace.inspect.values('Content')[0] as string[];
    const keys = header.indexOf('Rank keys') + 1;
    expect(header.slice(-2)).toEqual(['Rank keys', 'Ranked pieces']);
    expect(workspace.inspect.hiddenColumns('Content')).toEqual([keys, keys + 1]);
    expect(workspace.inspect.formulas('Content')[1]?.[keys - 1]).toMatch(/^=SORT\(FILTER\(/);
    const analysis = bundle.run('analyze') as { checks: { message: string }[] };
    expect(analysis.checks.filter((c) => /Rank keys/.test(c.message))).toEqual([]);
  });

  it('survives a rebuild: the helper column is found by its header, not added again', () => {
    bundle.run('buildTabs');
    const header = workspace.inspect.values('Content')[0] as string[];
    expect(header.filter((h) => h === 'Rank keys' || h === 'Ranked pieces')).toHaveLength(2);
    const { sheet, domain } = sheetAndDomain(rowsByHeader(workspace, 'Content'));
    expect(sheet).toEqual(domain);
  });
});
