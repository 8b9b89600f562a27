// One batchUpdate request being applied: its place in the batch, the presentation it edits, and the API's ways of
// refusing it (its own error texts, prefixed "Invalid requests[i].kind: ").
// Google: https://developers.google.com/slides/api/reference/rest/v1/presentations/batchUpdate
import { isPlainObject } from '../errors.ts';
import type { DriveStore } from '../drive/drive-store.ts';
import { EMU_PER_PT, findSlide, newObjectId, usedIds, type Box, type PresentationModel, type Size, type SlideModel } from './model.ts';

/** A request Google would refuse; the message is the API's own error text. */
export class RequestError extends Error {}

export class UnsupportedRequestError extends Error {
  constructor(kind: string) {
    super(`Slides.Presentations.batchUpdate request "${kind}" is not implemented by the local Workspace`);
    this.name = 'NotImplementedError';
  }
}

type Json = Record<string, unknown>;

/** One request being applied: where it is in the batch, and the API's ways of refusing it. */
export class Req {
  constructor(readonly model: PresentationModel, readonly index: number, readonly kind: string, readonly body: Json, readonly drive: DriveStore) {}

  fail(detail: string): RequestError {
    return new RequestError(`Invalid requests[${this.index}].${this.kind}: ${detail}`);
  }

  /** A proto enum field holding a name it doesn't have. */
  badValue(path: string, protoType: string, value: unknown): RequestError {
    const snake = this.kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return new RequestError(`Invalid value at 'requests[${this.index}].${snake}.${path}' (type.googleapis.com/google.apps.slides.v1.${protoType}), ${JSON.stringify(value)}`);
  }

  /** The caller's object id, checked as the API documents, or a generated one ("" counts as unset in proto3). */
  newId(requested: unknown): string {
    if (requested === undefined || requested === null || requested === '') return newObjectId(this.model);
    const id = String(requested);
    if (!/^[a-zA-Z0-9_][a-zA-Z0-9_\-:]*$/.test(id)) {
      throw this.fail(`The object ID (${id}) should start with a word character [a-zA-Z0-9_] and then followed by any number of the following characters [a-zA-Z0-9_-:].`);
    }
    // Not verified against Google: the rule ("between 5 and 50 characters") is documented, this wording isn't.
    if (id.length < 5 || id.length > 50) throw this.fail(`The object ID (${id}) should be between 5 and 50 characters long.`);
    if (usedIds(this.model).has(id)) throw this.fail(`The object ID (${id}) should be unique among all pages and page elements.`);
    return id;
  }

  notFound(id: unknown): RequestError {
    return this.fail(`The object (${String(id ?? '')}) could not be found.`);
  }

  slide(id: unknown): SlideModel {
    const slide = typeof id === 'string' ? findSlide(this.model, id) : undefined;
    if (!slide) throw this.notFound(id);
    return slide;
  }

  /**
   * The page, box and intrinsic size of elementProperties; size and transform default to `fallback`. The element
   * shows at size × scale (developers.google.com/workspace/slides/api/concepts/transforms). `table`: "Table
   * transforms must have a scale of 1 and no shear components" (CreateTableRequest.elementProperties, Slides API
   * reference); a transform whose scale is left out has scale 0 in proto3 and is refused the same way.
   */
  placement(fallback: Box, options: { table?: boolean } = {}): { slide: SlideModel; box: Box; size?: Size } {
    const props = isPlainObject(this.body.elementProperties) ? this.body.elementProperties : {};
    const slide = this.slide(props.pageObjectId);
    const box = { ...fallback };
    const size = isPlainObject(props.size) ? props.size : undefined;
    const t = isPlainObject(props.transform) ? props.transform : undefined;
    const [scaleX, scaleY] = t ? [Number(t.scaleX ?? 0), Number(t.scaleY ?? 0)] : [1, 1];
    const sheared = t !== undefined && (Number(t.shearX ?? 0) !== 0 || Number(t.shearY ?? 0) !== 0);
    if (options.table && (scaleX !== 1 || scaleY !== 1 || sheared)) throw this.fail('Table transforms must have a scale of 1 and no shear components.');
    // Not verified against Google: a transform whose scale is left out is all zeros (proto3) and can't be inverted.
    if (scaleX * scaleY === 0) throw this.fail('The transform is not invertible.');
    let intrinsic: Size | undefined;
    if (size) {
      intrinsic = { width: fallback.width, height: fallback.height };
      for (const axis of ['width', 'height'] as const) {
        const d = size[axis];
        if (isPlainObject(d)) intrinsic[axis] = this.toPt(d.magnitude, d.unit, `size.${axis}`);
      }
      box.width = intrinsic.width * scaleX;
      box.height = intrinsic.height * scaleY;
    }
    if (t && (t.translateX !== undefined || t.translateY !== undefined)) {
      box.left = this.toPt(t.translateX ?? 0, t.unit, 'transform');
      box.top = this.toPt(t.translateY ?? 0, t.unit, 'transform');
    }
    const scaled = intrinsic !== undefined && (scaleX !== 1 || scaleY !== 1);
    return scaled ? { slide, box, size: intrinsic } : { slide, box };
  }

  /** A Dimension's magnitude in points. */
  toPt(magnitude: unknown, unit: unknown, what: string): number {
    // Not verified against Google: the wording for a dimension without a unit.
    if (unit !== 'EMU' && unit !== 'PT') throw this.fail(`The unit of ${what} should be EMU or PT.`);
    return (typeof magnitude === 'number' ? magnitude : 0) / (unit === 'EMU' ? EMU_PER_PT : 1);
  }
}
