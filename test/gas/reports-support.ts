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

/** A spreadsheet holding `campaign`, analysed; `drive` lets two spreadsheets of one user share their Drive. */
export function reportsWorld(campaign: Campaign = sampleCampaign(), options: { drive?: DriveStore; name?: string } = {}): ReportsWorld {
  const workspace = createLocalWorkspace({ now: FIXED_NOW, drive: options.drive });
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

/** Calls one action and counts its Apps Script calls. */
export function measured<T>(world: ReportsWorld, action: () => T): { result: T; total: number; calls: Record<string, number> } {
  return world.workspace.calls.measure(action);
}
