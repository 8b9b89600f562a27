// The local Docs and Slides APIs alone, for driving the domain's planners directly (no bundle): make a Doc from
// Docs API requests, copy a stored Doc or deck, apply a plan's requests in one batch, and read the result back.
import { CallLog } from '../../../src/local/emulator/call-log.ts';
import { createDocumentServices } from '../../../src/local/emulator/docs/services.ts';
import { DOCUMENT_MIME, type DocModel, type ParagraphNode, type TextStyle } from '../../../src/local/emulator/docs/model.ts';
import { DriveStore } from '../../../src/local/emulator/drive/drive-store.ts';
import type { ServiceContext } from '../../../src/local/emulator/service-context.ts';
import { createSlidesServices } from '../../../src/local/emulator/slides/index.ts';
import type { PresentationModel } from '../../../src/local/emulator/slides/model.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export function plannerWorld() {
  const drive = new DriveStore(() => new Date('2026-11-24T10:00:00Z'), 'you@agency.example');
  const ctx: ServiceContext = { calls: new CallLog(), drive, now: () => new Date(), userEmail: 'you@agency.example', timeZone: 'Etc/UTC', authMode: () => 'FULL' };
  const Docs = createDocumentServices(ctx).Docs as Any;
  const Slides = createSlidesServices(ctx).Slides as Any;
  return {
    drive,
    Docs,
    Slides,
    /** A new Doc written by `requests` (on the blank Doc's one empty paragraph). */
    docFrom(requests: Record<string, unknown>[]): string {
      const id: string = Docs.Documents.create({ title: 'Template' }).documentId;
      if (requests.length) Docs.Documents.batchUpdate({ requests }, id);
      return id;
    },
    /** A copy of a stored file, as Drive's files.copy makes it. */
    copy(id: string): string {
      const file = drive.find(id)!;
      return drive.create({ name: `${file.name} (copy)`, mimeType: file.mimeType, content: structuredClone(file.content), grantedTo: [drive.userEmail] }).id;
    },
    doc: (id: string) => drive.find(id)!.content as DocModel,
    deck: (id: string) => drive.find(id)!.content as PresentationModel,
    isDoc: (id: string) => drive.find(id)?.mimeType === DOCUMENT_MIME,
  };
}

/** Every paragraph of a Doc's body, table cells included, in order. */
export function paragraphs(doc: DocModel): ParagraphNode[] {
  const walk = (blocks: DocModel['body']['children']): ParagraphNode[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => walk(c.children)))));
  return walk(doc.body.children);
}

export const paragraphText = (p: ParagraphNode) => p.children.map((c) => (c.kind === 'text' ? c.chars : '')).join('');

/** The runs of text carrying `pick`'s value (a link URL, or "bold"), with the text they cover, per paragraph. */
export function styledRuns(doc: DocModel, pick: (style: TextStyle) => string | undefined): { text: string; value: string }[] {
  const runs: { text: string; value: string }[] = [];
  for (const p of paragraphs(doc)) {
    let current: { text: string; value: string } | undefined;
    for (const child of p.children) {
      if (child.kind !== 'text') {
        current = undefined;
        continue;
      }
      for (let i = 0; i < child.chars.length; i++) {
        const value = pick(child.styles[i] ?? {});
        if (value !== undefined && current?.value === value) current.text += child.chars[i];
        else if (value !== undefined) runs.push((current = { text: child.chars[i] ?? '', value }));
        else current = undefined;
      }
    }
  }
  return runs;
}
