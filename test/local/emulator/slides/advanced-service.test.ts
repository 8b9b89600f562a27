// The Slides advanced service: Presentations.get's REST JSON, and batchUpdate applying many requests in one
// call, atomically, with the API's own refusals.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { slidesWorld, varianceChart, type Any } from './world.ts';

function savedDeck() {
  const w = slidesWorld();
  const deck = w.SlidesApp.create('Acme — renewal');
  const id = deck.getId();
  deck.saveAndClose();
  return { w, id };
}

const KPI_ROWS = [
  ['KPI', 'Target', 'Actual', 'Variance'],
  ['Reach', '500,000', '560,000', '+12%'],
  ['Clicks', '10,000', '7,000', '-30%'],
  ['Sales', '300', '310', '+3%'],
  ['Cost per sale', '$40', '$45.50', '+14%'],
];

/** One slide with a 5×4 table, every cell filled: the batch Debrief sends instead of one call per cell. */
function kpiTableRequests(): Any[] {
  return [
    { createSlide: { objectId: 'kpi_slide', slideLayoutReference: { predefinedLayout: 'TITLE_ONLY' },
      placeholderIdMappings: [{ layoutPlaceholder: { type: 'TITLE', index: 0 }, objectId: 'kpi_title' }] } },
    { insertText: { objectId: 'kpi_title', text: 'Results vs KPIs' } },
    { createTable: { objectId: 'kpi_table', rows: 5, columns: 4, elementProperties: { pageObjectId: 'kpi_slide',
      size: { width: { magnitude: 600, unit: 'PT' }, height: { magnitude: 200, unit: 'PT' } },
      transform: { scaleX: 1, scaleY: 1, translateX: 60, translateY: 100, unit: 'PT' } } } },
    ...KPI_ROWS.flatMap((row, r) => row.map((text, c) => ({ insertText: { objectId: 'kpi_table', cellLocation: { rowIndex: r, columnIndex: c }, text } }))),
    { updateTextStyle: { objectId: 'kpi_table', cellLocation: { rowIndex: 0, columnIndex: 0 }, textRange: { type: 'ALL' }, style: { bold: true }, fields: 'bold' } },
  ];
}

describe('Slides.Presentations.get', () => {
  it('returns the REST JSON: slides, page elements, text elements, table rows and cells', () => {
    const { w, id } = savedDeck();
    w.Slides.Presentations.batchUpdate({ requests: kpiTableRequests() }, id);
    const json = w.Slides.Presentations.get(id);
    expect(json.presentationId).toBe(id);
    expect(json.title).toBe('Acme — renewal');
    expect(json.pageSize.width).toEqual({ magnitude: 9144000, unit: 'EMU' });
    expect(json.slides.map((s: Any) => s.objectId)).toEqual(['p', 'kpi_slide']);
    expect(json.slides[0].pageType).toBeUndefined(); // SLIDE is the proto3 zero value
    expect(json.layouts.find((l: Any) => l.layoutProperties.name === 'TITLE_ONLY').objectId).toBe(json.slides[1].slideProperties.layoutObjectId);

    const [title, table] = json.slides[1].pageElements;
    expect(title.shape.placeholder).toMatchObject({ type: 'TITLE' });
    expect(title.shape.text.textElements).toEqual([
      { endIndex: 16, paragraphMarker: { style: {} } },
      { endIndex: 16, textRun: { content: 'Results vs KPIs\n', style: {} } },
    ]);
    expect(table.transform).toMatchObject({ translateX: 60 * 12700, translateY: 100 * 12700, unit: 'EMU' });
    expect(table.size.width).toEqual({ magnitude: 600 * 12700, unit: 'EMU' });
    expect([table.table.rows, table.table.columns]).toEqual([5, 4]);
    const first = table.table.tableRows[0].tableCells[0];
    expect(first.location).toEqual({}); // rowIndex 0 and columnIndex 0 are left out
    expect(first.text.textElements[1].textRun).toEqual({ content: 'KPI\n', style: { bold: true } });
    const cell = (r: number, c: number) => table.table.tableRows[r].tableCells[c].text.textElements
      .filter((e: Any) => e.textRun).map((e: Any) => e.textRun.content).join('');
    expect(cell(4, 2)).toBe('$45.50\n');
    expect(table.table.tableRows[4].tableCells[2].location).toEqual({ rowIndex: 4, columnIndex: 2 });
  });

  it("answers a deck the user can't reach as not found", () => {
    const { w } = savedDeck();
    expect(() => w.Slides.Presentations.get('missing-id')).toThrow('API call to slides.presentations.get failed with error: Requested entity was not found.');
    try {
      w.Slides.Presentations.get('missing-id');
    } catch (e) {
      expect((e as Error).name).toBe('GoogleJsonResponseException');
    }
  });
});

