// A Doc as documents.get returns it: body.content of structural elements with startIndex/endIndex (a zero index
// is left out, as proto3 JSON does), paragraphs of textRuns carrying textStyle, bullets and lists, inline objects,
// headers/footers, and a revisionId that changes with every edit.
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents
import { createHash } from 'node:crypto';
import { item } from '../../../item.ts';
import type { BlockNode, CellSide, DocModel, Glyph, ParagraphNode, SectionNode, TextStyle } from '../model.ts';
import { forEachParagraph, inlineLength, sections, styleRuns } from '../model.ts';
import { layoutSegment, type SegmentLayout } from './layout.ts';

type Json = Record<string, unknown>;

export function revisionId(fileId: string, revision: number): string {
  return `ALBJ4Lu${createHash('sha256').update(`${fileId}:${revision}`).digest('base64url').slice(0, 44)}`;
}

const ALIGNMENT: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const GLYPH_SYMBOL: Partial<Record<Glyph, string>> = { BULLET: '●', HOLLOW_BULLET: '○', SQUARE_BULLET: '■' };
const GLYPH_TYPE: Partial<Record<Glyph, string>> = { NUMBER: 'DECIMAL', LATIN_UPPER: 'UPPER_ALPHA', LATIN_LOWER: 'ALPHA', ROMAN_UPPER: 'UPPER_ROMAN', ROMAN_LOWER: 'ROMAN' };
const BULLET_CYCLE: Glyph[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'];
const NUMBER_CYCLE: Glyph[] = ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'];

function indexes(start: number, end: number): Json {
  return start === 0 ? { endIndex: end } : { startIndex: start, endIndex: end };
}

function color(hex: string): Json {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return {};
  const [, red = '', green = '', blue = ''] = m; // all three groups take part in every match
  const channel = (hex: string) => parseInt(hex, 16) / 255;
  const rgb = { red: channel(red), green: channel(green), blue: channel(blue) };
  return { color: { rgbColor: Object.fromEntries(Object.entries(rgb).filter(([, v]) => v > 0)) } };
}

export function textStyleJson(style: TextStyle): Json {
  const out: Json = {};
  if (style.bold) out.bold = true;
  if (style.italic) out.italic = true;
  if (style.underline) out.underline = true;
  if (style.strikethrough) out.strikethrough = true;
  if (style.linkUrl) out.link = { url: style.linkUrl };
  if (style.foregroundColor) out.foregroundColor = color(style.foregroundColor);
  if (style.backgroundColor) out.backgroundColor = color(style.backgroundColor);
  if (style.fontSize) out.fontSize = { magnitude: style.fontSize, unit: 'PT' };
  if (style.fontFamily) out.weightedFontFamily = { fontFamily: style.fontFamily, weight: 400 };
  return out;
}

function paragraphJson(p: ParagraphNode, start: number): Json {
  const elements: Json[] = [];
  let offset = start;
  let closed = false;
  p.children.forEach((child, i) => {
    const last = i === p.children.length - 1;
    if (child.kind === 'text') {
      const runs = styleRuns(child);
      runs.forEach((run, r) => {
        // The paragraph's closing "\n" joins the last run when the paragraph ends in text.
        const closing = last && r === runs.length - 1 ? '\n' : '';
        closed ||= closing !== '';
        const content = child.chars.slice(run.start, run.end).replace(/\r/g, '\u000b') + closing;
        elements.push({ ...indexes(offset, offset + content.length), textRun: { content, textStyle: textStyleJson(run.style) } });
        offset += content.length;
      });
      return;
    }
    const element = child.kind === 'image' ? { inlineObjectElement: { inlineObjectId: child.objectId, textStyle: {} } }
      : child.kind === 'rule' ? { horizontalRule: { textStyle: {} } } : { pageBreak: { textStyle: {} } };
    elements.push({ ...indexes(offset, offset + inlineLength(child)), ...element });
    offset += 1;
  });
  if (!closed) {
    elements.push({ ...indexes(offset, offset + 1), textRun: { content: '\n', textStyle: {} } });
  }
  const paragraphStyle: Json = { namedStyleType: p.style, direction: 'LEFT_TO_RIGHT' };
  if (p.alignment) paragraphStyle.alignment = ALIGNMENT[p.alignment];
  const out: Json = { elements, paragraphStyle };
  if (p.list) out.bullet = { listId: p.list.id, ...(p.list.level > 0 ? { nestingLevel: p.list.level } : {}), textStyle: {} };
  return out;
}

function contentJson(blocks: BlockNode[], layout: SegmentLayout): Json[] {
  return blocks.map((block) => {
    const span = layout.spans.get(block) as { start: number; end: number };
    if (block.kind === 'paragraph') return { ...indexes(span.start, span.end), paragraph: paragraphJson(block, span.start) };
    const tableRows = block.rows.map((row) => {
      const rowSpan = layout.spans.get(row) as { start: number; end: number };
      const tableCells = row.cells.map((cell) => {
        const cellSpan = layout.spans.get(cell) as { start: number; end: number };
        const tableCellStyle: Json = cell.backgroundColor ? { backgroundColor: color(cell.backgroundColor), rowSpan: 1, columnSpan: 1 } : { rowSpan: 1, columnSpan: 1 };
        for (const [side, magnitude] of Object.entries(cell.padding ?? {})) tableCellStyle[`padding${side[0]?.toUpperCase()}${side.slice(1)}`] = { magnitude, unit: 'PT' };
        return { ...indexes(cellSpan.start, cellSpan.end), content: contentJson(cell.children, layout), tableCellStyle };
      });
      return { ...indexes(rowSpan.start, rowSpan.end), tableCells, tableRowStyle: { minRowHeight: { unit: 'PT' } } };
    });
    const tableColumnProperties = (block.columnWidths ?? []).map((w) => (w === null ? { widthType: 'EVENLY_DISTRIBUTED' } : { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } }));
    const tableStyle = tableColumnProperties.length ? { tableColumnProperties } : {};
    return { ...indexes(span.start, span.end), table: { rows: block.rows.length, columns: block.rows[0]?.cells.length ?? 0, tableRows, tableStyle } };
  });
}

