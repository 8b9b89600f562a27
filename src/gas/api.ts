// The functions the sidebar calls through google.script.run: each parses its payload with zod, does its work
// under the document lock, and returns plain JSON. The one place errors become messages a person can act on.
import * as z from 'zod';
import { postMortemDue } from '../domain/dates.ts';
import { CampaignSetupSchema, PingRequestSchema, type AnalyzeResult, type BuildTabsResult, type ChecksResult, type ImportResult, type PingResult, type ServerApi, type SidebarState } from '../domain/rpc.ts';
import { CAMPAIGN_TAB, TABLE_TABS } from '../domain/tabs/index.ts';
import { readCampaignTab } from '../domain/tabs/read.ts';
import { buildTabs as buildAllTabs } from './build-tabs.ts';
import { UserFacingError } from './errors.ts';
import { analyzeSpreadsheet, checkSpreadsheet } from './analyze.ts';
import { importCampaignFile } from './import-campaign.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { activeSpreadsheet, readSheetGrid, todayIn, withDocumentLock } from './spreadsheet.ts';
import { locateTabs } from './tabs.ts';

/** Runs a sidebar call: bad payloads name their fields; unexpected failures are logged and said plainly. */
function handle<T>(name: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fields = error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
      throw new Error(`Some fields need a fix: ${fields}`);
    }
    if (error instanceof UserFacingError) throw new Error(error.message);
    console.error(`${name} failed`, error);
    throw new Error(error instanceof Error ? error.message : String(error));
  }
}

export function ping(request: unknown): PingResult {
  return handle('ping', () => ({ spreadsheetName: activeSpreadsheet().getName(), echo: PingRequestSchema.parse(request) }));
}

export function getSidebarState(): SidebarState {
  return handle('load', () => sidebarState());
}

function sidebarState(): SidebarState {
  const spreadsheet = activeSpreadsheet();
  const directory = locateTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const campaignSheet = directory.sheets.get('Campaign');
  const campaign = campaignSheet ? readCampaignTab(readSheetGrid(campaignSheet).values, timeZone).campaign : null;
  const tabs = [CAMPAIGN_TAB.name, ...TABLE_TABS.map((t) => t.name), 'Patterns'].map((name) => ({
    name: directory.names[name] ?? name,
    exists: directory.sheets.has(name as never),
    rows: 0,
  }));
  return {
    spreadsheetName: spreadsheet.getName(),
    setup: campaign && {
      client: campaign.client, campaign: campaign.campaign, startDate: campaign.startDate, wrapDate: campaign.wrapDate,
      currency: campaign.currency, budget: campaign.budget, team: campaign.team,
    },
    tabs,
    postMortemDue: postMortemDue(campaign?.wrapDate ?? null),
    today: todayIn(spreadsheet),
  };
}

export function saveCampaignSetup(setup: unknown): SidebarState {
  return handle('save campaign', () => {
    const parsed = CampaignSetupSchema.parse(setup);
    withDocumentLock(() => {
      const spreadsheet = activeSpreadsheet();
      let sheet = locateTabs(spreadsheet).sheets.get('Campaign');
      if (!sheet) sheet = buildAllTabs(spreadsheet).directory.sheets.get('Campaign')!;
      const { team, ...fields } = parsed;
      writeCampaignFields(sheet, readSheetGrid(sheet), { ...fields, ...team });
    });
    return sidebarState();
  });
}

export function buildTabs(): BuildTabsResult {
  return handle('build tabs', () =>
    withDocumentLock(() => {
      const { directory: _directory, ...result } = buildAllTabs(activeSpreadsheet());
      return result;
    }));
}

export function analyze(): AnalyzeResult {
  return handle('analyze', () => withDocumentLock(() => analyzeSpreadsheet(activeSpreadsheet())));
}

export function runChecks(): ChecksResult {
  return handle('checks', () => ({ checks: checkSpreadsheet(activeSpreadsheet()) }));
}

export function importCampaign(file: unknown): ImportResult {
  return handle('import campaign', () => withDocumentLock(() => importCampaignFile(activeSpreadsheet(), file)));
}

// The compiler checks the sidebar contract is implemented in full.
export const api = { ping, getSidebarState, saveCampaignSetup, buildTabs, analyze, runChecks } satisfies Record<keyof ServerApi, unknown>;
