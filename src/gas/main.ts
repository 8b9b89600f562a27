// The add-on's entry points: every export here becomes a top-level function in build/Code.js, which is how
// Apps Script finds triggers, menu handlers and google.script.run targets. Keep this the only such list.
import { artefactMenuHandlers } from './menu.ts';

export { onOpen, onInstall, showSidebar, menuBuildTabs, menuAnalyze, menuRunChecks, menuAppendLearnings, menuDiagnostics } from './menu.ts';
export {
  ping, getSidebarState, saveCampaignSetup, buildTabs, analyze, runChecks, importCampaign, previewExport, importExport,
  getReportsState, setTemplate, setLearningsDoc, generate, generateClientReport, generateInternalBrief, exportSlides,
  getKeptLearnings, saveKeptLearnings, appendLearnings, getClientHistory,
  startNextCampaign, getKickoffState, acknowledgeKickoffPack, setLedger, getLedgerInsights, runDiagnostics,
  showPicker, usePickedFiles, cancelPick, keepPickOpen, pickOutcome,
  getMeeting, openBlock, saveMeetingNote, fileMeetingNote, endMeeting, markClientReportSent,
} from './api.ts';

/**
 * The menu item of each artefact in the registry (src/domain/artefacts.ts), keyed by its function name: the build
 * declares each member as a top-level function, so a new artefact needs no line here.
 */
export const registryEntryPoints = artefactMenuHandlers();
