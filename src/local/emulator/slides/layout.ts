// SlidesApp's Layout: one of the theme's predefined layouts, known by name; slides are appended from it.
// Google: https://developers.google.com/apps-script/reference/slides/layout
import { enumValue } from './runtime.ts';
import { LAYOUTS } from './model.ts';

export class LayoutFake {
  constructor(private readonly _name: string) {}

  /** The predefined layout this stands for, for appendSlide(layout). */
  get _predefined(): string {
    return this._name;
  }

  getLayoutName(): string {
    return this._name;
  }

  getObjectId(): string {
    return LAYOUTS[this._name]?.objectId ?? '';
  }

  getPageType(): unknown {
    return enumValue('Slides.PageType', 'LAYOUT');
  }
}
