// The documents.batchUpdate requests the local Workspace applies, each to the Doc as the previous one left it:
// insertText, updateParagraphStyle, updateTextStyle, createParagraphBullets, deleteParagraphBullets,
// deleteContentRange, replaceAllText, insertTable, insertPageBreak. Others fail loudly as not emulated.
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents/request
import { item } from '../../../item.ts';
import { strippedAsGoogle, unacceptableText } from '../../api-text.ts';
import { isPlainObject } from '../../errors.ts';
import type { PublicWeb } from '../../web/public-web.ts';
import { NotImplementedError } from '../../tracked.ts';
import type { CellNode, CellSide, DocModel, Glyph, NamedStyle, SectionNode, TextStyle } from '../model.ts';
import { emptyParagraph, newId, sections } from '../model.ts';
import { batchLayout, forgetLayouts, layoutSegment, segmentOf, shiftLayout, type PlacedParagraph, type SegmentLayout } from './layout.ts';
import { deleteInParagraph, insertInParagraph, paragraphChars, restyleParagraph, splitParagraph, styleBefore } from './paragraph-edit.ts';
import { textStyleFromJson } from './text-style.ts';

/** A request the API refuses (400), with the API's "Invalid requests[i].<type>: …" wording. */
export class RequestError extends Error {}

type Json = Record<string, unknown>;
type Apply = (doc: DocModel, body: Json, fail: (message: string) => RequestError, web: PublicWeb) => Json;

const NAMED_STYLES: NamedStyle[] = ['NORMAL_TEXT', 'TITLE', 'SUBTITLE', 'HEADING_1', 'HEADING_2', 'HEADING_3', 'HEADING_4', 'HEADING_5', 'HEADING_6'];
const ALIGNMENTS: Record<string, 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY'> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const BULLET_GLYPHS: Glyph[] = ['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'];
const PRESETS: Record<string, Glyph[]> = {
  BULLET_DISC_CIRCLE_SQUARE: BULLET_GLYPHS, BULLET_DIAMONDX_ARROW3D_SQUARE: BULLET_GLYPHS, BULLET_CHECKBOX: BULLET_GLYPHS,
  BULLET_ARROW_DIAMOND_DISC: BULLET_GLYPHS, BULLET_STAR_CIRCLE_SQUARE: BULLET_GLYPHS, BULLET_ARROW3D_CIRCLE_SQUARE: BULLET_GLYPHS,
  BULLET_LEFTTRIANGLE_DIAMOND_DISC: BULLET_GLYPHS, BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE: BULLET_GLYPHS, BULLET_DIAMOND_CIRCLE_SQUARE: BULLET_GLYPHS,
  NUMBERED_DECIMAL_ALPHA_ROMAN: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'], NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'],
  NUMBERED_DECIMAL_NESTED: ['NUMBER', 'NUMBER', 'NUMBER'], NUMBERED_UPPERALPHA_ALPHA_ROMAN: ['LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_LOWER'],
  NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL: ['ROMAN_UPPER', 'LATIN_UPPER', 'NUMBER'], NUMBERED_ZERODECIMAL_ALPHA_ROMAN: ['NUMBER', 'LATIN_LOWER', 'ROMAN_LOWER'],
};
const OTHER_REQUESTS = ['createNamedRange', 'deleteNamedRange', 'insertTableRow', 'insertTableColumn', 'deleteTableRow',
  'deleteTableColumn', 'deletePositionedObject', 'updateTableRowStyle', 'replaceImage',
  'mergeTableCells', 'unmergeTableCells', 'createHeader', 'createFooter', 'createFootnote', 'replaceNamedRangeContent',
  'updateSectionStyle', 'insertSectionBreak', 'deleteHeader', 'deleteFooter', 'pinTableHeaderRows', 'insertPerson', 'insertDate',
  'updateDocumentTabProperties', 'addDocumentTab', 'deleteTab'];

function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function segment(doc: DocModel, where: Json | undefined, fail: (m: string) => RequestError): SectionNode {
  if (where?.tabId !== undefined && where.tabId !== 't.0') throw fail(`Tab with ID ${String(where.tabId)} not found.`);
  const section = segmentOf(doc, where?.segmentId);
  if (!section) throw fail(`Segment with ID ${String(where?.segmentId)} not found.`);
  return section;
}

