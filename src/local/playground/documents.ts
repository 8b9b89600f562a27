// The Docs and Slides in the emulated Drive that the current user can see (reports Debrief generated, the shared
// learnings Doc, templates), listed for the page and shown at /docs/:id through the renderers `debrief run` uses
// for its .html files. Someone else's file that isn't shared with the user is "not found", as in Drive.
import { renderDeckHtml } from '../render/deck.ts';
import { escapeHtml, renderDocHtml } from '../render/doc-html.ts';
import { DOCUMENT_MIME } from '../emulator/docs/model.ts';
import type { DriveStore } from '../emulator/drive/drive-store.ts';
import type { LocalWorkspace } from '../emulator/index.ts';
import { PRESENTATION_MIME } from '../emulator/slides/model.ts';

const RENDERERS: Record<string, { kind: string; render: (store: DriveStore, id: string) => string }> = {
  [DOCUMENT_MIME]: { kind: 'Doc', render: renderDocHtml },
  [PRESENTATION_MIME]: { kind: 'Slides', render: renderDeckHtml },
};

/** Rendered documents hold no script of their own; this keeps it so whatever text they carry. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https: http:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export function listDocuments(workspace: LocalWorkspace): { id: string; name: string; kind: string; url: string; owner: string; canShare: boolean }[] {
  const { drive, user } = workspace;
  return drive.visibleTo(user)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .flatMap((f) => {
      const renderer = RENDERERS[f.mimeType];
      if (!renderer) return [];
      const role = drive.roleOf(f, user);
      return [{ id: f.id, name: f.name, kind: renderer.kind, url: `/docs/${encodeURIComponent(f.id)}`, owner: f.owner, canShare: role === 'owner' || role === 'writer' }];
    });
}

const notFound = (id: string) => `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>No such document</title>` +
  `<body style="font:14px Arial,sans-serif;margin:40px"><h1 style="font-size:18px">No such document</h1>` +
  `<p>This playground’s Drive has no Doc or Slides file with the id “${escapeHtml(id)}” that you can open (it may be ` +
  `someone else’s, not shared with you: switch user above, or share it from the Documents list). Generate one from the Debrief ` +
  `sidebar or menu, then open it from the links above the grid.</p><p><a href="/">Back to the playground</a></p></body></html>`;

export function renderDocument(workspace: LocalWorkspace, id: string): { status: number; html: string } {
  const file = workspace.drive.find(id);
  const visible = file && !file.trashed && workspace.drive.roleOf(file, workspace.user) !== undefined;
  const renderer = visible ? RENDERERS[file.mimeType] : undefined;
  if (!renderer) return { status: 404, html: notFound(id) };
  return { status: 200, html: renderer.render(workspace.drive, id) };
}
