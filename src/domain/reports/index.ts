// The reports' public face: what each artefact says, the placeholders, the default templates, the deck fill
// plan, file names, and the shared learnings Doc's append plan and client history.
export { buildClientReport, clientAnalysis, type ClientReportOptions } from './client-report.ts';
export { buildInternalBrief } from './internal-brief.ts';
export { buildDeck, deckTemplateRequests, DECK_SLIDES, DECK_TEMPLATE_NAME } from './deck.ts';
export { planDeckFill, placeholdersInDeck, type ChartSlot, type DeckFillPlan, type SlidesJson } from './deck-fill.ts';
export { DOC_TEMPLATES, docTemplateRequests, renderDocTemplate, type TemplateLine } from './doc-templates.ts';
export { bodyOutline, placeholdersInDoc, type DocPlaceholders, type DocsJson, type OutlineParagraph } from './docs-json.ts';
export { MAX_LIST_ITEMS, type ReportContent, type ReportOptions } from './content.ts';
export { clientHistory, planLearningsAppend, rootCauseLine, type AppendPlan, type ClientHistory, type LearningsEntry } from './learnings-doc.ts';
export { campaignRootCauses, draftKeptLearnings, learningsEntry, MAX_KEPT, MIN_KEPT } from './learnings-entry.ts';
export { blocksToMarkdown, blockTexts, spansText, type Block, type Span } from './model.ts';
export { fileIdFromUrl, LEARNINGS_DOC_NAME, outputFileName } from './names.ts';
export * from './placeholders.ts';
export { clientSafeWorkbook, internalColumns } from './client-safe.ts';
