// The judge: schemas generated from Google's discovery-derived typings, and Google's 400 wording for unknown
// fields, wrong types, enum values outside the list, unknown query parameters and missing path parameters.
import { describe, expect, it } from 'vitest';
import { describeApi } from '../../../src/local/google-schemas/describe.ts';
import { googleApi } from '../../../src/local/google-schemas/schemas.ts';
import { judgeCall } from '../../../src/local/google-schemas/validate.ts';

const batchUpdate = (requests: unknown[]) => judgeCall({ service: 'docs', method: 'documents.batchUpdate', params: { documentId: 'd1' }, body: { requests } });

describe('the generated API descriptions', () => {
  it('come from the discovery documents the typings name, with the methods Debrief calls', () => {
    const docs = googleApi('docs');
    expect(docs.discovery).toBe('https://docs.googleapis.com/$discovery/rest?version=v1');
    expect(docs.revision).toMatch(/^\d{8}$/);
    expect(Object.keys(docs.methods)).toEqual(expect.arrayContaining(['documents.get', 'documents.create', 'documents.batchUpdate']));
    expect(Object.keys(googleApi('slides').methods)).toEqual(expect.arrayContaining(['presentations.get', 'presentations.batchUpdate', 'presentations.pages.getThumbnail']));
    expect(Object.keys(googleApi('drive').methods)).toEqual(expect.arrayContaining(['files.copy', 'files.get', 'files.create', 'files.update']));
  });

  it('keep enum lists, required path parameters and request bodies', () => {
    const docs = googleApi('docs');
    expect(docs.schemas.ParagraphStyle?.namedStyleType).toEqual({ kind: 'enum', values: expect.arrayContaining(['NORMAL_TEXT', 'HEADING_1', 'TITLE']) });
    expect(docs.methods['documents.batchUpdate']?.params.documentId).toEqual({ type: { kind: 'string' }, required: true });
    expect(docs.methods['documents.batchUpdate']?.request).toEqual({ kind: 'message', name: 'BatchUpdateDocumentRequest' });
    expect(docs.methods['documents.get']?.request).toBeUndefined();
    expect(googleApi('drive').schemas.File?.properties).toEqual({ kind: 'map', values: { kind: 'string' } });
  });

  it('include the Sheets API (the ledger\'s calls), with repeated enums and repeated query parameters', () => {
    const sheets = googleApi('sheets');
    expect(sheets.discovery).toBe('https://sheets.googleapis.com/$discovery/rest?version=v4');
    expect(Object.keys(sheets.methods)).toEqual(expect.arrayContaining(['spreadsheets.create', 'spreadsheets.get', 'spreadsheets.batchUpdate', 'spreadsheets.values.batchGet']));
    expect(sheets.schemas.DataSourceRefreshWeeklySchedule?.daysOfWeek).toEqual({ kind: 'array', items: { kind: 'enum', values: expect.arrayContaining(['MONDAY', 'SUNDAY']) } });
    expect(sheets.methods['spreadsheets.values.batchGet']?.params.ranges).toEqual({ type: { kind: 'array', items: { kind: 'string' } }, required: false });
    const batchGet = (params: Record<string, unknown>) => judgeCall({ service: 'sheets', method: 'spreadsheets.values.batchGet', params: { spreadsheetId: 's1', ...params }, body: null });
    expect(batchGet({ ranges: ['A1', 'B2'] })).toEqual([]);
    expect(batchGet({ ranges: 'A1' })).toEqual([]);
    expect(batchGet({ ranges: [5] })).toEqual([`Invalid value at 'ranges' (TYPE_STRING), 5`]);
  });

  it('are what the generator makes from the typings now (the cache is never stale)', () => {
    expect(googleApi('slides')).toEqual(describeApi('slides'));
  });

  it('fail loudly on typings they cannot read', () => {
    expect(() => describeApi('docs', 'declare namespace gapi.client { namespace docs { interface X { a?: Map<string, string>; } } }')).toThrow('unexpected type');
  });
});

