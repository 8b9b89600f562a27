// Shared inputs for the reports' domain tests: the sample campaign as a Workbook, its analysis, every piece of
// text a report holds (for "nothing internal leaks" checks), and KPIs an agency defines itself.
import { readFileSync } from 'node:fs';
import { analyzeWorkbook, type Analysis } from '../../../src/domain/analysis/index.ts';
import { parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import type { ReportContent } from '../../../src/domain/reports/content.ts';
import { blockTexts } from '../../../src/domain/reports/model.ts';
import { ARTEFACT_SPECS } from '../../../src/domain/artefacts.ts';
import { ARTEFACT_BUILDERS } from '../../../src/domain/reports/builders.ts';
import { audienceWorkbook } from '../../../src/domain/reports/client-safe.ts';

export const TODAY = '2026-11-24';

/** `change`: the campaign file as a test wants it (more KPIs, other creators) before it is read. */
export function sample(change: (file: any) => unknown = (file) => file): { workbook: Workbook; analysis: Analysis; teamLearnings: string[] } { // eslint-disable-line @typescript-eslint/no-explicit-any
  const parsed = parseCampaignFile(change(JSON.parse(readFileSync(new URL('../../../examples/sample-campaign.json', import.meta.url), 'utf8'))));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { workbook, learnings } = workbookFromCampaignFile(parsed.file);
  return { workbook, analysis: analyzeWorkbook(workbook, { today: TODAY, teamLearnings: learnings }), teamLearnings: learnings };
}

/**
 * The creator feedback notes Doc as the add-on makes it: its registry audience's view, analysed, through its builder
 * (src/gas/reports/actions.ts does the same); `cellOf` names cells as the add-on does.
 */
export function creatorFeedbackDoc(workbook: Workbook, cellOf?: (tab: string, row: number, key: string) => string): ReportContent {
  const seen = audienceWorkbook(workbook, ARTEFACT_SPECS.creatorFeedback.audience);
  const view = { workbook: seen, analysis: analyzeWorkbook(seen, { today: TODAY }), ...(cellOf ? { cellOf } : {}) };
  return ARTEFACT_BUILDERS.creatorFeedback(view, { today: TODAY, includeCosts: false });
}

/** Every string a report would put in a file: title, text placeholders, every block's text and links. */
export function allText(content: ReportContent): string {
  return [content.title, ...Object.values(content.text), ...Object.values(content.blocks).flat().flatMap(blockTexts)].join('\n');
}

/**
 * KPIs an agency defines itself (none of them a KPI Debrief knows by name), several with long names: the KPI
 * tables wrap, the variance chart grows a row each and shortens its labels, and every document must still fit.
 */
export const CUSTOM_KPIS = [
  { name: 'Average watch time on YouTube Shorts (seconds)', unit: 'number', target: 18, actual: 14.2, confidence: 'estimate' },
  { name: 'Saves per 1,000 impressions on Instagram Reels and carousels', unit: 'number', target: 12, actual: 15.5, confidence: 'historical' },
  { name: 'Share of comments asking where to buy the serum', unit: 'percent', target: '8%', actual: '5.5%', confidence: 'estimate' },
  { name: 'Branded search lift in the launch markets (vs. the four weeks before)', unit: 'percent', target: '15%', actual: '21%', confidence: 'client-mandated' },
  { name: 'Creator-made posts reshared by the brand’s own accounts', unit: 'count', target: 10, actual: 7, confidence: 'estimate' },
];
