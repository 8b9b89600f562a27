// The Sheets advanced service (userSymbol "Sheets", v4) over spreadsheets kept as Drive files: Spreadsheets.create,
// get and batchUpdate, and Spreadsheets.Values.batchGet, with the REST API's JSON and errors as Apps Script
// surfaces them (GoogleJsonResponseException), each call judged first against Google's Sheets v4 schemas
// (advanced-calls.ts). Who reaches a spreadsheet is drive/access.ts's "sheetsApi" door:
// spreadsheets reaches every spreadsheet the user can open, drive.file only those Debrief made or was given, and
// spreadsheets.currentonly none (https://developers.google.com/sheets/api/scopes). A batch is applied to a copy
// first, so a batch with one invalid request changes nothing ("If any request is not valid then the entire request
// will fail and nothing will be applied", spreadsheets.batchUpdate reference).
import { judgeAdvancedCall, restParams } from '../advanced-calls.ts';
import { GoogleJsonResponseException } from '../drive/api-error.ts';
import { reach } from '../drive/access.ts';
import type { StoredFile } from '../drive/drive-store.ts';
import { isPlainObject } from '../errors.ts';
import { officialMembers } from '../official-api.ts';
import { requireAuthorization, SCOPE, type ServiceContext } from '../service-context.ts';
import { SpreadsheetModel } from '../sheets/model.ts';
import { NotImplementedError, track } from '../tracked.ts';
import { copySpreadsheet, SPREADSHEET_MIME, spreadsheetCodec } from './codec.ts';
import { applyFieldMask, parseFieldMask, spreadsheetJson, type Json } from './json.ts';
import { applyRequest, SheetsRequestError, writeRows } from './requests.ts';
import { readValueRange } from './values.ts';

export { SPREADSHEET_MIME } from './codec.ts';

const WRITE_SCOPES = [SCOPE.spreadsheets, SCOPE.driveFile, SCOPE.drive];
const READ_SCOPES = [...WRITE_SCOPES, SCOPE.spreadsheetsReadonly, SCOPE.driveReadonly];

const badRequest = (method: string, message: string) => new GoogleJsonResponseException(`sheets.spreadsheets.${method}`, 400, message);

export class SheetsAccess {
  constructor(readonly ctx: ServiceContext) {}

  file(method: string, spreadsheetId: unknown, intent: 'read' | 'write'): StoredFile<SpreadsheetModel> {
    requireAuthorization(this.ctx, `Sheets.Spreadsheets.${method.replace(/^values\./, 'Values.')}`, intent === 'read' ? READ_SCOPES : WRITE_SCOPES);
    const access = reach<SpreadsheetModel>(this.ctx, spreadsheetId, 'sheetsApi', intent);
    if (access.ok && access.file.mimeType === SPREADSHEET_MIME && !access.file.trashed) return access.file;
    if (!access.ok && access.refusal === 'read-only') throw new GoogleJsonResponseException(`sheets.spreadsheets.${method}`, 403, 'The caller does not have permission');
    throw new GoogleJsonResponseException(`sheets.spreadsheets.${method}`, 404, 'Requested entity was not found.');
  }
}

function masked(method: string, value: Json, optionalArgs: unknown): Json {
  const fields = isPlainObject(optionalArgs) ? optionalArgs.fields : undefined;
  if (fields === undefined) return value;
  try {
    return applyFieldMask(value, parseFieldMask(String(fields))) as Json;
  } catch (error) {
    throw badRequest(method, (error as Error).message);
  }
}

export class ValuesCollectionFake {
  constructor(private readonly _access: SheetsAccess) {}

  batchGet(spreadsheetId: unknown, optionalArgs: unknown = {}): Json {
    judgeAdvancedCall(this._access.ctx, { service: 'sheets', method: 'spreadsheets.values.batchGet', params: restParams({ spreadsheetId }, optionalArgs), body: null });
    const file = this._access.file('values.batchGet', spreadsheetId, 'read');
    const options = isPlainObject(optionalArgs) ? optionalArgs : {};
    const ranges = options.ranges === undefined ? [] : Array.isArray(options.ranges) ? options.ranges : [options.ranges];
    try {
      const valueRanges = ranges.map((r) => readValueRange(file.content, String(r), options));
      return masked('values.batchGet', { spreadsheetId: file.id, valueRanges }, optionalArgs);
    } catch (error) {
      if (error instanceof SheetsRequestError) throw badRequest('values.batchGet', error.message);
      throw error;
    }
  }
}

export class SpreadsheetsCollectionFake {
  readonly Values: ValuesCollectionFake;

  constructor(private readonly _access: SheetsAccess, calls: ServiceContext['calls']) {
    this.Values = track('Sheets.Collection.Spreadsheets.ValuesCollection', new ValuesCollectionFake(_access), calls);
  }

