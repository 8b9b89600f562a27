// "Export slides for renewal deck": copies the deck template, fills text, lists, tables and the top piece's
// screenshot (by its URL) in ONE Slides.Presentations.batchUpdate, then places the charts (variance per KPI,
// top vs bottom content, pooled CPE per tier) as pictures drawn by the Charts service from the same analysis the
// Patterns tab shows: Chart.getAs('image/png') needs no scope, SlidesApp's Slide.insertImage(blob, left, top,
// width, height) needs `presentations`. No sheet is read or written, and the calls don't grow with the campaign:
// template read, copy, one batch, then openById + getSlides for every chart together.
import { DECK_TEMPLATE_BLOCKS } from '../../domain/reports/deck.ts';
import { fitInside, planDeckFill, placeholdersInDeck, pngSize, type DeckFillPlan, type SlidesJson } from '../../domain/reports/deck-fill.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import { COLORS } from '../../domain/reports/page-layout.ts';
import type { GenerateResult } from '../../domain/rpc.ts';
import { hasScope, missingScopeMessage, permissionErrorMessage, SCOPES } from '../consent.ts';
import type { CampaignRead } from './campaign.ts';
import { chartPicture } from './charts.ts';
import { copyFile, slidesService } from './drive-files.ts';
import { checkTemplate, newFileName, recordFile } from './generate.ts';
import { loadGeneratedFiles } from './settings.ts';
import { readTemplate } from './templates.ts';

/** A built-in template made by an earlier Debrief lacks a placeholder today's has: it is made again (templates.ts). */
const currentDeck = (json: SlidesJson) => DECK_TEMPLATE_BLOCKS.every((name) => placeholdersInDeck(json).includes(name));

export function exportDeck(content: ReportContent, read: CampaignRead): GenerateResult {
  const { template, json } = readTemplate('deck', (id) => slidesService().Presentations!.get(id) as SlidesJson, currentDeck);
  const warnings = checkTemplate('deck', template, placeholdersInDeck(json));
  const known = loadGeneratedFiles();
  // A Drive copy keeps every object id, so the template's JSON plans the copy's edits (no second read).
  const copy = copyFile(template.id, newFileName(read.workbook, 'deck', read.today, known));
  const filled = fillDeck(copy.id, json, content);
  return recordFile('deck', copy.id, copy.name, template.mimeType, [...warnings, ...filled.warnings], known);
}

/** Fills `deckId` (a copy of the deck whose JSON is `json`): one batch, then the charts' pictures. */
export function fillDeck(deckId: string, json: SlidesJson, content: ReportContent, options: { readAgain?: boolean } = {}): DeckFillPlan & { warnings: string[] } {
  const warnings: string[] = [];
  const charts = hasScope(SCOPES.presentations);
  const plan = planDeckFill(json, content, { charts, screenshots: true });
  const presentations = slidesService().Presentations!;
  try {
    if (plan.requests.length) presentations.batchUpdate({ requests: plan.requests }, deckId);
  } catch (error) {
    // Slides fetches a screenshot when the batch runs and refuses the whole batch if it can't: go again with its link.
    if (!plan.withoutScreenshots || permissionErrorMessage(error)) throw error;
    console.warn('Slides could not fetch the screenshot', error);
    presentations.batchUpdate({ requests: plan.withoutScreenshots }, deckId);
    warnings.push('The top piece’s screenshot is linked on the Top content slide, not shown: Slides could only fetch it from a public image link (PNG, JPEG or GIF), or a Drive image shared with “Anyone with the link”.');
  }
  warnings.push(...screenshotNotes(json, content));
  const named = new Set(placeholdersInDeck(json));
  if (!charts && Object.keys(content.charts ?? {}).some((name) => named.has(name))) warnings.push(missingScopeMessage(SCOPES.presentations));
  if (plan.chartSlots.length) {
    const deck = SlidesApp.openById(deckId);
    const slides = deck.getSlides();
    for (const slot of plan.chartSlots) {
      const chart = slot.name ? content.charts?.[slot.name] : undefined;
      const slide = slides[slot.slideIndex ?? -1];
      if (!chart || !slide) continue;
      // Drawn at the box's visible size (size × scale, planDeckFill), so Slides shows it unscaled, labels readable.
      const picture = chartPicture(chart, slot, content.accent ?? COLORS.accent);
      const box = fitInside(slot, pngSize(picture.getBytes()));
      slide.insertImage(picture, box.left, box.top, box.width, box.height).setDescription(chart.alt);
    }
    // Saved when the execution ends ("the changes are saved all at once when the script execution completes, or
    // when Presentation.saveAndClose() is called", Slides service guide, "Lifecycle of a presentation update"):
    // one round trip less, unless the caller reads the deck through the Slides API in the same run.
    if (options.readAgain) deck.saveAndClose();
  }
  return { ...plan, warnings };
}

/** What the team is told about a screenshot link the deck can only name (a top piece without one shows its hook). */
function screenshotNotes(json: SlidesJson, content: ReportContent): string[] {
  if (!placeholdersInDeck(json).includes('top_screenshot')) return [];
  const shot = content.blocks.top_screenshot?.[0];
  if (shot?.kind === 'image' && !shot.url) return ['The top piece’s screenshot link isn’t a web link, so the deck names it without a picture: use a public image link or a Drive image.'];
  return [];
}
