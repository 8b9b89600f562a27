// Developer metadata on a sheet: key/value tags a script attaches so it can recognise the sheet later, whatever
// people rename it to. "If the associated object is deleted then its metadata is deleted too"
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata): here it lives on the
// sheet's model, so deleting the sheet drops it. Only sheet locations are emulated; the rest throw as unimplemented.
import type { WorkspaceContext } from '../context.ts';
import { enumName, officialEnum } from '../enums.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import type { SheetModel } from './model.ts';

const VISIBILITY = officialEnum('Spreadsheet.DeveloperMetadataVisibility');
const LOCATION_TYPE = officialEnum('Spreadsheet.DeveloperMetadataLocationType');

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
}

let nextId = 1;

/** Sheet.addDeveloperMetadata(key), (key, value), (key, visibility) or (key, value, visibility). */
export function addMetadata(sheet: SheetModel, args: unknown[]): void {
  const [key, second, third] = args;
  const secondIsVisibility = enumName(second) !== undefined;
  const value = secondIsVisibility ? undefined : second;
  const visibility = enumName(secondIsVisibility ? second : third) ?? 'DOCUMENT';
  const valid = typeof key === 'string' && (value === undefined || typeof value === 'string') && (visibility === 'DOCUMENT' || visibility === 'PROJECT')
    && args.length <= 3 && !(secondIsVisibility && third !== undefined);
  if (!valid) throw signatureMismatch('SpreadsheetApp.Sheet.addDeveloperMetadata', args);
  if (key === '') throw new AppsScriptException('Invalid argument: key');
  sheet.developerMetadata.push({ id: nextId++, key, value: value ?? null, visibility: visibility as MetadataSpec['visibility'] });
}

export function trackedMetadata(ctx: WorkspaceContext, sheet: SheetModel, spec: MetadataSpec): FakeDeveloperMetadata {
  return ctx.track('Spreadsheet.DeveloperMetadata', new FakeDeveloperMetadata(ctx, sheet, spec));
}

export class FakeDeveloperMetadata {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _sheet: SheetModel, private readonly _spec: MetadataSpec) {}

  getId(): number { return this._spec.id; }
  getKey(): string { return this._spec.key; }
  getValue(): string | null { return this._spec.value; }
  getVisibility(): unknown { return VISIBILITY[this._spec.visibility]; }

  getLocation(): unknown {
    return this._ctx.track('Spreadsheet.DeveloperMetadataLocation', new FakeMetadataLocation(this._ctx, this._sheet));
  }

  setKey(key: string): this {
    if (typeof key !== 'string' || key === '') throw signatureMismatch('SpreadsheetApp.DeveloperMetadata.setKey', [key]);
    this._spec.key = key;
    return this;
  }

  setValue(value: string): this {
    if (typeof value !== 'string') throw signatureMismatch('SpreadsheetApp.DeveloperMetadata.setValue', [value]);
    this._spec.value = value;
    return this;
  }

  setVisibility(visibility: unknown): this {
    const name = enumName(visibility);
    if (name !== 'DOCUMENT' && name !== 'PROJECT') throw signatureMismatch('SpreadsheetApp.DeveloperMetadata.setVisibility', [visibility]);
    this._spec.visibility = name;
    return this;
  }

  remove(): void {
    const list = this._sheet.developerMetadata;
    const at = list.indexOf(this._spec);
    if (at >= 0) list.splice(at, 1);
  }
}

class FakeMetadataLocation {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _sheet: SheetModel) {}

  getLocationType(): unknown { return LOCATION_TYPE.SHEET; }
  getSheet(): unknown { return sheetOf(this._ctx, this._sheet); }
}

let sheetOf: (ctx: WorkspaceContext, sheet: SheetModel) => unknown = () => null;
/** sheet.ts registers how to wrap a sheet model, so the location can hand back its Sheet without an import cycle. */
export function registerSheetWrapper(wrap: (ctx: WorkspaceContext, sheet: SheetModel) => unknown): void {
  sheetOf = wrap;
}
