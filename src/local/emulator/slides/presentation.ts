// SlidesApp and Presentation: creating and opening decks (Slides files are Drive files, so the user's access
// rules apply), adding slides from layouts, literal replaceAllText across the deck, and saveAndClose.
// Google: https://developers.google.com/apps-script/reference/slides/slides-app,
//   https://developers.google.com/apps-script/reference/slides/presentation
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { enumName, officialEnum } from '../enums.ts';
import { officialMembers } from '../official-api.ts';
import { NotImplementedError, unwrap } from '../tracked.ts';
import { LAYOUTS, PRESENTATION_MIME, findElement, newPresentationModel, slideFromLayout, type SlideModel } from './model.ts';
import { requireAuthorization } from '../service-context.ts';
import { PRESENTATIONS, READ_ONLY_MESSAGE, overload, type OpenPresentation, type SlidesRuntime } from './runtime.ts';
import { wrapElement, type ElementFake } from './elements.ts';
import { LayoutFake } from './layout.ts';
import { SlideFake, copyWithNewIds, replaceInSlides } from './slide.ts';

export class SlidesAppFake {
  [enumProperty: string]: unknown;

  constructor(private readonly _rt: SlidesRuntime) {
    // SlidesApp.PredefinedLayout, SlidesApp.PlaceholderType…: every enum the official SlidesApp exposes.
    for (const name of officialMembers('Slides.SlidesApp')) {
      if (/^[A-Z]/.test(name)) this[name] = officialEnum(name === 'ColorType' ? 'Base.ColorType' : `Slides.${name}`);
    }
  }

  private _authorize(method: string): void {
    requireAuthorization(this._rt.ctx, `SlidesApp.${method}`, [PRESENTATIONS]);
  }

  private _open(method: string, id: string): PresentationFake {
    const file = this._rt.presentationFile(id);
    // Apps Script can't tell a missing deck from one the user may not open, and says neither.
    if (!file) throw new AppsScriptException(`Unexpected error while getting the method or property ${method} on object SlidesApp.`);
    return this._rt.track('Presentation', new PresentationFake(this._rt.openFile(file)));
  }

  create(name: unknown): PresentationFake {
    overload('SlidesApp.create', [name], ['string']);
    this._authorize('create');
    const user = this._rt.ctx.userEmail;
    const file = this._rt.ctx.drive.create({ name: name as string, mimeType: PRESENTATION_MIME, content: newPresentationModel(), owner: user, grantedTo: [user] });
    return this._rt.track('Presentation', new PresentationFake(this._rt.openFile(file)));
  }

  openById(id: unknown): PresentationFake {
    overload('SlidesApp.openById', [id], ['string']);
    this._authorize('openById');
    return this._open('openById', id as string);
  }

  openByUrl(url: unknown): PresentationFake {
    overload('SlidesApp.openByUrl', [url], ['string']);
    this._authorize('openByUrl');
    const id = /^https:\/\/docs\.google\.com\/presentation\/d\/([-\w]+)/.exec(url as string)?.[1];
    if (!id) throw new AppsScriptException('Invalid argument: url');
    return this._open('openByUrl', id);
  }


}

export class PresentationFake {
  constructor(private readonly _s: OpenPresentation) {}

  private _slideFake(slide: SlideModel): SlideFake {
    return this._s.runtime.track('Slide', new SlideFake(this._s, slide.objectId));
  }

