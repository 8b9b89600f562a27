// The Docs and Slides Debrief generated, listed from the emulated Drive and shown as pages at /docs/:id through the
// renderers in src/local/render/ (issue 4) when they exist.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalWorkspace } from '../workspace/index.ts';

const KINDS: Record<string, string> = {
  'application/vnd.google-apps.document': 'Doc',
  'application/vnd.google-apps.presentation': 'Slides',
};

interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  trashed?: boolean;
}

/** Drive's files, through whichever view of it the local Workspace offers. */
function driveFiles(workspace: LocalWorkspace): DriveFile[] {
  const w = workspace as unknown as { drive?: { all?: () => DriveFile[] }; inspect: { files?: () => DriveFile[] } };
  return w.inspect.files?.() ?? w.drive?.all?.() ?? [];
}

export function listDocuments(workspace: LocalWorkspace): { id: string; name: string; kind: string; url: string }[] {
  return driveFiles(workspace)
    .filter((f) => KINDS[f.mimeType] && !f.trashed)
    .map((f) => ({ id: f.id, name: f.name, kind: KINDS[f.mimeType], url: `/docs/${encodeURIComponent(f.id)}` }));
}

type Renderer = (workspace: LocalWorkspace, id: string) => string | Promise<string>;

async function loadRenderer(): Promise<Renderer | null> {
  const path = fileURLToPath(new URL('../render/index.ts', import.meta.url));
  if (!existsSync(path)) return null;
  const module = (await import(/* @vite-ignore */ path)) as { renderFileHtml?: Renderer };
  return module.renderFileHtml ?? null;
}

const page = (title: string, message: string) =>
  `<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><body style="font:14px Arial,sans-serif;margin:40px">` +
  `<h1 style="font-size:18px">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the playground</a></p></body></html>`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function renderDocument(workspace: LocalWorkspace, id: string): Promise<{ status: number; html: string }> {
  const file = driveFiles(workspace).find((f) => f.id === id && KINDS[f.mimeType]);
  if (!file) return { status: 404, html: page('No such document', `Debrief hasn't generated a Doc or Slides file with id ${id} in this playground.`) };
  const render = await loadRenderer();
  if (!render) {
    return { status: 404, html: page(file.name, 'This playground can’t show generated documents yet: the renderers (src/local/render/) are not in this build.') };
  }
  return { status: 200, html: await render(workspace, id) };
}
