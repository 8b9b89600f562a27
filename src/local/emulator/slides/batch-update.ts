// Slides API batchUpdate requests applied in order to a presentation model. The caller hands a copy and keeps it
// only if every request succeeds (the API applies a batch atomically). Request types the official types list but
// this file doesn't implement fail loudly rather than being ignored.
// Google: https://developers.google.com/slides/api/reference/rest/v1/presentations/batchUpdate,
//   https://developers.google.com/slides/api/reference/rest/v1/presentations/request
import { isPlainObject } from '../errors.ts';
import type { DriveStore } from '../drive/drive-store.ts';
import { officialEnumValues, officialMembers } from '../official-api.ts';
import { EMU_PER_PT, LAYOUTS, PAGE_HEIGHT, PAGE_WIDTH, findElement, layoutById, slideFromLayout, type Box, type ElementModel, type PresentationModel } from './model.ts';
import { Req, RequestError, UnsupportedRequestError } from './batch-request.ts';
import { IMAGE_RETRIEVAL_MESSAGE, imageFromUrl } from './sources.ts';
import { replaceInSlides } from './slide.ts';
import { storedText, textRequests } from './batch-text.ts';

type Reply = Record<string, unknown>;

const DEFAULT_BOX: Box = { left: 0, top: 0, width: 300, height: 200 };
/** 406,400 EMU: the least width a table column may be given (UpdateTableColumnPropertiesRequest). */
const MIN_TABLE_COLUMN_PT = 406_400 / EMU_PER_PT;

