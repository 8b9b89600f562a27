// Fills a copied deck template in one Slides API batchUpdate, planned here from Presentations.get's JSON: text
// placeholders and text blocks by literal replaceAllText, a list alone in its shape cut to fit and bulleted, a
// table placeholder alone in its shape becomes a real table there (its cells in the same batch), the screenshot a
// picture by URL, each chart's shape a slot the adapter fills with a picture; titles in the brand colour.
import { colourText, DECK_SLIDES } from './deck.ts';
import { lineCount } from './text-width.ts';
import { blockLines, spansText, type Block } from './model.ts';
import type { ReportContent } from './content.ts';
import { GUARDED_BRACE, guardBraces, placeholdersIn, token } from './placeholders.ts';
import { BULLET_PRESET, COLORS, MIN_FONT_SIZE, rgbColor, SLIDE } from './page-layout.ts';
import { storedLine, storedText } from './stored-text.ts';
import { columnWidths, type CellMetrics } from './table-widths.ts';

/** The little of the Slides API's Presentation resource Debrief reads. */
export interface SlidesJson {
  presentationId?: string;
  title?: string;
  revisionId?: string;
  slides?: { objectId?: string; slideProperties?: { layoutObjectId?: string }; pageElements?: PageElementJson[] }[];
  /** The presentation's layouts: a predefined one's `layoutProperties.name` is its PredefinedLayout (TITLE, …). */
  layouts?: { objectId?: string; layoutProperties?: { name?: string } }[];
}
interface Dimension { magnitude?: number; unit?: string }
interface TextJson { textElements?: { textRun?: { content?: string } }[] }
export interface PageElementJson {
  objectId?: string;
  size?: { width?: Dimension; height?: Dimension };
  transform?: { scaleX?: number; scaleY?: number; shearX?: number; shearY?: number; translateX?: number; translateY?: number; unit?: string };
  shape?: { text?: TextJson; placeholder?: { type?: string } };
  table?: { tableRows?: { tableCells?: { text?: TextJson }[] }[] };
}

/** A place (points, on one slide) where the adapter puts a chart: `name` is its placeholder (content.charts' key). */
export interface ChartSlot {
  name?: string;
  pageObjectId: string;
  /** The slide's position in the deck (a copy keeps its template's order): SlidesApp finds it by index, no lookup. */
  slideIndex?: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DeckFillPlan {
  requests: Record<string, unknown>[];
  chartSlots: ChartSlot[];
  /** Screenshot URLs the batch asks Slides to fetch; `withoutScreenshots` is the batch with their links instead. */
  pictureUrls: string[];
  withoutScreenshots?: Record<string, unknown>[];
  /** Every placeholder the deck holds, for the template check. */
  found: string[];
}

const EMU_PER_PT = 12700;

function plainText(t: TextJson | undefined): string {
  return (t?.textElements ?? []).map((e) => e.textRun?.content ?? '').join('');
}

/** Every text in the deck with where it is: shapes by id, table cells as part of their table. */
export interface DeckText {
  slideId: string;
  slideIndex: number;
  element: PageElementJson;
  text: string;
  isShape: boolean;
}

export function deckTexts(deck: SlidesJson): DeckText[] {
  return (deck.slides ?? []).flatMap((slide, slideIndex) => (slide.pageElements ?? []).flatMap((element): DeckText[] => {
    if (element.shape) return [{ slideId: slide.objectId ?? '', slideIndex, element, text: plainText(element.shape.text), isShape: true }];
    if (element.table) {
      const cells = (element.table.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).map((c) => plainText(c.text)));
      return [{ slideId: slide.objectId ?? '', slideIndex, element, text: cells.join('\n'), isShape: false }];
    }
    return [];
  }));
}

export function placeholdersInDeck(deck: SlidesJson): string[] {
  return [...new Set(deckTexts(deck).flatMap((t) => placeholdersIn(t.text)))];
}

const inEmu = (d: Dimension | undefined) => (d?.magnitude ?? 0) * (d?.unit === 'PT' ? EMU_PER_PT : 1);

/**
 * Where an element shows, in EMU: Presentations.get reports an intrinsic size and a transform, and the element
 * shows at size × scale (Slides API, "Page element size and transform"); a default-theme placeholder is
 * 3000000 × 3000000 EMU scaled by about 2.84 × 1.14. Shear (a rotated box) is left out: tables can't have it.
 */