/** location.index, or the end of the segment (before its final "\n") for endOfSegmentLocation. */
function insertionPoint(doc: DocModel, body: Json, fail: (m: string) => RequestError): { layout: SegmentLayout; index: number } {
  const location = isPlainObject(body.location) ? body.location : undefined;
  const end = isPlainObject(body.endOfSegmentLocation) ? body.endOfSegmentLocation : undefined;
  if (Boolean(location) === Boolean(end)) throw fail('Exactly one of location or endOfSegmentLocation must be set.');
  const layout = batchLayout(segment(doc, location ?? end, fail));
  if (end) return { layout, index: layout.paragraphs.filter((p) => p.container === layout.section.children).pop()!.end - 1 };
  const index = int(location?.index);
  if (index === undefined || index < 0) throw fail('The location index must be a non-negative integer.');
  return { layout, index };
}

function paragraphAt(layout: SegmentLayout, index: number, fail: (m: string) => RequestError): PlacedParagraph {
  if (index >= layout.end) throw fail(`Index ${index} must be less than the end index of the referenced segment, ${layout.end}.`);
  const placed = layout.paragraphs.find((p) => p.start <= index && index < p.end);
  if (!placed) throw fail('The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  return placed;
}

function range(doc: DocModel, body: Json, fail: (m: string) => RequestError): { layout: SegmentLayout; start: number; end: number } {
  const r = isPlainObject(body.range) ? body.range : undefined;
  const start = int(r?.startIndex) ?? 0;
  const end = int(r?.endIndex);
  if (!r || end === undefined) throw fail('The range must have an end index.');
  const layout = batchLayout(segment(doc, r, fail));
  if (start >= end) throw fail('The range should not be empty.');
  if (end > layout.end) throw fail(`Index ${end - 1} must be less than the end index of the referenced segment, ${layout.end}.`);
  return { layout, start, end };
}

function fields(body: Json, fail: (m: string) => RequestError): string[] {
  const list = typeof body.fields === 'string' ? body.fields.split(',').map((f) => f.trim()).filter(Boolean) : [];
  if (list.length === 0) throw fail("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  return list;
}

const overlapping = (layout: SegmentLayout, start: number, end: number) => layout.paragraphs.filter((p) => p.start < end && p.end > start);

/** Text as the API stores it (api-text.ts: control and private-use characters stripped); "\u000b" is a line break. */
function cleanText(text: string, fail: (m: string) => RequestError): string {
  const refused = unacceptableText(text);
  if (refused) throw fail(refused);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a vertical tab is the API's line break.
  return strippedAsGoogle(text).replace(/\u000b/g, '\r');
}

const insertText: Apply = (doc, body, fail) => {
  if (typeof body.text !== 'string') throw fail('Text must be set.');
  const { layout, index } = insertionPoint(doc, body, fail);
  const placed = paragraphAt(layout, index, fail);
  let para = placed.node;
  let at = placed.index;
  let offset = index - placed.start;
  const style = styleBefore(para, offset);
  const text = cleanText(body.text, fail);
  if (!text.includes('\n')) {
    insertInParagraph(para, offset, text, style);
    shiftLayout(layout, index, text.length);
    layoutKept = true;
    return {};
  }
  text.split('\n').forEach((part, i) => {
    if (i > 0) {
      const next = splitParagraph(para, offset);
      placed.container.splice(++at, 0, next);
      para = next;
      offset = 0;
    }
    insertInParagraph(para, offset, part, style);
    offset += part.length;
  });
  return {};
};

const updateParagraphStyle: Apply = (doc, body, fail) => {
  const { layout, start, end } = range(doc, body, fail);
  const style = isPlainObject(body.paragraphStyle) ? body.paragraphStyle : {};
  const names = fields(body, fail);
  const all = names.includes('*');
  for (const name of names) if (!['*', 'namedStyleType', 'alignment'].includes(name)) throw new NotImplementedError('DocumentsCollection', `batchUpdate updateParagraphStyle of "${name}"`);
  const named = style.namedStyleType;
  if ((all || names.includes('namedStyleType')) && named !== undefined && !NAMED_STYLES.includes(named as NamedStyle)) throw fail(`Invalid value for namedStyleType: ${String(named)}`);
  for (const p of overlapping(layout, start, end)) {
    if (all || names.includes('namedStyleType')) p.node.style = (named as NamedStyle | undefined) ?? 'NORMAL_TEXT';
    if (all || names.includes('alignment')) {
      const alignment = ALIGNMENTS[String(style.alignment)];
      if (alignment) p.node.alignment = alignment;
      else delete p.node.alignment;
    }
  }
  return {};
};

const updateTextStyle: Apply = (doc, body, fail) => {
  const { layout, start, end } = range(doc, body, fail);
  const patch = textStyleFromJson(isPlainObject(body.textStyle) ? body.textStyle : {}, fields(body, fail));
  for (const p of overlapping(layout, start, end)) restyleParagraph(p.node, Math.max(start, p.start) - p.start, Math.min(end, p.end - 1) - p.start, patch);
  return {};
};

const createParagraphBullets: Apply = (doc, body, fail) => {
  const { layout, start, end } = range(doc, body, fail);
  const glyphs = PRESETS[String(body.bulletPreset)];
  if (!glyphs) throw fail(`Invalid bulletPreset: ${String(body.bulletPreset)}`);
  const id = newId(doc, 'kix.list');
  for (const p of overlapping(layout, start, end)) {
    // Leading tabs give the nesting level and are removed, as the API documents.
    const tabs = /^\t*/.exec(paragraphChars(p.node))?.[0].length ?? 0;
    deleteInParagraph(p.node, 0, tabs);
    p.node.list = { id, level: Math.min(tabs, 8), glyph: item(glyphs, tabs % 3, 'preset glyph') };
  }
  return {};
};

const deleteParagraphBullets: Apply = (doc, body, fail) => {
  const { layout, start, end } = range(doc, body, fail);
  for (const p of overlapping(layout, start, end)) delete p.node.list;
  return {};
};

const deleteContentRange: Apply = (doc, body, fail) => {
  const { layout, start, end } = range(doc, body, fail);
  if (end >= layout.end) throw fail('The range cannot include the newline character at the end of the segment.');
  const first = layout.paragraphs.find((p) => p.start <= start && start < p.end);
  const last = layout.paragraphs.find((p) => p.start <= end && end < p.end);
  if (!first || !last || first.container !== last.container) throw fail('Invalid deletion range: it must start and end in paragraphs of the same table cell or segment.');
  // Documented as an invalid delete (DeleteContentRangeRequest): "Deleting one code unit of a surrogate pair."
  const splits = (p: PlacedParagraph, at: number) => /^[\ud800-\udbff][\udc00-\udfff]$/.test(paragraphChars(p.node).slice(at - p.start - 1, at - p.start + 1));
  if (splits(first, start) || splits(last, end)) throw fail('Invalid deletion range. Cannot delete one code unit of a surrogate pair.');
  if (first === last) {
    deleteInParagraph(first.node, start - first.start, end - first.start);
    return {};
  }
  // The paragraph holding `end` keeps its "\n", so its paragraph style wins; what precedes the range joins it.
  deleteInParagraph(first.node, start - first.start, first.end - first.start - 1);
  deleteInParagraph(last.node, 0, end - last.start);
  last.node.children = [...first.node.children, ...last.node.children];
  first.container.splice(first.index, last.index - first.index);
  return {};
};

const replaceAllText: Apply = (doc, body, fail) => {
  const criteria = isPlainObject(body.containsText) ? body.containsText : undefined;
  const find = criteria?.text;
  if (typeof find !== 'string' || find === '') throw fail('The text to find must not be empty.');
  const replacement = typeof body.replaceText === 'string' ? cleanText(body.replaceText, fail) : '';
  if (find.includes('\n') || replacement.includes('\n')) throw new NotImplementedError('DocumentsCollection', 'batchUpdate replaceAllText across paragraphs');
  const regex = new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), criteria?.matchCase === true ? 'g' : 'gi');
  let count = 0;
  for (const section of sections(doc)) {
    for (const placed of layoutSegment(section).paragraphs) {
      const matches = [...paragraphChars(placed.node).matchAll(regex)].map((m) => m.index as number);
      for (const at of matches.reverse()) {
        const style: TextStyle = styleBefore(placed.node, at + 1);
        deleteInParagraph(placed.node, at, at + find.length);
        insertInParagraph(placed.node, at, replacement, style);
      }
      count += matches.length;
    }
  }
  return { replaceAllText: count > 0 ? { occurrencesChanged: count } : {} };
};

