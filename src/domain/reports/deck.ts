// The renewal-deck section (client-facing, so built from the client-safe analysis): a title slide, results vs KPIs
// with the variance chart, top content with the top piece's screenshot, what we learned beside the top-vs-bottom
// content chart (opening with "compared with last campaign" when the ledger has the client's previous one, whose
// actuals are a column of the KPI table), what's next as a section slide with pooled CPE per tier under its title;
// and the default template, from the presentation's own layouts (title, two columns, section title and description). The Campaign tab's brand colour, when set, colours titles, table headers and charts.
import { formatNumber, formatPercent } from '../analysis/format.ts';
import type { Analysis, RankedPiece } from '../analysis/types.ts';
import type { Workbook } from '../records.ts';
import { brandColour } from './brand.ts';
import { cpeByTierChart, topVsBottomChart, varianceChart, type ReportChart } from './charts.ts';
import { clientFindings, clientSummary, clientView, type ArtefactView } from './client-report.ts';
import { comparedSentence, withLastCampaign } from './deck-compare.ts';
import { commonText, findingsBlock, kpiTable, pieceName, topPieces, type ReportContent, type ReportOptions } from './content.ts';
import { bullets, paragraph, type Block } from './model.ts';
import { ARTEFACT_SPECS } from '../artefacts.ts';
import { COLORS, rgbColor } from './page-layout.ts';

export function buildDeck(workbook: Workbook, options: ReportOptions): ReportContent {
  return deckFrom(clientView(workbook, options), options);
}

/** Said in a chart's place when the campaign has too little for it (client wording: no instructions to the team). */
const NO_CHART = {
  variance_chart: 'No KPI has both a target and a result yet, so there is no variance chart.',
  tier_chart: 'Pooled CPE per tier shows once two tiers have costs and engagements.',
  content_chart: 'The top-versus-bottom comparison shows once content is ranked.',
} as const;

/** The deck from the client's view (already made and analysed once). */
export function deckFrom({ workbook, analysis }: ArtefactView, options: ReportOptions): ReportContent {
  const { learnings, recommendations } = clientFindings(analysis, false);
  const text = commonText(workbook, analysis, 'deck', options.today);
  const made: Record<keyof typeof NO_CHART, ReportChart | null> = {
    variance_chart: varianceChart(analysis), tier_chart: cpeByTierChart(analysis), content_chart: topVsBottomChart(analysis),
  };
  const charts: Record<string, ReportChart> = {};
  const chartBlocks: Record<string, Block[]> = {};
  for (const [name, chart] of Object.entries(made) as [keyof typeof NO_CHART, ReportChart | null][]) {
    if (chart) charts[name] = chart;
    chartBlocks[name] = chart ? [] : [paragraph(NO_CHART[name])];
  }
  const accent = brandColour(workbook.campaign.brandColour);
  const compared = comparedSentence(analysis, options.previousCampaign);
  return {
    artefact: 'deck',
    title: text.title,
    text: { ...text, summary: clientSummary(workbook, analysis) },
    charts,
    ...(accent ? { accent } : {}),
    blocks: {
      kpi_table: [withLastCampaign(kpiTable(analysis, { judgedOnly: true }), analysis, options.previousCampaign)],
      top_content: topContentList(analysis),
      top_screenshot: topScreenshot(analysis, workbook),
      learnings: findingsBlock([compared, ...learnings].filter((t): t is string => Boolean(t)), 'Learnings will follow once the results are complete.'),
      recommendations: findingsBlock(recommendations, 'Recommendations will follow once the results are complete.'),
      ...chartBlocks,
    },
  };
}

/** "Spring drop reel · @mara on Instagram Reel · 6.2% ER · 120,000 impressions · 3,400 clicks", one bullet per top piece. */
function topContentList(analysis: Analysis): Block[] {
  const pieces = topPieces(analysis);
  if (pieces.length === 0) return [paragraph('No content has impressions and engagements to rank yet.')];
  return [bullets(pieces.map((p) => {
    const where = [p.platform, p.format].filter(Boolean).join(' ');
    const who = [p.creator, where ? `on ${where}` : ''].filter(Boolean).join(' ');
    const figures = [`${formatPercent(p.er, 1)} ER`, count(p.impressions, 'impressions'), count(p.clicks, 'clicks'), count(p.conversions, 'conversions')];
    return [{ text: pieceName(p), bold: true }, { text: ` · ${[who, ...figures].filter(Boolean).join(' · ')}` }];
  }))];
}

const count = (value: number | null, what: string) => (value === null ? '' : `${formatNumber(value)} ${what}`);

/**
 * A picture URL Slides can fetch for a screenshot link: a public web image as typed, a Drive file as Drive's
 * direct link (Slides fetches it only if the file is shared "anyone with the link"); anything else none.
 */
export function slidesPictureUrl(url: string): string | undefined {
  if (!/^https?:\/\/\S+$/i.test(url) || url.length > 2048) return undefined;
  const drive = /^https:\/\/(?:drive|docs)\.google\.com\/.*?(?:\/d\/|[?&]id=)([-\w]{20,})/.exec(url)?.[1];
  return drive ? `https://drive.google.com/uc?export=view&id=${drive}` : url;
}