function visibleBox(element: PageElementJson): { left: number; top: number; width: number; height: number } {
  const t = element.transform ?? {};
  const unit = t.unit === 'PT' ? EMU_PER_PT : 1;
  return {
    left: (t.translateX ?? 0) * unit,
    top: (t.translateY ?? 0) * unit,
    width: inEmu(element.size?.width) * (t.scaleX ?? 1),
    height: inEmu(element.size?.height) * (t.scaleY ?? 1),
  };
}

function box(element: PageElementJson, slideId: string): ChartSlot {
  const b = visibleBox(element);
  return { pageObjectId: slideId, left: b.left / EMU_PER_PT, top: b.top / EMU_PER_PT, width: b.width / EMU_PER_PT, height: b.height / EMU_PER_PT };
}

/**
 * A table or picture where `element` shows: its visible size, with a unit-scale transform ("Table transforms must have a
 * scale of 1 and no shear components", CreateTableRequest, Slides API reference).
 */
function unitScaleProperties(element: PageElementJson, slideId: string): Record<string, unknown> {
  const b = visibleBox(element);
  const emu = (value: number) => ({ magnitude: Math.round(value), unit: 'EMU' });
  return {
    pageObjectId: slideId,
    size: { width: emu(b.width), height: emu(b.height) },
    transform: { scaleX: 1, scaleY: 1, translateX: Math.round(b.left), translateY: Math.round(b.top), unit: 'EMU' },
  };
}

/** The one table a placeholder stands for alone, if that is all its blocks are. */
function tableOf(blocks: readonly Block[] | undefined): Extract<Block, { kind: 'table' }> | undefined {
  const [only, ...more] = blocks ?? [];
  return only?.kind === 'table' && more.length === 0 ? only : undefined;
}
function imageOf(blocks: readonly Block[] | undefined): Extract<Block, { kind: 'image' }> | undefined {
  const [only, ...more] = blocks ?? [];
  return only?.kind === 'image' && more.length === 0 ? only : undefined;
}
const linesOf = (blocks: readonly Block[]) => blocks.flatMap(blockLines).join('\n');
const replace = (find: string, value: string) => ({ replaceAllText: { containsText: { text: find, matchCase: true }, replaceText: value } });
const ALONE = /^\{\{([A-Za-z0-9_]+)\}\}$/;
const TITLES = new Set(['TITLE', 'CENTERED_TITLE']);

/** Slides' table cells: 5 pt of padding a side (the renderings draw the same). */
const SLIDE_CELL_PADDING = 5;
/**
 * "If the value of tableColumnProperties#column_width in the request is less than 406,400 EMU (32 points), a 400 bad
 * request error is returned" (UpdateTableColumnPropertiesRequest, developers.google.com/workspace/slides/api/reference/rest/v1/presentations/request).
 */
export const SLIDE_MIN_COLUMN_PT = 32;
const SLIDE_CELLS: CellMetrics = { fontSize: SLIDE.tableFontSize, cellExtra: 2 * SLIDE_CELL_PADDING, minColumn: SLIDE_MIN_COLUMN_PT };

/** A deck table: its rows cut to the box, and each column's width in points (summing to the box's width). */
export type FittedTable = Extract<Block, { kind: 'table' }> & { widths: number[] };

/**
 * A table cut to the rows its box holds at the table's 10 pt, with its columns sized to their text as a person
 * would (createTable makes equal columns, which wraps a KPI's name beside a column of "Met"): the header and the
 * first rows, then one row saying how many more there are (the chart beside it shows every KPI). Estimated with
 * Arial's widths; the page-budget test measures the rendering.
 */
