// Where DocumentApp puts a chart before the fill: the placeholder paragraph's child index (section breaks aside),
// and the JSON as the copy will read once the picture's paragraph stands in front of it.
import { describe, expect, it } from 'vitest';
import { picturePlacement } from '../../../src/domain/reports/doc-pictures.ts';
import type { DocsJson } from '../../../src/domain/reports/docs-json.ts';

const para = (start: number, text: string) => ({
  startIndex: start, endIndex: start + text.length + 1,
  paragraph: { elements: [{ startIndex: start, endIndex: start + text.length + 1, textRun: { content: `${text}\n` } }] },
});

const doc: DocsJson = {
  body: {
    content: [
      { endIndex: 1, sectionBreak: {} },
      para(1, 'Title'), // 1..7
      para(7, '{{summary}}'), // 7..19
      para(19, '{{variance_chart}}'), // 19..38
      para(38, '{{kpi_table}}'), // 38..52
    ],
  },
  headers: { 'kix.h': { content: [para(0, 'Header')] } },
};

describe('picturePlacement', () => {
  it('finds the paragraph by its child index and moves everything from it two indexes on', () => {
    const placed = picturePlacement(doc, 'variance_chart')!;
    expect(placed.childIndex).toBe(2); // Title, {{summary}}; the section break is not a child
    const content = placed.json.body!.content!;
    expect(content).toHaveLength(6);
    expect(content[3]).toMatchObject({ startIndex: 19, endIndex: 21 });
    expect(content[3]!.paragraph!.elements![0]!.textRun).toBeUndefined(); // the picture: one index, not text
    expect(content[4]).toMatchObject({ startIndex: 21, endIndex: 40 });
    expect(content[4]!.paragraph!.elements![0]).toMatchObject({ startIndex: 21, endIndex: 40 });
    expect(content[5]).toMatchObject({ startIndex: 40, endIndex: 54 });
    expect(content[2]).toEqual(doc.body!.content![2]); // before it: as it was
    expect(placed.json.headers).toEqual(doc.headers); // other segments count their own indexes
  });

  it('is null when no paragraph holds the placeholder alone', () => {
    expect(picturePlacement(doc, 'top_content')).toBeNull();
    const shared: DocsJson = { body: { content: [para(1, 'See {{variance_chart}} here')] } };
    expect(picturePlacement(shared, 'variance_chart')).toBeNull();
  });
});