/** The best-ranked top piece with a screenshot link: a picture where Slides can fetch it, its link otherwise. */
function topScreenshot(analysis: Analysis, workbook: Workbook): Block[] {
  const shots = topPieces(analysis).flatMap((p: RankedPiece) => {
    const url = workbook.content.find((c) => c.row === p.row)?.screenshotUrl ?? '';
    return url ? [{ p, url }] : [];
  });
  const first = shots[0];
  // No screenshot: the top piece's hook, as a pull quote (the team is asked for a screenshot in the checks).
  const top = topPieces(analysis)[0];
  if (!first) return top?.hook ? [paragraph(`“${top.hook}”`, ` — ${pieceName(top)}${top.creator ? `, ${top.creator}` : ''}`)] : [];
  const label = `Screenshot: ${pieceName(first.p)}`;
  const web = /^https?:\/\//i.test(first.url);
  return [{ kind: 'image', url: slidesPictureUrl(first.url) ?? '', alt: `Screenshot of ${pieceName(first.p)}`, fallback: [web ? { text: label, link: first.url } : { text: label }] }];
}

interface TemplateSlide {
  id: string;
  layout: 'TITLE' | 'TITLE_AND_BODY' | 'TITLE_AND_TWO_COLUMNS' | 'SECTION_TITLE_AND_DESCRIPTION';
  /** Placeholder "TYPE:index" → the text Debrief writes into it. */
  texts: Record<string, string>;
}

export const DECK_TEMPLATE_NAME = ARTEFACT_SPECS.deck.template.builtInName;

export const DECK_SLIDES: readonly TemplateSlide[] = [
  { id: 'debrief_cover', layout: 'TITLE', texts: { 'CENTERED_TITLE:0': '{{client}} — {{campaign}}', 'SUBTITLE:0': '{{byline}}' } },
  { id: 'debrief_results', layout: 'TITLE_AND_TWO_COLUMNS', texts: { 'TITLE:0': 'Results vs KPIs: {{kpis_met}}', 'BODY:0': '{{kpi_table}}', 'BODY:1': '{{variance_chart}}' } },
  { id: 'debrief_content', layout: 'TITLE_AND_TWO_COLUMNS', texts: { 'TITLE:0': 'Top content', 'BODY:0': '{{top_content}}', 'BODY:1': '{{top_screenshot}}' } },
  { id: 'debrief_learned', layout: 'TITLE_AND_TWO_COLUMNS', texts: { 'TITLE:0': 'What we learned', 'BODY:0': '{{learnings}}', 'BODY:1': '{{content_chart}}' } },
  // The forward-looking part opens as a section (Slides' "Section title and description" layout): its title and,
  // under it, the pooled CPE per tier that the recommendations on the right act on.
  { id: 'debrief_next', layout: 'SECTION_TITLE_AND_DESCRIPTION', texts: { 'TITLE:0': 'What we recommend next', 'SUBTITLE:0': '{{tier_chart}}', 'BODY:0': '{{recommendations}}' } },
];

/** What Debrief reads of a new presentation (Presentations.create's answer): its slides and its theme's layouts. */
export interface NewDeckJson {
  slides?: { objectId?: string }[];
  layouts?: { objectId?: string; layoutProperties?: { name?: string } }[];
}

const TITLE_TYPES = new Set(['TITLE', 'CENTERED_TITLE']);

/**
 * Slides API requests that turn a new presentation into the template: each slide from the theme's own layout of
 * that name (by its id, so the deck takes the theme's look), or the predefined layout when the theme has none of
 * that name; titles in Debrief's accent colour; the presentation's first slides removed.
 */
export function deckTemplateRequests(made: NewDeckJson | readonly string[]): Record<string, unknown>[] {
  const created: NewDeckJson = Array.isArray(made) ? { slides: made.map((objectId) => ({ objectId })) } : (made as NewDeckJson);
  const layoutIds = new Map((created.layouts ?? []).flatMap((l) => (l.objectId && l.layoutProperties?.name ? [[l.layoutProperties.name, l.objectId] as const] : [])));
  const requests: Record<string, unknown>[] = [];
  DECK_SLIDES.forEach((slide, index) => {
    const ids = Object.keys(slide.texts).map((key) => {
      const [type = '', at = ''] = key.split(':'); // DECK_SLIDES' keys are all "TYPE:index"
      return { key, objectId: `${slide.id}_${type.toLowerCase()}_${at}`, type, index: Number(at) };
    });
    const layoutId = layoutIds.get(slide.layout);
    requests.push({
      createSlide: {
        objectId: slide.id, insertionIndex: index, slideLayoutReference: layoutId ? { layoutId } : { predefinedLayout: slide.layout },
        placeholderIdMappings: ids.map((p) => ({ layoutPlaceholder: { type: p.type, index: p.index }, objectId: p.objectId })),
      },
    });
    for (const p of ids) {
      requests.push({ insertText: { objectId: p.objectId, insertionIndex: 0, text: slide.texts[p.key] } });
      if (TITLE_TYPES.has(p.type)) requests.push(colourText(p.objectId, COLORS.accent));
    }
  });
  for (const s of created.slides ?? []) if (s.objectId) requests.push({ deleteObject: { objectId: s.objectId } });
  return requests;
}

/** A whole shape's text in one colour (UpdateTextStyleRequest, only the colour field). */
export function colourText(objectId: string, hex: string): Record<string, unknown> {
  return { updateTextStyle: { objectId, textRange: { type: 'ALL' }, style: { foregroundColor: { opaqueColor: { rgbColor: rgbColor(hex) } } }, fields: 'foregroundColor' } };
}

/** The built-in template's block placeholders, to tell an older built-in template (made by an earlier Debrief) from today's. */
export const DECK_TEMPLATE_BLOCKS: readonly string[] = DECK_SLIDES.flatMap((s) => Object.values(s.texts)).flatMap((t) => [...t.matchAll(/\{\{([a-z_]+)\}\}/g)].map((m) => m[1] ?? ''));
