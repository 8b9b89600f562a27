// The Sheets advanced service: create, get (with field masks), batchUpdate (atomic, with the refusals Google
// documents) and Values.batchGet, over spreadsheets kept in Drive and reached as the user's scopes allow.
import { describe, expect, it } from 'vitest';
import { CallLog } from '../../../../src/local/emulator/call-log.ts';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { createLocalWorkspace } from '../../../../src/local/emulator/index.ts';
import { SCOPE, type ServiceContext } from '../../../../src/local/emulator/service-context.ts';
import { createSheetsService } from '../../../../src/local/emulator/sheets-api/index.ts';
import type { SpreadsheetModel } from '../../../../src/local/emulator/sheets/model.ts';

const NOW = () => new Date('2026-11-24T10:00:00Z');
const USER = 'you@agency.example';
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function world(options: { drive?: DriveStore; user?: string; scopes?: string[] } = {}) {
  const drive = options.drive ?? new DriveStore(NOW, USER);
  const calls = new CallLog();
  const ctx: ServiceContext = {
    calls, drive, now: NOW, userEmail: options.user ?? USER, timeZone: 'Etc/UTC', authMode: () => 'FULL',
    grantedScopes: new Set(options.scopes ?? [SCOPE.driveFile]),
  };
  return { Sheets: createSheetsService(ctx) as Any, drive, calls };
}

const text = (s: string) => ({ userEnteredValue: { stringValue: s } });
const num = (n: number) => ({ userEnteredValue: { numberValue: n } });
const row = (...cells: object[]) => ({ values: cells });

function ledger(w = world()) {
  const made = w.Sheets.Spreadsheets.create({
    properties: { title: 'Campaign ledger' },
    sheets: [
      { properties: { title: 'KPIs', sheetId: 11, gridProperties: { rowCount: 3, columnCount: 4, frozenRowCount: 1 } },
        data: [{ startRow: 0, startColumn: 0, rowData: [row(text('Key'), text('KPI'), text('Actual')), row(text('k1'), text('Reach'), num(500_000))] }] },
      { properties: { title: 'Learnings', sheetId: 12 } },
    ],
  });
  return { ...w, id: made.spreadsheetId as string, made };
}

describe('Sheets.Spreadsheets.create and get', () => {
  it('makes a spreadsheet in the user’s Drive, granted to Debrief, with the sheets and rows asked for', () => {
    const { made, drive, id } = ledger();
    expect(made.properties.title).toBe('Campaign ledger');
    expect(made.sheets.map((s: Any) => [s.properties.sheetId, s.properties.title, s.properties.index])).toEqual([[11, 'KPIs', 0], [12, 'Learnings', 1]]);
    expect(made.sheets[0].properties.gridProperties).toEqual({ rowCount: 3, columnCount: 4, frozenRowCount: 1 });
    const file = drive.find(id)!;
    expect([file.mimeType, file.owner, file.grantedTo]).toEqual(['application/vnd.google-apps.spreadsheet', USER, [USER]]);
  });

  it('returns only the fields asked for', () => {
    const { Sheets, id } = ledger();
    expect(Sheets.Spreadsheets.get(id, { fields: 'sheets.properties(sheetId,title)' })).toEqual({
      sheets: [{ properties: { sheetId: 11, title: 'KPIs' } }, { properties: { sheetId: 12, title: 'Learnings' } }],
    });
    expect(Sheets.Spreadsheets.get(id, { fields: 'spreadsheetId,properties.title' })).toEqual({ spreadsheetId: id, properties: { title: 'Campaign ledger' } });
  });

  it('counts each call as Apps Script does', () => {
    const { Sheets, id, calls } = ledger();
    Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs'] });
    expect(calls.snapshot()).toMatchObject({ 'SpreadsheetsCollection.create': 1, 'ValuesCollection.batchGet': 1 });
  });
});

describe('Sheets.Spreadsheets.Values.batchGet', () => {
  it('reads whole sheets and A1 ranges, without trailing empty rows and columns', () => {
    const { Sheets, id } = ledger();
    const got = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs', "'Learnings'!A1:C", 'KPIs!B2:B3'], valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(got.valueRanges).toEqual([
      { range: 'KPIs!A1:D3', majorDimension: 'ROWS', values: [['Key', 'KPI', 'Actual'], ['k1', 'Reach', 500_000]] },
      { range: 'Learnings!A1:C1000', majorDimension: 'ROWS' },
      { range: 'KPIs!B2:B3', majorDimension: 'ROWS', values: [['Reach']] },
    ]);
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs!C2'] }).valueRanges[0].values).toEqual([['500000']]);
  });

  it('refuses a range naming no sheet', () => {
    const { Sheets, id } = ledger();
    expect(() => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Nope!A1'] })).toThrow('API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: Nope!A1');
  });
});