export function fitTable(grid: Extract<Block, { kind: 'table' }>, box: { width: number; height: number }): FittedTable {
  const columns = Math.max(1, grid.header.length, ...grid.rows.map((r) => r.length));
  // Never under Slides' least width, even in a box too narrow for every column to have it (the table grows past it).
  const widths = columnWidths([grid.header, ...grid.rows], Math.max(box.width, columns * SLIDE_MIN_COLUMN_PT + 1), SLIDE_CELLS)
    .map((w) => Math.max(SLIDE_MIN_COLUMN_PT, w));
  // The last column takes what rounding left over, so the table spans its placeholder's box exactly.
  const rest = box.width - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  if (widths.length > 1 && rest >= SLIDE_MIN_COLUMN_PT) widths[widths.length - 1] = rest;
  const size = SLIDE.tableFontSize;
  const rowHeight = (row: readonly string[], bold = false) =>
    Math.max(1, ...row.map((cell, c) => lineCount(cell, size, (widths[c] ?? SLIDE_MIN_COLUMN_PT) - 2 * SLIDE_CELL_PADDING, bold))) * size * LINE_EM + 2 * SLIDE_CELL_PADDING;
  const room = box.height * 0.95; // a margin for the estimate
  let used = rowHeight(grid.header, true);
  let kept = 0;
  while (kept < grid.rows.length && used + rowHeight(grid.rows[kept] ?? []) <= room) used += rowHeight(grid.rows[kept++] ?? []);
  if (kept === grid.rows.length) return { ...grid, widths };
  // Room for the "more" row: give back rows until it fits too.
  const more = (n: number) => [`…and ${n} more KPI${n === 1 ? '' : 's'}`];
  while (kept > 0 && used + rowHeight(more(grid.rows.length - kept)) > room) used -= rowHeight(grid.rows[--kept] ?? []);
  const left = grid.rows.length - kept;
  return { ...grid, widths, rows: [...grid.rows.slice(0, kept), more(left)], ...(grid.tones ? { tones: [...grid.tones.slice(0, kept), []] } : {}) };
}

/** Each column's width as the table's UpdateTableColumnPropertiesRequests, in whole EMU. */
function columnWidthRequests(objectId: string, widths: readonly number[]): Record<string, unknown>[] {
  return widths.map((w, c) => ({
    updateTableColumnProperties: {
      objectId, columnIndices: [c], fields: 'columnWidth',
      tableColumnProperties: { columnWidth: { magnitude: Math.max(SLIDE_MIN_COLUMN_PT * EMU_PER_PT, Math.floor(w * EMU_PER_PT)), unit: 'EMU' } },
    },
  }));
}

/** What may go in as pictures: charts need SlidesApp (presentations scope); screenshots go in by URL in the batch. */
export interface DeckPictures {
  charts: boolean;
  screenshots: boolean;
}

/**
 * A list alone in its box, cut to what the box holds: at the body size, then a little smaller (never below 10 pt),
 * then the last (least ranked) items left out. Estimated with Arial's widths (fit.ts); the page-budget test measures.
 */
export function fitList(items: readonly string[], box: { width: number; height: number }): { items: string[]; fontSize: number } {
  const width = box.width - 2 * SLIDE.paddingX - SLIDE.bulletIndent;
  const room = (box.height - 2 * SLIDE.paddingY) * 0.92; // a margin for the estimate
  const height = (list: readonly string[], size: number) => list.reduce((h, item) => h + lineCount(item, size, width) * size * LINE_EM, 0);
  for (let n = items.length; n >= 1; n--) {
    for (const size of SLIDE_LIST_SIZES) if (height(items.slice(0, n), size) <= room) return { items: items.slice(0, n), fontSize: size };
  }
  return { items: items.slice(0, 1), fontSize: SLIDE_LIST_SIZES[SLIDE_LIST_SIZES.length - 1] ?? MIN_FONT_SIZE };
}
const SLIDE_LIST_SIZES = [SLIDE.bodyFontSize, 12] as const;
/** Slides' text line: Arial's own line height at 100 % spacing. */
const LINE_EM = 1.149;

interface Fill {
  requests: Record<string, unknown>[];
  chartSlots: ChartSlot[];
  /** Screenshot URLs the batch asks Slides to fetch. */
  pictureUrls: string[];
}

