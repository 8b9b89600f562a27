// The client report's chart on Google (issue 12): the documented path the report takes, run on a scratch Doc, so
// a real account settles what the local Workspace can only assume: that Drive lets Debrief share its own PNG with
// anyone who has the link, that Docs fetches it from the file's webContentLink at insertInlineImage, and that the
// temporary file goes afterwards.
import type { ReportChart } from '../../domain/reports/charts.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { docTemplateRequests } from '../../domain/reports/doc-templates.ts';
import { removeSharedCharts, shareCharts } from '../reports/doc-charts.ts';
import { createBlankFile, docsService, driveService, MIME } from '../reports/drive-files.ts';
import { fillDoc } from '../reports/fill-doc.ts';
import { CheckFailed, SCRATCH_NAME, type Check } from './scratch.ts';

const CHART: ReportChart = {
  id: 'variance', type: 'BAR', title: 'Variance per KPI', columns: ['KPI', 'Variance'], rows: [['Reach', 0.2], ['Clicks', -0.1]], format: '0%', alt: 'Variance per KPI',
};

export const chartInReport: Check = {
  name: 'Chart in a report',
  run(scratch) {
    const id = scratch.keep(createBlankFile(SCRATCH_NAME, MIME.document));
    docsService().Documents!.batchUpdate({ requests: docTemplateRequests([{ style: 'NORMAL_TEXT', text: '{{variance_chart}}' }]) }, id);
    const content: ReportContent = { artefact: 'clientReport', title: SCRATCH_NAME, text: {}, blocks: { variance_chart: [] }, charts: { variance_chart: CHART } };
    const shared = shareCharts(content, docsService().Documents!.get(id) as DocsJson);
    let warnings: string[];
    try {
      if (shared.warnings.length) throw new CheckFailed(`Drive refused the chart's picture: ${shared.warnings.join(' ')}`);
      warnings = fillDoc(id, shared.content);
    } finally {
      removeSharedCharts(shared.files);
    }
    const doc = docsService().Documents!.get(id) as { inlineObjects?: Record<string, unknown> };
    if (Object.keys(doc.inlineObjects ?? {}).length !== 1) {
      throw new CheckFailed(`Docs placed no picture from the shared file's webContentLink${warnings.length ? ` (${warnings.join(' ')})` : ''}`);
    }
    for (const file of shared.files) {
      let gone = false;
      try {
        driveService().Files!.get(file, { fields: 'id' });
      } catch {
        gone = true;
      }
      if (!gone) throw new CheckFailed(`the chart is in the Doc, but its temporary Drive file ${file} is still there`);
    }
    return 'the chart, a PNG from the Charts service shared by link for the insert, is a picture in the Doc, and its temporary Drive file is gone';
  },
};
