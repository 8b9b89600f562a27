// The internal brief: all five post-mortem sections, then every action with one owner and a deadline.
import { describe, expect, it } from 'vitest';
import { DOC_TEMPLATES, renderDocTemplate } from '../../../src/domain/reports/doc-templates.ts';
import { kpiTable } from '../../../src/domain/reports/content.ts';
import { blockParts, fitsPages, TEXT_COLUMN } from '../../../src/domain/reports/fit.ts';
import { buildInternalBrief } from '../../../src/domain/reports/internal-brief.ts';
import { blocksToMarkdown, type Block } from '../../../src/domain/reports/model.ts';
import { CUSTOM_KPIS, sample, TODAY } from './support.ts';

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the internal brief', () => {
  const { workbook, analysis } = sample();
  // Its most detailed step (every table; the page budget cuts from there: see "fits two pages" below).
  const brief = buildInternalBrief(workbook, analysis, { today: TODAY, fullDetail: true });
  const markdown = blocksToMarkdown(renderDocTemplate(DOC_TEMPLATES.internalBrief.lines, brief));

  it('has the five sections in order, then action items', () => {
    const headings = markdown.split('\n').filter((l) => /^#{1,2} /.test(l)).map((l) => l.replace(/^#+ /, ''));
    expect(headings).toEqual([
      'Barrier Repair Serum launch', '1. Performance against goals', '2. Creators and patterns', '3. Content: top and bottom 3',
      '4. What went wrong, by root cause and severity', '5. What worked', 'Action items', 'Learnings', 'Recommendations',
    ]);
  });

  it('shows target confidence beside each KPI and the misses by where the target came from', () => {
    const [kpis] = tables(brief.blocks.kpi_table);
    expect(kpis.header).toContain('Target confidence');
    expect(kpis.rows[0]).toEqual(['Reach', '4,000,000', '3,580,000', '−10.5%', 'Missed', 'Historical data']);
    expect(markdown).toContain('Misses by where the target came from: historical data 1 (Reach); rough estimate 2 (Engagement rate, CPM); client-mandated 1 (Link clicks).');
  });

  it('breaks creators down by tier and names the top and bottom 3 pieces', () => {
    const [tiers] = tables(brief.blocks.creator_breakdown);
    expect(tiers.rows.map((r) => r[0])).toEqual(['Nano (under 10K)', 'Micro (10K–50K)', 'Mid-tier (50K–500K)', 'Macro (500K–1M)', 'Mega (1M+)', 'All creators']);
    const [content] = tables(brief.blocks.content_analysis);
    expect(content.rows.map((r) => `${r[0]} ${r[2]}`)).toEqual(['Top IG-01', 'Top TT-01', 'Top IG-02', 'Bottom IG-05', 'Bottom IG-06', 'Bottom IG-07']);
  });

  it('counts what went wrong by root cause and severity', () => {
    const [matrix, issues] = tables(brief.blocks.issues);
    expect(matrix.header).toEqual(['Root cause', 'Minor', 'Significant', 'Critical', 'Total']);
    expect(matrix.rows).toContainEqual(['Process', '0', '3', '0', '3']);
    expect(issues.rows).toHaveLength(5);
    expect(tables(brief.blocks.wins)[0].rows).toHaveLength(3);
  });

  it('gives every action one owner and a deadline, and says which still lack one', () => {
    const [actions] = tables(brief.blocks.action_items);
    expect(actions.header).toEqual(['Action', 'Owner', 'Deadline', 'Status']);
    expect(actions.rows[0]).toEqual(['Write a 48-hour legal approval window into the next statement of work', 'Jordan Blake', '5 Dec 2026', 'Open']);
    expect(actions.rows[1]).toEqual(["Add a 'links live' sign-off step to the posting checklist before any go-live date", 'Owner needed', '10 Dec 2026', 'Open']);
    expect(markdown).toContain('1 action still needs one owner and a deadline');
  });

  it('stays the same size whatever the number of creators (lists are capped, data goes in tables)', () => {
    const big = sample().workbook;
    big.creators = Array.from({ length: 500 }, (_, i) => ({ ...big.creators[i % big.creators.length], row: i + 2, handle: `@c${i}`, rating: 1 }));
    const many = buildInternalBrief(big, sample().analysis, { today: TODAY, fullDetail: true });
    for (const blocks of Object.values(many.blocks)) {
      for (const b of blocks) if (b.kind === 'bullets') expect(b.items.length).toBeLessThanOrEqual(8);
    }
    expect(tables(many.blocks.creator_breakdown)[1].rows).toHaveLength(5);
  });
});

