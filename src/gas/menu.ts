// The Debrief menu and the sidebar. onOpen may run in AuthMode.NONE, so it only builds the menu: no data, no properties.
import type { Check } from '../domain/records.ts';
import type { AppendLearningsResult, GenerateResult } from '../domain/rpc.ts';
import { analyze, appendLearnings, buildTabs, exportSlides, generateClientReport, generateInternalBrief, runChecks } from './api.ts';
import { permissionErrorMessage } from './consent.ts';

export const SIDEBAR_TITLE = 'Debrief';

/** Menu captions and the entry point each calls; the bundle test checks every name resolves. */
export const MENU_ITEMS = [
  ['Open sidebar', 'showSidebar'],
  ['Build / refresh tabs', 'menuBuildTabs'],
  ['Analyze', 'menuAnalyze'],
  ['Run checks', 'menuRunChecks'],
  ['Generate client report', 'menuGenerateClientReport'],
  ['Generate internal brief', 'menuGenerateInternalBrief'],
  ['Export slides for renewal deck', 'menuExportSlides'],
  ['Append learnings to client doc', 'menuAppendLearnings'],
] as const;

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, functionName] of MENU_ITEMS) menu.addItem(caption, functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Without script.container.ui (declined on the consent screen) nothing can be shown but a toast, which needs only the spreadsheet. */
function toastIfDeclined(error: unknown, instead?: string): void {
  const declined = permissionErrorMessage(error);
  if (!declined) throw error;
  SpreadsheetApp.getActiveSpreadsheet().toast(instead ?? declined, SIDEBAR_TITLE, 30);
}

export function showSidebar(): void {
  try {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
    SpreadsheetApp.getUi().showSidebar(html);
  } catch (error) {
    toastIfDeclined(error);
  }
}

export function menuBuildTabs(): void {
  const result = buildTabs();
  const created = result.created.length ? `Created ${result.created.join(', ')}. ` : '';
  SpreadsheetApp.getActiveSpreadsheet().toast(`${created}Refreshed ${result.refreshed.length} tabs; every row kept.`, 'Debrief', 8);
}

export function menuAnalyze(): void {
  const result = analyze();
  SpreadsheetApp.getActiveSpreadsheet().toast(
    `KPIs met ${result.kpis.met}, missed ${result.kpis.missed}. ${result.checks.length} checks. See the Patterns tab.`, 'Debrief', 10);
}

export function menuRunChecks(): void {
  const { checks } = runChecks();
  const ui = SpreadsheetApp.getUi();
  ui.alert('Debrief checks', describeChecks(checks), ui.ButtonSet.OK);
}

function describeChecks(checks: Check[]): string {
  if (checks.length === 0) return 'Nothing to fix: every cell reads cleanly.';
  const shown = checks.slice(0, 15).map((c) => `• ${c.cell}: ${c.message}`);
  const more = checks.length > shown.length ? `\n…and ${checks.length - shown.length} more (open the sidebar for all).` : '';
  return shown.join('\n') + more;
}

/** Runs a document action from the menu and tells the outcome (or the problem) in an alert with the file's link. */
function report(title: string, action: () => string): void {
  let message: string;
  try {
    message = action();
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch (error) {
    toastIfDeclined(error, `${title}: ${message}`); // the outcome still reaches the person, in a toast
  }
}

function describeFile(result: GenerateResult): string {
  const notes = result.warnings.length ? `\n\n${result.warnings.map((w) => `• ${w}`).join('\n')}` : '';
  return `Made “${result.file.name}”:\n${result.file.url}${notes}`;
}

export function menuGenerateClientReport(): void {
  report('Client report', () => `${describeFile(generateClientReport({ includeCosts: false }))}\n\nTo include per-creator costs, use the sidebar’s Reports section.`);
}

export function menuGenerateInternalBrief(): void {
  report('Internal brief', () => describeFile(generateInternalBrief()));
}

export function menuExportSlides(): void {
  report('Renewal slides', () => describeFile(exportSlides()));
}

export function menuAppendLearnings(): void {
  report('Client learnings', () => describeAppend(appendLearnings()));
}

function describeAppend(result: AppendLearningsResult): string {
  const what = result.status === 'added' ? `Added “${result.heading}”` : `“${result.heading}” was already there, so nothing was added`;
  const recurring = result.history.recurring.map((r) => `\n• ${r.cause} keeps coming back (${r.campaigns.length} campaigns).`).join('');
  return `${what}:\n${result.learningsDoc.url}${recurring}`;
}