describe('judgeCall', () => {
  it('accepts a well-formed batchUpdate', () => {
    expect(batchUpdate([
      { insertText: { location: { index: 1 }, text: 'Hi $1 \\ {{x}}' } },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 3 }, paragraphStyle: { namedStyleType: 'HEADING_1' }, fields: 'namedStyleType' } },
    ])).toEqual([]);
  });

  it('names an unknown field with its proto path, as Google does', () => {
    expect(batchUpdate([{ insertText: { location: { index: 1 }, text: 'x', bold: true } }])).toEqual([
      `Invalid JSON payload received. Unknown name "bold" at 'requests[0].insert_text': Cannot find field.`,
    ]);
    expect(judgeCall({ service: 'docs', method: 'documents.batchUpdate', params: { documentId: 'd1' }, body: { requests: [], writeControll: {} } })).toEqual([
      `Invalid JSON payload received. Unknown name "writeControll": Cannot find field.`,
    ]);
  });

  it('names an enum value outside the list', () => {
    expect(batchUpdate([{ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { namedStyleType: 'HEADING_7' }, fields: '*' } }])).toEqual([
      `Invalid value at 'requests[0].update_paragraph_style.paragraph_style.named_style_type' (type.googleapis.com/google.apps.docs.v1.ParagraphStyle.NamedStyleType), "HEADING_7"`,
    ]);
  });

  it('names wrong types: a string for a number, an object for a scalar, a list for a message, a scalar for a list', () => {
    expect(batchUpdate([{ insertText: { location: { index: '1' }, text: 5 } }])).toEqual([
      `Invalid value at 'requests[0].insert_text.location.index' (TYPE_NUMBER), "1"`,
      `Invalid value at 'requests[0].insert_text.text' (TYPE_STRING), 5`,
    ]);
    const slides = judgeCall({
      service: 'slides', method: 'presentations.batchUpdate', params: { presentationId: 'p1' },
      body: { requests: [{ createShape: { shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 's1', transform: { scaleX: { magnitude: 1, unit: 'EMU' } } } } }] },
    });
    expect(slides).toEqual([`Invalid value at 'requests[0].create_shape.element_properties.transform' (scale_x), Starting an object on a scalar field`]);
    expect(batchUpdate([{ insertText: [{ text: 'x' }] }])).toEqual([
      `Invalid JSON payload received. Unknown name "insertText" at 'requests[0]': Proto field is not repeating, cannot start list.`,
    ]);
    expect(judgeCall({ service: 'docs', method: 'documents.batchUpdate', params: { documentId: 'd1' }, body: { requests: { insertText: {} } } })[0])
      .toMatch(/^Invalid value at 'requests' \(type\.googleapis\.com\/google\.apps\.docs\.v1\.Request\), /);
  });

  it('refuses unknown query parameters and missing path parameters, and accepts the standard ones', () => {
    expect(judgeCall({ service: 'drive', method: 'files.get', params: { fileId: 'f1', fields: 'id,name', supportsAllDrives: true }, body: null })).toEqual([]);
    expect(judgeCall({ service: 'drive', method: 'files.get', params: { fileId: 'f1', feilds: 'id' }, body: null })).toEqual([
      `Invalid JSON payload received. Unknown name "feilds": Cannot bind query parameter. Field 'feilds' could not be found in request message.`,
    ]);
    expect(judgeCall({ service: 'drive', method: 'files.copy', params: {}, body: { name: 'x' } })).toEqual(['Required parameter fileId must be specified.']);
    expect(judgeCall({ service: 'drive', method: 'files.get', params: { fileId: 'f1', supportsAllDrives: 'yes' }, body: null })).toEqual([
      `Invalid value at 'supports_all_drives' (TYPE_BOOL), "yes"`,
    ]);
  });

  it('refuses a body for a method that takes none', () => {
    expect(judgeCall({ service: 'docs', method: 'documents.get', params: { documentId: 'd1' }, body: {} })).toHaveLength(1);
  });
});

describe('the Sheets v4 description (the campaign ledger’s calls)', () => {
  const batchGet = (params: Record<string, unknown>) => judgeCall({ service: 'sheets', method: 'spreadsheets.values.batchGet', params: { spreadsheetId: 's1', ...params }, body: null });

  it('has the methods the ledger calls, from Sheets’ discovery document', () => {
    const sheets = googleApi('sheets');
    expect(sheets.discovery).toBe('https://sheets.googleapis.com/$discovery/rest?version=v4');
    expect(Object.keys(sheets.methods)).toEqual(expect.arrayContaining(['spreadsheets.create', 'spreadsheets.get', 'spreadsheets.batchUpdate', 'spreadsheets.values.batchGet']));
  });

  it('reads a repeated query parameter as one value or a list, and a repeated enum as a list of it', () => {
    expect(googleApi('sheets').methods['spreadsheets.values.batchGet']?.params.ranges).toEqual({ type: { kind: 'array', items: { kind: 'string' } }, required: false });
    expect(batchGet({ ranges: ['KPIs', "'Creators'!A1:C"], valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual([]);
    expect(batchGet({ ranges: 'KPIs' })).toEqual([]);
    expect(batchGet({ ranges: [3] })).toEqual([`Invalid value at 'ranges' (TYPE_STRING), 3`]);
    expect(batchGet({ valueRenderOption: 'RAW' })).toEqual([
      `Invalid value at 'value_render_option' (type.googleapis.com/google.apps.sheets.v4.Params.ValueRenderOption), "RAW"`,
    ]);
    expect(googleApi('sheets').schemas.DataSourceRefreshWeeklySchedule?.daysOfWeek).toEqual({ kind: 'array', items: { kind: 'enum', values: expect.arrayContaining(['MONDAY', 'SUNDAY']) } });
  });

  it('names an unknown request field with its proto path', () => {
    expect(judgeCall({ service: 'sheets', method: 'spreadsheets.batchUpdate', params: { spreadsheetId: 's1' }, body: { requests: [{ appendCells: { sheetId: 1, rows: [], fields: '*', values: [] } }] } })).toEqual([
      `Invalid JSON payload received. Unknown name "values" at 'requests[0].append_cells': Cannot find field.`,
    ]);
  });
});
