// The batchUpdate requests that edit text in a shape or a table cell: insertText, deleteText, updateTextStyle,
// createParagraphBullets.
// Indexes count the editable text, without the closing newline Slides keeps ("existing text length (9)").
// Google: https://developers.google.com/slides/api/concepts/text,
//   https://developers.google.com/slides/api/reference/rest/v1/presentations/request#inserttextrequest
import { strippedAsGoogle, unacceptableText } from '../api-text.ts';
import { isPlainObject } from '../errors.ts';
import { findElement, findSlide } from './model.ts';
import { UnsupportedRequestError, type Req } from './batch-request.ts';
import * as text from './text.ts';
import type { Run, RunStyle, StyleField } from './text.ts';

type Json = Record<string, unknown>;

/** The runs a request edits, with a way to put them back. */
function target(r: Req): { runs: Run[]; set(runs: Run[]): void } {
  const id = r.body.objectId;
  const cell = isPlainObject(r.body.cellLocation) ? r.body.cellLocation : undefined;
  const found = typeof id === 'string' ? findElement(r.model, id) : undefined;
  if (!found) {
    if (typeof id === 'string' && findSlide(r.model, id)) throw r.fail(`The object (${id}) does not allow text editing.`);
    throw r.notFound(id);
  }
  const el = found.element;
  if (el.kind === 'shape') {
    // Not verified against Google: the wording for a cell location on something that isn't a table.
    if (cell) throw r.fail(`The object (${id}) is not a table, so a cell location can't be used.`);
    return { runs: el.text, set: (runs) => (el.text = runs) };
  }
  if (el.kind === 'table') {
    // Not verified against Google: the wordings for a table without a cell location, and a cell outside it.
    if (!cell) throw r.fail(`The object (${id}) is a table; the cell location should be specified.`);
    const [row, column] = [Number(cell.rowIndex ?? 0), Number(cell.columnIndex ?? 0)];
    const runs = el.cells[row]?.[column];
    if (!runs) throw r.fail(`The cell location (row ${row}, column ${column}) is outside the table (${id}).`);
    return { runs, set: (next) => ((el.cells[row] as Run[][])[column] = next) };
  }
  throw r.fail(`The object (${id}) does not allow text editing.`);
}

/** [start, end) of a textRange, checked against the editable length as the API does. */
function range(r: Req, runs: Run[]): [number, number] {
  const length = text.plainText(runs).length;
  const tr = isPlainObject(r.body.textRange) ? r.body.textRange : {};
  const start = Number(tr.startIndex ?? 0);
  const end = tr.type === 'FIXED_RANGE' ? Number(tr.endIndex ?? 0) : length;
  // Not verified against Google: the wording for a missing or unknown range type.
  if (tr.type !== 'ALL' && tr.type !== 'FIXED_RANGE' && tr.type !== 'FROM_START_INDEX') throw r.fail('The text range type should be ALL, FIXED_RANGE or FROM_START_INDEX.');
  if (tr.type === 'ALL') return [0, length];
  if (end > length) throw r.fail(`The end index (${end}) should not be greater than the existing text length (${length}).`);
  // Not verified against Google: the wording for a start index after the end index.
  if (start < 0 || start > end) throw r.fail(`The start index (${start}) should not be greater than the end index (${end}).`);
  return [start, end];
}

function hexOf(color: unknown, r: Req): string | undefined {
  if (color === undefined) return undefined;
  const opaque = isPlainObject(color) && isPlainObject(color.opaqueColor) ? color.opaqueColor : undefined;
  if (opaque?.themeColor !== undefined) throw new UnsupportedRequestError(`${r.kind} with a theme colour`);
  const rgb = isPlainObject(opaque?.rgbColor) ? opaque.rgbColor : {};
  const part = (v: unknown) => Math.round(Math.max(0, Math.min(1, Number(v ?? 0))) * 255).toString(16).padStart(2, '0');
  return `#${part(rgb.red)}${part(rgb.green)}${part(rgb.blue)}`;
}

const EMULATED = new Set<string>(text.STYLE_FIELDS);
const OTHER_TEXT_STYLE = new Set(['backgroundColor', 'baselineOffset', 'smallCaps', 'strikethrough', 'weightedFontFamily']);

/** The style patch a fields mask selects: listed fields missing from `style` are cleared. */
function patchOf(r: Req, style: Json, fields: string): Partial<RunStyle> {
  const names = fields === '*' ? [...text.STYLE_FIELDS] : fields.split(',').map((f) => f.trim()).filter(Boolean);
  if (names.length === 0) throw r.fail("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  const patch: Partial<RunStyle> = {};
  for (const name of names) {
    if (OTHER_TEXT_STYLE.has(name)) throw new UnsupportedRequestError(`${r.kind} of ${name}`);
    // Not verified against Google: the wording for a field mask naming something TextStyle doesn't have.
    if (!EMULATED.has(name)) throw r.fail(`Invalid field mask: "${name}" is not a field of TextStyle.`);
    const field = name as StyleField;
    const value = style[field];
    if (field === 'fontSize') patch.fontSize = isPlainObject(value) ? Number(value.magnitude) : undefined;
    else if (field === 'foregroundColor') patch.foregroundColor = hexOf(value, r);
    else if (field === 'link') patch.link = isPlainObject(value) && typeof value.url === 'string' ? value.url : undefined;
    else if (field === 'fontFamily') patch.fontFamily = typeof value === 'string' ? value : undefined;
    else patch[field] = typeof value === 'boolean' ? value : undefined;
  }
  return patch;
}

/** Request text as Slides stores it: control and private-use characters stripped (api-text.ts). */
export function storedText(r: Req, value: unknown): string {
  const raw = typeof value === 'string' ? value : '';
  const refused = unacceptableText(raw);
  if (refused) throw r.fail(refused);
  return strippedAsGoogle(raw);
}

export const textRequests: Record<string, (r: Req) => Json> = {
  insertText(r) {
    const t = target(r);
    const length = text.plainText(t.runs).length;
    const at = Number(r.body.insertionIndex ?? 0);
    if (at > length) throw r.fail(`The insertion index (${at}) should not be greater than the existing text length (${length}).`);
    // Not verified against Google: the wording for a negative insertion index.
    if (at < 0 || !Number.isInteger(at)) throw r.fail(`The insertion index (${at}) should not be negative.`);
    t.set(text.insertText(t.runs, at, storedText(r, r.body.text)));
    return {};
  },

  deleteText(r) {
    const t = target(r);
    const [start, end] = range(r, t.runs);
    t.set(text.deleteText(t.runs, start, end));
    return {};
  },

  createParagraphBullets(r) {
    const t = target(r);
    const [start, end] = range(r, t.runs);
    const preset = typeof r.body.bulletPreset === 'string' ? r.body.bulletPreset : 'BULLET_DISC_CIRCLE_SQUARE';
    t.set(text.bulletParagraphs(t.runs, start, end, preset));
    return {};
  },

  updateTextStyle(r) {
    const t = target(r);
    const [start, end] = range(r, t.runs);
    const style = isPlainObject(r.body.style) ? r.body.style : {};
    const patch = patchOf(r, style, typeof r.body.fields === 'string' ? r.body.fields : '');
    t.set(text.restyle(t.runs, start, end, patch));
    return {};
  },
};