describe('Sheets.Spreadsheets.batchUpdate', () => {
  it('keeps text as text: a string value is never a formula', () => {
    const { Sheets, id } = ledger();
    Sheets.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: 12, rows: [row(text('=1+1'), text('+2'), { userEnteredValue: { formulaValue: '=1+1' } })], fields: 'userEnteredValue' } }] }, id);
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Learnings'], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges[0].values).toEqual([['=1+1', '+2', 2]]);
  });

  it('applies a batch to a ledger tab of 200,000 cells (a 10,000-creator campaign appended twice)', () => {
    const { Sheets, id } = ledger();
    const many = Array.from({ length: 20_000 }, (_, r) => row(...Array.from({ length: 10 }, (_, c) => num(r * 10 + c))));
    Sheets.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: 12, rows: many, fields: 'userEnteredValue' } }] }, id);
    Sheets.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: 12, rows: [row(text('next'))], fields: 'userEnteredValue' } }] }, id);
    const got = Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Learnings!A19999:A20001'], valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(got.valueRanges[0].values).toEqual([[199_980], [199_990], ['next']]);
  });

  it('appends after the last row with data, adding rows when the grid is full', () => {
    const { Sheets, id, drive } = ledger();
    Sheets.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: 11, rows: [row(text('k2')), row(text('k3'))], fields: 'userEnteredValue' } }] }, id);
    const sheet = (drive.find(id)!.content as SpreadsheetModel).sheets[0]!;
    expect(sheet.maxRows).toBe(4);
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs!A:A'] }).valueRanges[0].values).toEqual([['Key'], ['k1'], ['k2'], ['k3']]);
  });

  it('updates cells from a start, formats them, and deletes rows', () => {
    const { Sheets, id, drive } = ledger();
    Sheets.Spreadsheets.batchUpdate({ requests: [
      { updateCells: { start: { sheetId: 11, rowIndex: 1, columnIndex: 2 }, rows: [row({ userEnteredValue: { numberValue: 0.25 }, userEnteredFormat: { numberFormat: { type: 'PERCENT', pattern: '0.0%' }, textFormat: { foregroundColor: { red: 0.6, green: 0.6, blue: 0.6 } } } })], fields: 'userEnteredValue,userEnteredFormat(numberFormat,textFormat.foregroundColor)' } },
      { updateCells: { start: { sheetId: 11, rowIndex: 1, columnIndex: 1 }, rows: [row({ userEnteredValue: { stringValue: 'Winter Glow' }, textFormatRuns: [{ startIndex: 0, format: { link: { uri: 'https://docs.google.com/spreadsheets/d/abc/edit' } } }] })], fields: 'userEnteredValue,textFormatRuns' } },
    ] }, id);
    const sheet = (drive.find(id)!.content as SpreadsheetModel).sheets[0]!;
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs!C2'] }).valueRanges[0].values).toEqual([['25.0%']]);
    expect([sheet.cells.fontColor.get(1, 2), sheet.cells.link.get(1, 1)]).toEqual(['#999999', 'https://docs.google.com/spreadsheets/d/abc/edit']);
    Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteDimension: { range: { sheetId: 11, dimension: 'ROWS', startIndex: 1, endIndex: 2 } } }] }, id);
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs'] }).valueRanges[0].values).toEqual([['Key', 'KPI', 'Actual']]);
  });

  it('refuses an addSheet with the id of an existing sheet, and applies nothing of a batch with an invalid request', () => {
    const { Sheets, id } = ledger();
    const batch = { requests: [
      { appendCells: { sheetId: 12, rows: [row(text('written?'))], fields: 'userEnteredValue' } },
      { addSheet: { properties: { sheetId: 11, title: 'Lock' } } },
    ] };
    expect(() => Sheets.Spreadsheets.batchUpdate(batch, id)).toThrow(/^API call to sheets\.spreadsheets\.batchUpdate failed with error: Invalid requests\[1\]\.addSheet: /);
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 99 } }] }, id)).toThrow('Invalid requests[0].deleteSheet');
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['Learnings'] }).valueRanges[0].values).toBeUndefined();
    expect(Sheets.Spreadsheets.get(id, { fields: 'sheets.properties.title' }).sheets.map((s: Any) => s.properties.title)).toEqual(['KPIs', 'Learnings']);
  });

  it('adds and removes hidden sheets', () => {
    const { Sheets, id } = ledger();
    const reply = Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { sheetId: 77, title: 'Lock', hidden: true, gridProperties: { rowCount: 1, columnCount: 1 } } } }] }, id);
    expect(reply.replies[0].addSheet.properties).toMatchObject({ sheetId: 77, title: 'Lock', hidden: true, index: 2 });
    Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 77 } }] }, id);
    expect(Sheets.Spreadsheets.get(id).sheets).toHaveLength(2);
  });

  it('says loudly what it doesn’t implement', () => {
    const { Sheets, id } = ledger();
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ sortRange: {} }] }, id)).toThrow('not implemented by the local Workspace');
  });
});

