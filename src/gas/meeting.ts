// Meeting mode's server side: opens the tab a block needs, keeps the Notes tab (a note lands once, whoever saves it
// and however often), files a note as an Issue or Win row, reviews the actions and records the meeting as held.
// Each call reads what it needs once, writes one block, and holds the document lock while it writes.
import { AGENDA } from '../domain/agenda.ts';
import { ISSUE_AREAS } from '../domain/choices.ts';
import { reviewActions } from '../domain/meeting/action-review.ts';
import { rolesProblem } from '../domain/meeting/meeting.ts';
import { checkIssueFromNote, checkWinFromNote, type MeetingNote, type NoteKind } from '../domain/meeting/notes.ts';
import type { FileNoteRequest, MeetingState, OpenBlockResult, SaveNoteRequest } from '../domain/meeting/requests.ts';
import { sendReminder } from '../domain/meeting/send-reminder.ts';
import { ISSUES_TAB, WINS_TAB, CAMPAIGN_TAB } from '../domain/tabs/index.ts';
import { NOTES_TAB } from '../domain/tabs/notes-tab.ts';
import { planRowsWrite, type RowInput } from '../domain/tabs/plan.ts';
import { readCampaignTab, readTable } from '../domain/tabs/read.ts';
import { cellName } from '../domain/tabs/layout.ts';
import type { TableTabSpec } from '../domain/tabs/spec.ts';
import type { StoredKey } from '../domain/property-budget.ts';
import { BadInputError, NotReadyError } from './errors.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { storedText, writeStored } from './stored-properties.ts';
import { buildTableTab } from './sheets/table-tab.ts';
import { activeSpreadsheet, readSheetGrid, todayIn } from './spreadsheet.ts';
import { locateTabs, type TabName } from './tabs.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const NOTES_TAB_ID_KEY = 'debrief.notesTabId' satisfies StoredKey;

export function meetingState(spreadsheet: Spreadsheet = activeSpreadsheet()): MeetingState {
  return readMeeting(spreadsheet).state;
}

function readMeeting(spreadsheet: Spreadsheet): { state: MeetingState; issueColumns: Record<string, number> } {
  const directory = locateTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(spreadsheet);
  // Values only: the meeting uses records and where columns are, never the formulas' checks (a round trip each).
  const campaign = readCampaignTab(readSheetGrid(directory.sheets.get('Campaign'), 'none').values, timeZone).campaign;
  const issuesSheet = directory.sheets.get('Issues');
  const issuesRead = issuesSheet ? readTable(ISSUES_TAB, readSheetGrid(issuesSheet, 'none'), timeZone) : null;
  const issues = issuesRead?.records ?? [];
  const people = Object.values(campaign.team).filter(Boolean);
  const review = reviewActions(
    issues.filter((i) => i.description.trim() || i.action.trim()).map((i) => ({ row: i.row, issue: i.description, action: i.action, owner: i.owner, due: i.due })),
    { today, people },
  );
  const roles = { facilitator: campaign.team.facilitator, noteTaker: campaign.team.noteTaker };
  const state: MeetingState = {
    ...roles,
    rolesProblem: rolesProblem(roles),
    today,
    held: campaign.postMortemHeld,
    notes: readNotes(spreadsheet, timeZone),
    review,
    issuesTab: directory.names.Issues ?? 'Issues',
    areas: ISSUE_AREAS,
    sendReminder: sendReminder({
      held: campaign.postMortemHeld, sent: campaign.clientReportSent, days: campaign.sendReminderDays, today, accountLead: campaign.team.accountLead,
    }),
  };
  return { state, issueColumns: issuesRead?.layout.columnOf ?? {} };
}

/** Shows the tab an agenda block works in, as Sheets does when a person clicks it. */
export function openBlockTab(block: number): OpenBlockResult {
  const spreadsheet = activeSpreadsheet();
  const tab = AGENDA[block]?.tab as TabName | undefined;
  const sheet = tab ? locateTabs(spreadsheet).sheets.get(tab) : undefined;
  if (!sheet) return { tab: null };
  sheet.activate();
  return { tab: sheet.getName() };
}

/** Appends a note unless one with its id is there already (a retry, or a second sidebar saving the same note). */
export function saveNote(note: SaveNoteRequest): MeetingState {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const time = Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm:ss');
  appendRows(notesSheet(spreadsheet), NOTES_TAB, [{ id: note.id, time, block: note.block, text: note.text, by: note.by, kind: note.kind, became: '' }], timeZone, 'id');
  return meetingState(spreadsheet);
}

