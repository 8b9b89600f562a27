// An open presentation as SlidesApp holds it. Apps Script loads a deck when it is opened, shows the script its own
// edits, and writes them back "as a collaborator" on saveAndClose() or when the execution ends; it never sees
// later changes made through the Slides API. So each open Presentation works on its own copy and keeps its edits
// as replayable operations; the advanced service reads and writes the saved file.
// Google: https://developers.google.com/apps-script/reference/slides/presentation#saveAndClose()
import { AppsScriptException, signatureMismatch } from '../errors.ts';
import { enumName, officialEnum } from '../enums.ts';
import type { StoredFile } from '../drive/drive-store.ts';
import { reach, type Access, type Door, type Intent } from '../drive/access.ts';
import type { ServiceContext } from '../service-context.ts';
import { track } from '../tracked.ts';
import { PRESENTATION_MIME, clonePresentation, newObjectId, usedIds, type PresentationModel } from './model.ts';

/** Apps Script's scope for SlidesApp and the Slides API. */
export const PRESENTATIONS = 'https://www.googleapis.com/auth/presentations';

/** Not verified against Google: DocumentApp's wording for a closed Document, carried over to Presentation. */
export const CLOSED_MESSAGE = 'Presentation is closed, its contents cannot be updated.';
/** Not verified against Google: Apps Script's "Access denied: <Service>." wording, for an edit by someone who may only view or comment. */
export const READ_ONLY_MESSAGE = 'Access denied: SlidesApp.';

type Operation = (model: PresentationModel) => void;

export class OpenPresentation {
  private readonly copy: PresentationModel;
  private readonly pending: Operation[] = [];
  private closed = false;

  constructor(readonly runtime: SlidesRuntime, readonly file: StoredFile<PresentationModel>) {
    this.copy = clonePresentation(file.content);
  }

  /** The script's view of the deck; throws once the Presentation is closed. */
  model(): PresentationModel {
    if (this.closed) throw new AppsScriptException(CLOSED_MESSAGE);
    return this.copy;
  }

  /** Applies an edit now and keeps it for the save. An edit that throws here changes nothing and is not kept. */
  edit(operation: Operation): void {
    const model = this.model();
    if (!reach(this.runtime.ctx, this.file.id, 'slidesApp', 'write').ok) throw new AppsScriptException(READ_ONLY_MESSAGE);
    const trial = clonePresentation(model);
    operation(trial);
    Object.assign(model, trial);
    this.pending.push(operation);
  }

  /** A generated id unused both here and in the saved file, so replaying the edit there cannot collide. */
  newId(): string {
    const saved = this.file.content;
    this.copy.nextId = Math.max(this.copy.nextId, saved.nextId);
    const savedIds = usedIds(saved);
    let id = newObjectId(this.copy);
    while (savedIds.has(id)) id = newObjectId(this.copy);
    saved.nextId = this.copy.nextId;
    return id;
  }

  /** Writes pending edits into the saved file, the way a collaborator's edits merge; edits whose target is gone are dropped. */
  save(): void {
    if (this.pending.length === 0) return;
    for (const operation of this.pending.splice(0)) {
      const trial = clonePresentation(this.file.content);
      try {
        operation(trial);
        this.file.content = trial;
      } catch {
        // the object was deleted meanwhile (e.g. by a batchUpdate): the edit has nothing to land on
      }
    }
    this.file.content.revision += 1;
    this.runtime.ctx.drive.touch(this.file);
  }

  close(): void {
    this.save();
    this.closed = true;
    this.runtime.forget(this);
  }
}

export class SlidesRuntime {
  private readonly open = new Set<OpenPresentation>();

  constructor(readonly ctx: ServiceContext) {}

  /** "Slides.Shape" etc.; calls are counted as "Shape.getText". */
  track<T extends object>(className: string, fake: T): T {
    return track(`Slides.${className}`, fake, this.ctx.calls);
  }

  /** A deck the current user reaches through `door` (drive/access.ts), else why not; trashed decks are out of reach. */
  presentationAccess(id: unknown, door: Door, intent: Intent = 'read'): Access<PresentationModel> {
    const access = reach<PresentationModel>(this.ctx, id, door, intent);
    if (access.file && (access.file.mimeType !== PRESENTATION_MIME || access.file.trashed)) return { ok: false, refusal: 'not-found' };
    return access;
  }

  /** A deck SlidesApp may open for the current user (presentations reaches every deck they can open), else undefined. */
  presentationFile(id: unknown): StoredFile<PresentationModel> | undefined {
    const access = this.presentationAccess(id, 'slidesApp');
    return access.ok ? access.file : undefined;
  }

  openFile(file: StoredFile<PresentationModel>): OpenPresentation {
    const session = new OpenPresentation(this, file);
    this.open.add(session);
    return session;
  }

  forget(session: OpenPresentation): void {
    this.open.delete(session);
  }

  /** The end of an execution: every open Presentation is saved and closed, as Apps Script does. */
  endExecution(): void {
    for (const session of [...this.open]) session.close();
  }
}

export type ArgKind = 'string' | 'number' | 'boolean' | 'object' | { enum: string };

function fits(value: unknown, kind: ArgKind): boolean {
  if (typeof kind === 'object') {
    const name = enumName(value);
    return name !== undefined && officialEnum(kind.enum)[name] === value;
  }
  if (kind === 'object') return typeof value === 'object' && value !== null && enumName(value) === undefined;
  return typeof value === kind;
}

/** Picks the overload the arguments fit, as Apps Script does, or throws its signature error. */
export function overload(qualifiedMethod: string, args: readonly unknown[], ...overloads: ArgKind[][]): number {
  const index = overloads.findIndex((kinds) => kinds.length === args.length && kinds.every((k, i) => fits(args[i], k)));
  if (index < 0) throw signatureMismatch(qualifiedMethod, args);
  return index;
}

export function enumValue(qualifiedEnum: string, name: string): unknown {
  return officialEnum(qualifiedEnum)[name];
}
