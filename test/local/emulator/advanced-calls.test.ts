// Every Advanced Service entry point is judged against Google's schemas and traced as its REST request.
import { describe, expect, it } from 'vitest';
import type { AdvancedCall } from '../../../src/local/emulator/advanced-calls.ts';
import { GoogleJsonResponseException } from '../../../src/local/emulator/drive/api-error.ts';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function world() {
  const workspace = createLocalWorkspace({ now: () => new Date('2026-11-24T10:00:00Z') });
  const calls: AdvancedCall[] = [];
  workspace.advancedCalls.listen((call) => calls.push(call));
  const g = workspace.globals as Any;
  return { workspace, calls, Docs: g.Docs, Slides: g.Slides, Drive: g.Drive, Sheets: g.Sheets };
}

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('Advanced Service calls', () => {
  it('are refused with Google\'s 400 when the schema does not know a field, and change nothing', () => {
    const { Docs } = world();
    const doc = Docs.Documents.create({ title: 'Report' });
    const error = thrown(() => Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Hi', style: {} } }] }, doc.documentId));
    expect(error).toBeInstanceOf(GoogleJsonResponseException);
    expect(error.message).toBe(`API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "style" at 'requests[0].insert_text': Cannot find field.`);
    expect((error as GoogleJsonResponseException).details.code).toBe(400);
    expect(Docs.Documents.get(doc.documentId).revisionId).toBe(doc.revisionId);
  });

  it('are refused for a Slides field of the wrong type, and for an unknown Drive query parameter', () => {
    const { Slides, Drive } = world();
    const deck = Slides.Presentations.create({ title: 'Deck' });
    expect(thrown(() => Slides.Presentations.batchUpdate({ requests: [{ createSlide: { insertionIndex: 'last' } }] }, deck.presentationId)).message)
      .toBe(`API call to slides.presentations.batchUpdate failed with error: Invalid value at 'requests[0].create_slide.insertion_index' (TYPE_NUMBER), "last"`);
    expect(thrown(() => Drive.Files.get(deck.presentationId, { field: 'id' })).message)
      .toBe(`API call to drive.files.get failed with error: Invalid JSON payload received. Unknown name "field": Cannot bind query parameter. Field 'field' could not be found in request message.`);
  });

  it('are traced as REST requests: service, method id, path and query parameters, body', () => {
    const { Docs, Drive, Slides, calls } = world();
    const doc = Docs.Documents.create({ title: 'Report' });
    Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Hi' } }] }, doc.documentId);
    Docs.Documents.get(doc.documentId, { includeTabsContent: false });
    Drive.Files.copy({ name: 'Copy' }, doc.documentId, { fields: 'id,name' });
    Slides.Presentations.get(Slides.Presentations.create({ title: 'Deck' }).presentationId);
    expect(calls.map(({ service, method }) => `${service} ${method}`)).toEqual([
      'docs documents.create', 'docs documents.batchUpdate', 'docs documents.get', 'drive files.copy', 'slides presentations.create', 'slides presentations.get',
    ]);
    expect(calls[1]).toEqual({
      service: 'docs', method: 'documents.batchUpdate', params: { documentId: doc.documentId },
      body: { requests: [{ insertText: { location: { index: 1 }, text: 'Hi' } }] },
    });
    expect(calls[2]).toEqual({ service: 'docs', method: 'documents.get', params: { documentId: doc.documentId, includeTabsContent: false }, body: null });
    expect(calls[3]).toEqual({ service: 'drive', method: 'files.copy', params: { fileId: doc.documentId, fields: 'id,name' }, body: { name: 'Copy' } });
  });

  it('include the Sheets API: refused for an unknown field or an enum value outside the list, repeated ranges accepted', () => {
    const { Sheets, calls } = world();
    const made = Sheets.Spreadsheets.create({ properties: { title: 'Ledger' } });
    const id = made.spreadsheetId;
    expect(thrown(() => Sheets.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Wins', colour: 'red' } } }] }, id)).message)
      .toBe(`API call to sheets.spreadsheets.batchUpdate failed with error: Invalid JSON payload received. Unknown name "colour" at 'requests[0].add_sheet.properties': Cannot find field.`);
    expect(Sheets.Spreadsheets.get(id, { fields: 'sheets.properties.title' }).sheets.map((s: Any) => s.properties.title)).not.toContain('Wins');
    const badEnum = thrown(() => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1:B2'], valueRenderOption: 'RAW' }));
    expect(badEnum.message).toContain(`Invalid value at 'value_render_option'`);
    expect(badEnum.message).toContain('"RAW"');
    Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1:B2', 'C1'], valueRenderOption: 'UNFORMATTED_VALUE' });
    expect(calls.at(-1)).toEqual({
      service: 'sheets', method: 'spreadsheets.values.batchGet', params: { spreadsheetId: id, ranges: ['A1:B2', 'C1'], valueRenderOption: 'UNFORMATTED_VALUE' }, body: null,
    });
    expect(calls.map((c) => `${c.service} ${c.method}`)).toContain('sheets spreadsheets.create');
  });
});
