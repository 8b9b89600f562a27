// What DriveApp and the Drive advanced service share: which files the add-on may reach (drive.file: only those it
// created or was granted, unless the manifest grants all of Drive), creating files and copying them.
import type { ServiceContext } from '../service-context.ts';
import { track } from '../tracked.ts';
import type { StoredFile } from './drive-store.ts';
import { binaryContent } from './blob.ts';

/** Content for a new, empty Google file of one type (a blank Doc…), registered by the service that owns the type. */
export type BlankContent = Map<string, () => unknown>;

export class DriveRuntime {
  constructor(readonly ctx: ServiceContext, readonly blanks: BlankContent) {}

  track<T extends object>(qualifiedClass: string, fake: T): T {
    return track(qualifiedClass, fake, this.ctx.calls);
  }

  /**
   * A file the add-on may reach, trashed or not (Drive still opens a trashed file by id), else undefined: Google
   * answers "not found" for files that exist but are out of reach. Reach is the file's drive.file grant
   * (StoredFile.reachable) even when broader scopes are granted: the store cannot tell which other files the
   * user could open, so the emulation stays on the strict side.
   */
  readable(id: unknown): StoredFile | undefined {
    if (typeof id !== 'string') return undefined;
    const file = this.ctx.drive.find(id);
    return file?.reachable ? file : undefined;
  }

  createBinary(name: string, mimeType: string, bytes: Uint8Array): StoredFile {
    return this.ctx.drive.create({ name, mimeType, content: binaryContent(bytes), owner: this.ctx.userEmail, reachable: true });
  }

  createBlank(name: string, mimeType: string): StoredFile | undefined {
    const blank = this.blanks.get(mimeType);
    return blank ? this.ctx.drive.create({ name, mimeType, content: blank(), owner: this.ctx.userEmail, reachable: true }) : undefined;
  }

  /** A copy made by the add-on: the user owns it and, under drive.file, the add-on may reach it. */
  copy(source: StoredFile, name: string): StoredFile {
    return this.ctx.drive.create({
      name, mimeType: source.mimeType, content: structuredClone(source.content), owner: this.ctx.userEmail, reachable: true,
    });
  }
}
