// Fills a copied deck template in one Slides API batchUpdate, planned here from Presentations.get's JSON: text
// placeholders and text blocks by literal replaceAllText, a table placeholder alone in its shape becomes a real
// table there (its cells in the same batch), and the variance chart's shape becomes a slot the adapter fills.
import { blockLines, type Block } from './model.ts';
import type { ReportContent } from './content.ts';
import { GUARDED_BRACE, guardBraces, placeholdersIn, token } from './placeholders.ts';
import { BULLET_PRESET, COLORS, rgbColor, SLIDE } from './page-layout.ts';
import { storedLine, storedText } from './stored-text.ts';

/** The little of the Slides API's Presentation resource Debrief reads. */
export interface SlidesJson {
  presentationId?: string;
  revisionId?: string;
  slides?: { objectId?: string; pageElements?: PageElementJson[] }[];
}
interface Dimension { magnitude?: number; unit?: string }
interface TextJson { textElements?: { textRun?: { content?: string } }[] }
export interface PageElementJson {
  objectId?: string;
  size?: { width?: Dimension; height?: Dimension };
  transform?: { scaleX?: number; scaleY?: number; shearX?: number; shearY?: number; translateX?: number; translateY?: number; unit?: string };
  shape?: { text?: TextJson };
  table?: { tableRows?: { tableCells?: { text?: TextJson }[] }[] };
}

/** A place (points, on one slide) where the adapter puts the variance chart. */
export interface ChartSlot {
  pageObjectId: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DeckFillPlan {
  requests: Record<string, unknown>[];
  chartSlots: ChartSlot[];
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
  element: PageElementJson;
  text: string;
  isShape: boolean;
}

export function deckTexts(deck: SlidesJson): DeckText[] {
  return (deck.slides ?? []).flatMap((slide) => (slide.pageElements ?? []).flatMap((element): DeckText[] => {
    if (element.shape) return [{ slideId: slide.objectId ?? '', element, text: plainText(element.shape.text), isShape: true }];
    if (element.table) {
      const cells = (element.table.tableRows ?? []).flatMap((r) => (r.tableCells ?? []).map((c) => plainText(c.text)));
      return [{ slideId: slide.objectId ?? '', element, text: cells.join('\n'), isShape: false }];
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
 * A table where `element` shows: its visible size, with a unit-scale transform ("Table transforms must have a
 * scale of 1 and no shear components", CreateTableRequest, Slides API reference).
 */
function tableProperties(element: PageElementJson, slideId: string): Record<string, unknown> {
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
const linesOf = (blocks: readonly Block[]) => blocks.flatMap(blockLines).join('\n');
const replace = (find: string, value: string) => ({ replaceAllText: { containsText: { text: find, matchCase: true }, replaceText: value } });

/** `chartAvailable`: the Patterns tab has a variance chart to place; without one its slot says why. */
export function planDeckFill(deck: SlidesJson, content: ReportContent, chartAvailable: boolean): DeckFillPlan {
  const requests: Record<string, unknown>[] = [];
  const tables: Record<string, unknown>[] = [];
  const chartSlots: ChartSlot[] = [];
  const bullets: Record<string, unknown>[] = [];
  let tableCount = 0;
  for (const t of deckTexts(deck)) {
    if (!t.isShape || !t.element.objectId) continue;
    const alone = /^\{\{([A-Za-z0-9_]+)\}\}$/.exec(t.text.trim())?.[1];
    const grid = alone ? tableOf(content.blocks[alone]) : undefined;
    if (alone === 'variance_chart' && chartAvailable) {
      requests.push({ deleteObject: { objectId: t.element.objectId } });
      chartSlots.push(box(t.element, t.slideId));
    } else if (alone && content.blocks[alone]?.some((b) => b.kind === 'bullets') && linesOf(content.blocks[alone] ?? []).trim()) {
      // A list alone in its box: bulleted once its text is in (after the replacements, so the whole text is the list).
      bullets.push({ createParagraphBullets: { objectId: t.element.objectId, textRange: { type: 'ALL' }, bulletPreset: BULLET_PRESET } });
    } else if (grid) {
      requests.push({ deleteObject: { objectId: t.element.objectId } });
      const objectId = `debrief_table_${++tableCount}_${t.element.objectId}`.slice(0, 50);
      const rows = [grid.header, ...grid.rows];
      const columns = Math.max(1, ...rows.map((r) => r.length)); // a row longer than the header still fits
      tables.push({ createTable: { objectId, rows: rows.length, columns, elementProperties: tableProperties(t.element, t.slideId) } });
      rows.forEach((row, rowIndex) => row.forEach((cell, columnIndex) => {
        const text = storedLine(cell);
        if (!text) return;
        const cellLocation = { rowIndex, columnIndex };
        const tone = rowIndex > 0 ? grid.tones?.[rowIndex - 1]?.[columnIndex] : null;
        tables.push({ insertText: { objectId, cellLocation, insertionIndex: 0, text } });
        // Its own size (never the theme's), the header bold, a verdict (Met, Missed) in its colour.
        const style: Record<string, unknown> = { fontSize: { magnitude: SLIDE.tableFontSize, unit: 'PT' }, bold: rowIndex === 0 || Boolean(tone) };
        if (tone) style.foregroundColor = { opaqueColor: { rgbColor: rgbColor(COLORS[tone]) } };
        tables.push({ updateTextStyle: { objectId, cellLocation, textRange: { type: 'ALL' }, style, fields: tone ? 'fontSize,bold,foregroundColor' : 'fontSize,bold' } });
      }));
    }
  }
  const found = placeholdersInDeck(deck);
  let guarded = false;
  for (const name of found) {
    const blocks = content.blocks[name];
    const raw = name === 'variance_chart' ? (chartAvailable ? '' : 'No KPI has both a target and a result yet, so there is no variance chart.')
      : blocks !== undefined ? linesOf(blocks) : content.text[name];
    if (raw === undefined) continue; // not this artefact's placeholder: left as typed (the template check says so)
    const value = guardBraces(storedText(raw));
    guarded ||= value !== raw;
    requests.push(replace(token(name), value));
  }
  if (guarded) requests.push(replace(GUARDED_BRACE, '{'));
  // Tables come last: their cells are written after every replacement, so people's text in them stays literal.
  return { requests: [...requests, ...bullets, ...tables], chartSlots, found };
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
