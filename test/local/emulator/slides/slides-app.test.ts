// SlidesApp on the local Workspace: creating and opening decks with Drive's access rules, slides from layouts
// and their placeholders, text and tables, charts, the open/save life cycle, and persistence through Drive.
import { describe, expect, it } from 'vitest';
import { DriveStore } from '../../../../src/local/emulator/drive/drive-store.ts';
import { PRESENTATION_MIME, newPresentationModel } from '../../../../src/local/emulator/slides/model.ts';
import { NOW, USER, slidesWorld, varianceChart, type Any } from './world.ts';
import { ONE_PIXEL_PNG } from '../../../support/images.ts';

describe('creating and opening presentations', () => {
  it('creates a Drive file with one title slide and a docs.google.com URL', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('Acme — renewal');
    const file = w.drive.find(deck.getId());
    expect(file?.mimeType).toBe(PRESENTATION_MIME);
    expect(file?.name).toBe('Acme — renewal');
    expect(deck.getUrl()).toBe(`https://docs.google.com/presentation/d/${deck.getId()}/edit`);
    expect(deck.getSlides()).toHaveLength(1);
    expect(String(deck.getSlides()[0].getLayout().getLayoutName())).toBe('TITLE');
    expect(w.calls.snapshot()['SlidesApp.create']).toBe(1);
  });

  it('opens by id and by URL, and renames the Drive file', () => {
    const w = slidesWorld();
    const id = w.SlidesApp.create('Draft').getId();
    const byId = w.SlidesApp.openById(id);
    byId.setName('Final');
    expect(w.drive.find(id)?.name).toBe('Final');
    expect(w.SlidesApp.openByUrl(`https://docs.google.com/presentation/d/${id}/edit#slide=id.p`).getName()).toBe('Final');
  });

  it("refuses a deck the user can't reach, a missing one, and a file that isn't a deck, all with Apps Script's words", () => {
    const w = slidesWorld();
    const hidden = w.drive.create({ name: 'Their template', mimeType: PRESENTATION_MIME, content: newPresentationModel(), owner: 'them@else.example' });
    const doc = w.drive.create({ name: 'A doc', mimeType: 'application/vnd.google-apps.document', content: {} });
    const message = 'Unexpected error while getting the method or property openById on object SlidesApp.';
    for (const id of [hidden.id, 'no-such-id', doc.id]) expect(() => w.SlidesApp.openById(id)).toThrow(message);
    expect(() => w.SlidesApp.openByUrl(`https://docs.google.com/presentation/d/${hidden.id}/edit`))
      .toThrow('Unexpected error while getting the method or property openByUrl on object SlidesApp.');
    expect(() => w.SlidesApp.openByUrl('https://example.com/deck')).toThrow('Invalid argument: url');
    w.drive.share(hidden.id, 'you@agency.example', 'reader'); // presentations reaches every deck the user can open
    expect(w.SlidesApp.openById(hidden.id).getName()).toBe('Their template');
  });

  it('needs full authorization, and checks argument types', () => {
    const w = slidesWorld();
    w.setAuthMode('LIMITED');
    expect(() => w.SlidesApp.create('x')).toThrow(
      'You do not have permission to call SlidesApp.create. Required permissions: https://www.googleapis.com/auth/presentations');
    w.setAuthMode('FULL');
    expect(() => w.SlidesApp.create(42)).toThrow("The parameters (number) don't match the method signature for SlidesApp.create.");
  });

  it('shows only official members: helpers are invisible and unimplemented ones throw', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('x');
    expect(deck._s).toBeUndefined();
    expect(deck.notAMethod).toBeUndefined();
    expect(() => deck.getMasters()).toThrow('getMasters() is not implemented by the local Workspace');
  });
});

