// Puts a document's charts in as pictures through the Docs API, which places only a picture it can fetch from a
// link ("the image URI must be publicly accessible", InsertInlineImageRequest). The documented path, each step a
// call on the user's own new file (drive.file):
//   1. Charts service → PNG blob (charts.ts: Chart.getAs('image/png'));
//   2. Drive.Files.create(metadata, blob) → a file Debrief made, with its webContentLink;
//   3. Drive.Permissions.create({type: 'anyone', role: 'reader'}) → Google's fetcher may read it;
//   4. the fill's one batchUpdate inserts it with insertInlineImage(uri: webContentLink) (Docs copies it then);
//   5. Drive.Files.remove(id) once the batch is done, whatever happened.
// Each picture is drawn at the size of its box in the template (docChartBox: the text column's width, as tall as
// its rows need), and inserted with that objectSize, so Docs places it unscaled and its type stays readable.
// If the domain forbids link sharing, any step fails, or the template has no place in its body for the chart,
// the chart is left out and the person is told why. The Diagnostics self-test runs the same path on a real
// account ("Chart in a report").
import { docChartBox } from '../../domain/reports/chart-place.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { chartPicture } from './charts.ts';
import { driveService } from './drive-files.ts';

/** What sharing a document's charts made: the content with the charts as pictures, the files to remove after. */
export interface SharedCharts {
  content: ReportContent;
  files: string[];
  warnings: string[];
}

/** Why a chart is missing from a report, in the person's words. */
export const CHART_NOT_SHARED = 'The chart was left out of the report: Google Docs can only place a picture from a link anyone can open, and your organization doesn’t allow sharing a file that way. The KPI table has the same numbers.';
export const CHART_FAILED = 'The chart was left out of the report: Google couldn’t make or place its picture this time (try again later). The KPI table has the same numbers.';

/** A temporary file's name, so anyone who sees it in Drive (if removing it failed) knows what it is. */
const TEMPORARY_NAME = 'Debrief chart (temporary: safe to delete)';

/** A PNG of the chart as a Drive file anyone with the link can read: its id and link. Throws what Drive throws. */
function shareChartFile(blob: GoogleAppsScript.Base.Blob, files: string[]): string {
  const drive = driveService();
  const made = drive.Files!.create({ name: `${TEMPORARY_NAME}.png`, mimeType: 'image/png' }, blob, { fields: 'id,webContentLink' });
  if (!made.id || !made.webContentLink) throw new Error('Drive made the chart file without an id or download link');
  files.push(made.id);
  drive.Permissions!.create({ type: 'anyone', role: 'reader' }, made.id);
  return made.webContentLink;
}

/**
 * Each chart of `content` drawn for its box in `template` (the Doc the fill is planned from), made into a shared
 * picture file and put in its block as an image; a chart that can't be placed or shared is left out (its block
 * stays empty) with the reason. Calls: per chart, one create and one share.
 */
export function shareCharts(content: ReportContent, template: DocsJson): SharedCharts {
  const charts = Object.entries(content.charts ?? {});
  const files: string[] = [];
  if (charts.length === 0) return { content, files, warnings: [] };
  const blocks = { ...content.blocks };
  const warnings: string[] = [];
  for (const [name, chart] of charts) {
    const place = docChartBox(template, name, chart);
    if (place === null) continue; // the template has no place for it: no picture made
    if ('unplaced' in place) {
      warnings.push(place.unplaced);
      continue;
    }
    try {
      const url = shareChartFile(chartPicture(chart, place.box), files);
      blocks[name] = [{ kind: 'image', url, alt: chart.alt, fallback: [], shared: true, box: place.box }];
    } catch (error) {
      console.warn('Sharing the chart picture failed', error);
      const forbidden = /\b403\b|shar(e|ing)|permission/i.test(String(error));
      const reason = forbidden ? CHART_NOT_SHARED : CHART_FAILED;
      if (!warnings.includes(reason)) warnings.push(reason);
    }
  }
  return { content: { ...content, blocks }, files, warnings };
}

/** The charts' temporary files go once the Doc holds its copies; one that won't go is only logged. */
export function removeSharedCharts(files: readonly string[]): void {
  for (const id of files) {
    try {
      driveService().Files!.remove(id);
    } catch (error) {
      console.warn(`Removing the temporary chart file ${id} failed`, error);
    }
  }
}

/** The content without its chart pictures (what is filled when Docs couldn't fetch one). */
export function withoutCharts(content: ReportContent): ReportContent {
  const blocks = { ...content.blocks };
  for (const name of Object.keys(content.charts ?? {})) blocks[name] = [];
  return { ...content, blocks };
}