const HANDLERS: Record<string, (r: Req) => Reply> = {
  createSlide(r) {
    const b = r.body;
    const objectId = r.newId(b.objectId);
    const ref = isPlainObject(b.slideLayoutReference) ? b.slideLayoutReference : undefined;
    let layout = 'BLANK';
    if (ref?.predefinedLayout !== undefined) {
      if (!officialEnumValues('Slides.PredefinedLayout').has(String(ref.predefinedLayout)) || ref.predefinedLayout === 'UNSUPPORTED') {
        throw r.badValue('slide_layout_reference.predefined_layout', 'PredefinedLayout', ref.predefinedLayout);
      }
      layout = String(ref.predefinedLayout);
    } else if (ref?.layoutId !== undefined) {
      layout = layoutById(String(ref.layoutId)) ?? '';
      if (!layout) throw r.notFound(ref.layoutId);
    }
    const mappings = Array.isArray(b.placeholderIdMappings) ? b.placeholderIdMappings : [];
    // Documented: "Can only be used when slide_layout_reference is specified." The wording here is not verified.
    if (mappings.length && !ref) throw r.fail('placeholderIdMappings can only be used when slideLayoutReference is specified.');
    const def = LAYOUTS[layout];
    const ids = new Map<string, string>();
    for (const m of mappings) {
      const mapping = isPlainObject(m) ? m : {};
      const wanted = isPlainObject(mapping.layoutPlaceholder) ? mapping.layoutPlaceholder : undefined;
      const at = def?.placeholders.findIndex((p, i) =>
        wanted ? p.type === wanted.type && p.index === Number(wanted.index ?? 0) : `${def.objectId}_i${i}` === mapping.layoutPlaceholderObjectId) ?? -1;
      const p = def?.placeholders[at];
      // Not verified against Google: the wording for a placeholder the layout doesn't have.
      if (!p) throw r.fail(`The layout ${layout} has no placeholder matching ${JSON.stringify(wanted ?? mapping.layoutPlaceholderObjectId)}.`);
      ids.set(`${p.type}:${p.index}`, r.newId(mapping.objectId));
    }
    const at = b.insertionIndex === undefined ? r.model.slides.length : Number(b.insertionIndex);
    // Not verified against Google: the wording for an insertion index past the end.
    if (!Number.isInteger(at) || at < 0 || at > r.model.slides.length) throw r.fail(`The insertion index (${String(b.insertionIndex)}) is out of range.`);
    r.model.slides.splice(at, 0, slideFromLayout(r.model, layout, objectId, ids));
    return { createSlide: { objectId } };
  },

  createShape(r) {
    const objectId = r.newId(r.body.objectId);
    const shapeType = r.body.shapeType;
    if (typeof shapeType !== 'string' || !officialEnumValues('Slides.ShapeType').has(shapeType) || shapeType === 'UNSUPPORTED') {
      throw r.badValue('shape_type', 'Shape.Type', shapeType ?? 'TYPE_UNSPECIFIED');
    }
    const { slide, box, size } = r.placement(DEFAULT_BOX);
    slide.elements.push({ kind: 'shape', objectId, shapeType, box, ...(size ? { size } : {}), text: [] });
    return { createShape: { objectId } };
  },

  createTable(r) {
    const objectId = r.newId(r.body.objectId);
    const [rows, columns] = [Number(r.body.rows ?? 0), Number(r.body.columns ?? 0)];
    // Not verified against Google: the wording for a table without rows or columns.
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) throw r.fail('A table should have at least one row and one column.');
    const height = Math.min(rows * 28, PAGE_HEIGHT - 40);
    const { slide, box } = r.placement({ left: (PAGE_WIDTH - 576) / 2, top: (PAGE_HEIGHT - height) / 2, width: 576, height }, { table: true });
    slide.elements.push({ kind: 'table', objectId, box, cells: Array.from({ length: rows }, () => Array.from({ length: columns }, () => [])) });
    return { createTable: { objectId } };
  },

  createImage(r) {
    const objectId = r.newId(r.body.objectId);
    const image = typeof r.body.url === 'string' ? imageFromUrl(r.body.url, r.drive) : undefined;
    if (!image) throw r.fail(IMAGE_RETRIEVAL_MESSAGE);
    const { slide, box, size } = r.placement({ left: 0, top: 0, width: 200, height: 150 });
    slide.elements.push({ kind: 'image', objectId, box, ...(size ? { size } : {}), ...image });
    return { createImage: { objectId } };
  },

  createSheetsChart(r) {
    const objectId = r.newId(r.body.objectId);
    const mode = r.body.linkingMode ?? 'NOT_LINKED_IMAGE';
    if (mode !== 'LINKED' && mode !== 'NOT_LINKED_IMAGE') throw r.badValue('linking_mode', 'CreateSheetsChartRequest.LinkingMode', mode);
    const spreadsheetId = typeof r.body.spreadsheetId === 'string' ? r.body.spreadsheetId : '';
    const chartId = typeof r.body.chartId === 'number' ? r.body.chartId : null;
    // Not verified against Google: the wording when the chart isn't named.
    if (!spreadsheetId || chartId === null) throw r.fail('The spreadsheet ID and chart ID should be specified.');
    const { slide, box } = r.placement({ left: 0, top: 0, width: 450, height: 278 });
    const chart = { spreadsheetId, chartId, title: '', ranges: [] };
    const el: ElementModel = mode === 'LINKED' ? { kind: 'sheetsChart', objectId, box, chart } : { kind: 'image', objectId, box, chart };
    slide.elements.push(el);
    return { createSheetsChart: { objectId } };
  },

  /**
   * Moves, scales or shears an element (UpdatePageElementTransformRequest): ABSOLUTE replaces its transform,
   * RELATIVE multiplies it onto the current one. Its intrinsic size stays; what it shows at is size × scale. A
   * table's transform keeps a scale of 1, as for createTable. Shear is not emulated (it fails loudly).
   */
  updatePageElementTransform(r) {
    const found = typeof r.body.objectId === 'string' ? findElement(r.model, r.body.objectId) : undefined;
    if (!found) throw r.notFound(r.body.objectId);
    const mode = r.body.applyMode;
    if (mode !== 'ABSOLUTE' && mode !== 'RELATIVE') throw r.badValue('apply_mode', 'UpdatePageElementTransformRequest.ApplyMode', mode ?? 'APPLY_MODE_UNSPECIFIED');
    const t = isPlainObject(r.body.transform) ? r.body.transform : {};
    if (Number(t.shearX ?? 0) !== 0 || Number(t.shearY ?? 0) !== 0) throw new UnsupportedRequestError('updatePageElementTransform with shear');
    const unit = t.unit === 'PT' ? 1 : EMU_PER_PT;
    const [sx, sy, tx, ty] = [Number(t.scaleX ?? 0), Number(t.scaleY ?? 0), Number(t.translateX ?? 0) / unit, Number(t.translateY ?? 0) / unit];
    const el = found.element;
    const size = el.kind === 'table' ? el.box : (el.size ?? { width: el.box.width, height: el.box.height });
    const [cx, cy] = [el.box.width / size.width, el.box.height / size.height];
    const next = mode === 'ABSOLUTE'
      ? { scaleX: sx, scaleY: sy, left: tx, top: ty }
      : { scaleX: sx * cx, scaleY: sy * cy, left: sx * el.box.left + tx, top: sy * el.box.top + ty };
    if (el.kind === 'table' && (next.scaleX !== 1 || next.scaleY !== 1)) throw r.fail('Table transforms must have a scale of 1 and no shear components.');
    // Not verified against Google: the wording for a transform that can't be inverted.
    if (next.scaleX * next.scaleY === 0) throw r.fail('The transform is not invertible.');
    if (el.kind !== 'table') el.size = { width: size.width, height: size.height };
    el.box = { left: next.left, top: next.top, width: size.width * next.scaleX, height: size.height * next.scaleY };
    return {};
  },

  /**
   * A table's column widths (UpdateTableColumnPropertiesRequest): the columns named (none: every column) take
   * `tableColumnProperties.columnWidth`; "If '"column_width"' is included in the field mask but the property is left
   * unset, the column width will default to 406,400 EMU (32 points)", and "less than 406,400 EMU (32 points), a 400 bad
   * request error is returned". The table is as wide as its columns together, as in Slides.
   * Google: developers.google.com/workspace/slides/api/reference/rest/v1/presentations/request#updatetablecolumnpropertiesrequest
   */
  updateTableColumnProperties(r) {
    const found = typeof r.body.objectId === 'string' ? findElement(r.model, r.body.objectId) : undefined;
    if (!found) throw r.notFound(r.body.objectId);
    const table = found.element;
    // Not verified against Google: the wording for an element that isn't a table.
    if (table.kind !== 'table') throw r.fail(`The object (${String(r.body.objectId)}) is not a table.`);
    const fields = typeof r.body.fields === 'string' ? r.body.fields.split(',').map((f) => f.trim()).filter(Boolean) : [];
    // "At least one field must be specified"; the wording of the refusal is not verified.
    if (fields.length === 0) throw r.fail('At least one field must be specified.');
    for (const f of fields) if (f !== '*' && f !== 'columnWidth' && f !== 'column_width') throw r.fail(`Invalid field mask: ${f}.`);
    const columns = table.cells[0]?.length ?? 0;
    const indices = Array.isArray(r.body.columnIndices) && r.body.columnIndices.length ? r.body.columnIndices.map(Number) : Array.from({ length: columns }, (_, c) => c);
    // Not verified against Google: the wording for a column the table doesn't have.
    for (const c of indices) if (!Number.isInteger(c) || c < 0 || c >= columns) throw r.fail(`The column index (${c}) is out of range.`);
    const props = isPlainObject(r.body.tableColumnProperties) ? r.body.tableColumnProperties : {};
    const d = isPlainObject(props.columnWidth) ? props.columnWidth : undefined;
    const width = d ? r.toPt(d.magnitude, d.unit, 'table_column_properties.column_width') : MIN_TABLE_COLUMN_PT;
    // Not verified against Google: the refusal's wording (the 406,400 EMU floor is documented).
    if (width < MIN_TABLE_COLUMN_PT - 1e-9) throw r.fail(`The column width should be at least 406400 EMU (32 PT), but was ${Math.round(width * EMU_PER_PT)} EMU.`);
    const widths = table.columnWidths ?? Array.from({ length: columns }, () => table.box.width / columns);
    for (const c of indices) widths[c] = width;
    table.columnWidths = widths;
    table.box = { ...table.box, width: widths.reduce((a, b) => a + b, 0) };
    return {};
  },

  deleteObject(r) {
    const id = r.body.objectId;
    const slideAt = r.model.slides.findIndex((s) => s.objectId === id);
    if (slideAt >= 0) r.model.slides.splice(slideAt, 1);
    else {
      const found = typeof id === 'string' ? findElement(r.model, id) : undefined;
      if (!found) throw r.notFound(id);
      found.slide.elements = found.slide.elements.filter((e) => e.objectId !== id);
    }
    return {};
  },

  /** Literal; occurrencesChanged is left out of the reply when it is 0, as proto3 JSON does. */
  replaceAllText(r) {
    const contains = isPlainObject(r.body.containsText) ? r.body.containsText : {};
    const find = typeof contains.text === 'string' ? contains.text : '';
    // The API's message contains "match text should not be empty"; its exact start is not verified.
    if (find === '') throw r.fail('The match text should not be empty.');
    const pages = Array.isArray(r.body.pageObjectIds) ? r.body.pageObjectIds.map((id) => r.slide(id)) : r.model.slides;
    const replacement = storedText(r, r.body.replaceText);
    const count = replaceInSlides(pages, find, replacement, contains.matchCase === true);
    return { replaceAllText: count ? { occurrencesChanged: count } : {} };
  },

  ...textRequests,
};

/** Applies `requests` in order to `model` (mutating it) and returns one reply per request. */
export function applyRequests(model: PresentationModel, requests: unknown[], drive: DriveStore): Reply[] {
  const known = officialMembers('Slides.Schema.Request');
  return requests.map((request, index) => {
    if (!isPlainObject(request)) throw new RequestError(`Invalid requests[${index}]: No request set.`);
    const kinds = Object.keys(request).filter((k) => request[k] !== undefined && request[k] !== null);
    for (const k of kinds) {
      if (!known.has(k)) throw new RequestError(`Invalid JSON payload received. Unknown name "${k}" at 'requests[${index}]': Cannot find field.`);
    }
    if (kinds.length === 0) throw new RequestError(`Invalid requests[${index}]: No request set.`);
    // Not verified against Google: the wording when one request sets two kinds.
    if (kinds.length > 1) throw new RequestError(`Invalid requests[${index}]: Only one kind of request may be set, found ${kinds.join(' and ')}.`);
    const kind = kinds[0] as string;
    const handler = HANDLERS[kind];
    if (!handler) throw new UnsupportedRequestError(kind);
    const body = request[kind];
    return handler(new Req(model, index, kind, isPlainObject(body) ? body : {}, drive));
  });
}
