// The Patterns tab grid: rectangular, sections where they say they are, chart ranges over the right cells,
// number formats inside the grid, numbers as numbers and people's text exactly as typed.
import { describe, expect, it } from 'vitest';
import { RATES } from '../../../src/domain/metrics.ts';
import { analyzeWorkbook } from '../../../src/domain/analysis/analyze.ts';
import { layoutPatternsSheet, type PatternsSheet, type SheetBlock } from '../../../src/domain/analysis/patterns-sheet.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import { fixtureWorkbook, testCellOf } from '../fixture.ts';

function layout(workbook: Workbook = fixtureWorkbook()): PatternsSheet {
  return layoutPatternsSheet(analyzeWorkbook(workbook, { today: '2026-11-25', cellOf: testCellOf }), workbook.campaign);
}

const cells = (sheet: PatternsSheet, b: SheetBlock) =>
  sheet.rows.slice(b.row - 1, b.row - 1 + b.numRows).map((r) => r.slice(b.column - 1, b.column - 1 + b.numColumns));

describe('layoutPatternsSheet', () => {
  const sheet = layout();

  it('is rectangular, with no blanks as null/undefined and no NaN', () => {
    const width = sheet.rows[0].length;
    expect(width).toBe(13 + RATES.length); // label + 12 group columns, then one per pooled rate (save rate)
    for (const row of sheet.rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) {
        expect(['string', 'number', 'boolean']).toContain(typeof cell);
        if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
      }
    }
  });

  it('has every section, each title in column A of its row', () => {
    expect(sheet.sections.map((s) => s.title)).toEqual([
      'Patterns: Winter Glow', 'Headline', 'KPIs', 'By tier', 'By platform', 'By format', 'By brief', 'By brief checklist', 'Content: top 3 vs bottom 3',
      'Root causes × severity', 'Learnings', 'Recommendations', 'How the figures are worked out',
    ]);
    for (const s of sheet.sections) expect(sheet.rows[s.row - 1][0]).toBe(s.title);
  });

  it('points the variance chart at KPI names and variances, header included', () => {
    const block = cells(sheet, sheet.charts.varianceByKpi);
    expect(block.map((r) => r[0])).toEqual(['KPI', 'Reach', 'Engagement rate', 'CPE', 'Conversions']);
    expect(block[0][1]).toBe('Variance');
    expect(block[1][1]).toBeCloseTo(-0.16, 12);
    expect(block[3][1]).toBeCloseTo(-0.2, 12);
  });

  it('points the CPE chart at tier labels and pooled CPE, without the All creators row', () => {
    const block = cells(sheet, sheet.charts.cpeByTier);
    expect(block.map((r) => r[0])).toEqual(['Tier', 'Nano (under 10K)', 'Micro (10K–50K)', 'Mid-tier (50K–500K)']);
    expect(block[0][1]).toBe('Pooled CPE');
    expect(block[1][1]).toBeCloseTo(0.1, 12);
    expect(block[2][1]).toBeCloseTo(0.6, 12);
    expect(sheet.rows[sheet.charts.cpeByTier.row + 3][0]).toBe('All creators');
  });

  it('states group sizes and marks the small group', () => {
    const header = sheet.charts.cpeByTier.row;
    const nano = sheet.rows[header];
    expect(nano[2]).toBe(1);
    expect(nano[12]).toBe('Only 1 creator: too few to call a pattern');
    expect(sheet.rows[header + 2][12]).toBe('CPA from 1 of 2'); // Mid-tier: @eve.fit has no conversions
    expect(nano[10]).toBe(''); // Nano has no on-time value: blank, not 0
    expect(sheet.rows[header + 1][10]).toBeCloseTo(2 / 3, 12); // Micro
  });

  it('lays the top 3 and bottom 3 side by side with their qualitative columns, text as typed', () => {
    const title = sheet.sections.find((s) => s.title.startsWith('Content'))!.row;
    const block = sheet.rows.slice(title, title + 13).map((r) => r.slice(0, 7));
    expect(block[0]).toEqual(['', 'Top: #1', 'Top: #2', 'Top: #3', 'Bottom: #5', 'Bottom: #5', 'Bottom: #7']);
    expect(block[1]).toEqual(['Piece', 'IG-01', 'IG-02', 'TT-01', 'IG-03', 'TT-02', 'IG-04']);
    expect(block[5]).toEqual(['ER', 0.08, 0.06, 0.06, 0.02, 0.02, 0.01]);
    expect(block[8][2]).toBe('=Winter run hack'); // the adapter quote-prefixes; the layout keeps it as typed
    expect(block[10]).toEqual(['Integration', 'Natural', 'Natural', 'Natural', 'Scripted', 'Natural', 'Scripted']);
  });

  it('writes the root-cause matrix with totals', () => {
    const title = sheet.sections.find((s) => s.title.startsWith('Root'))!.row;
    const block = sheet.rows.slice(title, title + 10).map((r) => r.slice(0, 5));
    expect(block[0]).toEqual(['Root cause', 'Minor', 'Significant', 'Critical', 'Total']);
    expect(block[1]).toEqual(['Process', 0, 1, 1, 2]);
    expect(block[7]).toEqual(['Market conditions', 0, 0, 0, 0]);
    expect(block[9]).toEqual(['Total', 0, 2, 1, 3]);
  });

  it('keeps number formats inside the grid, with percentages on the ER row and variances', () => {
    for (const f of sheet.numberFormats) {
      expect(f.row).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.row + f.numRows - 1).toBeLessThanOrEqual(sheet.rows.length);
      expect(f.column + f.numColumns - 1).toBeLessThanOrEqual(sheet.rows[0].length);
    }
    const variance = sheet.numberFormats.find((f) => f.row === sheet.charts.varianceByKpi.row + 1 && f.column === 2);
    expect(variance).toMatchObject({ numRows: 4, numColumns: 1, format: '+0.0%;-0.0%;0.0%' });
    expect(sheet.numberFormats.find((f) => f.row === sheet.charts.cpeByTier.row + 1 && f.column === 2)?.format).toBe('[$$]#,##0.00');
    const erRow = sheet.rows.findIndex((r) => r[0] === 'ER') + 1;
    expect(sheet.numberFormats.find((f) => f.row === erRow)).toMatchObject({ column: 2, numColumns: 6, format: '0.00%' });
  });

  it('labels where each learning came from, and ends with the metric definitions', () => {
    const learnings = sheet.sections.find((s) => s.title === 'Learnings')!.row;
    expect(sheet.rows[learnings][1]).toBe('Drafted by Debrief: check before sharing');
    expect(sheet.rows.at(-1)!.slice(0, 2)).toEqual(['Missing inputs', 'A figure whose inputs are missing, or whose divisor is zero, is left blank rather than guessed.']);
  });

  it('still lays out an empty workbook, with header-only chart ranges', () => {
    const empty = layout({ ...fixtureWorkbook(), kpis: [], creators: [], content: [], issues: [], wins: [] });
    expect(empty.charts.varianceByKpi.numRows).toBe(1);
    expect(empty.charts.cpeByTier.numRows).toBe(1);
    expect(cells(empty, empty.charts.cpeByTier)).toEqual([['Tier', 'Pooled CPE']]);
    expect(empty.rows.some((r) => r[0] === 'No issues logged yet.')).toBe(true);
    expect(new Set(empty.rows.map((r) => r.length)).size).toBe(1);
  });
});
