// Renders a saved Slides deck from the local Drive: deck.json (per slide, its texts in reading order and its
// tables as rows of cell texts) and a standalone HTML page of 16:9 cards with every element roughly where it sits.
import type { DriveStore } from '../emulator/drive/drive-store.ts';
import { PAGE_HEIGHT, PAGE_WIDTH, PRESENTATION_MIME, type ElementModel, type PresentationModel, type SlideModel } from '../emulator/slides/model.ts';
import { plainText, type Run } from '../emulator/slides/text.ts';
import { SLIDE } from '../../domain/reports/page-layout.ts';

export interface DeckJson {
  slides: { texts: string[]; tables: string[][][] }[];
}

function deckOf(store: DriveStore, id: string): { name: string; model: PresentationModel } {
  const file = store.find(id);
  if (!file || file.mimeType !== PRESENTATION_MIME) throw new Error(`render: ${id} is not a Slides presentation in the local Drive`);
  return { name: file.name, model: file.content as PresentationModel };
}

const isTitle = (el: ElementModel) => el.kind === 'shape' && (el.placeholder?.type === 'TITLE' || el.placeholder?.type === 'CENTERED_TITLE');

/** The title first (a section slide's sits below its body's top), then top to bottom, then left to right. */
function readingOrder(slide: SlideModel): ElementModel[] {
  return [...slide.elements].sort((a, b) => Number(isTitle(b)) - Number(isTitle(a)) || a.box.top - b.box.top || a.box.left - b.box.left);
}

export function renderDeckJson(store: DriveStore, id: string): DeckJson {
  return {
    slides: deckOf(store, id).model.slides.map((slide) => {
      const ordered = readingOrder(slide);
      return {
        texts: ordered.flatMap((el) => (el.kind === 'shape' && plainText(el.text) !== '' ? [plainText(el.text)] : [])),
        tables: ordered.flatMap((el) => (el.kind === 'table' ? [el.cells.map((row) => row.map(plainText))] : [])),
      };
    }),
  };
}

const CARD_WIDTH = 960; // px
const PX = CARD_WIDTH / PAGE_WIDTH; // px per point

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only web and inline-image URLs are put in the page; anything else (javascript:…) is dropped. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^(https?:\/\/|data:image\/(png|jpeg|gif);base64,)/i.test(url) ? url : undefined;
}

function defaultSize(el: ElementModel): number {
  if (el.kind !== 'shape' || !el.placeholder) return 14;
  return { TITLE: 26, CENTERED_TITLE: 40, SUBTITLE: 20 }[el.placeholder.type] ?? 16;
}

function runsHtml(runs: readonly Run[], fallbackPt: number): string {
  return runs.map((run) => {
    const s = run.style;
    const css = [
      `font-size:${((s.fontSize ?? fallbackPt) * PX).toFixed(1)}px`,
      s.bold ? 'font-weight:bold' : '',
      s.italic ? 'font-style:italic' : '',
      s.underline ? 'text-decoration:underline' : '',
      s.foregroundColor && /^#[0-9a-f]{6}$/i.test(s.foregroundColor) ? `color:${s.foregroundColor}` : '',
      s.fontFamily ? `font-family:${escapeHtml(JSON.stringify(s.fontFamily))}` : '',
    ].filter(Boolean).join(';');
    const body = escapeHtml(run.text).replace(/\n/g, '<br>');
    const link = safeUrl(s.link);
    const span = `<span style="${css}">${body}</span>`;
    return link ? `<a href="${escapeHtml(link)}">${span}</a>` : span;
  }).join('');
}

/** A shape's text: as runs, or paragraph by paragraph when any is bulleted (a disc, the text indented after it). */
function shapeTextHtml(runs: readonly Run[], fallbackPt: number): string {
  if (!runs.some((r) => r.style.bullet)) return runsHtml(runs, fallbackPt);
  const paragraphs: Run[][] = [[]];
  for (const run of runs) {
    run.text.split(/(?<=\n)/).forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) (paragraphs[paragraphs.length - 1] as Run[]).push({ text: part.replace(/\n$/, ''), style: run.style });
    });
  }
  return paragraphs.map((p) => (p[0]?.style.bullet
    ? `<div class="li" style="padding-left:${(SLIDE.bulletIndent * PX).toFixed(1)}px">${runsHtml(p, fallbackPt)}</div>`
    : `<div>${runsHtml(p, fallbackPt) || '&nbsp;'}</div>`)).join('');
}

