// The functions the sidebar calls through google.script.run: each parses its payload with zod, does its work
// under the document lock, and returns plain JSON. The one place errors become messages a person can act on.
import { postMortemDue } from '../domain/dates.ts';
import {
  AppendLearningsRequestSchema, CampaignSetupSchema, FileNoteRequestSchema, OpenBlockRequestSchema, ReportSentRequestSchema, SaveNoteRequestSchema,
  type MeetingState, type OpenBlockResult, ClientReportRequestSchema, GenerateRequestSchema, KeptLearningsRequestSchema, LearningsDocRequestSchema, PingRequestSchema,
  TemplateRequestSchema, StartNextCampaignRequestSchema, LedgerRequestSchema, type KickoffState, type LedgerInsights, type StartNextCampaignResult, type AnalyzeResult, type AppendLearningsResult, type BuildTabsResult, type ChecksResult, type ClientHistoryResult, type DiagnosticsReport,
  ExportRequestSchema, type ExportImportResult, type ExportPreview, type GenerateResult, type ImportResult, type KeptLearnings, type PingResult, type ReportsState, type ServerApi, type SidebarState,
} from '../domain/rpc.ts';
import { TAB_NAMES } from '../domain/tabs/index.ts';
import { readCampaignTab } from '../domain/tabs/read.ts';
import { buildTabs as buildAllTabs } from './build-tabs.ts';
import { encodeError } from '../domain/errors.ts';
import { parsePayload, toServerError } from './errors.ts';
import { analyzeSpreadsheet, checkSpreadsheet } from './analyze.ts';
import { importCampaignFile, ImportOptionsSchema } from './import-campaign.ts';
import { importExportFile, previewExportFile } from './import-export.ts';
import { writeCampaignFields } from './sheets/campaign-tab.ts';
import { activeSpreadsheet, readSheetGrid, todayIn, withDocumentLock } from './spreadsheet.ts';
import { locateTabs } from './tabs.ts';
import { generateArtefact, reportsState } from './reports/actions.ts';
import { readCampaign } from './reports/campaign.ts';
import { appendLearnings as appendToLearningsDoc, keepLearnings, keptLearnings, readClientHistory, setLearningsDoc as rememberLearningsDoc } from './reports/learnings.ts';
import { setCustomTemplate } from './reports/templates.ts';
import { appendCampaignToLedger } from './ledger/campaign.ts';
import { ledgerInsights } from './ledger/insights.ts';
import { acknowledgeKickoffPack as acknowledgePack, kickoffState, kickoffStateOf } from './ledger/kickoff.ts';
import { setLedger as rememberLedger } from './ledger/ledger-file.ts';
import { startNextCampaign as startFromHistory } from './ledger/next-campaign.ts';
import type { PickOutcome } from '../domain/picker.ts';
import { PickedFilesRequestSchema, PickRequestSchema, ShowPickerRequestSchema } from '../domain/picker-requests.ts';
import { showPicker as openPickerDialog } from './picker/dialog.ts';
import { cancelPick as cancelPicking, keepPickOpen as stillPicking, pickOutcome as outcomeOfPick, usePickedFiles as keepPickedFiles } from './picker/picks.ts';
import * as meeting from './meeting.ts';
import { runDiagnostics as runPlatformChecks } from './diagnostics/index.ts';

/** How a document action holds the lock: it writes Drive files and properties, never this spreadsheet's cells. */
const DOCUMENT = { writesNothingHere: true } as const;

/**
 * Runs a sidebar call. A failure crosses google.script.run as the JSON of a ServerError in the Error's message
 * ({code, message, fields}): the sidebar reads its code and fields, never its wording.
 */
function handle<T>(action: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw new Error(encodeError(toServerError(error, action)));
  }
}

export function ping(request: unknown): PingResult {
  return handle('checking the connection', () => ({ spreadsheetName: activeSpreadsheet().getName(), echo: parsePayload(PingRequestSchema, request) }));
}

export function getSidebarState(): SidebarState {
  return handle('loading the campaign', () => sidebarState());
}

