// Writes a campaign file into the workbook: the Campaign tab's fields, then each table's rows in one block per
// tab. Existing rows are kept; a row matching an existing one (same KPI, handle or piece) only fills its blanks.
import { campaignFileToRows, parseCampaignFile } from '../domain/campaign-file.ts';
import type { ImportResult } from '../domain/rpc.ts';
import { importTooLarge } from '../domain/execution-limit.ts';
import { MAX_CELL_CHARACTERS, overlongTexts } from '../domain/sheet-limits.ts';
import { CAMPAIGN_TAB, TABLE_TABS } from '../domain/tabs/index.ts';
import { formatBlocks, gridRow, unitColumns } from '../domain/tabs/formats.ts';
import { planRowsWrite, type RowInput } from '../domain/tabs/plan.ts';
import { readCampaignTab } from '../domain/tabs/read.ts';
import { buildTabs } from './build-tabs.ts';
import { BadInputError } from './errors.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { writeInputRows } from './sheets/table-tab.ts';
import { saveTeamNotes, teamNotesWith } from './team-notes.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function importCampaignFile(spreadsheet: Spreadsheet, input: unknown): ImportResult {
  const parsed = parseCampaignFile(input);
  if (!parsed.ok) throw new BadInputError(`The campaign file has ${parsed.problems.length === 1 ? 'a problem' : `${parsed.problems.length} problems`}:`, parsed.problems);
  // Checked before anything is written: an import lands whole or not at all.
  const overlong = overlongTexts(parsed.file);
  if (overlong.length) {
    const limit = `longer than a Google Sheets cell holds (${MAX_CELL_CHARACTERS.toLocaleString('en-US')} characters)`;
    throw new BadInputError('Some text is too long for a cell; nothing was imported.', overlong.map((path) => ({ path, message: limit })));
  }
  const rows = campaignFileToRows(parsed.file);
  const tooLarge = importTooLarge(rows); // the 6-minute limit, said up front rather than met mid-write
  if (tooLarge) throw new BadInputError(tooLarge);
  const notes = rows.learnings.length || rows.recommendations.length ? teamNotesWith({ learnings: rows.learnings, recommendations: rows.recommendations }) : undefined;
  const extraRows = Object.fromEntries(TABLE_TABS.map((spec) => [spec.name, rows[spec.key].length]));
  // The build's own read of every tab: reading them again after its writes would cost a flush and round trips.
  const { directory, checks, grids, campaignGrid, layouts } = buildTabs(spreadsheet, extraRows);

  const campaignSheet = directory.sheets.get(CAMPAIGN_TAB.name)!;
  writeCampaignFields(campaignSheet, campaignGrid, rows.campaign);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const currency = String(rows.campaign.currency || readCampaignTab(campaignGrid.values, timeZone).campaign.currency).toUpperCase();

  const result: ImportResult = { rows: {}, checks };
  for (const spec of TABLE_TABS) {
    const sheet = directory.sheets.get(spec.name)!;
    const grid = grids[spec.name];
    const layout = layouts[spec.name];
    const plan = planRowsWrite(spec, layout, grid, rows[spec.key] as RowInput[], 'identity' in spec ? spec.identity : undefined);
    if (plan.values.length) {
      writeInputRows(sheet, spec, layout, plan.startRow, plan.values, grid);
      // The rows' units are known only now: one format call per run of unit-formatted columns (a KPI's target, actual).
      for (const block of formatBlocks(spec, layout, currency, plan.values.map((cells) => gridRow(layout, cells)), unitColumns(spec))) {
        sheet.getRange(plan.startRow, block.column, block.formats.length, block.formats[0]?.length ?? 1).setNumberFormats(block.formats);
      }
    }
    result.rows[spec.name] = { appended: plan.appended, filled: plan.filled };
  }
  if (notes) saveTeamNotes(notes);
  return result;
}