function plan(deck: SlidesJson, content: ReportContent, allow: DeckPictures): Fill {
  const deletes: Record<string, unknown>[] = [];
  const after: Record<string, unknown>[] = [];
  const tables: Record<string, unknown>[] = [];
  const images: Record<string, unknown>[] = [];
  const chartSlots: ChartSlot[] = [];
  const pictureUrls: string[] = [];
  const values = new Map<string, string>(); // a list cut to its box: the same cut wherever its placeholder is
  const accent = content.accent ?? COLORS.accent;
  let tableCount = 0;
  for (const t of deckTexts(deck)) {
    if (!t.isShape || !t.element.objectId) continue;
    const id = t.element.objectId;
    const alone = ALONE.exec(t.text.trim())?.[1];
    const blocks = alone ? content.blocks[alone] : undefined;
    const table = tableOf(blocks);
    const grid = table && fitTable(table, box(t.element, t.slideId));
    const image = imageOf(blocks);
    const chart = alone ? content.charts?.[alone] : undefined;
    if (alone && chart) {
      if (allow.charts) {
        deletes.push({ deleteObject: { objectId: id } });
        chartSlots.push({ ...box(t.element, t.slideId), name: alone, slideIndex: t.slideIndex });
      } else values.set(alone, chart.alt);
    } else if (alone && image) {
      if (allow.screenshots && image.url) {
        deletes.push({ deleteObject: { objectId: id } });
        pictureUrls.push(image.url);
        // Slides keeps the picture's shape inside the box it is given ("scaled and centered ... to maintain aspect ratio").
        images.push({ createImage: { objectId: `debrief_picture_${id}`.slice(0, 50), url: image.url, elementProperties: unitScaleProperties(t.element, t.slideId) } });
      } else {
        values.set(alone, spansText(image.fallback));
        const url = image.fallback.find((s) => s.link)?.link;
        if (url) after.push({ updateTextStyle: { objectId: id, textRange: { type: 'ALL' }, style: { link: { url } }, fields: 'link' } });
      }
    } else if (alone && blocks && blocks.length === 0) {
      deletes.push({ deleteObject: { objectId: id } }); // nothing to show (no screenshot): no empty box left behind
    } else if (alone && blocks?.some((b) => b.kind === 'bullets') && linesOf(blocks).trim()) {
      // A list alone in its box: cut to fit, sized, and bulleted once its text is in (the whole text is the list).
      const fitted = fitList(linesOf(blocks).split('\n'), box(t.element, t.slideId));
      if (!values.has(alone)) values.set(alone, fitted.items.join('\n'));
      after.push({ createParagraphBullets: { objectId: id, textRange: { type: 'ALL' }, bulletPreset: BULLET_PRESET } });
      after.push({ updateTextStyle: { objectId: id, textRange: { type: 'ALL' }, style: { fontSize: { magnitude: fitted.fontSize, unit: 'PT' } }, fields: 'fontSize' } });
    } else if (grid) {
      deletes.push({ deleteObject: { objectId: id } });
      const objectId = `debrief_table_${++tableCount}_${id}`.slice(0, 50);
      const rows = [grid.header, ...grid.rows];
      const columns = Math.max(1, ...rows.map((r) => r.length)); // a row longer than the header still fits
      tables.push({ createTable: { objectId, rows: rows.length, columns, elementProperties: unitScaleProperties(t.element, t.slideId) } });
      tables.push(...columnWidthRequests(objectId, grid.widths.slice(0, columns)));
      rows.forEach((row, rowIndex) => row.forEach((cell, columnIndex) => {
        const text = storedLine(cell);
        if (!text) return;
        const cellLocation = { rowIndex, columnIndex };
        const tone = rowIndex > 0 ? grid.tones?.[rowIndex - 1]?.[columnIndex] : null;
        tables.push({ insertText: { objectId, cellLocation, insertionIndex: 0, text } });
        // Its own size (never the theme's), the header bold in the accent colour, a verdict (Met, Missed) in its colour.
        const colour = tone ? COLORS[tone] : rowIndex === 0 ? accent : null;
        const style: Record<string, unknown> = { fontSize: { magnitude: SLIDE.tableFontSize, unit: 'PT' }, bold: rowIndex === 0 || Boolean(tone) };
        if (colour) style.foregroundColor = { opaqueColor: { rgbColor: rgbColor(colour) } };
        tables.push({ updateTextStyle: { objectId, cellLocation, textRange: { type: 'ALL' }, style, fields: colour ? 'fontSize,bold,foregroundColor' : 'fontSize,bold' } });
      }));
    }
  }
  const found = placeholdersInDeck(deck);
  const requests: Record<string, unknown>[] = [];
  const filled = new Map<string, string>();
  let guarded = false;
  for (const name of found) {
    const blocks = content.blocks[name];
    const raw = values.get(name) ?? (blocks !== undefined ? linesOf(blocks) : content.text[name]);
    if (raw === undefined) continue; // not this artefact's placeholder: left as typed (the template check says so)
    const value = guardBraces(storedText(raw));
    guarded ||= value !== raw;
    filled.set(name, raw);
    requests.push(replace(token(name), value));
  }
  if (guarded) requests.push(replace(GUARDED_BRACE, '{'));
  // The brand colour on every title that has text once filled (an empty box has no text to colour).
  if (content.accent) {
    for (const t of deckTexts(deck)) {
      if (!t.isShape || !t.element.objectId || !TITLES.has(t.element.shape?.placeholder?.type ?? '')) continue;
      const shown = t.text.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, name: string) => filled.get(name) ?? whole);
      if (shown.trim()) after.push(colourText(t.element.objectId, content.accent));
    }
  }
  // Tables come last: their cells are written after every replacement, so people's text in them stays literal.
  return { requests: [...deletes, ...requests, ...after, ...tables, ...images], chartSlots, pictureUrls };
}