const insertTable: Apply = (doc, body, fail) => {
  const rows = int(body.rows);
  const columns = int(body.columns);
  if (!rows || !columns || rows < 1 || columns < 1 || columns > 20) throw fail('A table must have between 1 and 20 columns and at least one row.');
  const { layout, index } = insertionPoint(doc, body, fail);
  const placed = paragraphAt(layout, index, fail);
  // "A newline character will be inserted before the inserted table": the paragraph is cut there.
  const rest = splitParagraph(placed.node, index - placed.start);
  const table = {
    kind: 'table' as const,
    rows: Array.from({ length: rows }, () => ({ kind: 'row' as const, cells: Array.from({ length: columns }, () => ({ kind: 'cell' as const, children: [emptyParagraph()] })) })),
  };
  placed.container.splice(placed.index + 1, 0, table, rest);
  return {};
};

const insertPageBreak: Apply = (doc, body, fail) => {
  const { layout, index } = insertionPoint(doc, body, fail);
  if (layout.section.kind !== 'body') throw fail('Page breaks can only be inserted in the body.');
  const placed = paragraphAt(layout, index, fail);
  if (placed.container !== layout.section.children) throw fail('Page breaks cannot be inserted inside a table.');
  const offset = index - placed.start;
  const rest = splitParagraph(placed.node, offset);
  placed.node.children.push({ kind: 'pagebreak' });
  placed.container.splice(placed.index + 1, 0, rest);
  return {};
};

