// Reads the campaign for a document: every tab once and the team's notes. The analysis (pure, no writes) is made
// when first asked for, once per audience: the team's for the brief, the client's view for the client report and
// the deck. Generating a report never changes the spreadsheet (the deck refreshes only the Patterns tab).
import { analyzeWorkbook, type Analysis } from '../../domain/analysis/index.ts';
import type { Workbook } from '../../domain/records.ts';
import type { ArtefactView } from '../../domain/reports/builders.ts';
import { audienceWorkbook } from '../../domain/reports/client-safe.ts';
import type { Audience } from '../../domain/tabs/spec.ts';
import { NotReadyError } from '../errors.ts';
import { todayIn } from '../spreadsheet.ts';
import { loadTeamNotes, type TeamNotes } from '../team-notes.ts';
import { locateTabs, type TabDirectory } from '../tabs.ts';
import { cellNamer, readContextOf, readWorkbookFrom } from '../workbook.ts';

export interface CampaignRead {
  workbook: Workbook;
  /** The team's analysis of the whole workbook, made on first use. */
  readonly analysis: Analysis;
  /** The workbook as `audience` may see it and its analysis, each made once. */
  view(audience: Audience): ArtefactView;
  notes: TeamNotes;
  today: string;
  directory: TabDirectory;
}

export function readCampaign(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CampaignRead {
  const directory = locateTabs(spreadsheet);
  if (!directory.sheets.has('Campaign') || !directory.sheets.has('KPIs')) {
    throw new NotReadyError('Build the tabs first (Debrief → Build / refresh tabs), then fill them in.');
  }
  const context = readContextOf(spreadsheet);
  const read = readWorkbookFrom(directory, context, { formulas: 'none' }); // records only: no formulas
  const { workbook } = read;
  const cellOf = cellNamer(read, directory);
  const { client, campaign } = workbook.campaign;
  if (!client.trim() || !campaign.trim()) {
    throw new NotReadyError('Name the client and the campaign on the Campaign tab (or in the sidebar) first: every document is titled with them.');
  }
  const today = todayIn(context.timeZone);
  const notes = loadTeamNotes();
  const views = new Map<Audience, ArtefactView>();
  const view = (audience: Audience): ArtefactView => {
    let made = views.get(audience);
    if (!made) {
      const seen = audienceWorkbook(workbook, audience);
      made = { workbook: seen, analysis: analyzeWorkbook(seen, { today, cellOf, teamLearnings: notes.learnings, teamRecommendations: notes.recommendations }), cellOf };
      views.set(audience, made);
    }
    return made;
  };
  return {
    workbook,
    get analysis() {
      return view('team').analysis;
    },
    view,
    notes,
    today,
    directory,
  };
}
