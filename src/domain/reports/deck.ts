// The renewal-deck section (client-facing, so built from the client-safe analysis): results vs KPIs with the
// variance chart, top content, what we learned, what we recommend next; and Debrief's default deck template.
import { formatNumber, formatPercent } from '../analysis/format.ts';
import type { Workbook } from '../records.ts';
import { clientFindings, clientSummary, clientView, type ArtefactView } from './client-report.ts';
import { commonText, findingsBlock, kpiTable, pieceName, topPieces, type ReportContent, type ReportOptions } from './content.ts';
import { table } from './model.ts';
import { ARTEFACT_SPECS } from '../artefacts.ts';

export function buildDeck(workbook: Workbook, options: ReportOptions): ReportContent {
  return deckFrom(clientView(workbook, options), options);
}

/** The deck from the client's view (already made and analysed once). */
export function deckFrom({ workbook, analysis }: ArtefactView, options: ReportOptions): ReportContent {
  const { learnings, recommendations } = clientFindings(analysis, false);
  const text = commonText(workbook, analysis, 'deck', options.today);
  const pieces = topPieces(analysis).map((p) => [
    pieceName(p), p.creator || '—', [p.platform, p.format].filter(Boolean).join(' ') || '—', formatPercent(p.er, 1),
    p.impressions === null ? '—' : formatNumber(p.impressions), p.clicks === null ? '—' : formatNumber(p.clicks),
    p.conversions === null ? '—' : formatNumber(p.conversions),
  ]);
  return {
    artefact: 'deck',
    title: text.title,
    text: { ...text, summary: clientSummary(workbook, analysis) },
    blocks: {
      kpi_table: [kpiTable(analysis, { judgedOnly: true })],
      top_content: [table(['Piece', 'Creator', 'Where', 'ER', 'Impressions', 'Clicks', 'Conversions'], pieces.length ? pieces : [['No ranked content yet', '', '', '', '', '', '']])],
      learnings: findingsBlock(learnings, 'Learnings will follow once the results are complete.'),
      recommendations: findingsBlock(recommendations, 'Recommendations will follow once the results are complete.'),
      variance_chart: [],
    },
  };
}

interface TemplateSlide {
  id: string;
  layout: 'TITLE' | 'TITLE_AND_BODY' | 'TITLE_AND_TWO_COLUMNS';
  /** Placeholder "TYPE:index" → the text Debrief writes into it. */
  texts: Record<string, string>;
}

export const DECK_TEMPLATE_NAME = ARTEFACT_SPECS.deck.template.builtInName;

export const DECK_SLIDES: readonly TemplateSlide[] = [
  { id: 'debrief_cover', layout: 'TITLE', texts: { 'CENTERED_TITLE:0': '{{client}} — {{campaign}}', 'SUBTITLE:0': '{{byline}}' } },
  { id: 'debrief_results', layout: 'TITLE_AND_TWO_COLUMNS', texts: { 'TITLE:0': 'Results vs KPIs: {{kpis_met}}', 'BODY:0': '{{kpi_table}}', 'BODY:1': '{{variance_chart}}' } },
  { id: 'debrief_content', layout: 'TITLE_AND_BODY', texts: { 'TITLE:0': 'Top content', 'BODY:0': '{{top_content}}' } },
  { id: 'debrief_learned', layout: 'TITLE_AND_BODY', texts: { 'TITLE:0': 'What we learned', 'BODY:0': '{{learnings}}' } },
  { id: 'debrief_next', layout: 'TITLE_AND_BODY', texts: { 'TITLE:0': 'What we recommend next', 'BODY:0': '{{recommendations}}' } },
];

/** Slides API requests that turn a new presentation (its first slides listed in `existingSlideIds`) into the template. */
export function deckTemplateRequests(existingSlideIds: readonly string[]): Record<string, unknown>[] {
  const requests: Record<string, unknown>[] = [];
  DECK_SLIDES.forEach((slide, index) => {
    const ids = Object.keys(slide.texts).map((key) => {
      const [type = '', at = ''] = key.split(':'); // DECK_SLIDES' keys are all "TYPE:index"
      return { key, objectId: `${slide.id}_${type.toLowerCase()}_${at}`, type, index: Number(at) };
    });
    requests.push({
      createSlide: {
        objectId: slide.id, insertionIndex: index, slideLayoutReference: { predefinedLayout: slide.layout },
        placeholderIdMappings: ids.map((p) => ({ layoutPlaceholder: { type: p.type, index: p.index }, objectId: p.objectId })),
      },
    });
    for (const p of ids) requests.push({ insertText: { objectId: p.objectId, insertionIndex: 0, text: slide.texts[p.key] } });
  });
  for (const id of existingSlideIds) requests.push({ deleteObject: { objectId: id } });
  return requests;
}
