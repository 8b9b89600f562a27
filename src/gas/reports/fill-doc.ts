// Fills a copied Doc template with the Docs API: one Documents.get of the copy, then one batchUpdate that the
// domain planned from it (doc-fill.ts), so a report costs the same calls whatever its size. The template's
// styles, header, footer and logo stay: only the placeholders are edited. Screenshots go in as pictures when
// Docs can fetch them; Docs refuses the whole batch when it can't (InsertInlineImageRequest: the image must be
// publicly accessible, PNG, JPEG or GIF, its URI at most 2 kB), so the batch is then sent again with links.
import type { ReportContent } from '../../domain/reports/content.ts';
import { planDocFill, screenshotNotes } from '../../domain/reports/doc-fill.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { CHART_FAILED, withoutCharts } from './doc-charts.ts';
import { docsService } from './drive-files.ts';

/**
 * Fills the Doc `docId`; returns what the person should know (screenshots linked rather than shown). `planned`:
 * the Doc's JSON when the caller already knows it (a fresh copy reads as its template), saving a read.
 */
export function fillDoc(docId: string, content: ReportContent, planned?: DocsJson): string[] {
  const docs = docsService().Documents!;
  const json = planned ?? (docs.get(docId) as DocsJson);
  const plan = planDocFill(json, content, { pictures: true });
  const notes = screenshotNotes(content);
  if (plan.requests.length === 0) return notes;
  try {
    docs.batchUpdate({ requests: plan.requests }, docId);
    return notes;
  } catch (error) {
    if (plan.pictures === 0) throw error;
    console.warn('Docs refused the fill with pictures; filling it with links instead', error);
    docs.batchUpdate({ requests: planDocFill(json, withoutCharts(content), { pictures: false }).requests }, docId);
    const charts = Object.keys(content.charts ?? {}).filter((name) => content.blocks[name]?.some((b) => b.kind === 'image')).length;
    const screenshots = plan.pictures - charts;
    const one = screenshots === 1;
    return [...notes,
      ...(screenshots > 0 ? [`Docs couldn’t fetch ${one ? 'the screenshot' : `the ${screenshots} screenshots`} (a picture must be a public PNG, JPEG or GIF link), so the report links to ${one ? 'it' : 'them'} instead.`] : []),
      ...(charts > 0 ? [CHART_FAILED] : [])];
  }
}