describe('the internal brief fitted to two pages', () => {
  const { workbook, analysis } = sample();
  const fitted = buildInternalBrief(workbook, analysis, { today: TODAY });
  const text = blocksToMarkdown(renderDocTemplate(DOC_TEMPLATES.internalBrief.lines, fitted));

  it('keeps every section and every action, cutting lists to the strongest with the rest named on their tab', () => {
    for (const section of ['1. Performance against goals', '2. Creators and patterns', '3. Content: top and bottom 3', '4. What went wrong', '5. What worked', 'Action items', 'Learnings', 'Recommendations']) {
      expect(text).toContain(section);
    }
    expect(tables(fitted.blocks.action_items)[0]?.rows).toHaveLength(5);
    expect(text).toMatch(/on the (Patterns|Creators|Issues|Wins) tab/);
    expect(tables(fitted.blocks.creator_breakdown)[0]?.rows.map((r) => r[0])).toContain('Nano (under 10K)');
    expect(text).toContain('By root cause: Process 3 (3 significant)');
  });

  it('keeps the KPI table with each target’s confidence, and the top and bottom 3 pieces', () => {
    expect(tables(fitted.blocks.kpi_table)[0]?.header).toContain('Target confidence');
    expect(tables(fitted.blocks.content_analysis)[0]?.rows.map((r) => r[1])).toEqual(['IG-01', 'TT-01', 'IG-02', 'IG-05', 'IG-06', 'IG-07']);
  });
});

describe('the internal brief with many long-named KPIs (an agency’s own)', () => {
  // The sample's first three KPIs and five custom ones, as in the page-budget tests: the rows wrap, and even the
  // brief's tightest step before these is estimated past two pages.
  const { workbook, analysis } = sample((file) => ({ ...file, kpis: [...file.kpis.slice(0, 3), ...CUSTOM_KPIS] }));
  const fitted = buildInternalBrief(workbook, analysis, { today: TODAY });
  const [kpis, line] = fitted.blocks.kpi_table;
  const rows = tables([kpis!])[0]!.rows.map((r) => r[0]);
  const named = line?.kind === 'paragraph' ? line.spans.map((s) => s.text).join('') : '';
  const judged = analysis.kpis.items.filter((k) => k.status !== 'unknown');

  it('cuts the KPI table, the line naming the rest costing less than the rows it replaces', () => {
    const height = (blocks: Block[]) => blocks.flatMap((b) => blockParts(b, TEXT_COLUMN.width)).reduce((a, b) => a + b, 0);
    const all = kpiTable(analysis, { withConfidence: true, judgedOnly: true });
    expect(height(fitted.blocks.kpi_table!)).toBeLessThan(height([all]) - 50);
    expect(fitsPages(buildInternalBrief(workbook, analysis, { today: TODAY, fullDetail: true }), DOC_TEMPLATES.internalBrief.lines, 2)).toBe(false);
  });

  it('keeps the misses in the KPI table, a miss on historical data first, in the sheet’s order', () => {
    expect(rows.length).toBeLessThan(judged.length);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const missed = judged.filter((k) => k.status === 'missed');
    expect(rows.every((name) => missed.some((k) => k.name === name))).toBe(true);
    const historical = missed.filter((k) => k.confidence === 'Historical data').map((k) => k.name);
    expect(historical.length).toBeGreaterThan(0);
    for (const name of historical) expect(rows).toContain(name);
    expect(rows).toEqual(judged.map((k) => k.name).filter((n) => rows.includes(n)));
  });

  it('names every KPI it cut, with its result and variance, on the KPIs tab', () => {
    const cut = judged.filter((k) => !rows.includes(k.name));
    expect(named).toContain(`${cut.length} more KPIs on the KPIs tab: `);
    for (const k of cut) expect(named).toMatch(new RegExp(`${k.name.replace(/[().]/g, '\\$&')} \\((met|missed), [+−]\\d`));
  });
});