/**
 * The deck's one batch: texts, lists, tables and the screenshot (by URL) in one Slides batchUpdate; each chart's
 * box a slot the adapter fills with a picture. `withoutScreenshots`: the same batch with the screenshot's link in
 * its place, for when Slides can't fetch the picture (the API applies a batch whole or not at all).
 */
export function planDeckFill(deck: SlidesJson, content: ReportContent, pictures: boolean | DeckPictures): DeckFillPlan {
  // A bare boolean says only whether charts may be placed (the earlier signature); screenshots are asked for by name.
  const allow = typeof pictures === 'boolean' ? { charts: pictures, screenshots: false } : pictures;
  const main = plan(deck, content, allow);
  const fallback = main.pictureUrls.length ? plan(deck, content, { ...allow, screenshots: false }).requests : undefined;
  return { requests: main.requests, chartSlots: main.chartSlots, pictureUrls: main.pictureUrls, found: placeholdersInDeck(deck), ...(fallback ? { withoutScreenshots: fallback } : {}) };
}

/** A PNG's pixel size from its IHDR chunk (bytes 16–23, big-endian), or null when the bytes aren't a PNG. */
export function pngSize(bytes: readonly number[] | Uint8Array): { width: number; height: number } | null {
  const b = (i: number) => (bytes[i] ?? 0) & 0xff;
  if (b(0) !== 0x89 || b(1) !== 0x50 || b(2) !== 0x4e || b(3) !== 0x47) return null;
  const word = (i: number) => ((b(i) << 24) | (b(i + 1) << 16) | (b(i + 2) << 8) | b(i + 3)) >>> 0;
  return { width: word(16), height: word(20) };
}

/** The largest box of the picture's shape inside `slot`, centred in it: a chart is never stretched. */
export function fitInside(slot: ChartSlot, picture: { width: number; height: number } | null): ChartSlot {
  if (!picture || picture.width <= 0 || picture.height <= 0 || slot.width <= 0 || slot.height <= 0) return slot;
  const scale = Math.min(slot.width / picture.width, slot.height / picture.height);
  const [width, height] = [picture.width * scale, picture.height * scale];
  return { ...slot, left: slot.left + (slot.width - width) / 2, top: slot.top + (slot.height - height) / 2, width, height };
}

/**
 * Whether a built-in deck made by an earlier Debrief still has today's layouts: each of DECK_SLIDES' slides on the
 * layout of its name (Presentations.get: slideProperties.layoutObjectId → layouts[].layoutProperties.name). A
 * deck whose layouts can't be told apart (no layout names) is taken as current.
 */
export function deckLayoutsCurrent(json: SlidesJson): boolean {
  const names = new Map((json.layouts ?? []).flatMap((l) => (l.objectId && l.layoutProperties?.name ? [[l.objectId, l.layoutProperties.name] as const] : [])));
  if (names.size === 0) return true;
  return DECK_SLIDES.every((want) => {
    const slide = json.slides?.find((s) => s.objectId === want.id);
    const layout = slide?.slideProperties?.layoutObjectId;
    return slide === undefined || layout === undefined || names.get(layout) === want.layout;
  });
}
