// Writes a campaign file (or rows mapped from a platform export) into the workbook, atomically: the file is checked
// whole (its fields, every cell's length, list lengths, the team notes' size) and every tab's rows are planned and
// every property quota checked before anything is written, so a refused import writes nothing. Rows are merged by
// identity as typed (src/domain/tabs/row-merge.ts): the same rows again change nothing, a changed file updates
// what it wrote, and a value a person typed is kept, and named, unless they chose to replace it. A large file goes
// in parts (domain/import-parts.ts): each call writes whole rows up to its cells and says how many are left.
import * as z from 'zod/mini';
import { campaignFileToRows, parseCampaignFile, type CampaignRows } from '../domain/campaign-file.ts';
import type { StoredKey } from '../domain/property-budget.ts';
import type { Check } from '../domain/records.ts';
import type { ImportResult } from '../domain/rpc.ts';
import { importTooLarge } from '../domain/execution-limit.ts';
import { IMPORT_PART_CELLS } from '../domain/import-parts.ts';
import { MAX_CELL_CHARACTERS, overlongTexts } from '../domain/sheet-limits.ts';
import { identityOf, keyColumnOf } from '../domain/tabs/identity.ts';
import { CAMPAIGN_TAB, TABLE_SPECS } from '../domain/tabs/index.ts';
import type { TableLayout } from '../domain/tabs/layout.ts';
import { planRowsWrite, type RowInput, type RowsWritePlan } from '../domain/tabs/row-merge.ts';
import type { TableTabSpec } from '../domain/tabs/spec.ts';
import { readCampaignTab, readTable, type TabGrid } from '../domain/tabs/read.ts';
import { buildTabs } from './build-tabs.ts';
import { BadInputError, NotReadyError } from './errors.ts';
import { decodeMemory, encodeMemory, MEMORY_KEYS } from './import-memory.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { NOTHING_WRITTEN, writeInputRows, type RowsWritten } from './sheets/table-tab.ts';
import { CONTINUATION_KEY, continuationAfter, continueImport, storedContinuation } from './import-continuation.ts';
import { rowsFingerprint } from '../domain/import-continuation.ts';
import { storedText, writeStoredAll } from './stored-properties.ts';
import { TEAM_NOTES_KEY, teamNotesWith } from './team-notes.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How the person chose to import: into the campaign this spreadsheet holds, or as its first (new) campaign. */
export const ImportOptionsSchema = z.object({
  mode: z.optional(z.enum(['add', 'new'])),
  /** Replace values typed in the sheet where the file says otherwise (each one is named in the checks). */
  replaceTyped: z.optional(z.boolean()),
  /** The list whose tab must hold no rows yet (an export that starts this spreadsheet's campaign), else refused. */
  firstRowsOf: z.optional(z.enum(['creators', 'content'])),
  /** Data cells one call may write (the import in parts); the CLI and tests may ask for smaller parts. */
  partCells: z.optional(z.int().check(z.minimum(100), z.maximum(IMPORT_PART_CELLS))),
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

/** The campaign a Campaign tab holds, as "Client — Campaign", or null when it holds none yet. */
function openCampaign(campaign: TabGrid, timeZone: string): string | null {
  const { client, campaign: name } = readCampaignTab(campaign.values, timeZone).campaign;
  return client || name ? `${client} — ${name}` : null;
}

/** Refuses an import into the wrong campaign before anything is written, and says what to do instead. */
function checkTarget(open: string | null, rows: CampaignRows, mode: ImportOptions['mode']): void {
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

interface TablePlan {
  spec: (typeof TABLE_SPECS)[number];
  plan: RowsWritePlan;
}

/**
 * One execution: the build reads every tab once; from those reads the import checks its target, plans each tab's
 * rows and what it will keep (all refusals happen there, before any write), then the build writes its formulas
 * and formats for exactly the rows to come, and the import writes each tab's changed input cells once.
 */
export function importRows(spreadsheet: Spreadsheet, rows: CampaignRows, options: ImportOptions = {}): ImportResult {
  const tooLarge = importTooLarge(rows); // the 6-minute limit, said up front rather than met mid-write
  if (tooLarge) throw new BadInputError(tooLarge);
  const budget = Math.min(options.partCells ?? IMPORT_PART_CELLS, IMPORT_PART_CELLS);
  // A later part of the same file goes on from where the last one stopped, reading only the rows it writes.
  const file = rowsFingerprint(rows);
  const stored = storedContinuation();
  const continued = stored?.file === file ? continueImport(spreadsheet, rows, stored, budget) : null;
  if (continued) {
    writeStoredAll({ [CONTINUATION_KEY]: continued.next }, { oneCall: true });
    return continued.result;
  }
  const notes = rows.learnings.length || rows.recommendations.length ? teamNotesWith({ learnings: rows.learnings, recommendations: rows.recommendations }) : null;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  let plans: TablePlan[] = [];
  const kept: Partial<Record<StoredKey, unknown>> = notes ? { [TEAM_NOTES_KEY]: notes } : {};
  const forgotten: Check[] = [];
  const built = buildTabs(spreadsheet, ({ grids, layouts, campaign }) => {
    checkTarget(openCampaign(campaign, timeZone), rows, options.mode);
    const first = TABLE_SPECS.find((spec) => spec.key === options.firstRowsOf);
    if (first && readTable(first, grids[first.name], timeZone).records.length > 0) {
      throw new NotReadyError(`The ${first.name} tab already holds rows, so this export can't start the campaign: choose "Add to this campaign" to add it to them; nothing was imported.`);
    }
    plans = TABLE_SPECS.map((spec) => ({
      spec,
      plan: planRowsWrite(spec, layouts[spec.name], grids[spec.name], rows[spec.key] as RowInput[], keyColumnOf(spec), {
        timeZone, memory: decodeMemory(storedText(MEMORY_KEYS[spec.key])), replaceTyped: options.replaceTyped,
      }),
    }));
    for (const { spec, plan } of plans) {
      const memory = encodeMemory(spec.key, new Map([...decodeMemory(storedText(MEMORY_KEYS[spec.key])), ...plan.memory]));
      kept[MEMORY_KEYS[spec.key]] = memory.text;
      if (memory.forgotten) forgotten.push(forgottenCheck(spec.name, memory.forgotten));
    }
    // Formatted rows are reserved only for the rows that will be appended, so importing again adds none; the
    // build formats each row once, for what the import leaves in it (a KPI's unit), in the import's currency.
    return {
      extra: Object.fromEntries(plans.map(({ spec, plan }) => [spec.name, plan.appended])),
      pending: Object.fromEntries(plans.filter(({ plan }) => plan.changed).map(({ spec, plan }) => [spec.name, plan.values])),
      currency: String(rows.campaign.currency || readCampaignTab(campaign.values, timeZone).campaign.currency).toUpperCase(),
    };
  });
  const { directory, campaignGrid, grids, layouts } = built;
  const result: ImportResult = { rows: {}, checks: [...built.checks, ...forgotten] };
  const campaignSheet = directory.sheets.get(CAMPAIGN_TAB.name);
  if (campaignSheet) writeCampaignFields(campaignSheet, campaignGrid, rows.campaign);
  // In parts: whole rows, tab by tab, up to this call's cells; the caller calls again for the rest.
  const progress = { written: 0, left: 0, rows: 0, rowsLeft: 0 };
  const written = [];
  for (const { spec, plan } of plans) {
    const sheet = directory.sheets.get(spec.name);
    if (sheet) {
      const wrote = writePlan(sheet, spec, layouts[spec.name], plan, grids[spec.name], budget - progress.written);
      written.push({ spec, plan, grid: grids[spec.name], layout: layouts[spec.name], wrote });
      progress.written += wrote.cells;
      progress.left += wrote.left;
      progress.rows += wrote.rows;
      progress.rowsLeft += wrote.rowsLeft;
    }
    result.rows[spec.name] = { appended: plan.appended, filled: plan.filled, unchanged: plan.unchanged, conflicts: plan.conflicts };
    result.checks.push(...plan.checks);
  }
  // What the import remembers is saved from this part's plan of every row: by the part that writes the last row,
  // or by this one when every row it leaves is a new row (nothing remembered of a row not yet written is ever
  // used: a row not in the sheet is appended), with where the next part goes on.
  const next = progress.left > 0 ? continuationAfter(file, written) : null;
  if (progress.left === 0 || next) writeStoredAll({ ...kept, ...(next || stored ? { [CONTINUATION_KEY]: next } : {}) });
  else if (stored) writeStoredAll({ [CONTINUATION_KEY]: null }, { oneCall: true });
  result.progress = progress;
  return result;
}

/** The merged block's changed input cells, in one write per run of columns that change (its formats are the build's). */
function writePlan(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: TableTabSpec, layout: TableLayout, plan: RowsWritePlan, grid: TabGrid, maxCells: number): RowsWritten {
  if (!plan.changed || !plan.values.length) return NOTHING_WRITTEN;
  return writeInputRows(sheet, spec, layout, plan.startRow, plan.values, grid, maxCells);
}

function forgottenCheck(tab: string, forgotten: number): Check {
  const which = forgotten ? `for ${forgotten} rows of the ${tab} tab` : 'for this import (the document’s settings are full)';
  return {
    cell: tab === 'every' ? 'Campaign!A1' : `${tab}!1:1`, kind: 'import-conflict', severity: 'info',
    message: `Debrief couldn’t remember what it wrote ${which}: if the file changes, importing it again will name each changed cell instead of updating it.`,
  };
}

