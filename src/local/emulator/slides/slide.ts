// SlidesApp's Slide: reading its page elements and placeholders, inserting text boxes, shapes, tables, images
// and Sheets charts, literal replaceAllText, and removing, duplicating or moving the slide.
// Google: https://developers.google.com/apps-script/reference/slides/slide
import { AppsScriptException } from '../errors.ts';
import { requireAuthorization, SCOPE } from '../service-context.ts';

const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';
import { enumName } from '../enums.ts';
import { PAGE_HEIGHT, PAGE_WIDTH, findSlide, type Box, type ElementModel, type ShapeModel, type SlideModel } from './model.ts';
import { overload, type ArgKind, type OpenPresentation } from './runtime.ts';
import { chartSource, imageFromBlob, imageFromUrl, IMAGE_RETRIEVAL_MESSAGE, type ImageSource } from './sources.ts';
import { replaceAllLiteral } from './text.ts';
import { wrapElement, type ElementFake } from './elements.ts';
import { GONE_MESSAGE } from './text-host.ts';
import { LayoutFake } from './layout.ts';

const BOX: ArgKind[] = ['number', 'number', 'number', 'number'];

/**
 * Slides reads a Sheets chart through the Sheets API, which needs access to the spreadsheet: chart creation
 * "requires at least one of the spreadsheets.readonly, spreadsheets, drive.readonly, drive.file, or drive OAuth
 * scopes" (CreateSheetsChartRequest, Slides API reference). spreadsheets.currentonly is not among them; drive.file
 * is taken strictly and left out, since the add-on's container spreadsheet isn't documented as a file it was given.
 */
const SHEETS_CHART_SCOPES = [`${SHEETS}`, `${SHEETS}.readonly`, SCOPE.drive, SCOPE.driveReadonly];

/** Replaces literally in every shape and table cell of the slides given; returns the number of occurrences. */
export function replaceInSlides(slides: SlideModel[], find: string, replacement: string, matchCase: boolean): number {
  let count = 0;
  for (const slide of slides) {
    for (const el of slide.elements) {
      if (el.kind === 'shape') {
        const r = replaceAllLiteral(el.text, find, replacement, matchCase);
        el.text = r.runs;
        count += r.count;
      } else if (el.kind === 'table') {
        el.cells = el.cells.map((row) => row.map((cell) => {
          const r = replaceAllLiteral(cell, find, replacement, matchCase);
          count += r.count;
          return r.runs;
        }));
      }
    }
  }
  return count;
}

export class SlideFake {
  constructor(private readonly _s: OpenPresentation, private readonly _id: string) {}

  private _slide(): SlideModel {
    const slide = findSlide(this._s.model(), this._id);
    if (!slide) throw new AppsScriptException(GONE_MESSAGE);
    return slide;
  }

  /** The slide's data, for Presentation.appendSlide(slide). */
  _slideModel(): SlideModel {
    return this._slide();
  }

  /** Adds an element built with a fresh id and answers its fake. */
  private _insert(make: (id: string) => ElementModel): ElementFake {
    this._slide();
    const [slideId, id] = [this._id, this._s.newId()];
    const el = make(id);
    this._s.edit((m) => {
      const slide = findSlide(m, slideId);
      if (!slide) throw new AppsScriptException(GONE_MESSAGE);
      slide.elements.push(structuredClone(el));
    });
    return wrapElement(this._s, el);
  }

  private _elements(kind?: ElementModel['kind']): ElementFake[] {
    return this._slide().elements.filter((e) => !kind || e.kind === kind).map((e) => wrapElement(this._s, e, !kind));
  }

  getObjectId(): string {
    return this._slide().objectId;
  }


  getLayout(): LayoutFake {
    return this._s.runtime.track('Layout', new LayoutFake(this._slide().layout));
  }

  getPageElements(): ElementFake[] {
    return this._elements();
  }

  getPageElementById(id: unknown): ElementFake | null {
    overload('SlidesApp.Slide.getPageElementById', [id], ['string']);
    const el = this._slide().elements.find((e) => e.objectId === id);
    return el ? wrapElement(this._s, el, true) : null;
  }

  getShapes(): ElementFake[] {
    return this._elements('shape');
  }

  getTables(): ElementFake[] {
    return this._elements('table');
  }

  getImages(): ElementFake[] {
    return this._elements('image');
  }


  getPlaceholders(): ElementFake[] {
    return this._slide().elements.filter((e) => e.kind === 'shape' && e.placeholder).map((e) => wrapElement(this._s, e, true));
  }

  /** The placeholder of that type with the lowest index (or the given index), or null. */
  getPlaceholder(...args: unknown[]): ElementFake | null {
    const which = overload('SlidesApp.Slide.getPlaceholder', args, [{ enum: 'Slides.PlaceholderType' }], [{ enum: 'Slides.PlaceholderType' }, 'number']);
    const type = enumName(args[0]);
    const matches = this._slide().elements.filter((e): e is ShapeModel => e.kind === 'shape' && e.placeholder?.type === type && (which === 0 || e.placeholder?.index === args[1]));
    matches.sort((a, b) => (a.placeholder?.index ?? 0) - (b.placeholder?.index ?? 0));
    return matches[0] ? wrapElement(this._s, matches[0], true) : null;
  }

  /** A text box at the top-left corner with a default size, or where asked. */
  insertTextBox(...args: unknown[]): ElementFake {
    const which = overload('SlidesApp.Slide.insertTextBox', args, ['string'], ['string', ...BOX]);
    const box = which === 0 ? { left: 0, top: 0, width: 300, height: 60 } : boxOf(args.slice(1));
    const body = args[0] as string;
    return this._insert((objectId) => ({ kind: 'shape', objectId, shapeType: 'TEXT_BOX', box, text: body ? [{ text: body, style: {} }] : [] }));
  }


