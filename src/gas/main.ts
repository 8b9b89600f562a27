// The add-on's entry points: every export here becomes a top-level function in build/Code.js, which is how
// Apps Script finds triggers, menu handlers and google.script.run targets. Keep this the only such list.
export {
  onOpen, onInstall, showSidebar, menuBuildTabs, menuAnalyze, menuRunChecks,
  menuGenerateClientReport, menuGenerateInternalBrief, menuExportSlides, menuAppendLearnings,
} from './menu.ts';
export {
  ping, getSidebarState, saveCampaignSetup, buildTabs, analyze, runChecks, importCampaign,
  getReportsState, setTemplate, setLearningsDoc, generateClientReport, generateInternalBrief, exportSlides,
  getKeptLearnings, saveKeptLearnings, appendLearnings, getClientHistory,
  showPicker, usePickedFiles, cancelPick, keepPickOpen, pickOutcome,
} from './api.ts';