function sidebarState(): SidebarState {
  const spreadsheet = activeSpreadsheet();
  const directory = locateTabs(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const campaignSheet = directory.sheets.get('Campaign');
  const campaign = campaignSheet ? readCampaignTab(readSheetGrid(campaignSheet, 'none').values, timeZone).campaign : null;
  const tabs = TAB_NAMES.map((name) => ({
    name: directory.names[name] ?? name,
    exists: directory.sheets.has(name),
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
    kickoff: campaign ? kickoffStateOf(campaign) : null,
  };
}

export function saveCampaignSetup(setup: unknown): SidebarState {
  return handle('saving the campaign setup', () => {
    const parsed = parsePayload(CampaignSetupSchema, setup);
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
  return handle('building the tabs', () =>
    withDocumentLock(() => {
      const { created, refreshed, rowsKept, checks } = buildAllTabs(activeSpreadsheet());
      return { created, refreshed, rowsKept, checks };
    }));
}

export function analyze(): AnalyzeResult {
  return handle('analyzing the workbook', () => withDocumentLock(() => analyzeSpreadsheet(activeSpreadsheet())));
}

export function runChecks(): ChecksResult {
  return handle('running the checks', () => ({ checks: checkSpreadsheet(activeSpreadsheet()) }));
}

/** `options`: `{mode: 'add' | 'new', replaceTyped}`: the person's choice of campaign, and of typed values. */
export function importCampaign(file: unknown, options?: unknown): ImportResult {
  return handle('importing the campaign', () => {
    const chosen = parsePayload(ImportOptionsSchema, options ?? {});
    return withDocumentLock(() => importCampaignFile(activeSpreadsheet(), file, chosen));
  });
}

/** The sidebar's preview of a platform export: each header's column, what is left out, before anything is written. */
export function previewExport(request: unknown): ExportPreview {
  return handle('reading the export', () => previewExportFile(activeSpreadsheet(), parsePayload(ExportRequestSchema, request)));
}

export function importExport(request: unknown): ExportImportResult {
  return handle('importing the export', () => {
    const parsed = parsePayload(ExportRequestSchema, request);
    return withDocumentLock(() => importExportFile(activeSpreadsheet(), parsed));
  });
}

export function getReportsState(): ReportsState {
  return handle('loading the reports', () => reportsState());
}

export function setTemplate(request: unknown): ReportsState {
  return handle('setting the template', () => {
    const { artefact, url } = parsePayload(TemplateRequestSchema, request);
    setCustomTemplate(artefact, url);
    return reportsState();
  });
}

export function setLearningsDoc(request: unknown): ReportsState {
  return handle('setting the learnings Doc', () => {
    rememberLearningsDoc(parsePayload(LearningsDocRequestSchema, request).url);
    return reportsState();
  });
}

/** Makes any artefact of the registry (src/domain/artefacts.ts): what the sidebar's report buttons call. */
export function generate(request: unknown): GenerateResult {
  return handle('making the document', () => {
    const { artefact, includeCosts, force, by } = parsePayload(GenerateRequestSchema, request);
    return withDocumentLock(() => generateArtefact(artefact, { includeCosts, force, by }), DOCUMENT);
  });
}

export function generateClientReport(request?: unknown): GenerateResult {
  return handle('making the client report', () => {
    const { includeCosts } = parsePayload(ClientReportRequestSchema, request ?? {});
    return withDocumentLock(() => generateArtefact('clientReport', { includeCosts }), DOCUMENT);
  });
}

export function generateInternalBrief(): GenerateResult {
  return handle('making the internal brief', () => withDocumentLock(() => generateArtefact('internalBrief'), DOCUMENT));
}

export function exportSlides(): GenerateResult {
  return handle('making the renewal slides', () => withDocumentLock(() => generateArtefact('deck'), DOCUMENT));
}

export function getKeptLearnings(): KeptLearnings {
  return handle('loading the learnings', () => keptLearnings(readCampaign(activeSpreadsheet()).analysis));
}

export function saveKeptLearnings(request: unknown): KeptLearnings {
  return handle('saving the learnings', () => {
    const { items } = parsePayload(KeptLearningsRequestSchema, request);
    return withDocumentLock(() => keepLearnings(items));
  });
}

export function appendLearnings(request?: unknown): AppendLearningsResult {
  return handle('appending the learnings', () => {
    const { items } = parsePayload(AppendLearningsRequestSchema, request ?? {});
    return withDocumentLock(() => {
      const read = readCampaign(activeSpreadsheet());
      const doc = appendToLearningsDoc(read, items);
      return { ...doc, ledger: appendCampaignToLedger(read, items ?? keptLearnings(read.analysis).items) };
    }, DOCUMENT);
  });
}

export function getClientHistory(): ClientHistoryResult {
  return handle('reading the client history', () => readClientHistory(readCampaign(activeSpreadsheet())));
}

export function startNextCampaign(request: unknown): StartNextCampaignResult {
  return handle('starting the next campaign', () => {
    const given = parsePayload(StartNextCampaignRequestSchema, request);
    return withDocumentLock(() => startFromHistory(readCampaign(activeSpreadsheet()), given));
  });
}

export function getKickoffState(): KickoffState {
  return handle('reading the kickoff pack’s state', () => kickoffState(readCampaign(activeSpreadsheet())));
}

export function acknowledgeKickoffPack(): KickoffState {
  return handle('recording that you read the kickoff pack', () => withDocumentLock(() => acknowledgePack(readCampaign(activeSpreadsheet()))));
}

export function setLedger(request: unknown): LedgerInsights {
  return handle('choosing the campaign ledger', () => {
    const { url } = parsePayload(LedgerRequestSchema, request);
    rememberLedger(url);
    return ledgerInsights();
  });
}

export function getLedgerInsights(): LedgerInsights {
  return handle('reading the campaign ledger', () => ledgerInsights());
}

// Google Picker: the sidebar opens it, the dialog hands over the choice, the sidebar asks how it ended.
export function showPicker(request: unknown): null {
  return handle('opening the file picker', () => {
    openPickerDialog(parsePayload(ShowPickerRequestSchema, request));
    return null;
  });
}

export function usePickedFiles(request: unknown): PickOutcome {
  return handle('using the file you chose', () => keepPickedFiles(parsePayload(PickedFilesRequestSchema, request)));
}

export function cancelPick(request: unknown): PickOutcome {
  return handle('closing the file picker', () => cancelPicking(parsePayload(PickRequestSchema, request)));
}

/** The Picker dialog's "still open" every few seconds. */
export function keepPickOpen(request: unknown): null {
  return handle('keeping the file picker open', () => stillPicking(parsePayload(PickRequestSchema, request)));
}

export function pickOutcome(request: unknown): PickOutcome {
  return handle('waiting for the file picker', () => outcomeOfPick(parsePayload(PickRequestSchema, request)));
}

/** Diagnostics: a failing check is a line of the report, not an error; only a broken run throws. */
export function runDiagnostics(): DiagnosticsReport {
  return handle('running the diagnostics', () => runPlatformChecks());
}

// Meeting mode (issue 15): notes, the action review and the client report's sending, in src/gas/meeting.ts.
export function getMeeting(): MeetingState {
  return handle('loading the meeting', () => meeting.meetingState());
}

export function openBlock(request: unknown): OpenBlockResult {
  return handle('opening the block’s tab', () => meeting.openBlockTab(parsePayload(OpenBlockRequestSchema, request).block));
}

export function saveMeetingNote(request: unknown): MeetingState {
  return handle('saving the note', () => {
    const note = parsePayload(SaveNoteRequestSchema, request);
    return withDocumentLock(() => meeting.saveNote(note));
  });
}

export function fileMeetingNote(request: unknown): MeetingState {
  return handle('filing the note', () => {
    const filed = parsePayload(FileNoteRequestSchema, request);
    return withDocumentLock(() => meeting.fileNote(filed));
  });
}

export function endMeeting(): MeetingState {
  return handle('ending the meeting', () => withDocumentLock(() => meeting.endMeeting()));
}

export function markClientReportSent(request: unknown): MeetingState {
  return handle('marking the client report sent', () => {
    const { by } = parsePayload(ReportSentRequestSchema, request);
    return withDocumentLock(() => meeting.markClientReportSent(by));
  });
}

// The compiler checks the sidebar contract is implemented in full.
export const api = {
  ping, getSidebarState, saveCampaignSetup, buildTabs, analyze, runChecks, previewExport, importExport, getReportsState, setTemplate, setLearningsDoc,
  generate, generateClientReport, generateInternalBrief, exportSlides, getKeptLearnings, saveKeptLearnings, appendLearnings, getClientHistory,
  startNextCampaign, getKickoffState, acknowledgeKickoffPack, setLedger, getLedgerInsights, runDiagnostics,
  showPicker, usePickedFiles, cancelPick, keepPickOpen, pickOutcome,
  getMeeting, openBlock, saveMeetingNote, fileMeetingNote, endMeeting, markClientReportSent,
} satisfies Record<keyof ServerApi, unknown>;
