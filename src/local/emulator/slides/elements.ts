// SlidesApp's page elements: the generic PageElement and its specific forms Shape, Table (with TableCell), Image
// and SheetsChart. Each fake holds only the presentation and an object id and reads the model on every call, so
// it sees the script's own edits and fails once its element has been removed.
// Google: https://developers.google.com/apps-script/reference/slides/page-element,
//   https://developers.google.com/apps-script/reference/slides/shape,
//   https://developers.google.com/apps-script/reference/slides/table,
//   https://developers.google.com/apps-script/reference/slides/image,
//   https://developers.google.com/apps-script/reference/slides/sheets-chart
import { AppsScriptException } from '../errors.ts';
import { findElement, type ElementModel, type PresentationModel, type SheetsChartModel, type TableModel } from './model.ts';
import { enumValue, overload, type OpenPresentation } from './runtime.ts';
import { GONE_MESSAGE } from './text-host.ts';
import { TextRangeFake } from './text-range.ts';

const ELEMENT_TYPE: Record<ElementModel['kind'], string> = { shape: 'SHAPE', table: 'TABLE', image: 'IMAGE', sheetsChart: 'SHEETS_CHART' };
const FAKE_CLASS: Record<ElementModel['kind'], string> = { shape: 'Shape', table: 'Table', image: 'Image', sheetsChart: 'SheetsChart' };

function located(model: PresentationModel, id: string): ReturnType<typeof findElement> & object {
  const found = findElement(model, id);
  if (!found) throw new AppsScriptException(GONE_MESSAGE);
  return found;
}

/** The tracked fake for an element, as its specific class ("Shape") or as a generic PageElement. */
export function wrapElement(s: OpenPresentation, el: ElementModel, generic = false): ElementFake {
  if (generic) return s.runtime.track('PageElement', new PageElementFake(s, el.objectId, 'PageElement'));
  const cls = FAKE_CLASS[el.kind];
  const Ctor = { shape: ShapeFake, table: TableFake, image: ImageFake, sheetsChart: SheetsChartFake }[el.kind];
  return s.runtime.track(cls, new Ctor(s, el.objectId, cls));
}

/** Members every kind of page element shares. */
export class ElementFake {
  constructor(protected readonly _s: OpenPresentation, protected readonly _id: string, protected readonly _cls: string) {}

  protected _el(): ElementModel {
    return located(this._s.model(), this._id).element;
  }

  protected _edit(change: (el: ElementModel) => void): void {
    const id = this._id;
    this._s.edit((m) => change(located(m, id).element));
  }

  private _setBox(method: string, field: 'left' | 'top' | 'width' | 'height', value: unknown): this {
    overload(`SlidesApp.${this._cls}.${method}`, [value], ['number']);
    this._edit((el) => (el.box[field] = value as number));
    return this;
  }

  getObjectId(): string {
    return this._el().objectId;
  }

  getPageElementType(): unknown {
    return enumValue('Slides.PageElementType', ELEMENT_TYPE[this._el().kind]);
  }

  getLeft(): number {
    return this._el().box.left;
  }

  getTop(): number {
    return this._el().box.top;
  }

  getWidth(): number {
    return this._el().box.width;
  }

  getHeight(): number {
    return this._el().box.height;
  }



  setWidth(width: unknown): this {
    return this._setBox('setWidth', 'width', width);
  }





  setDescription(description: unknown): this {
    overload(`SlidesApp.${this._cls}.setDescription`, [description], ['string']);
    this._edit((el) => (el.description = description as string));
    return this;
  }



  /** Puts a new element where this one is and removes this one (Shape.replaceWith…). */
  protected _replaceWith(make: (id: string) => ElementModel): ElementFake {
    const [id, newId] = [this._id, this._s.newId()];
    this._s.edit((m) => {
      const { slide, element } = located(m, id);
      const next = { ...make(newId), box: { ...element.box } };
      slide.elements = slide.elements.map((e) => (e.objectId === id ? next : e));
    });
    return wrapElement(this._s, located(this._s.model(), newId).element);
  }
}

/** A page element of any kind; as…() gives its specific class. */
export class PageElementFake extends ElementFake {
  private _as(kind: ElementModel['kind']): ElementFake {
    const el = this._el();
    // Not verified against Google: the wording when a page element is cast to the wrong kind.
    if (el.kind !== kind) throw new AppsScriptException(`The page element is not a ${FAKE_CLASS[kind].toLowerCase()}.`);
    return wrapElement(this._s, el);
  }

  asShape(): ElementFake {
    return this._as('shape');
  }



}

export class ShapeFake extends ElementFake {
  private _shape() {
    const el = this._el();
    if (el.kind !== 'shape') throw new AppsScriptException(GONE_MESSAGE);
    return el;
  }

  getText(): TextRangeFake {
    this._shape();
    return this._s.runtime.track('TextRange', new TextRangeFake(this._s, { objectId: this._id }));
  }


  getPlaceholderType(): unknown {
    return enumValue('Slides.PlaceholderType', this._shape().placeholder?.type ?? 'NONE');
  }

  getPlaceholderIndex(): number | null {
    return this._shape().placeholder?.index ?? null;
  }



}

export class TableFake extends ElementFake {
  private _cells(): TableModel['cells'] {
    const el = this._el();
    if (el.kind !== 'table') throw new AppsScriptException(GONE_MESSAGE);
    return el.cells;
  }

  getNumRows(): number {
    return this._cells().length;
  }

  getNumColumns(): number {
    return this._cells()[0]?.length ?? 0;
  }

  getCell(rowIndex: unknown, columnIndex: unknown): TableCellFake {
    overload('SlidesApp.Table.getCell', [rowIndex, columnIndex], ['number', 'number']);
    const [r, c] = [rowIndex as number, columnIndex as number];
    // Not verified against Google: the wording for a cell outside the table.
    if (!this._cells()[r]?.[c]) throw new AppsScriptException(`The cell (${r}, ${c}) is out of the bounds of the table.`);
    return this._s.runtime.track('TableCell', new TableCellFake(this._s, this._id, r, c));
  }
}

export class TableCellFake {
  constructor(private readonly _s: OpenPresentation, private readonly _tableId: string, private readonly _row: number, private readonly _column: number) {}

  getText(): TextRangeFake {
    return this._s.runtime.track('TextRange', new TextRangeFake(this._s, { objectId: this._tableId, cell: [this._row, this._column] }));
  }





}

export class ImageFake extends ElementFake {
  getSourceUrl(): string | null {
    const el = this._el();
    return el.kind === 'image' ? (el.sourceUrl ?? null) : null;
  }
}

export class SheetsChartFake extends ElementFake {
  private _chart(): SheetsChartModel {
    const el = this._el();
    if (el.kind !== 'sheetsChart') throw new AppsScriptException(GONE_MESSAGE);
    return el;
  }

  getSpreadsheetId(): string {
    return this._chart().chart.spreadsheetId;
  }

  getChartId(): number | null {
    return this._chart().chart.chartId;
  }


}
