// One Google Slides presentation as plain, serialisable data: slides made from predefined layouts, and on them
// shapes with styled text, tables, images and Sheets charts. SlidesApp, the Slides advanced service, the deck
// renderer and the Drive snapshot all read and write this one model.
import type { ContentCodec } from '../drive/drive-store.ts';
import type { Run } from './text.ts';

export const PRESENTATION_MIME = 'application/vnd.google-apps.presentation';
/** Points; a new Google Slides deck is 16:9, 10 × 5.625 inches. */
export const PAGE_WIDTH = 720;
export const PAGE_HEIGHT = 405;
export const EMU_PER_PT = 12700;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What Slides remembers about a chart that came from a spreadsheet. */
export interface ChartSource {
  spreadsheetId: string;
  chartId: number | null;
  title: string;
  ranges: string[];
}

/** A page element's intrinsic size in points, before its transform scales it. */
export interface Size {
  width: number;
  height: number;
}

interface ElementBase {
  objectId: string;
  /** Where the element shows on the slide (points): what SlidesApp's getLeft/getWidth… report. */
  box: Box;
  /**
   * The intrinsic size Presentations.get reports, when it isn't the box's own: Google reports a page element as a
   * size plus an affine transform, and the visible size is size × scale (developers.google.com/workspace/slides/api/
   * concepts/transforms, "Page element size and transform"). A box resized in the Slides UI or by SlidesApp's
   * setWidth keeps its size and changes its scale. Absent: scale 1.
   */
  size?: Size;
  title?: string;
  description?: string;
}
export interface ShapeModel extends ElementBase {
  kind: 'shape';
  shapeType: string;
  text: Run[];
  placeholder?: { type: string; index: number; parentObjectId: string };
}
export interface TableModel extends ElementBase {
  kind: 'table';
  cells: Run[][][]; // rows × columns
  /** Each column's width in points, once set (UpdateTableColumnPropertiesRequest); unset: the box's width shared evenly. */
  columnWidths?: number[];
}
export interface ImageModel extends ElementBase {
  kind: 'image';
  sourceUrl?: string;
  contentType?: string;
  dataUri?: string;
  chart?: ChartSource; // a chart inserted as a static image
}
export interface SheetsChartModel extends ElementBase {
  kind: 'sheetsChart';
  chart: ChartSource;
}
export type ElementModel = ShapeModel | TableModel | ImageModel | SheetsChartModel;

export interface SlideModel {
  objectId: string;
  layout: string; // a PredefinedLayout name
  elements: ElementModel[];
}

export interface PresentationModel {
  slides: SlideModel[];
  nextId: number;
  revision: number;
}

interface LayoutDef {
  objectId: string;
  displayName: string;
  placeholders: { type: string; index: number; box: Box }[];
}

/**
 * Placeholders of Google's default theme are reported with an intrinsic 3000000 × 3000000 EMU size and scaled by
 * their transform (a "Title and body" body: scaleX ≈ 2.84, scaleY ≈ 1.14), as Presentations.get shows them.
 */
export const PLACEHOLDER_SIZE: Size = { width: 3_000_000 / EMU_PER_PT, height: 3_000_000 / EMU_PER_PT };

const TITLE_BAR: Box = { left: 24.6, top: 35, width: 670.8, height: 45 };
const BODY_AREA: Box = { left: 24.6, top: 90.7, width: 670.8, height: 269 };