describe('slides from layouts and their placeholders', () => {
  it('appends slides with predefined layouts, each with its placeholders', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('x');
    const { PredefinedLayout, PlaceholderType } = w.SlidesApp;
    const body = deck.appendSlide(PredefinedLayout.TITLE_AND_BODY);
    const title = body.getPlaceholder(PlaceholderType.TITLE).asShape();
    title.getText().setText('Results vs KPIs');
    body.getPlaceholder(PlaceholderType.BODY).asShape().getText().setText('Reach beat target');
    expect(body.getPlaceholder(PlaceholderType.SUBTITLE)).toBeNull();
    expect(body.getPlaceholders()).toHaveLength(2);
    expect(String(title.getPlaceholderType())).toBe('TITLE');
    expect(title.getText().asString()).toBe('Results vs KPIs\n');

    const blank = deck.appendSlide();
    expect(blank.getPageElements()).toHaveLength(0);
    const two = deck.insertSlide(1, PredefinedLayout.TITLE_AND_TWO_COLUMNS);
    expect(two.getPlaceholder(PlaceholderType.BODY, 1).asShape().getPlaceholderIndex()).toBe(1);
    expect(deck.getSlides().map((s: Any) => String(s.getLayout().getLayoutName()))).toEqual(['TITLE', 'TITLE_AND_TWO_COLUMNS', 'TITLE_AND_BODY', 'BLANK']);

    const fromLayout = deck.appendSlide(deck.getLayouts().find((l: Any) => l.getLayoutName() === 'TITLE_ONLY'));
    expect(fromLayout.getPlaceholders()).toHaveLength(1);
    expect(() => deck.appendSlide('TITLE')).toThrow("The parameters (String) don't match the method signature for SlidesApp.Presentation.appendSlide.");
  });

  it('duplicates, moves and removes slides', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('x');
    const first = deck.getSlides()[0];
    first.insertTextBox('original');
    const copy = first.duplicate();
    expect(copy.getObjectId()).not.toBe(first.getObjectId());
    expect(copy.getShapes().map((s: Any) => s.getText().asString())).toContain('original\n');
    copy.move(0);
    expect(deck.getSlides()[0].getObjectId()).toBe(copy.getObjectId());
    first.remove();
    expect(deck.getSlides()).toHaveLength(1);
    expect(() => first.getObjectId()).toThrow('This object has been deleted');
  });
});

describe('text, tables, images and charts', () => {
  it('edits text with styles, and keeps the closing newline', () => {
    const w = slidesWorld();
    const slide = w.SlidesApp.create('x').appendSlide();
    const box = slide.insertTextBox('Top content', 10, 20, 300, 50);
    const text = box.getText();
    text.appendText(': the unboxing reel');
    text.getRange(0, 3).getTextStyle().setBold(true).setFontSize(20).setForegroundColor('#FF0000');
    expect(text.asString()).toBe('Top content: the unboxing reel\n');
    expect(text.getRange(0, 3).getTextStyle().isBold()).toBe(true);
    expect(text.getTextStyle().isBold()).toBeNull(); // mixed
    expect(text.getParagraphs()).toHaveLength(1);
    expect([box.getLeft(), box.getTop(), box.getWidth(), box.getHeight()]).toEqual([10, 20, 300, 50]);
    expect(() => text.getTextStyle().setForegroundColor('red')).toThrow('Invalid argument: hexColor');
  });

  it('fills a table cell by cell, one call per cell (which is why Debrief batches)', () => {
    const w = slidesWorld();
    const slide = w.SlidesApp.create('x').appendSlide();
    const { calls } = w.calls.measure(() => {
      const table = slide.insertTable(3, 2);
      for (let r = 0; r < 3; r++) for (let c = 0; c < 2; c++) table.getCell(r, c).getText().setText(`${r}${c}`);
    });
    expect(calls['Table.getCell']).toBe(6);
    expect(calls['TextRange.setText']).toBe(6);
    const table = slide.getTables()[0];
    expect([table.getNumRows(), table.getNumColumns(), table.getCell(2, 1).getText().asString()]).toEqual([3, 2, '21\n']);
    expect(() => table.getCell(3, 0)).toThrow('out of the bounds of the table');
  });

  it("records a Sheets chart's spreadsheet, id, title and ranges, linked or as an image", () => {
    const w = slidesWorld();
    const slide = w.SlidesApp.create('x').appendSlide();
    const { chart, built, spreadsheetId } = varianceChart();
    const linked = slide.insertSheetsChart(chart, 40, 80, 400, 250);
    expect(linked.getSpreadsheetId()).toBe(spreadsheetId);
    expect(linked.getChartId()).toBe(chart.getChartId());
    expect(String(linked.getPageElementType())).toBe('SHEETS_CHART');
    slide.insertSheetsChartAsImage(chart);
    expect(slide.getImages()).toHaveLength(1);
    expect(() => slide.insertSheetsChart({ getChartId: () => 1 })).toThrow(
      "The parameters (Object) don't match the method signature for SlidesApp.Slide.insertSheetsChart.");
    expect(() => slide.insertSheetsChart(built)).toThrow('must be inserted into a sheet');
  });

  it('inserts images from public image URLs only, refusing Drive links and anything that is not a public image', () => {
    const w = slidesWorld();
    const slide = w.SlidesApp.create('x').appendSlide();
    w.drive.web.publishImage('https://cdn.example/reel.png', 'image/png', ONE_PIXEL_PNG);
    expect(slide.insertImage('https://cdn.example/reel.png').getSourceUrl()).toBe('https://cdn.example/reel.png');
    expect(() => slide.insertImage('https://cdn.example/unknown.png')).toThrow('There was a problem retrieving the image.');
    const theirs = w.drive.create({ name: 'shot.png', mimeType: 'image/png', content: {}, owner: 'them@else.example' });
    expect(() => slide.insertImage(`https://drive.google.com/file/d/${theirs.id}/view`)).toThrow('There was a problem retrieving the image.');
    const mine = w.drive.create({ name: 'mine.png', mimeType: 'image/png', content: {}, grantedTo: [USER] });
    expect(() => slide.insertImage(`https://drive.google.com/file/d/${mine.id}/view`)).toThrow('There was a problem retrieving the image.'); // only shared with the user: not public
    expect(() => slide.insertImage('javascript:alert(1)')).toThrow('There was a problem retrieving the image.');
  });
});

