// Reads the campaign for a document: every tab once, the team's notes, and the analysis (pure, no writes), so
// generating a report never changes the spreadsheet.
import { analyzeWorkbook, type Analysis } from '../../domain/analysis/index.ts';
import type { Workbook } from '../../domain/records.ts';
import { UserFacingError } from '../errors.ts';
import { todayIn } from '../spreadsheet.ts';
import { loadTeamNotes, type TeamNotes } from '../team-notes.ts';
import { locateTabs, type TabDirectory } from '../tabs.ts';
import { readWorkbookFrom } from '../workbook.ts';

export interface CampaignRead {
  workbook: Workbook;
  analysis: Analysis;
  notes: TeamNotes;
  today: string;
  directory: TabDirectory;
}

export function readCampaign(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CampaignRead {
  const directory = locateTabs(spreadsheet);
  if (!directory.sheets.has('Campaign') || !directory.sheets.has('KPIs')) {
    throw new UserFacingError('Build the tabs first (Debrief → Build / refresh tabs), then fill them in.');
  }
  const read = readWorkbookFrom(directory, spreadsheet.getSpreadsheetTimeZone());
  const { client, campaign } = read.workbook.campaign;
  if (!client.trim() || !campaign.trim()) {
    throw new UserFacingError('Name the client and the campaign on the Campaign tab (or in the sidebar) first: every document is titled with them.');
  }
  const today = todayIn(spreadsheet);
  const notes = loadTeamNotes();
  const analysis = analyzeWorkbook(read.workbook, { today, teamLearnings: notes.learnings, teamRecommendations: notes.recommendations });
  return { workbook: read.workbook, analysis, notes, today, directory };
}