function sectionJson(section: SectionNode): Json[] {
  const content = contentJson(section.children, layoutSegment(section));
  if (section.kind !== 'body') return content;
  const sectionBreak = { endIndex: 1, sectionBreak: { sectionStyle: { columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT', sectionType: 'CONTINUOUS' } } };
  return [sectionBreak, ...content];
}

/** The glyph a list shows at each nesting level, taken from its items, else continuing its first level's family. */
function listsJson(doc: DocModel): Json {
  const levels = new Map<string, Map<number, Glyph>>();
  for (const section of sections(doc)) {
    forEachParagraph(section.children, (p) => {
      if (!p.list) return;
      const byLevel = levels.get(p.list.id) ?? new Map<number, Glyph>();
      if (!byLevel.has(p.list.level)) byLevel.set(p.list.level, p.list.glyph);
      levels.set(p.list.id, byLevel);
    });
  }
  const out: Json = {};
  for (const [id, byLevel] of levels) {
    const first = byLevel.get(0) ?? item([...byLevel.values()], 0, 'list level'); // a list is recorded with its first item
    const cycle = GLYPH_SYMBOL[first] ? BULLET_CYCLE : NUMBER_CYCLE;
    const nestingLevels = Array.from({ length: 9 }, (_, level) => {
      const glyph = byLevel.get(level) ?? item(cycle, level % 3, 'glyph');
      const glyphJson = GLYPH_SYMBOL[glyph] ? { glyphSymbol: GLYPH_SYMBOL[glyph], glyphFormat: `%${level}` } : { glyphType: GLYPH_TYPE[glyph], glyphFormat: `%${level}.` };
      return { bulletAlignment: 'START', ...glyphJson, indentFirstLine: { magnitude: 18 + 36 * level, unit: 'PT' }, indentStart: { magnitude: 36 + 36 * level, unit: 'PT' }, textStyle: { underline: false }, startNumber: 1 };
    });
    out[id] = { listProperties: { nestingLevels } };
  }
  return out;
}

function inlineObjectsJson(doc: DocModel, fileId: string): Json {
  const out: Json = {};
  for (const section of sections(doc)) {
    forEachParagraph(section.children, (p) => {
      for (const child of p.children) {
        if (child.kind !== 'image') continue;
        const embeddedObject: Json = {
          imageProperties: { contentUri: `https://lh7-rt.googleusercontent.com/docsz/${fileId}/${child.objectId}`, cropProperties: {} },
          size: { height: { magnitude: child.height * 0.75, unit: 'PT' }, width: { magnitude: child.width * 0.75, unit: 'PT' } },
        };
        if (child.altTitle) embeddedObject.title = child.altTitle;
        if (child.altDescription) embeddedObject.description = child.altDescription;
        out[child.objectId] = { objectId: child.objectId, inlineObjectProperties: { embeddedObject } };
      }
    });
  }
  return out;
}

const NAMED: [string, number][] = [['NORMAL_TEXT', 11], ['HEADING_1', 20], ['HEADING_2', 16], ['HEADING_3', 14], ['HEADING_4', 12], ['HEADING_5', 11], ['HEADING_6', 11], ['TITLE', 26], ['SUBTITLE', 15]];

const margin = (doc: DocModel, side: CellSide): Json => ({ magnitude: doc.margins?.[side] ?? 72, unit: 'PT' });

/** The document resource; `tabs` (includeTabsContent) moves the content into tabs[0].documentTab. */
export function documentJson(doc: DocModel, fileId: string, title: string, tabs = false): Json {
  const documentStyle: Json = {
    pageSize: { height: { magnitude: 792, unit: 'PT' }, width: { magnitude: 612, unit: 'PT' } },
    marginTop: margin(doc, 'top'), marginBottom: margin(doc, 'bottom'), marginRight: margin(doc, 'right'), marginLeft: margin(doc, 'left'),
  };
  const content: Json = { body: { content: sectionJson(doc.body) }, documentStyle };
  if (doc.header) {
    content.headers = { [doc.header.id]: { headerId: doc.header.id, content: sectionJson(doc.header) } };
    documentStyle.defaultHeaderId = doc.header.id;
  }
  if (doc.footer) {
    content.footers = { [doc.footer.id]: { footerId: doc.footer.id, content: sectionJson(doc.footer) } };
    documentStyle.defaultFooterId = doc.footer.id;
  }
  content.namedStyles = { styles: NAMED.map(([namedStyleType, size]) => ({ namedStyleType, textStyle: { fontSize: { magnitude: size, unit: 'PT' } }, paragraphStyle: { namedStyleType, direction: 'LEFT_TO_RIGHT' } })) };
  const lists = listsJson(doc);
  if (Object.keys(lists).length > 0) content.lists = lists;
  const inlineObjects = inlineObjectsJson(doc, fileId);
  if (Object.keys(inlineObjects).length > 0) content.inlineObjects = inlineObjects;
  const head = { title, documentId: fileId, revisionId: revisionId(fileId, doc.revision), suggestionsViewMode: 'SUGGESTIONS_INLINE' };
  if (!tabs) return { ...head, ...content };
  return { ...head, tabs: [{ tabProperties: { tabId: 't.0', title: 'Tab 1' }, documentTab: content }] };
}