  /** Centred with a default size and evenly spread rows and columns, or where asked. Every cell starts empty. */
  insertTable(...args: unknown[]): ElementFake {
    const which = overload('SlidesApp.Slide.insertTable', args, ['number', 'number'], ['number', 'number', ...BOX]);
    const [rows, columns] = [Math.trunc(args[0] as number), Math.trunc(args[1] as number)];
    // Not verified against Google: the wording for a table without rows or columns.
    if (rows < 1 || columns < 1) throw new AppsScriptException('Invalid argument: a table needs at least one row and one column.');
    const height = Math.min(rows * 28, PAGE_HEIGHT - 40);
    const box = which === 0 ? { left: (PAGE_WIDTH - 576) / 2, top: (PAGE_HEIGHT - height) / 2, width: 576, height } : boxOf(args.slice(2));
    const cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => []));
    return this._insert((objectId) => ({ kind: 'table', objectId, box, cells }));
  }

  /** From an image URL or an image blob; placed at the top-left corner unless a box is given. */
  insertImage(...args: unknown[]): ElementFake {
    const which = overload('SlidesApp.Slide.insertImage', args, ['string'], ['string', ...BOX], ['object'], ['object', ...BOX]);
    let image: ImageSource | undefined;
    if (which < 2) {
      image = imageFromUrl(args[0] as string, this._s.runtime.ctx.drive);
      if (!image) throw new AppsScriptException(IMAGE_RETRIEVAL_MESSAGE);
    } else image = imageFromBlob(args[0], 'SlidesApp.Slide.insertImage', args);
    const box = which % 2 === 0 ? { left: 0, top: 0, width: 200, height: 150 } : boxOf(args.slice(1));
    return this._insert((objectId) => ({ kind: 'image', objectId, box, ...image }));
  }

  insertSheetsChart(...args: unknown[]): ElementFake {
    const which = overload('SlidesApp.Slide.insertSheetsChart', args, ['object'], ['object', ...BOX]);
    requireAuthorization(this._s.runtime.ctx, 'SlidesApp.Slide.insertSheetsChart', SHEETS_CHART_SCOPES);
    const chart = chartSource(args[0], 'SlidesApp.Slide.insertSheetsChart', args);
    const box = which === 0 ? { left: 0, top: 0, width: 450, height: 278 } : boxOf(args.slice(1));
    return this._insert((objectId) => ({ kind: 'sheetsChart', objectId, box, chart }));
  }

  insertSheetsChartAsImage(...args: unknown[]): ElementFake {
    const which = overload('SlidesApp.Slide.insertSheetsChartAsImage', args, ['object'], ['object', ...BOX]);
    requireAuthorization(this._s.runtime.ctx, 'SlidesApp.Slide.insertSheetsChartAsImage', SHEETS_CHART_SCOPES);
    const chart = chartSource(args[0], 'SlidesApp.Slide.insertSheetsChartAsImage', args);
    const box = which === 0 ? { left: 0, top: 0, width: 450, height: 278 } : boxOf(args.slice(1));
    return this._insert((objectId) => ({ kind: 'image', objectId, box, chart }));
  }

  /** Literal, not a pattern; case-insensitive unless matchCase is true. */
  replaceAllText(...args: unknown[]): number {
    overload('SlidesApp.Slide.replaceAllText', args, ['string', 'string'], ['string', 'string', 'boolean']);
    const [find, replacement, matchCase = false] = args as [string, string, boolean?];
    const slideId = this._id;
    let count = 0;
    this._s.edit((m) => {
      count = replaceInSlides(m.slides.filter((s) => s.objectId === slideId), find, replacement, matchCase);
    });
    return count;
  }

  remove(): void {
    this._slide();
    const slideId = this._id;
    this._s.edit((m) => {
      m.slides = m.slides.filter((s) => s.objectId !== slideId);
    });
  }

  /** A copy right after this slide, with new ids throughout. */
  duplicate(): SlideFake {
    const copy = copyWithNewIds(this._s, this._slide());
    const slideId = this._id;
    this._s.edit((m) => {
      const at = m.slides.findIndex((s) => s.objectId === slideId);
      if (at < 0) throw new AppsScriptException(GONE_MESSAGE);
      m.slides.splice(at + 1, 0, structuredClone(copy));
    });
    return this._s.runtime.track('Slide', new SlideFake(this._s, copy.objectId));
  }

  move(index: unknown): void {
    overload('SlidesApp.Slide.move', [index], ['number']);
    this._slide();
    const [slideId, to] = [this._id, Math.trunc(index as number)];
    this._s.edit((m) => {
      // Not verified against Google: the wording for a position outside the deck.
      if (to < 0 || to >= m.slides.length) throw new AppsScriptException(`Invalid argument: index ${to} is out of range.`);
      const slide = findSlide(m, slideId) as SlideModel;
      m.slides = m.slides.filter((s) => s !== slide);
      m.slides.splice(to, 0, slide);
    });
  }
}

function boxOf(values: unknown[]): Box {
  const [left, top, width, height] = values as number[];
  return { left: left as number, top: top as number, width: width as number, height: height as number };
}

/** A copy of a slide (from this deck or another) with ids fresh in this deck. */
export function copyWithNewIds(s: OpenPresentation, source: SlideModel): SlideModel {
  const copy = structuredClone(source);
  copy.objectId = s.newId();
  for (const el of copy.elements) el.objectId = s.newId();
  return copy;
}
