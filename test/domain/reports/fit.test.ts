// The page-fit estimate: parts a page break can't split, laid out page by page, on Letter and on A4.
import { describe, expect, it } from 'vitest';
import type { ReportContent } from '../../../src/domain/reports/content.ts';
import type { TemplateLine } from '../../../src/domain/reports/doc-templates.ts';
import { blockParts, fitsPages, pagesFilled, steps, templateParts, TEXT_COLUMN } from '../../../src/domain/reports/fit.ts';
import { heading, paragraph, table } from '../../../src/domain/reports/model.ts';
import { LINE_HEIGHT_EM } from '../../../src/domain/reports/page-layout.ts';

const content = (blocks: ReportContent['blocks']): ReportContent => ({ artefact: 'internalBrief', title: 'T', text: {}, blocks });
const line = (text: string): TemplateLine => ({ style: 'NORMAL_TEXT', text });

describe('the page-fit estimate', () => {
  it('pushes a part that doesn’t fit what is left of a page to the next, rather than splitting it', () => {
    expect(pagesFilled([400, 300], 720)).toBe(1);
    expect(pagesFilled([400, 300, 30], 720)).toBe(2); // 730 end to end: the 30 starts page 2
    expect(pagesFilled([700, 100, 700], 720)).toBe(3); // 1,500 pt, but no part splits
  });

  it('gives each table row its own part, each cell line as tall as a line of Normal text (11 pt)', () => {
    const parts = blockParts(table(['KPI', 'Result'], [['Reach', 'Missed'], ['CPE', 'Met']]), TEXT_COLUMN.width);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBeCloseTo(11 * LINE_HEIGHT_EM + 2 * 2 + 1, 5);
  });

  it('keeps a heading with the part after it', () => {
    const parts = templateParts([line('{{a}}')], content({ a: [heading(3, 'Learnings'), paragraph('One line.')] }));
    expect(parts.filter((p) => p > 0)).toHaveLength(1);
  });

  it('fits only what fits both papers: Letter is shorter, A4 narrower', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Row ${i}`, 'x']);
    // One-line rows of about 19 pt: 36 fill Letter's 720 pt column, and 40 go past it (A4's 770 pt would hold them).
    expect(fitsPages(content({ a: [table(['A', 'B'], rows(34))] }), [line('{{a}}')], 1)).toBe(true);
    expect(fitsPages(content({ a: [table(['A', 'B'], rows(38))] }), [line('{{a}}')], 1)).toBe(false);
  });

  it('makes a builder’s steps, each the one before with its changes', () => {
    expect(steps({ a: 1, b: 2 }, { a: 0 }, { b: 0 })).toEqual([{ a: 1, b: 2 }, { a: 0, b: 2 }, { a: 0, b: 0 }]);
  });
});