/** Files a note as an Issue (with its one owner and deadline) or a Win, and marks the note with the row it became. */
export function fileNote(request: FileNoteRequest): MeetingState {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(spreadsheet);
  const directory = locateTabs(spreadsheet);
  const sheet = directory.sheets.get(request.as === 'Issue' ? 'Issues' : 'Wins');
  if (!sheet) throw new NotReadyError(`There is no ${request.as === 'Issue' ? 'Issues' : 'Wins'} tab yet: use “Build / refresh tabs” first.`);
  const notes = notesSheet(spreadsheet);
  const { records, layout } = readTable(NOTES_TAB, readSheetGrid(notes, 'none'), timeZone);
  const note = records.find((n) => n.id === request.id);
  if (!note) throw new BadInputError('That note isn’t on the Notes tab any more (deleted?). Take it again.', [{ path: 'id', message: 'no such note' }]);
  if (note.became) return meetingState(spreadsheet); // filed already (a double click, or the other sidebar)

  const fields = { action: request.action ?? '', owner: request.owner ?? '', due: request.due ?? '', linkedKpi: request.linkedKpi ?? '' };
  const problems = request.as === 'Issue'
    ? checkIssueFromNote({ description: request.description, ...fields, area: request.area ?? null }, today)
    : checkWinFromNote({ description: request.description, evidence: request.evidence ?? '', repeat: request.repeat ?? '', linkedKpi: fields.linkedKpi });
  if (problems.length) throw new BadInputError(`The ${request.as === 'Issue' ? 'Issue' : 'Win'} needs ${problems.length === 1 ? 'one more thing' : 'a few more things'}:`, problems.map((p) => ({ path: p.field, message: p.message })));
  const row: RowInput = request.as === 'Issue'
    ? { description: request.description, action: fields.action, owner: fields.owner, due: fields.due, area: validArea(request.area), linkedKpi: fields.linkedKpi, status: 'Open' }
    : { description: request.description, evidence: request.evidence ?? '', repeat: request.repeat ?? '', linkedKpi: fields.linkedKpi };
  const spec: TableTabSpec = request.as === 'Issue' ? ISSUES_TAB : WINS_TAB;
  const written = appendRows(sheet, spec, [row], timeZone);
  const became = written === null ? '' : cellName(sheet.getName(), written, 1);
  const noteRow = note.row;
  notes.getRange(noteRow, layout.columnOf.kind ?? 1, 1, 1).setValue(request.as);
  notes.getRange(noteRow, layout.columnOf.became ?? 1, 1, 1).setValue(became);
  return meetingState(spreadsheet);
}

/** Ends the meeting: only when every action has one owner, one deadline and specific wording. */
export function endMeeting(): MeetingState {
  const spreadsheet = activeSpreadsheet();
  const { state, issueColumns } = readMeeting(spreadsheet);
  if (!state.review.ready) {
    const fields = state.review.items.flatMap((item) => item.problems.map((p) => ({
      path: cellName(state.issuesTab, item.row, issueColumns[p.field] ?? 1), message: p.message,
    })));
    throw new BadInputError(state.review.summary, fields);
  }
  writeCampaign(spreadsheet, { postMortemHeld: state.today });
  return { ...state, held: state.today };
}

/** Records that the client report went out today, and who sent it. */
export function markClientReportSent(by: string): MeetingState {
  const spreadsheet = activeSpreadsheet();
  writeCampaign(spreadsheet, { clientReportSent: todayIn(spreadsheet), clientReportSentBy: by });
  return meetingState(spreadsheet);
}

function writeCampaign(spreadsheet: Spreadsheet, values: Record<string, string>): void {
  const sheet = locateTabs(spreadsheet).sheets.get(CAMPAIGN_TAB.name as TabName);
  if (!sheet) throw new NotReadyError('There is no Campaign tab yet: use “Build / refresh tabs” first.');
  writeCampaignFields(sheet, readSheetGrid(sheet), values);
}

const validArea = (area: string | undefined): string => (ISSUE_AREAS as readonly string[]).includes(area ?? '') ? (area as string) : '';

function readNotes(spreadsheet: Spreadsheet, timeZone: string): MeetingNote[] {
  const sheet = findNotesSheet(spreadsheet);
  if (!sheet) return [];
  return readTable(NOTES_TAB, readSheetGrid(sheet, 'none'), timeZone).records.filter((n) => n.id && n.text).map((n) => ({
    id: n.id, time: n.time, block: n.block, text: n.text, by: n.by, kind: (n.kind ?? 'Note') as NoteKind, became: n.became,
  }));
}

function findNotesSheet(spreadsheet: Spreadsheet): Sheet | null {
  const stored = storedText(NOTES_TAB_ID_KEY);
  const sheets = spreadsheet.getSheets();
  const byId = stored ? sheets.find((s) => String(s.getSheetId()) === stored) : undefined;
  return byId ?? sheets.find((s) => s.getName() === NOTES_TAB.name) ?? null;
}

/** The Notes tab, added after the other tabs with the first note. */
function notesSheet(spreadsheet: Spreadsheet): Sheet {
  const found = findNotesSheet(spreadsheet);
  if (found) return found;
  // insertSheet shows the new sheet; the room keeps looking at the block's tab.
  const shown = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(NOTES_TAB.name, spreadsheet.getNumSheets());
  buildTableTab(sheet, NOTES_TAB, { values: [], formulas: [] }, 'USD');
  shown?.activate();
  writeStored(NOTES_TAB_ID_KEY, sheet.getSheetId());
  return sheet;
}

/**
 * Appends rows after the last one with data, writing only the new rows (never what people typed above). With
 * `identity`, a row whose identity is already there is skipped. Returns the first written row, or null.
 */
function appendRows(sheet: Sheet, spec: TableTabSpec, rows: RowInput[], timeZone: string, identity?: string): number | null {
  const grid = readSheetGrid(sheet);
  const { layout } = readTable(spec, grid, timeZone);
  const plan = planRowsWrite(spec, layout, grid, rows, identity);
  if (plan.appended === 0) return null;
  const fresh = plan.values.slice(plan.values.length - plan.appended);
  const first = plan.startRow + plan.values.length - plan.appended;
  const last = first + fresh.length - 1;
  if (sheet.getMaxRows() < last) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(first, 1, fresh.length, fresh[0]?.length ?? 1).setValues(fresh);
  return first;
}
