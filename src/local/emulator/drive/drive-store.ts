// The emulated user's Drive: every file Debrief can reach (Docs, Slides, images), who may open it, and a
// serialisable snapshot so `--state` can keep Drive between runs. DriveApp, DocumentApp and SlidesApp share it.
import { createHash } from 'node:crypto';

export interface StoredFile<Content = unknown> {
  id: string;
  name: string;
  mimeType: string;
  owner: string;
  createdAt: string; // ISO timestamp
  updatedAt: string;
  trashed: boolean;
  /**
   * Under the drive.file scope the add-on reaches only files it created or the user picked/opened with it.
   * Files made by "someone else" (tests, templates placed by the playground) start unreachable until granted.
   */
  reachable: boolean;
  content: Content;
}

/** How one kind of file's content is saved and restored (e.g. a Doc's element tree). */
export interface ContentCodec<Content> {
  serialize(content: Content): unknown;
  deserialize(data: unknown): Content;
}

export interface DriveSnapshot {
  files: (Omit<StoredFile, 'content'> & { content: unknown })[];
  nextId: number;
}

export class DriveStore {
  private readonly files = new Map<string, StoredFile>();
  private readonly codecs = new Map<string, ContentCodec<unknown>>();
  private nextId = 1;

  constructor(private readonly now: () => Date, readonly userEmail: string) {}

  registerCodec<Content>(mimeType: string, codec: ContentCodec<Content>): void {
    this.codecs.set(mimeType, codec as ContentCodec<unknown>);
  }

  create<Content>(init: { name: string; mimeType: string; content: Content; owner?: string; reachable?: boolean }): StoredFile<Content> {
    const stamp = this.now().toISOString();
    const id = driveFileId(this.nextId++, init.mimeType);
    const file: StoredFile<Content> = {
      id, name: init.name, mimeType: init.mimeType, owner: init.owner ?? this.userEmail,
      createdAt: stamp, updatedAt: stamp, trashed: false, reachable: init.reachable ?? true, content: init.content,
    };
    this.files.set(id, file);
    return file;
  }

  /** Any file by id, reachable or not (for the Workspace's own code and tests). */
  find(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  /** A file the add-on may open, or undefined: Apps Script can't tell "missing" from "no access" either. */
  reachable(id: string): StoredFile | undefined {
    const file = this.files.get(id);
    return file && file.reachable && !file.trashed ? file : undefined;
  }

  touch(file: StoredFile): void {
    file.updatedAt = this.now().toISOString();
  }

  all(): StoredFile[] {
    return [...this.files.values()];
  }

  snapshot(): DriveSnapshot {
    return {
      nextId: this.nextId,
      files: this.all().map((f) => ({ ...f, content: this.codecs.get(f.mimeType)?.serialize(f.content) ?? f.content })),
    };
  }

  restore(snapshot: DriveSnapshot): void {
    this.files.clear();
    this.nextId = snapshot.nextId;
    for (const f of snapshot.files) {
      this.files.set(f.id, { ...f, content: this.codecs.get(f.mimeType)?.deserialize(f.content) ?? f.content });
    }
  }
}

/**
 * Drive documents ids only as opaque, URL-safe strings ("Files and folders": "a unique, opaque ID"), no length.
 * Real ones are 44 characters for Docs, Sheets and Slides files and 33 for uploaded files; the emulator keeps
 * those lengths (deterministic per store), so anything Debrief stores per file is sized for real ids.
 */
export function driveFileId(ordinal: number, mimeType: string): string {
  const length = mimeType.startsWith('application/vnd.google-apps.') ? 44 : 33;
  return `1${createHash('sha256').update(`drive-file#${ordinal}`).digest('base64url').slice(0, length - 1)}`;
}