describe('who reaches a spreadsheet through the Sheets API', () => {
  it('reaches a colleague’s spreadsheet under drive.file only once picked, and writes only as an editor', () => {
    const drive = new DriveStore(NOW, USER);
    const { id } = ledger(world({ drive }));
    const colleague = world({ drive, user: 'avery@agency.example' });
    drive.share(id, 'avery@agency.example', 'reader');
    expect(() => colleague.Sheets.Spreadsheets.get(id)).toThrow('failed with error: Requested entity was not found.');
    drive.grant(id, 'avery@agency.example');
    expect(colleague.Sheets.Spreadsheets.get(id, { fields: 'spreadsheetId' })).toEqual({ spreadsheetId: id });
    expect(() => colleague.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 12 } }] }, id)).toThrow('The caller does not have permission');
    drive.share(id, 'avery@agency.example', 'writer');
    colleague.Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 12 } }] }, id);
  });

  it('is refused with spreadsheets.currentonly alone: that scope is for SpreadsheetApp’s container only', () => {
    const w = world({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => w.Sheets.Spreadsheets.create({})).toThrow('You do not have permission to call Sheets.Spreadsheets.create');
  });
});

describe('spreadsheets in Drive', () => {
  it('survive a Drive snapshot with values, formats and hidden sheets', () => {
    const { Sheets, id, drive } = ledger();
    Sheets.Spreadsheets.batchUpdate({ requests: [
      { addSheet: { properties: { sheetId: 5, title: 'Sheet1', hidden: true } } },
      { updateCells: { start: { sheetId: 11, rowIndex: 2, columnIndex: 0 }, rows: [row(text("'quoted"), { userEnteredValue: { boolValue: true }, userEnteredFormat: { textFormat: { bold: true } } })], fields: 'userEnteredValue,userEnteredFormat.textFormat.bold' } },
    ] }, id);
    const restored = new DriveStore(NOW, USER);
    const again = world({ drive: restored });
    restored.restore(JSON.parse(JSON.stringify(drive.snapshot())));
    expect(again.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs'], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges[0].values)
      .toEqual([['Key', 'KPI', 'Actual'], ['k1', 'Reach', 500_000], ["'quoted", true]]);
    expect(again.Sheets.Spreadsheets.get(id, { fields: 'sheets.properties(sheetId,title,hidden)' }).sheets.map((s: Any) => s.properties))
      .toEqual([{ sheetId: 11, title: 'KPIs' }, { sheetId: 12, title: 'Learnings' }, { sheetId: 5, title: 'Sheet1', hidden: true }]);
    expect((restored.find(id)!.content as SpreadsheetModel).sheets[0]!.cells.fontWeight.get(2, 1)).toBe('bold');
  });

  it('can be opened as the container by a user who can open them', () => {
    const workspace = createLocalWorkspace({ now: NOW });
    const made = (workspace.globals.Sheets as Any).Spreadsheets.create({ properties: { title: 'Next campaign' }, sheets: [{ properties: { title: 'Campaign' }, data: [{ rowData: [row(text('Client'), text('Glowlab'))] }] }] });
    workspace.openSpreadsheet(made.spreadsheetId);
    const app = workspace.globals.SpreadsheetApp as Any;
    expect(app.getActiveSpreadsheet().getSheetByName('Campaign').getRange('A1:B1').getValues()).toEqual([['Client', 'Glowlab']]);
    workspace.setUser('avery@agency.example');
    expect(() => workspace.openSpreadsheet(made.spreadsheetId)).toThrow('can’t open “Next campaign”');
  });
});

describe('Sheets.Spreadsheets.create with sheet ids', () => {
  it('takes the first sheet’s id 0 and name Sheet1 when asked for them', () => {
    const w = world();
    const made = w.Sheets.Spreadsheets.create({ sheets: [
      { properties: { sheetId: 0, title: 'Sheet1', index: 0 }, data: [{ rowData: [row(text('first'))] }] },
      { properties: { sheetId: 1, title: 'KPIs', index: 1 }, data: [{ rowData: [row(text('second'))] }] },
    ] });
    expect(made.sheets.map((s: Any) => [s.properties.sheetId, s.properties.title])).toEqual([[0, 'Sheet1'], [1, 'KPIs']]);
    const values = w.Sheets.Spreadsheets.Values.batchGet(made.spreadsheetId, { ranges: ['Sheet1', 'KPIs'] }).valueRanges.map((r: Any) => r.values);
    expect(values).toEqual([[['first']], [['second']]]);
  });
});

describe('Sheets calls judged against Google’s Sheets v4 schemas', () => {
  it('refuses a request Google’s parser would refuse, with Google’s 400, and changes nothing', () => {
    const { Sheets, id } = ledger();
    expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ appendCells: { sheetId: 11, rows: [row(text('k2'))], fields: '*' } }, { deleteSheet: { sheetID: 12 } }] }, id))
      .toThrow(`Unknown name "sheetID" at 'requests[1].delete_sheet': Cannot find field.`);
    expect(Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs'] }).valueRanges[0].values).toHaveLength(2);
    expect(() => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['KPIs'], valueRenderOption: 'RAW' })).toThrow(`Invalid value at 'value_render_option'`);
    expect(() => Sheets.Spreadsheets.create({ properties: { title: 'x', locale: 5 } })).toThrow(`Invalid value at 'properties.locale' (TYPE_STRING), 5`);
  });
});