  /** Inserts a slide made from a layout, a copy of a slide, or a blank one; answers it. */
  private _insertAt(method: string, index: number | null, args: unknown[]): SlideFake {
    const which = overload(`SlidesApp.Presentation.${method}`, args, [], [{ enum: 'Slides.PredefinedLayout' }], ['object'], ['object', { enum: 'Slides.SlideLinkingMode' }]);
    const source = unwrap(args[0]) as unknown;
    let slide: SlideModel;
    if (which <= 1 || source instanceof LayoutFake) {
      const layout = which === 0 ? 'BLANK' : source instanceof LayoutFake ? source._predefined : (enumName(args[0]) as string);
      if (!LAYOUTS[layout]) throw new AppsScriptException(`Invalid argument: predefinedLayout`); // UNSUPPORTED; wording not verified
      const slideId = this._s.newId();
      const ids = new Map(LAYOUTS[layout]?.placeholders.map((p) => [`${p.type}:${p.index}`, this._s.newId()]));
      slide = slideFromLayout(this._s.model(), layout, slideId, ids);
    } else if (source instanceof SlideFake) {
      if (which === 3 && enumName(args[1]) === 'LINKED') throw new NotImplementedError('Presentation', `${method}(slide, SlideLinkingMode.LINKED)`);
      slide = copyWithNewIds(this._s, source._slideModel());
    } else {
      throw signatureMismatch(`SlidesApp.Presentation.${method}`, args);
    }
    this._s.edit((m) => {
      const at = index ?? m.slides.length;
      // Not verified against Google: the wording for an insertion index outside the deck.
      if (at < 0 || at > m.slides.length) throw new AppsScriptException(`Invalid argument: insertionIndex ${at} is out of range.`);
      m.slides.splice(at, 0, structuredClone(slide));
    });
    return this._slideFake(slide);
  }

  getId(): string {
    this._s.model();
    return this._s.file.id;
  }

  getName(): string {
    this._s.model();
    return this._s.file.name;
  }

  /** Renames the Drive file at once. */
  setName(name: unknown): void {
    overload('SlidesApp.Presentation.setName', [name], ['string']);
    this._s.model();
    if (!this._s.runtime.presentationAccess(this._s.file.id, 'slidesApp', 'write').ok) throw new AppsScriptException(READ_ONLY_MESSAGE);
    this._s.file.name = name as string;
    this._s.runtime.ctx.drive.touch(this._s.file);
  }

  getUrl(): string {
    return `https://docs.google.com/presentation/d/${this.getId()}/edit`;
  }



  getSlides(): SlideFake[] {
    return this._s.model().slides.map((s) => this._slideFake(s));
  }

  getSlideById(id: unknown): SlideFake | null {
    overload('SlidesApp.Presentation.getSlideById', [id], ['string']);
    const slide = this._s.model().slides.find((s) => s.objectId === id);
    return slide ? this._slideFake(slide) : null;
  }

  getPageElementById(id: unknown): ElementFake | null {
    overload('SlidesApp.Presentation.getPageElementById', [id], ['string']);
    const found = findElement(this._s.model(), id as string);
    return found ? wrapElement(this._s, found.element, true) : null;
  }

  getLayouts(): LayoutFake[] {
    this._s.model();
    return Object.keys(LAYOUTS).map((name) => this._s.runtime.track('Layout', new LayoutFake(name)));
  }

  appendSlide(...args: unknown[]): SlideFake {
    return this._insertAt('appendSlide', null, args);
  }

  insertSlide(insertionIndex: unknown, ...rest: unknown[]): SlideFake {
    if (typeof insertionIndex !== 'number') throw signatureMismatch('SlidesApp.Presentation.insertSlide', [insertionIndex, ...rest]);
    return this._insertAt('insertSlide', Math.trunc(insertionIndex), rest);
  }

  /** Literal across every slide (not a pattern: `.`, `$`, `{{x}}` are themselves); case-insensitive unless matchCase. */
  replaceAllText(...args: unknown[]): number {
    overload('SlidesApp.Presentation.replaceAllText', args, ['string', 'string'], ['string', 'string', 'boolean']);
    const [find, replacement, matchCase = false] = args as [string, string, boolean?];
    let count = 0;
    this._s.edit((m) => {
      count = replaceInSlides(m.slides, find, replacement, matchCase);
    });
    return count;
  }

  /** Writes the script's edits to the file; this Presentation can't be used afterwards (open it again instead). */
  saveAndClose(): void {
    this._s.model();
    this._s.close();
  }
}
