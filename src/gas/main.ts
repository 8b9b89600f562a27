// The add-on's entry points: every export here becomes a top-level function in build/Code.js, which is how
// Apps Script finds triggers, menu handlers and google.script.run targets. Keep this the only such list.
export { onOpen, onInstall, showSidebar, menuBuildTabs, menuAnalyze, menuRunChecks } from './menu.ts';
export { ping, getSidebarState, saveCampaignSetup, buildTabs, analyze, runChecks, importCampaign } from './api.ts';