/**
 * "The image must be ... publicly accessible", PNG, JPEG or GIF, its URI at most 2 kB; Docs fetches it once at
 * insertion (InsertInlineImageRequest, Docs API reference). It goes "inside the bounds of an existing Paragraph"
 * and not in a footnote or equation. With one objectSize dimension, the other keeps the image's aspect ratio.
 * Google's wording when the fetch fails is not documented; this is the Slides API's, recalled, not verified.
 */
const insertInlineImage: Apply = (doc, body, fail, web) => {
  const uri = typeof body.uri === 'string' ? body.uri : '';
  const image = web.fetchImage(uri);
  if (!image) throw fail('There was a problem retrieving the image. The provided image should be publicly accessible, within size limit, and in supported formats.');
  const { layout, index } = insertionPoint(doc, body, fail);
  const placed = paragraphAt(layout, index, fail);
  const size = isPlainObject(body.objectSize) ? body.objectSize : {};
  const px = (d: unknown) => (isPlainObject(d) && typeof d.magnitude === 'number' ? d.magnitude / 0.75 / (d.unit === 'PT' ? 1 : 12700) : undefined);
  let [width, height] = [px(size.width), px(size.height)];
  if (width === undefined && height === undefined) [width, height] = [image.width, image.height];
  else if (height === undefined) height = (width as number) * image.height / image.width;
  else if (width === undefined) width = height * image.width / image.height;
  else {
    // "If both are specified, the image is scaled to fit within the provided dimensions while maintaining its aspect ratio."
    const scale = Math.min(width / image.width, height / image.height);
    [width, height] = [image.width * scale, image.height * scale];
  }
  const objectId = newId(doc, 'kix');
  const node = { kind: 'image' as const, objectId, contentType: image.contentType, base64: Buffer.from(image.bytes).toString('base64'), width: width as number, height };
  const rest = splitParagraph(placed.node, index - placed.start);
  placed.node.children.push(node, ...rest.children);
  return { insertInlineImage: { objectId } };
};

const PADDINGS: Record<string, CellSide> = { paddingTop: 'top', paddingBottom: 'bottom', paddingLeft: 'left', paddingRight: 'right' };

