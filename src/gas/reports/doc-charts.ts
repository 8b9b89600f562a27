// Puts a document's charts in as pictures before its one-batch fill. The Docs API places only pictures it can
// fetch from a public link, so the chart (a PNG the Charts service drew from the analysis) goes in with
// DocumentApp's Body.insertImage(childIndex, blob) at the placeholder's paragraph (documents scope); the fill then
// removes the placeholder. Without the scope, or if DocumentApp refuses, the report goes out without the chart and
// the person is told. Calls: openById, getBody, saveAndClose, whatever the size of the campaign.
import type { ReportContent } from '../../domain/reports/content.ts';
import { picturePlacement } from '../../domain/reports/doc-pictures.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { chartPicture } from './charts.ts';
import { docsService } from './drive-files.ts';

/** The chart's size in the Doc, in pixels (InlineImage.setWidth/setHeight): 450 × 96 pt, inside an A4 text column. */
const IN_DOC = { width: 600, height: 128 };

export function placeCharts(docId: string, planned: DocsJson | undefined, content: ReportContent): { json: DocsJson | undefined; warnings: string[] } {
  const charts = Object.entries(content.charts ?? {});
  if (charts.length === 0) return { json: planned, warnings: [] };
  const original = planned ?? (docsService().Documents!.get(docId) as DocsJson);
  let json = original;
  const warnings: string[] = [];
  const places: { at: number; chart: (typeof charts)[number][1] }[] = [];
  for (const [name, chart] of charts) {
    const placement = picturePlacement(json, name);
    if (!placement) continue; // the template has no place for it (an agency's own may leave the chart out)
    places.push({ at: placement.childIndex, chart });
    json = placement.json;
  }
  if (places.length === 0) return { json: original, warnings };
  try {
    const doc = DocumentApp.openById(docId);
    const body = doc.getBody();
    // In the order they were planned: each placement's child index counts the pictures placed before it.
    for (const { at, chart } of places) {
      body.insertImage(at, chartPicture(chart)).setWidth(IN_DOC.width).setHeight(IN_DOC.height).setAltDescription(chart.alt);
    }
    doc.saveAndClose();
  } catch (error) {
    console.warn('Placing the charts with DocumentApp failed', error);
    return { json: original, warnings: [...warnings, 'The chart couldn’t be placed in the report (Debrief needs permission to edit Google Docs for that); the KPI table has the same numbers.'] };
  }
  return { json, warnings };
}