describe('the open / save life cycle', () => {
  it('keeps SlidesApp edits in the script until saveAndClose, then refuses the closed Presentation', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('x');
    const id = deck.getId();
    deck.getSlides()[0].insertTextBox('draft');
    const before = w.Slides.Presentations.get(id);
    expect(JSON.stringify(before)).not.toContain('draft');
    deck.saveAndClose();
    expect(JSON.stringify(w.Slides.Presentations.get(id))).toContain('draft');
    expect(() => deck.getSlides()).toThrow('Presentation is closed');
    expect(w.SlidesApp.openById(id).getSlides()[0].getShapes().length).toBe(3);
  });

  it('does not see batchUpdate changes made after it was opened, but both sets of edits land', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('x');
    const id = deck.getId();
    deck.saveAndClose();
    const open = w.SlidesApp.openById(id);
    w.Slides.Presentations.batchUpdate({ requests: [{ createSlide: { objectId: 'api_slide' } }] }, id);
    expect(open.getSlides()).toHaveLength(1); // opened before the batch
    open.appendSlide().insertTextBox('from SlidesApp');
    w.endExecution(); // Apps Script saves open decks when the execution ends
    const reopened = w.SlidesApp.openById(id);
    expect(reopened.getSlides()).toHaveLength(3);
    expect(reopened.getSlideById('api_slide')).not.toBeNull();
    expect(() => open.getSlides()).toThrow('Presentation is closed');
  });

  it('persists decks through a Drive snapshot', () => {
    const w = slidesWorld();
    const deck = w.SlidesApp.create('Saved deck');
    const id = deck.getId();
    const slide = deck.appendSlide(w.SlidesApp.PredefinedLayout.TITLE_ONLY);
    slide.getPlaceholder(w.SlidesApp.PlaceholderType.TITLE).asShape().getText().setText('What we learned');
    slide.insertTable(2, 2).getCell(1, 1).getText().setText('42%');
    deck.saveAndClose();
    const snapshot = JSON.parse(JSON.stringify(w.drive.snapshot()));

    const later = slidesWorld(new DriveStore(NOW, USER));
    later.drive.restore(snapshot);
    const again = later.SlidesApp.openById(id);
    expect(again.getName()).toBe('Saved deck');
    const restored = again.getSlides()[1];
    expect(restored.getPlaceholder(later.SlidesApp.PlaceholderType.TITLE).asShape().getText().asString()).toBe('What we learned\n');
    expect(restored.getTables()[0].getCell(1, 1).getText().asString()).toBe('42%\n');
    // new ids don't collide with restored ones
    expect(again.appendSlide().getObjectId()).not.toBe(restored.getObjectId());
  });
});
