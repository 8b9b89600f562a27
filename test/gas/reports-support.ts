// Shared setup for the reports' bundle tests: a spreadsheet with the sample (or any) campaign imported and
// analysed through the built bundle, and the documents it makes read back as Markdown, HTML and deck JSON.
import { readFileSync } from 'node:fs';
import type { Bundle } from '../../src/local/harness.ts';
import { loadBundle } from '../../src/local/harness.ts';
import { renderDeckJson } from '../../src/local/render/deck.ts';
import { renderDocHtml } from '../../src/local/render/doc-html.ts';
import { renderDocMarkdown } from '../../src/local/render/doc-markdown.ts';
import type { DriveStore } from '../../src/local/emulator/drive/drive-store.ts';
import { createLocalWorkspace, type LocalWorkspace } from '../../src/local/emulator/index.ts';
import type { AppendLearningsResult, GenerateResult } from '../../src/domain/rpc.ts';
import { FIXED_NOW } from '../support/bundle.ts';
import type { CallCounts } from '../../src/local/emulator/call-log.ts';
import { splitRoundTrips } from '../../src/local/document-round-trips.ts';

export type Campaign = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function sampleCampaign(): Campaign {
  return JSON.parse(readFileSync(new URL('../../examples/sample-campaign.json', import.meta.url), 'utf8'));
}

export interface ReportsWorld {
  workspace: LocalWorkspace;
  bundle: Bundle;
  generate(name: 'generateClientReport' | 'generateInternalBrief' | 'exportSlides', ...args: unknown[]): GenerateResult;
  append(items?: string[]): AppendLearningsResult;
  markdown(id: string): string;
  html(id: string): string;
  deck(id: string): ReturnType<typeof renderDeckJson>;
}

/**
 * A spreadsheet holding `campaign`, analysed; `drive` lets two spreadsheets share one domain's Drive, `user` says
 * who works in it (default the sample user), `declinedScopes` what they unticked on the consent screen.
 */
export function reportsWorld(campaign: Campaign = sampleCampaign(), options: { drive?: DriveStore; name?: string; user?: string; declinedScopes?: string[] } = {}): ReportsWorld {
  const workspace = createLocalWorkspace({ now: FIXED_NOW, drive: options.drive, userEmail: options.user, declinedScopes: options.declinedScopes });
  workspace.createSpreadsheet(options.name ?? `${campaign.client} — ${campaign.campaign}`);
  const bundle = loadBundle(workspace);
  bundle.run('buildTabs');
  bundle.run('importCampaign', campaign);
  bundle.run('analyze');
  return {
    workspace,
    bundle,
    generate: (name, ...args) => bundle.run(name, ...args) as GenerateResult,
    append: (items) => bundle.run('appendLearnings', ...(items ? [{ items }] : [])) as AppendLearningsResult,
    markdown: (id) => renderDocMarkdown(workspace.drive, id),
    html: (id) => renderDocHtml(workspace.drive, id),
    deck: (id) => renderDeckJson(workspace.drive, id),
  };
}

/** Runs `between` right after `world`'s first Docs.Documents.get, before it writes: someone else's append. */
export function interleaveDocsWrite(world: ReportsWorld, between: () => void): void {
  const globals = world.workspace.globals as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const real = globals.Docs;
  let fired = false;
  globals.Docs = {
    Documents: {
      get: (...args: unknown[]) => {
        const json = real.Documents.get(...args);
        if (!fired) {
          fired = true;
          between();
        }
        return json;
      },
      batchUpdate: (...args: unknown[]) => real.Documents.batchUpdate(...args),
    },
  };
}

/** Calls one action and counts its Apps Script calls. */
export function measured<T>(world: ReportsWorld, action: () => T): { result: T; total: number; calls: Record<string, number> } {
  return world.workspace.calls.measure(action);
}

// Round trips per document: every server call a document costs once the campaign has been read (Documents.get,
// Files.copy/get, batchUpdate, properties, the chart picture's file), as src/local/document-round-trips.ts splits them.
/** The document's own round trips in an action's calls (`total`), and the campaign read's (`read`). */
export function documentRoundTrips(world: ReportsWorld, calls: CallCounts): { total: number; read: number; byMethod: CallCounts } {
  const split = splitRoundTrips(calls, (method) => world.workspace.calls.classOf(method));
  return { total: split.own, read: split.read, byMethod: split.byMethod };
}