/**
 * UpdateTableCellStyleRequest: the style of every cell of the table starting at `tableStartLocation`, or of the
 * cells of `tableRange`; `fields` names what changes ("*": everything). Only the paddings are emulated (a
 * Dimension in PT); any other field throws. Google's wording for a location that starts no table is not
 * documented: the strict reading, a 400.
 */
const updateTableCellStyle: Apply = (doc, body, fail) => {
  const style = isPlainObject(body.tableCellStyle) ? body.tableCellStyle : {};
  const names = fields(body, fail);
  const changed = names.includes('*') ? Object.keys(PADDINGS) : names;
  for (const name of changed) if (!PADDINGS[name]) throw new NotImplementedError('DocumentsCollection', `batchUpdate updateTableCellStyle of ${name}`);
  const range = isPlainObject(body.tableRange) ? body.tableRange : undefined;
  const cellLocation = range && isPlainObject(range.tableCellLocation) ? range.tableCellLocation : undefined;
  const start = isPlainObject(body.tableStartLocation) ? body.tableStartLocation : isPlainObject(cellLocation?.tableStartLocation) ? cellLocation.tableStartLocation : undefined;
  if (Boolean(body.tableStartLocation) === Boolean(range)) throw fail('Exactly one of tableRange or tableStartLocation must be set.');
  const layout = batchLayout(segment(doc, start, fail));
  const index = int(start?.index);
  const table = layout.tables.find((t) => t.start === index);
  if (!table) throw fail(`The table start location ${String(index)} does not start a table.`);
  const firstRow = int(cellLocation?.rowIndex) ?? 0;
  const firstColumn = int(cellLocation?.columnIndex) ?? 0;
  const rows = range ? int(range.rowSpan) ?? 0 : table.node.rows.length;
  const columns = range ? int(range.columnSpan) ?? 0 : Math.max(0, ...table.node.rows.map((r) => r.cells.length));
  const cells: CellNode[] = table.node.rows.slice(firstRow, firstRow + rows).flatMap((r) => r.cells.slice(firstColumn, firstColumn + columns));
  if (cells.length === 0) throw fail('The table range must hold at least one cell.');
  for (const name of changed) {
    const side = PADDINGS[name] as CellSide;
    const magnitude = points(style[name]);
    if (style[name] !== undefined && magnitude === undefined) throw fail(`${name} must be a non-negative dimension in PT.`);
    for (const cell of cells) {
      if (typeof magnitude === 'number') cell.padding = { ...cell.padding, [side]: magnitude };
      else if (cell.padding) cell.padding = Object.fromEntries(Object.entries(cell.padding).filter(([key]) => key !== side));
    }
  }
  return {};
};

/** A Dimension in points ("PT" is the only unit the API has), or undefined when it isn't one. */
function points(value: unknown): number | undefined {
  return isPlainObject(value) && value.unit === 'PT' && typeof value.magnitude === 'number' && value.magnitude >= 0 ? value.magnitude : undefined;
}

const MARGINS: Record<string, CellSide> = { marginTop: 'top', marginBottom: 'bottom', marginLeft: 'left', marginRight: 'right' };

/** UpdateDocumentStyleRequest: only the page margins are emulated; any other field throws. */
const updateDocumentStyle: Apply = (doc, body, fail) => {
  const style = isPlainObject(body.documentStyle) ? body.documentStyle : {};
  const names = fields(body, fail);
  if (body.tabId !== undefined && body.tabId !== 't.0') throw fail(`Tab with ID ${String(body.tabId)} not found.`);
  for (const name of names) {
    const side = MARGINS[name];
    if (!side) throw new NotImplementedError('DocumentsCollection', `batchUpdate updateDocumentStyle of ${name}`);
    const value = points(style[name]);
    if (style[name] !== undefined && value === undefined) throw fail(`${name} must be a non-negative dimension in PT.`);
    doc.margins = value === undefined
      ? Object.fromEntries(Object.entries(doc.margins ?? {}).filter(([key]) => key !== side))
      : { ...doc.margins, [side]: value };
  }
  return {};
};