/** The predefined layouts of the default "Simple Light" theme, with placeholder boxes close to Google's. */
export const LAYOUTS: Readonly<Record<string, LayoutDef>> = {
  TITLE: { objectId: 'p1', displayName: 'Title slide', placeholders: [
    { type: 'CENTERED_TITLE', index: 0, box: { left: 24.6, top: 58.6, width: 670.8, height: 161.7 } },
    { type: 'SUBTITLE', index: 0, box: { left: 24.6, top: 223.2, width: 670.8, height: 62.4 } },
  ] },
  SECTION_HEADER: { objectId: 'p2', displayName: 'Section header', placeholders: [
    { type: 'TITLE', index: 0, box: { left: 24.6, top: 169.4, width: 670.8, height: 66.3 } },
  ] },
  TITLE_AND_BODY: { objectId: 'p3', displayName: 'Title and body', placeholders: [
    { type: 'TITLE', index: 0, box: TITLE_BAR },
    { type: 'BODY', index: 0, box: BODY_AREA },
  ] },
  TITLE_AND_TWO_COLUMNS: { objectId: 'p4', displayName: 'Title and two columns', placeholders: [
    { type: 'TITLE', index: 0, box: TITLE_BAR },
    { type: 'BODY', index: 0, box: { left: 24.6, top: 90.7, width: 322.8, height: 269 } },
    { type: 'BODY', index: 1, box: { left: 372.4, top: 90.7, width: 322.8, height: 269 } },
  ] },
  TITLE_ONLY: { objectId: 'p5', displayName: 'Title only', placeholders: [{ type: 'TITLE', index: 0, box: TITLE_BAR }] },
  ONE_COLUMN_TEXT: { objectId: 'p6', displayName: 'One column text', placeholders: [
    { type: 'TITLE', index: 0, box: { left: 24.6, top: 43.8, width: 224.1, height: 59.6 } },
    { type: 'BODY', index: 0, box: { left: 24.6, top: 109.4, width: 224.1, height: 250.8 } },
  ] },
  MAIN_POINT: { objectId: 'p7', displayName: 'Main point', placeholders: [
    { type: 'TITLE', index: 0, box: { left: 45.3, top: 35.4, width: 629.4, height: 301.5 } },
  ] },
  SECTION_TITLE_AND_DESCRIPTION: { objectId: 'p8', displayName: 'Section title and description', placeholders: [
    { type: 'TITLE', index: 0, box: { left: 21, top: 97.5, width: 318.6, height: 117.2 } },
    { type: 'SUBTITLE', index: 0, box: { left: 21, top: 221.6, width: 318.6, height: 97.6 } },
    { type: 'BODY', index: 0, box: { left: 386.6, top: 57, width: 302.4, height: 291.9 } },
  ] },
  CAPTION_ONLY: { objectId: 'p9', displayName: 'Caption', placeholders: [
    { type: 'BODY', index: 0, box: { left: 24.6, top: 333.1, width: 670.8, height: 47.6 } },
  ] },
  BIG_NUMBER: { objectId: 'p10', displayName: 'Big number', placeholders: [
    { type: 'TITLE', index: 0, box: { left: 24.6, top: 86.8, width: 670.8, height: 154.8 } },
    { type: 'BODY', index: 0, box: { left: 24.6, top: 248.4, width: 670.8, height: 102.6 } },
  ] },
  BLANK: { objectId: 'p11', displayName: 'Blank', placeholders: [] },
};
export const MASTER_ID = 'p0';

export function layoutById(layoutObjectId: string): string | undefined {
  return Object.keys(LAYOUTS).find((name) => LAYOUTS[name]?.objectId === layoutObjectId);
}

/** A slide built from a layout: one empty shape per placeholder, with ids chosen by the caller or generated. */
export function slideFromLayout(model: PresentationModel, layout: string, slideId: string, placeholderIds: Map<string, string> = new Map()): SlideModel {
  const def = LAYOUTS[layout] as LayoutDef;
  return {
    objectId: slideId,
    layout,
    elements: def.placeholders.map((p, i) => ({
      kind: 'shape',
      objectId: placeholderIds.get(`${p.type}:${p.index}`) ?? newObjectId(model),
      shapeType: 'TEXT_BOX',
      box: { ...p.box },
      size: { ...PLACEHOLDER_SIZE },
      text: [],
      placeholder: { type: p.type, index: p.index, parentObjectId: `${def.objectId}_i${i}` },
    })),
  };
}

/** A new deck as SlidesApp.create makes it: one title slide (Google names it "p", its placeholders i0 and i1). */
export function newPresentationModel(): PresentationModel {
  const model: PresentationModel = { slides: [], nextId: 1, revision: 1 };
  model.slides.push(slideFromLayout(model, 'TITLE', 'p', new Map([['CENTERED_TITLE:0', 'i0'], ['SUBTITLE:0', 'i1']])));
  return model;
}

/** Every id in use: pages (slides, layouts, master) and page elements. Caller-chosen ids must avoid them all. */
export function usedIds(model: PresentationModel): Set<string> {
  const ids = new Set<string>([MASTER_ID]);
  for (const def of Object.values(LAYOUTS)) {
    ids.add(def.objectId);
    def.placeholders.forEach((_, i) => ids.add(`${def.objectId}_i${i}`));
  }
  for (const slide of model.slides) {
    ids.add(slide.objectId);
    for (const el of slide.elements) ids.add(el.objectId);
  }
  return ids;
}

/** A fresh generated id ("g0001_0"), shaped like Google's and unused in this presentation. */
export function newObjectId(model: PresentationModel): string {
  const used = usedIds(model);
  for (;;) {
    const id = `g${String(model.nextId++).padStart(4, '0')}_0`;
    if (!used.has(id)) return id;
  }
}

export function findSlide(model: PresentationModel, slideId: string): SlideModel | undefined {
  return model.slides.find((s) => s.objectId === slideId);
}

export function findElement(model: PresentationModel, objectId: string): { slide: SlideModel; element: ElementModel } | undefined {
  for (const slide of model.slides) {
    const element = slide.elements.find((e) => e.objectId === objectId);
    if (element) return { slide, element };
  }
  return undefined;
}

export function clonePresentation(model: PresentationModel): PresentationModel {
  return structuredClone(model);
}

/** How a deck is saved in a Drive snapshot (`--state`) and restored. */
export const presentationCodec: ContentCodec<PresentationModel> = {
  serialize: (content) => structuredClone(content),
  deserialize(data) {
    const d = data as Partial<PresentationModel> | null;
    if (!d || !Array.isArray(d.slides) || typeof d.nextId !== 'number' || typeof d.revision !== 'number') {
      throw new Error('local Workspace: a saved Slides file is not a presentation model');
    }
    return structuredClone(d as PresentationModel);
  },
};
