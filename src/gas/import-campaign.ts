// Writes a campaign file (or rows mapped from a platform export) into the workbook, atomically: the file is checked
// whole (its fields, every cell's length, list lengths, the team notes' size) and every tab's rows are planned and
// every property quota checked before anything is written, so a refused import writes nothing. Rows are merged by
// identity as typed (src/domain/tabs/row-merge.ts): the same rows again change nothing, a changed file updates
// what it wrote, and a value a person typed is kept, and named, unless they chose to replace it.
import * as z from 'zod/mini';
import { campaignFileToRows, parseCampaignFile, type CampaignRows } from '../domain/campaign-file.ts';
import type { Check } from '../domain/records.ts';
import type { ImportResult } from '../domain/rpc.ts';
import { importTooLarge } from '../domain/execution-limit.ts';
import { MAX_CELL_CHARACTERS, overlongTexts } from '../domain/sheet-limits.ts';
import { formatBlocks, gridRow, unitColumns } from '../domain/tabs/formats.ts';
import { identityOf, keyColumnOf } from '../domain/tabs/identity.ts';
import { CAMPAIGN_TAB, TABLE_SPECS } from '../domain/tabs/index.ts';
import type { TableLayout } from '../domain/tabs/layout.ts';
import { planRowsWrite, type RowInput, type RowsWritePlan } from '../domain/tabs/plan.ts';
import type { TableTabSpec } from '../domain/tabs/spec.ts';
import { readCampaignTab, readTable } from '../domain/tabs/read.ts';
import { buildTabs } from './build-tabs.ts';
import { BadInputError, NotReadyError, QuotaError } from './errors.ts';
import { encodeMemory, fitsStore, importMemories, memoryKey, storedProperties } from './import-memory.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { writeStoredValues } from './stored-properties.ts';
import { readSheetGrid } from './spreadsheet.ts';
import { locateTabs, type TabDirectory } from './tabs.ts';
import { TEAM_NOTES_KEY, teamNotesWith, type TeamNotes } from './team-notes.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How the person chose to import: into the campaign this spreadsheet holds, or as its first (new) campaign. */
export const ImportOptionsSchema = z.object({
  mode: z.optional(z.enum(['add', 'new'])),
  /** Replace values typed in the sheet where the file says otherwise (each one is named in the checks). */
  replaceTyped: z.optional(z.boolean()),
});
export type ImportOptions = z.output<typeof ImportOptionsSchema>;

export function importCampaignFile(spreadsheet: Spreadsheet, input: unknown, options: ImportOptions = {}): ImportResult {
  // Checked before anything is written (and before the fields): an import lands whole or not at all.
  const overlong = overlongTexts(input);
  if (overlong.length) {
    const limit = `longer than a Google Sheets cell holds (${MAX_CELL_CHARACTERS.toLocaleString('en-US')} characters)`;
    throw new BadInputError('Some text is too long for a cell; nothing was imported.', overlong.map((path) => ({ path, message: limit })));
  }
  const parsed = parseCampaignFile(input);
  if (!parsed.ok) throw new BadInputError(`The campaign file has ${parsed.problems.length === 1 ? 'a problem' : `${parsed.problems.length} problems`}; nothing was imported:`, parsed.problems);
  return importRows(spreadsheet, campaignFileToRows(parsed.file), options);
}

/** The campaign the open spreadsheet holds, as "Client — Campaign", or null when it holds none yet. */
function openCampaign(spreadsheet: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined): string | null {
  if (!sheet) return null;
  const { campaign } = readCampaignTab(readSheetGrid(sheet).values, spreadsheet.getSpreadsheetTimeZone());
  return campaign.client || campaign.campaign ? `${campaign.client} — ${campaign.campaign}` : null;
}

/** Refuses an import into the wrong campaign before anything is written, and says what to do instead. */
function checkTarget(spreadsheet: Spreadsheet, rows: CampaignRows, mode: ImportOptions['mode']): void {
  const directory = locateTabs(spreadsheet);
  const open = openCampaign(spreadsheet, directory.sheets.get(CAMPAIGN_TAB.name));
  const named = rows.campaign.client !== undefined || rows.campaign.campaign !== undefined;
  const incoming = `${String(rows.campaign.client ?? '')} — ${String(rows.campaign.campaign ?? '')}`;
  if (mode === 'new' && open) {
    throw new NotReadyError(`This spreadsheet already holds ${open}. To start a new campaign, make a new spreadsheet (File → New → Spreadsheet), open Debrief there and import again; nothing was imported here.`);
  }
  if (mode === 'add' && open && named && identityOf(incoming) !== identityOf(open)) {
    throw new BadInputError(`The file is for ${incoming}, but this spreadsheet holds ${open}; nothing was imported. Import it into its own spreadsheet (choose "Start a new campaign"), or fix the client and campaign names.`, [
      { path: 'client', message: `the file says ${incoming}; this spreadsheet holds ${open}` },
    ]);
  }
}

