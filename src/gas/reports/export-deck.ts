// "Export slides for renewal deck": refreshes the Patterns tab (so its variance chart matches the numbers), copies
// the deck template, fills text and tables in ONE Slides.Presentations.batchUpdate, then places the variance chart
// as a picture (so the renewal deck doesn't change when the sheet does) through calls the manifest's scopes are
// documented to cover: EmbeddedChart.getAs('image/png') under spreadsheets.currentonly, and SlidesApp's
// Slide.insertImage(blob, left, top, width, height) under presentations. (Slide.insertSheetsChartAsImage would need
// the Sheets API's access to the spreadsheet, which spreadsheets.currentonly doesn't give.)
import { layoutPatternsSheet } from '../../domain/analysis/patterns-sheet.ts';
import { fitInside, planDeckFill, placeholdersInDeck, pngSize, type DeckFillPlan, type SlidesJson } from '../../domain/reports/deck-fill.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import type { GenerateResult } from '../../domain/rpc.ts';
import { hasScope, missingScopeMessage, SCOPES } from '../consent.ts';
import { writePatternsTab } from '../sheets/patterns-tab.ts';
import type { CampaignRead } from './campaign.ts';
import { copyFile, slidesService } from './drive-files.ts';
import { checkTemplate, newFileName, recordFile } from './generate.ts';
import { resolveTemplate } from './templates.ts';

/** The title writePatternsTab gives the variance chart. */
const VARIANCE_CHART_TITLE = 'Variance per KPI';

function varianceChart(read: CampaignRead): GoogleAppsScript.Spreadsheet.EmbeddedChart | null {
  const patterns = read.directory.sheets.get('Patterns');
  if (!patterns) return null;
  writePatternsTab(patterns, layoutPatternsSheet(read.analysis, read.workbook.campaign));
  // At most the two charts writePatternsTab made, whatever the campaign's size.
  return patterns.getCharts().find((chart) => chart.getOptions().get('title') === VARIANCE_CHART_TITLE) ?? null;
}

export function exportDeck(content: ReportContent, read: CampaignRead): GenerateResult {
  const template = resolveTemplate('deck');
  const slides = slidesService().Presentations!;
  // A Drive copy keeps every object id, so the template's JSON plans the copy's edits (no second read).
  const json = slides.get(template.id) as SlidesJson;
  const warnings = checkTemplate('deck', template, placeholdersInDeck(json));
  const chart = varianceChart(read);
  const copy = copyFile(template.id, newFileName(read.workbook, 'deck', read.today));
  const plan = fillDeck(copy.id, json, content, chart);
  if (chart && plan.chartSlots.length && !hasScope(SCOPES.presentations)) warnings.push(missingScopeMessage(SCOPES.presentations));
  if (plan.chartSlots.length === 0 && plan.found.includes('variance_chart') && chart) {
    warnings.push('Put {{variance_chart}} alone in a shape for the chart to replace it; it was removed from the text instead.');
  }
  return recordFile('deck', copy.id, copy.name, template.mimeType, warnings);
}

/** Fills `deckId` (a copy of the deck whose JSON is `json`): text and tables in one batch, then the chart's picture. */
export function fillDeck(deckId: string, json: SlidesJson, content: ReportContent, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart | null): DeckFillPlan {
  const plan = planDeckFill(json, content, chart !== null);
  if (plan.requests.length) slidesService().Presentations!.batchUpdate({ requests: plan.requests }, deckId);
  // The chart goes in through SlidesApp, the one thing here that needs `presentations`; without it the deck is made
  // anyway (exportDeck says why the chart is missing).
  if (chart && plan.chartSlots.length && hasScope(SCOPES.presentations)) {
    const picture = chart.getAs('image/png');
    const size = pngSize(picture.getBytes());
    const deck = SlidesApp.openById(deckId);
    for (const slot of plan.chartSlots) {
      const box = fitInside(slot, size);
      deck.getSlideById(slot.pageObjectId).insertImage(picture, box.left, box.top, box.width, box.height).setDescription(VARIANCE_CHART_TITLE);
    }
    deck.saveAndClose();
  }
  return plan;
}
