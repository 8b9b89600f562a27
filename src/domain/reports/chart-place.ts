// Where a Doc template puts a chart (issue 12): the box of its {{placeholder}} in the body's text column or its
// table cell, or why it can't go inline there (a header or footer takes text only; a narrow cell can't keep the
// labels readable). The picture is then drawn at that box's pixels (charts.ts chartPixels).
import { chartBoxIn, MIN_CHART_WIDTH_PT, type ChartBox, type ReportChart } from './charts.ts';
import { docTextWidth } from './doc-fill.ts';
import { paragraphOf, placeholdersInDoc, type DocsJson, type StructuralElementJson } from './docs-json.ts';
import { TABLE_CELL_PADDING } from './page-layout.ts';
import { placeholdersIn, token } from './placeholders.ts';

/**
 * Where a Doc's chart goes: its box, or why it can't be placed inline (said to the team in the checks); null when
 * the template doesn't ask for it (an agency's own template may leave the chart out).
 */
export type DocChartPlace = { box: ChartBox } | { unplaced: string } | null;

/**
 * The box of the chart standing for `name` in `doc` (a template's JSON): the body's text column, or its table
 * cell's share of it (a Doc table's columns are equal unless a person resized them), as tall as its rows need.
 * A header or footer takes text only, and a cell too narrow for readable labels is no place for it either.
 */
export function docChartBox(doc: DocsJson, name: string, chart: ReportChart): DocChartPlace {
  const what = `“${chart.title}” isn’t in the report`;
  const column = docTextWidth(doc);
  const found = findBlockSlot(doc.body?.content, name, column);
  if (found === null) {
    const where = placeholdersInDoc(doc);
    if (!where.all.includes(name)) return null;
    return { unplaced: `${what}: the template has ${token(name)} in its header or footer, where Docs places text only.` };
  }
  if (found < MIN_CHART_WIDTH_PT) {
    return { unplaced: `${what}: ${token(name)} is in a table cell about ${Math.round(found)} pt wide, under ${MIN_CHART_WIDTH_PT} pt: too narrow to read.` };
  }
  return { box: chartBoxIn(chart, found) };
}

/** The width (points) of the first paragraph holding {{name}} in `content`, a table cell's within its table; null if none. */
function findBlockSlot(content: readonly StructuralElementJson[] | undefined, name: string, width: number): number | null {
  for (const element of content ?? []) {
    const p = paragraphOf(element);
    if (p && placeholdersIn(p.text).includes(name)) return width;
    for (const row of element.table?.tableRows ?? []) {
      const cells = row.tableCells ?? [];
      const cellWidth = width / Math.max(1, cells.length) - 2 * TABLE_CELL_PADDING;
      for (const cell of cells) {
        const inner = findBlockSlot(cell.content, name, cellWidth);
        if (inner !== null) return inner;
      }
    }
  }
  return null;
}