function elementHtml(el: ElementModel): string {
  const height = (el.box.height * PX).toFixed(1);
  const pos = `left:${(el.box.left * PX).toFixed(1)}px;top:${(el.box.top * PX).toFixed(1)}px;width:${(el.box.width * PX).toFixed(1)}px;height:${height}px`;
  const at = `data-height="${height}" style="${pos}"`;
  switch (el.kind) {
    case 'shape':
      return plainText(el.text) === '' && el.placeholder ? '' : `<div class="el shape" ${at}>${shapeTextHtml(el.text, defaultSize(el))}</div>`;
    case 'table': {
      // A table is as tall as its rows need (Slides grows it): its box's height is what the overflow check compares.
      const rows = el.cells.map((row) => `<tr>${row.map((cell) => `<td>${runsHtml(cell, 14)}</td>`).join('')}</tr>`).join('');
      // Each column as wide as Slides has it (UpdateTableColumnPropertiesRequest), else the box shared evenly.
      const columns = el.cells[0]?.length ?? 0;
      const cols = Array.from({ length: columns }, (_, c) => `<col style="width:${((el.columnWidths?.[c] ?? el.box.width / columns) * PX).toFixed(1)}px">`).join('');
      return `<table class="el" data-height="${height}" style="${pos.replace(/;height:[^;]+$/, '')}"><colgroup>${cols}</colgroup>${rows}</table>`;
    }
    case 'image': {
      // The picture itself, a chart's included (it is a picture in the deck); a label only when there is none.
      const src = safeUrl(el.dataUri ?? el.sourceUrl);
      if (src) return `<img class="el" ${at} src="${escapeHtml(src)}" alt="${escapeHtml(el.description ?? el.chart?.title ?? '')}">`;
      return `<div class="el chart" ${at}>${chartLabel('Chart image', el.chart)}</div>`;
    }
    case 'sheetsChart':
      return `<div class="el chart" ${at}>${chartLabel('Linked Sheets chart', el.chart)}</div>`;
  }
}

function chartLabel(kind: string, chart: { title: string; ranges: string[] } | undefined): string {
  const title = chart?.title ? `: ${escapeHtml(chart.title)}` : '';
  const ranges = chart?.ranges.length ? `<small>${escapeHtml(chart.ranges.join(', '))}</small>` : '';
  return `<strong>${kind}${title}</strong>${ranges}`;
}

export function renderDeckHtml(store: DriveStore, id: string): string {
  const { name, model } = deckOf(store, id);
  const cards = model.slides.map((slide, i) =>
    `<section class="slide" aria-label="Slide ${i + 1}">${readingOrder(slide).map(elementHtml).join('')}</section>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<style>
body{background:#e8eaed;font-family:Arial,"Liberation Sans",sans-serif;margin:24px}
h1{font-size:18px;font-weight:normal}
.slide{position:relative;width:${CARD_WIDTH}px;height:${(PAGE_HEIGHT * PX).toFixed(0)}px;background:#fff;margin:0 0 24px;box-shadow:0 1px 3px rgba(0,0,0,.3);overflow:hidden}
.el{position:absolute;box-sizing:border-box;overflow:hidden}
.shape{padding:${(SLIDE.paddingY * PX).toFixed(1)}px ${(SLIDE.paddingX * PX).toFixed(1)}px;line-height:1.149}
table.el{border-collapse:collapse;table-layout:fixed}
table.el td{border:1px solid #9aa0a6;padding:${(5 * PX).toFixed(1)}px;vertical-align:top;line-height:1.149;overflow-wrap:normal}
.li{position:relative}.li::before{content:'\\25CF';position:absolute;left:0;font-size:.7em;line-height:1.9}
.chart{border:1px dashed #5f6368;background:#f1f3f4;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:4px;font-size:14px;color:#3c4043}
</style></head>
<body>
<h1>${escapeHtml(name)}</h1>
${cards}
</body></html>
`;
}