  /** A new spreadsheet owned by the user and reachable under drive.file (Debrief made it), with the sheets asked for. */
  create(resource: unknown): Json {
    const ctx = this._access.ctx;
    judgeAdvancedCall(ctx, { service: 'sheets', method: 'spreadsheets.create', params: {}, body: resource });
    requireAuthorization(ctx, 'Sheets.Spreadsheets.create', WRITE_SCOPES);
    const body = isPlainObject(resource) ? resource : {};
    const properties = isPlainObject(body.properties) ? body.properties : {};
    const title = typeof properties.title === 'string' && properties.title ? properties.title : 'Untitled spreadsheet';
    const timeZone = typeof properties.timeZone === 'string' ? properties.timeZone : ctx.timeZone;
    const sheets = Array.isArray(body.sheets) ? body.sheets : [];
    // Built completely before the file exists, so a refused resource leaves nothing behind in Drive.
    const model = new SpreadsheetModel('pending', title, timeZone, ctx.now);
    const first = model.sheets[0];
    // The model starts with a default sheet; asked-for sheets replace it, so it must not hold their id or name.
    if (sheets.length && first) {
      (first as { sheetId: number }).sheetId = -1;
      model.renameSheet(first, '\u0000default');
    }
    try {
      sheets.forEach((sheet, i) => {
        const s = isPlainObject(sheet) ? sheet : {};
        const reply = applyRequest(model, { addSheet: { properties: s.properties ?? {} } }, i) as { addSheet: { properties: { sheetId: number } } };
        const added = model.sheets.find((m) => m.sheetId === reply.addSheet.properties.sheetId);
        for (const data of Array.isArray(s.data) ? s.data : []) {
          const d = isPlainObject(data) ? data : {};
          if (added) writeRows(added, Number(d.startRow ?? 0), Number(d.startColumn ?? 0), d.rowData ?? [], parseFieldMask('userEnteredValue,userEnteredFormat,note,textFormatRuns'));
        }
      });
    } catch (error) {
      if (error instanceof SheetsRequestError) throw badRequest('create', error.message.replace(/requests\[(\d+)\]\.addSheet/, 'sheets[$1]'));
      throw error;
    }
    if (sheets.length && first) model.removeSheet(first);
    const file = ctx.drive.create<SpreadsheetModel>({ name: title, mimeType: SPREADSHEET_MIME, content: model, owner: ctx.userEmail, grantedTo: [ctx.userEmail] });
    (model as { id: string }).id = file.id;
    return spreadsheetJson(file);
  }

  get(spreadsheetId: unknown, optionalArgs: unknown = {}): Json {
    judgeAdvancedCall(this._access.ctx, { service: 'sheets', method: 'spreadsheets.get', params: restParams({ spreadsheetId }, optionalArgs), body: null });
    const file = this._access.file('get', spreadsheetId, 'read');
    if (isPlainObject(optionalArgs) && (optionalArgs.includeGridData === true || optionalArgs.ranges !== undefined)) {
      throw new NotImplementedError('SpreadsheetsCollection', 'get with includeGridData or ranges (read values with Values.batchGet)');
    }
    return masked('get', spreadsheetJson(file), optionalArgs);
  }

  batchUpdate(resource: unknown, spreadsheetId: unknown): Json {
    judgeAdvancedCall(this._access.ctx, { service: 'sheets', method: 'spreadsheets.batchUpdate', params: restParams({ spreadsheetId }), body: resource });
    const file = this._access.file('batchUpdate', spreadsheetId, 'write');
    const body = isPlainObject(resource) ? resource : {};
    const requests = Array.isArray(body.requests) ? body.requests : [];
    const trial = copySpreadsheet(file.content, this._access.ctx.now);
    try {
      requests.forEach((request, i) => applyRequest(trial, request, i));
    } catch (error) {
      if (error instanceof SheetsRequestError) throw badRequest('batchUpdate', error.message);
      throw error;
    }
    // The trial succeeded: apply the same requests to the stored spreadsheet (which others may hold open).
    const replies = requests.map((request, i) => applyRequest(file.content, request, i));
    if (requests.length) this._access.ctx.drive.touch(file);
    return { spreadsheetId: file.id, replies };
  }
}

/** The `Sheets` global: Sheets.Spreadsheets and the newXxx() builders (empty resources for the script to fill). */
export class SheetsAdvancedFake {
  readonly Spreadsheets: SpreadsheetsCollectionFake;

  constructor(ctx: ServiceContext) {
    this.Spreadsheets = track('Sheets.Collection.SpreadsheetsCollection', new SpreadsheetsCollectionFake(new SheetsAccess(ctx), ctx.calls), ctx.calls);
    for (const name of officialMembers('Sheets')) {
      if (name.startsWith('new')) (this as unknown as Record<string, () => object>)[name] = () => ({});
    }
  }
}

/** Registers the spreadsheet codec with the Drive store (before a snapshot is restored) and builds the service. */
export function createSheetsService(ctx: ServiceContext): SheetsAdvancedFake {
  ctx.drive.registerCodec(SPREADSHEET_MIME, spreadsheetCodec(ctx.now));
  return track('Sheets', new SheetsAdvancedFake(ctx), ctx.calls);
}