describe('Slides.Presentations.batchUpdate', () => {
  it('builds a slide with a filled 5×4 table in one call, replying per request', () => {
    const { w, id } = savedDeck();
    const { result, calls, total } = w.calls.measure(() => w.Slides.Presentations.batchUpdate({ requests: kpiTableRequests() }, id));
    expect(total).toBe(1);
    expect(calls).toEqual({ 'PresentationsCollection.batchUpdate': 1 });
    expect(result.replies).toHaveLength(kpiTableRequests().length);
    expect(result.replies[0]).toEqual({ createSlide: { objectId: 'kpi_slide' } });
    expect(result.replies[2]).toEqual({ createTable: { objectId: 'kpi_table' } });
    expect(result.replies[3]).toEqual({});
    const table = w.SlidesApp.openById(id).getSlideById('kpi_slide').getTables()[0];
    const read = KPI_ROWS.map((row, r) => row.map((_, c) => table.getCell(r, c).getText().asString().replace(/\n$/, '')));
    expect(read).toEqual(KPI_ROWS);
  });

  it('applies requests in order: later requests see what earlier ones made', () => {
    const { w, id } = savedDeck();
    w.Slides.Presentations.batchUpdate({ requests: [
      { createShape: { objectId: 'note_box', shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 'p' } } },
      { insertText: { objectId: 'note_box', text: 'world' } },
      { insertText: { objectId: 'note_box', text: 'hello ', insertionIndex: 0 } },
      { deleteText: { objectId: 'note_box', textRange: { type: 'FIXED_RANGE', startIndex: 0, endIndex: 1 } } },
      { insertText: { objectId: 'note_box', text: '!', insertionIndex: 10 } }, // the end: before the closing newline
      { updateTextStyle: { objectId: 'note_box', textRange: { type: 'ALL' }, style: { fontSize: { magnitude: 18, unit: 'PT' },
        foregroundColor: { opaqueColor: { rgbColor: { red: 1 } } } }, fields: 'fontSize,foregroundColor' } },
    ] }, id);
    const text = w.SlidesApp.openById(id).getPageElementById('note_box').asShape().getText();
    expect(text.asString()).toBe('ello world!\n');
    expect(text.getTextStyle().getFontSize()).toBe(18);
    const run = w.Slides.Presentations.get(id).slides[0].pageElements[2].shape.text.textElements[1].textRun;
    expect(run.style.foregroundColor).toEqual({ opaqueColor: { rgbColor: { red: 1 } } });
  });

  it('rejects object ids the API would, and applies nothing from a refused batch', () => {
    const { w, id } = savedDeck();
    const refused = (objectId: string) => () => w.Slides.Presentations.batchUpdate({ requests: [
      { createSlide: { objectId: 'fine_slide' } },
      { createShape: { objectId, shapeType: 'TEXT_BOX', elementProperties: { pageObjectId: 'fine_slide' } } },
    ] }, id);
    expect(refused('bad id!')).toThrow('API call to slides.presentations.batchUpdate failed with error: Invalid requests[1].createShape: '
      + 'The object ID (bad id!) should start with a word character [a-zA-Z0-9_] and then followed by any number of the following characters [a-zA-Z0-9_-:].');
    expect(refused('-dash')).toThrow('should start with a word character');
    expect(refused('abcd')).toThrow('Invalid requests[1].createShape: The object ID (abcd) should be between 5 and 50 characters');
    expect(refused('x'.repeat(51))).toThrow('should be between 5 and 50 characters');
    expect(refused('fine_slide')).toThrow('Invalid requests[1].createShape: The object ID (fine_slide) should be unique among all pages and page elements.');
    expect(w.Slides.Presentations.get(id).slides).toHaveLength(1); // the createSlide before each refusal was not kept
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [{ createSlide: { objectId: '9_ok:id-x' } }] }, id)).not.toThrow();
  });

  it("refuses requests the API doesn't know, empty ones, and misses, in Google's words", () => {
    const { w, id } = savedDeck();
    const run = (...requests: Any[]) => () => w.Slides.Presentations.batchUpdate({ requests }, id);
    expect(run({ makeItPretty: {} })).toThrow(`Invalid JSON payload received. Unknown name "makeItPretty" at 'requests[0]': Cannot find field.`);
    expect(run({})).toThrow('Invalid requests[0]: No request set.');
    expect(run({ deleteObject: { objectId: 'ghost' } })).toThrow('Invalid requests[0].deleteObject: The object (ghost) could not be found.');
    expect(run({ createSlide: { slideLayoutReference: { predefinedLayout: 'TITLE_SLIDE' } } })).toThrow(
      `Invalid value at 'requests[0].create_slide.slide_layout_reference.predefined_layout' (type.googleapis.com/google.apps.slides.v1.PredefinedLayout), "TITLE_SLIDE"`);
    expect(run({ insertText: { objectId: 'i0', text: 'x', insertionIndex: 1 } })).toThrow(
      'Invalid requests[0].insertText: The insertion index (1) should not be greater than the existing text length (0).');
    expect(run({ insertText: { objectId: 'i0', text: 'ab' } }, { deleteText: { objectId: 'i0', textRange: { type: 'FIXED_RANGE', startIndex: 0, endIndex: 3 } } }))
      .toThrow('Invalid requests[1].deleteText: The end index (3) should not be greater than the existing text length (2).');
    expect(run({ insertText: { objectId: 'p', text: 'x' } })).toThrow('Invalid requests[0].insertText: The object (p) does not allow text editing.');
    expect(run({ updateTextStyle: { objectId: 'i0', textRange: { type: 'ALL' }, style: { bold: true } } })).toThrow(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
    expect(run({ groupObjects: { childrenObjectIds: ['i0', 'i1'] } })).toThrow('request "groupObjects" is not implemented by the local Workspace');
  });

  it('checks the required revision', () => {
    const { w, id } = savedDeck();
    const revision = w.Slides.Presentations.get(id).revisionId;
    const first = w.Slides.Presentations.batchUpdate({ requests: [{ createSlide: {} }], writeControl: { requiredRevisionId: revision } }, id);
    expect(first.writeControl.requiredRevisionId).not.toBe(revision);
    expect(() => w.Slides.Presentations.batchUpdate({ requests: [{ createSlide: {} }], writeControl: { requiredRevisionId: revision } }, id))
      .toThrow('Request contains an invalid argument.'); // Google documents no wording: nothing may match on it
  });

  it('places linked and image Sheets charts', () => {
    const { w, id } = savedDeck();
    const { chart, spreadsheetId } = varianceChart();
    const reply = w.Slides.Presentations.batchUpdate({ requests: [
      { createSheetsChart: { objectId: 'variance_chart', spreadsheetId, chartId: chart.getChartId(), linkingMode: 'LINKED', elementProperties: { pageObjectId: 'p' } } },
      { createSheetsChart: { spreadsheetId, chartId: chart.getChartId(), elementProperties: { pageObjectId: 'p' } } },
    ] }, id);
    expect(reply.replies[0]).toEqual({ createSheetsChart: { objectId: 'variance_chart' } });
    const elements = w.Slides.Presentations.get(id).slides[0].pageElements;
    expect(elements[2].sheetsChart).toMatchObject({ spreadsheetId, chartId: chart.getChartId() });
    expect(elements[3].image).toBeDefined();
  });

  it('accepts requests built in another realm, as the bundle builds them', () => {
    const { w, id } = savedDeck();
    const reply = runInNewContext(`Slides.Presentations.batchUpdate({ requests: [
      { createSlide: { objectId: 'vm_slide', slideLayoutReference: { predefinedLayout: 'TITLE_AND_BODY' } } },
      { replaceAllText: { containsText: { text: 'nothing', matchCase: true }, replaceText: '' } },
    ] }, id)`, { Slides: w.Slides, id });
    expect(reply.replies[0]).toEqual({ createSlide: { objectId: 'vm_slide' } });
  });
});
