// SlidesApp's Layout: one of the theme's predefined layouts, known by name; slides are appended from it.
// Google: https://developers.google.com/apps-script/reference/slides/layout

export class LayoutFake {
  constructor(private readonly _name: string) {}

  /** The predefined layout this stands for, for appendSlide(layout). */
  get _predefined(): string {
    return this._name;
  }

  getLayoutName(): string {
    return this._name;
  }


}