/** The team notes after this import, refused (team-notes.ts: count, length, property budget) before any write. */
function mergedNotes(rows: CampaignRows): TeamNotes | null {
  if (!rows.learnings.length && !rows.recommendations.length) return null;
  return teamNotesWith({ learnings: rows.learnings, recommendations: rows.recommendations });
}

export function importRows(spreadsheet: Spreadsheet, rows: CampaignRows, options: ImportOptions = {}): ImportResult {
  const tooLarge = importTooLarge(rows); // the 6-minute limit, said up front rather than met mid-write
  if (tooLarge) throw new BadInputError(tooLarge);
  checkTarget(spreadsheet, rows, options.mode);
  const notes = mergedNotes(rows);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const locale = spreadsheet.getSpreadsheetLocale();
  const stored = storedProperties();
  const memories = importMemories(stored, TABLE_SPECS.map((s) => s.key));
  const planAll = (directory: TabDirectory) => TABLE_SPECS.map((spec) => {
    const sheet = directory.sheets.get(spec.name);
    const named = { ...spec, name: directory.names[spec.name] ?? spec.name };
    const grid = readSheetGrid(sheet);
    const { layout } = readTable(named, grid, { timeZone, locale });
    const plan = planRowsWrite(named, layout, grid, rows[spec.key] as RowInput[], keyColumnOf(spec), {
      timeZone, memory: memories[spec.key], replaceTyped: options.replaceTyped,
    });
    return { spec, sheet, plan, layout };
  });
  // Formatted rows are reserved only for the rows that will be appended, so importing again adds none.
  const appending = Object.fromEntries(planAll(locateTabs(spreadsheet)).map(({ spec, plan }) => [spec.name, plan.appended]));
  const { directory, checks, campaignGrid } = buildTabs(spreadsheet, appending);
  const plans = planAll(directory).map((p) => ({ ...p, sheet: p.sheet! }));
  const properties: Record<string, string> = {};
  const result: ImportResult = { rows: {}, checks: [...checks] };
  for (const { spec, plan } of plans) {
    const { text, forgotten } = encodeMemory(new Map([...memories[spec.key]!, ...plan.memory]));
    properties[memoryKey(spec.key)] = text;
    if (forgotten) result.checks.push(forgottenCheck(spec.name, forgotten));
  }
  if (notes) properties[TEAM_NOTES_KEY] = JSON.stringify(notes);
  if (!fitsStore(stored, properties)) {
    // The rows still import; only the memory of what was written is dropped (a later import asks instead).
    for (const spec of TABLE_SPECS) delete properties[memoryKey(spec.key)];
    if (notes && !fitsStore(stored, properties)) {
      throw new QuotaError('This spreadsheet’s Debrief settings are full (Google keeps about 500 KB per document), so the team’s learnings can’t be saved. Nothing was imported.');
    }
    result.checks.push(forgottenCheck('every', 0));
  }

  const campaignSheet = directory.sheets.get(CAMPAIGN_TAB.name)!;
  writeCampaignFields(campaignSheet, campaignGrid, rows.campaign);
  const currency = String(rows.campaign.currency || readCampaignTab(campaignGrid.values, timeZone).campaign.currency).toUpperCase();
  for (const { spec, sheet, plan, layout } of plans) {
    writePlan(sheet, spec, layout, plan, currency);
    result.rows[spec.name] = { appended: plan.appended, filled: plan.filled, unchanged: plan.unchanged, conflicts: plan.conflicts };
    result.checks.push(...plan.checks);
  }
  writeStoredValues(PropertiesService.getDocumentProperties(), properties);
  return result;
}

/** The merged block in one write, then its formats where they depend on each row (a KPI's unit): one call per block. */
function writePlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: TableTabSpec, layout: TableLayout, plan: RowsWritePlan, currency: string): void {
  if (!plan.changed || !plan.values.length) return;
  sheet.getRange(plan.startRow, 1, plan.values.length, plan.values[0]!.length).setValues(plan.values);
  for (const block of formatBlocks(spec, layout, currency, plan.values.map((cells) => gridRow(layout, cells)), unitColumns(spec))) {
    sheet.getRange(plan.startRow, block.column, block.formats.length, block.formats[0]?.length ?? 1).setNumberFormats(block.formats);
  }
}

function forgottenCheck(tab: string, forgotten: number): Check {
  const which = forgotten ? `for ${forgotten} rows of the ${tab} tab` : 'for this import (the document’s settings are full)';
  return {
    cell: tab === 'every' ? 'Campaign!A1' : `${tab}!1:1`, kind: 'import-conflict', severity: 'info',
    message: `Debrief couldn’t remember what it wrote ${which}: if the file changes, importing it again will name each changed cell instead of updating it.`,
  };
}

