// The Sheets API's JSON for a stored spreadsheet (Spreadsheet, SheetProperties) and the `fields` parameter that
// trims a response to what was asked for: "sheets.properties(sheetId,title)" returns only those, as Google does,
// so the add-on can't come to depend on a field it never requested
// (https://developers.google.com/sheets/api/guides/field-masks).
import type { StoredFile } from '../drive/drive-store.ts';
import type { SheetModel, SpreadsheetModel } from '../sheets/model.ts';

export type Json = Record<string, unknown>;

export function sheetProperties(sheet: SheetModel, index: number): Json {
  return {
    sheetId: sheet.sheetId,
    title: sheet.name,
    index,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: sheet.maxRows,
      columnCount: sheet.maxColumns,
      ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
      ...(sheet.frozenColumns ? { frozenColumnCount: sheet.frozenColumns } : {}),
    },
    ...(sheet.hidden ? { hidden: true } : {}),
  };
}

export function spreadsheetJson(file: StoredFile<SpreadsheetModel>): Json {
  const model = file.content;
  return {
    spreadsheetId: file.id,
    properties: { title: file.name, locale: 'en_US', autoRecalc: 'ON_CHANGE', timeZone: model.timeZone },
    sheets: model.sheets.map((s, i) => ({ properties: sheetProperties(s, i) })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${file.id}/edit`,
  };
}

type Mask = Map<string, Mask | true>;

/** Parses "a.b(c,d),e" into a tree; throws on unbalanced brackets or empty names. */
export function parseFieldMask(text: string): Mask {
  let at = 0;
  const parseList = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const path: string[] = [];
      let name = '';
      while (at < text.length && !',()'.includes(text[at] as string)) {
        const ch = text[at++] as string;
        if (ch === '.') {
          path.push(name.trim());
          name = '';
        } else name += ch;
      }
      path.push(name.trim());
      if (path.some((p) => p === '')) throw new Error(`Invalid field selection ${text}`);
      let sub: Mask | true = true;
      if (text[at] === '(') {
        at++;
        sub = parseList();
        if (text[at++] !== ')') throw new Error(`Invalid field selection ${text}`);
      }
      let node = mask;
      path.forEach((p, i) => {
        if (i === path.length - 1) {
          const existing = node.get(p);
          node.set(p, existing instanceof Map && sub instanceof Map ? new Map([...existing, ...sub]) : existing === true ? true : sub);
        } else {
          const next = node.get(p);
          if (next === true) return;
          const child: Mask = next ?? new Map();
          node.set(p, child);
          node = child;
        }
      });
      if (text[at] !== ',') return mask;
      at++;
    }
  };
  const mask = parseList();
  if (at !== text.length) throw new Error(`Invalid field selection ${text}`);
  return mask;
}

/** Keeps only the masked fields of `value` (arrays are masked element by element). */
export function applyFieldMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => applyFieldMask(item, mask));
  const out: Json = {};
  for (const [name, sub] of mask) {
    if (name === '*') return value;
    if (name in (value as Json)) out[name] = applyFieldMask((value as Json)[name], sub);
  }
  return out;
}