/**
 * UpdateTableColumnPropertiesRequest: the widths of `columnIndices` (empty or absent: every column) of the table at
 * `tableStartLocation`. "The minimum column width is 5 points" (TableColumnProperties.width); FIXED_WIDTH takes
 * `width`, EVENLY_DISTRIBUTED shares what the fixed columns leave.
 */
const updateTableColumnProperties: Apply = (doc, body, fail) => {
  const props = isPlainObject(body.tableColumnProperties) ? body.tableColumnProperties : {};
  const names = fields(body, fail);
  const all = names.includes('*');
  for (const name of names) if (name !== '*' && name !== 'width' && name !== 'widthType') throw fail(`Unknown field ${name} in 'fields'.`);
  const start = isPlainObject(body.tableStartLocation) ? body.tableStartLocation : undefined;
  if (!start) throw fail('The table start location must be set.');
  const layout = batchLayout(segment(doc, start, fail));
  const table = layout.tables.find((t) => t.start === int(start.index));
  if (!table) throw fail(`The table start location ${String(start.index)} does not start a table.`);
  const columns = Math.max(0, ...table.node.rows.map((r) => r.cells.length));
  const indices = Array.isArray(body.columnIndices) && body.columnIndices.length > 0 ? body.columnIndices : Array.from({ length: columns }, (_, i) => i);
  const fixed = props.widthType === 'FIXED_WIDTH';
  const width = points(props.width);
  if ((all || names.includes('widthType')) && fixed && (width === undefined || width < 5)) throw fail('The minimum column width is 5 points.');
  const widths = Array.from({ length: columns }, (_, i) => table.node.columnWidths?.[i] ?? null);
  for (const index of indices) {
    if (!Number.isInteger(index) || index < 0 || index >= columns) throw fail(`Column index ${String(index)} is out of range.`);
    widths[index] = fixed ? (width as number) : null;
  }
  table.node.columnWidths = widths;
  return {};
};

const APPLY: Record<string, Apply> = {
  insertInlineImage, updateTableCellStyle, updateDocumentStyle, updateTableColumnProperties,
  insertText, updateParagraphStyle, updateTextStyle, createParagraphBullets, deleteParagraphBullets, deleteContentRange, replaceAllText, insertTable, insertPageBreak,
};

/** Applies request `i` to `doc` and returns its reply. */
/** Requests that change no index, so the batch's layouts stay right (see batchLayout). */
const RESTYLE_ONLY = new Set(['updateTextStyle', 'updateParagraphStyle', 'deleteParagraphBullets', 'updateTableCellStyle', 'updateDocumentStyle', 'updateTableColumnProperties']);
/** Set by a request that brought the layout up to date itself (insertText without a newline). */
let layoutKept = false;

export function applyRequest(doc: DocModel, request: unknown, i: number, web: PublicWeb): Json {
  layoutKept = false;
  try {
    return applyOne(doc, request, i, web);
  } finally {
    const name = isPlainObject(request) ? Object.keys(request)[0] ?? '' : '';
    if (!layoutKept && !RESTYLE_ONLY.has(name)) forgetLayouts(doc);
  }
}

function applyOne(doc: DocModel, request: unknown, i: number, web: PublicWeb): Json {
  if (!isPlainObject(request)) throw new RequestError(`Invalid requests[${i}]: No request set.`);
  const names = Object.keys(request);
  if (names.length === 0) throw new RequestError(`Invalid requests[${i}]: No request set.`);
  if (names.length > 1) throw new RequestError(`Invalid JSON payload received. Oneof field 'request' is already set. Cannot set '${names[1]}'`);
  const name = item(names, 0, 'request name');
  const apply = APPLY[name];
  if (!apply) {
    if (OTHER_REQUESTS.includes(name)) throw new NotImplementedError('DocumentsCollection', `batchUpdate ${name} request`);
    throw new RequestError(`Invalid JSON payload received. Unknown name "${name}" at 'requests[${i}]': Cannot find field.`);
  }
  const body = isPlainObject(request[name]) ? request[name] : {};
  return apply(doc, body, (message) => new RequestError(`Invalid requests[${i}].${name}: ${message}`), web);
}
