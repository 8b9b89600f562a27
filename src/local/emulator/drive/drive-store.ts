// The emulated user's Drive: every file Debrief can reach (Docs, Slides, images), who may open it, and a
// serialisable snapshot so `--state` can keep Drive between runs. DriveApp, DocumentApp and SlidesApp share it.
import { PublicWeb } from '../web/public-web.ts';

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

  /** The public web Google fetches images from (kept here so every service sharing this Drive sees the same). */
  readonly web = new PublicWeb();

  constructor(private readonly now: () => Date, readonly userEmail: string) {}

  registerCodec<Content>(mimeType: string, codec: ContentCodec<Content>): void {
    this.codecs.set(mimeType, codec as ContentCodec<unknown>);
  }

  create<Content>(init: { name: string; mimeType: string; content: Content; owner?: string; reachable?: boolean }): StoredFile<Content> {
    const stamp = this.now().toISOString();
    // Drive ids are long, opaque and URL-safe; these keep that shape so URL parsing code is exercised.
    const id = `1${String(this.nextId++).padStart(6, '0')}${'x'.repeat(20)}${init.mimeType.length}`;
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
