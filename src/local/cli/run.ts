// `debrief run`: validates a campaign file, then drives the bundle's own server functions on the local
// Workspace (build tabs, import the campaign's rows, analyze) and writes workbook.json, report.json, calls.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCampaignFile } from '../../domain/campaign-file.ts';
import { TAB_NAMES } from '../../domain/tabs/index.ts';
import { openSession, type DebriefSession } from '../session.ts';

export interface RunOptions {
  campaignPath: string;
  outDir: string;
  stateDir?: string;
}

export interface RunOutcome {
  session: DebriefSession;
  report: unknown;
}

/** Reads and validates a campaign file; returns the problems as lines naming each bad field's path. */
export function readCampaignFile(path: string): { ok: true; file: unknown } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [`${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseCampaignFile(json);
  return parsed.ok ? { ok: true, file: json } : { ok: false, errors: parsed.errors };
}

export function runOnWorkspace(file: unknown, options: { stateDir?: string; now?: () => Date } = {}): RunOutcome {
  const named = file as { client?: string; campaign?: string };
  const session = openSession({ spreadsheetName: `${named.client ?? 'Client'} — ${named.campaign ?? 'Campaign'} post-mortem`, ...options });
  session.call('buildTabs', 'buildTabs');
  session.call('importCampaign', 'importCampaign', file);
  const report = session.call('analyze', 'analyze');
  return { session, report };
}

export function workbookSnapshot(session: DebriefSession): { tabs: Record<string, { values: unknown[][]; formulas: string[][] }> } {
  const tabs: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  const present = new Set(session.workspace.inspect.sheetNames());
  for (const name of TAB_NAMES) {
    if (!present.has(name)) continue;
    tabs[name] = { values: session.workspace.inspect.values(name), formulas: session.workspace.inspect.formulas(name) };
  }
  return { tabs };
}

export function runCampaign(options: RunOptions): number {
  const read = readCampaignFile(options.campaignPath);
  if (!read.ok) {
    console.error(`${options.campaignPath} can't be used:`);
    for (const error of read.errors) console.error(`  ${error}`);
    return 1;
  }
  const { session, report } = runOnWorkspace(read.file, { stateDir: options.stateDir });
  mkdirSync(options.outDir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(options.outDir, name), `${JSON.stringify(data, null, 2)}\n`);
  write('workbook.json', workbookSnapshot(session));
  write('report.json', report);
  write('calls.json', session.costs);
  session.saveState();
  const checks = (report as { checks?: unknown[] }).checks?.length ?? 0;
  console.log(`Wrote workbook.json, report.json and calls.json to ${options.outDir} (${checks} checks).`);
  return 0;
}
