// The presentation as the Slides REST API returns it (Presentations.get): sizes in EMU, text as textElements of
// paragraph markers and runs, tables as tableRows of tableCells. Like any proto3 JSON, zero values and empty
// fields are left out: the first cell's location is {}, a slide has no pageType ("SLIDE" is the zero value).
// Google: https://developers.google.com/slides/api/reference/rest/v1/presentations,
//   https://developers.google.com/slides/api/concepts/transforms
import { EMU_PER_PT, LAYOUTS, MASTER_ID, PAGE_HEIGHT, PAGE_WIDTH, PLACEHOLDER_SIZE, type Box, type ElementModel, type Size, type PresentationModel, type SlideModel } from './model.ts';
import { plainText, type Run, type RunStyle } from './text.ts';

type Json = Record<string, unknown>;

const emu = (pt: number): number => Math.round(pt * EMU_PER_PT);
const dimension = (pt: number): Json => ({ magnitude: emu(pt), unit: 'EMU' });

/** Leaves out zero numbers, as proto3 JSON does. */
function nonZero(entries: Record<string, number>): Json {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== 0));
}

export function revisionId(model: PresentationModel): string {
  return `local-revision-${model.revision}`;
}

function colorJson(hex: string): Json {
  const [red, green, blue] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return { opaqueColor: { rgbColor: nonZero({ red, green, blue }) } };
}

export function styleJson(style: RunStyle): Json {
  const out: Json = {};
  if (style.bold !== undefined) out.bold = style.bold;
  if (style.italic !== undefined) out.italic = style.italic;
  if (style.underline !== undefined) out.underline = style.underline;
  if (style.fontSize !== undefined) out.fontSize = { magnitude: style.fontSize, unit: 'PT' };
  if (style.fontFamily !== undefined) out.fontFamily = style.fontFamily;
  if (style.foregroundColor !== undefined) out.foregroundColor = colorJson(style.foregroundColor);
  if (style.link !== undefined) out.link = { url: style.link };
  return out;
}

/** textElements: per paragraph a paragraphMarker, then its runs, each run cut at the paragraph's newline. */
export function textJson(runs: readonly Run[]): Json | undefined {
  if (plainText(runs) === '') return undefined;
  const pieces: Run[] = [];
  const all = [...runs.map((r) => ({ ...r })), { text: '\n', style: runs[runs.length - 1]?.style ?? {} }];
  for (const run of all) {
    for (const part of run.text.split(/(?<=\n)/)) {
      const last = pieces[pieces.length - 1];
      if (part === '') continue;
      if (last && !last.text.endsWith('\n') && last.style === run.style) last.text += part;
      else pieces.push({ text: part, style: run.style });
    }
  }
  const elements: Json[] = [];
  let index = 0;
  let paragraph: Run[] = [];
  for (const piece of pieces) {
    paragraph.push(piece);
    if (!piece.text.endsWith('\n')) continue;
    const length = paragraph.reduce((n, p) => n + p.text.length, 0);
    // A bulleted paragraph's marker carries its bullet (its list and glyph; nesting level 0 is left out, as proto3 JSON does).
    const bullet = paragraph[0]?.style.bullet ? { bullet: { glyph: '●' } } : {};
    elements.push({ ...nonZero({ startIndex: index }), endIndex: index + length, paragraphMarker: { style: {}, ...bullet } });
    for (const p of paragraph) {
      elements.push({ ...nonZero({ startIndex: index }), endIndex: index + p.text.length, textRun: { content: p.text, style: styleJson(p.style) } });
      index += p.text.length;
    }
    paragraph = [];
  }
  return { textElements: elements };
}

/** Size and transform as Google reports them: the intrinsic size, scaled to the box the element shows in. */
function placement(box: Box, size: Size = box): Json {
  const scale = (shown: number, intrinsic: number) => (intrinsic === 0 ? 1 : shown / intrinsic);
  return {
    size: { width: dimension(size.width), height: dimension(size.height) },
    transform: { scaleX: scale(box.width, size.width), scaleY: scale(box.height, size.height), ...nonZero({ translateX: emu(box.left), translateY: emu(box.top) }), unit: 'EMU' },
  };
}

export function elementJson(el: ElementModel): Json {
  const base: Json = { objectId: el.objectId, ...placement(el.box, el.kind === 'table' ? el.box : el.size) };
  if (el.title) base.title = el.title;
  if (el.description) base.description = el.description;
  const contentUrl = `https://lh3.googleusercontent.com/local-workspace/${el.objectId}`;
  switch (el.kind) {
    case 'shape': {
      const shape: Json = { shapeType: el.shapeType, shapeProperties: {} };
      const text = textJson(el.text);
      if (text) shape.text = text;
      if (el.placeholder) shape.placeholder = { type: el.placeholder.type, ...nonZero({ index: el.placeholder.index }), parentObjectId: el.placeholder.parentObjectId };
      return { ...base, shape };
    }
    case 'table': {
      const [rows, columns] = [el.cells.length, el.cells[0]?.length ?? 0];
      const tableRows = el.cells.map((row, r) => ({
        rowHeight: dimension(el.box.height / rows),
        tableRowProperties: { minRowHeight: dimension(el.box.height / rows) },
        tableCells: row.map((cell, c) => {
          const json: Json = { location: nonZero({ rowIndex: r, columnIndex: c }), rowSpan: 1, columnSpan: 1, tableCellProperties: {} };
          const text = textJson(cell);
          if (text) json.text = text;
          return json;
        }),
      }));
      const tableColumns = Array.from({ length: columns }, (_, c) => ({ columnWidth: dimension(el.columnWidths?.[c] ?? el.box.width / columns) }));
      return { ...base, table: { rows, columns, tableRows, tableColumns } };
    }
    case 'image':
      return { ...base, image: { contentUrl, ...(el.sourceUrl ? { sourceUrl: el.sourceUrl } : {}), imageProperties: {} } };
    case 'sheetsChart':
      return { ...base, sheetsChart: { spreadsheetId: el.chart.spreadsheetId, ...nonZero({ chartId: el.chart.chartId ?? 0 }), contentUrl, sheetsChartProperties: { chartImageProperties: {} } } };
  }
}

function slideJson(slide: SlideModel): Json {
  return {
    objectId: slide.objectId,
    pageElements: slide.elements.map(elementJson),
    slideProperties: { layoutObjectId: LAYOUTS[slide.layout]?.objectId, masterObjectId: MASTER_ID },
    pageProperties: {},
  };
}

export function presentationJson(id: string, title: string, model: PresentationModel): Json {
  return {
    presentationId: id,
    pageSize: { width: dimension(PAGE_WIDTH), height: dimension(PAGE_HEIGHT) },
    slides: model.slides.map(slideJson),
    title,
    masters: [{ objectId: MASTER_ID, pageType: 'MASTER', pageElements: [], masterProperties: { displayName: 'Simple Light' }, pageProperties: {} }],
    layouts: Object.entries(LAYOUTS).map(([name, def]) => ({
      objectId: def.objectId,
      pageType: 'LAYOUT',
      pageElements: def.placeholders.map((p, i) =>
        elementJson({ kind: 'shape', objectId: `${def.objectId}_i${i}`, shapeType: 'TEXT_BOX', box: p.box, size: PLACEHOLDER_SIZE, text: [], placeholder: { type: p.type, index: p.index, parentObjectId: MASTER_ID } })),
      layoutProperties: { masterObjectId: MASTER_ID, name, displayName: def.displayName },
      pageProperties: {},
    })),
    locale: 'en',
    revisionId: revisionId(model),
  };
}
