// Shared inputs for the reports' domain tests: the sample campaign as a Workbook, its analysis, and every piece of
// text a report holds (for "nothing internal leaks" checks).
import { readFileSync } from 'node:fs';
import { analyzeWorkbook, type Analysis } from '../../../src/domain/analysis/index.ts';
import { parseCampaignFile, workbookFromCampaignFile } from '../../../src/domain/campaign-file.ts';
import type { Workbook } from '../../../src/domain/records.ts';
import type { ReportContent } from '../../../src/domain/reports/content.ts';
import { blockTexts } from '../../../src/domain/reports/model.ts';

export const TODAY = '2026-11-24';

export function sample(): { workbook: Workbook; analysis: Analysis; teamLearnings: string[] } {
  const parsed = parseCampaignFile(JSON.parse(readFileSync(new URL('../../../examples/sample-campaign.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const { workbook, learnings } = workbookFromCampaignFile(parsed.file);
  return { workbook, analysis: analyzeWorkbook(workbook, { today: TODAY, teamLearnings: learnings }), teamLearnings: learnings };
}

/** Every string a report would put in a file: title, text placeholders, every block's text and links. */
export function allText(content: ReportContent): string {
  return [content.title, ...Object.values(content.text), ...Object.values(content.blocks).flat().flatMap(blockTexts)].join('\n');
}
