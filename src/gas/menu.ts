// The Debrief menu and the sidebar. onOpen may run in AuthMode.NONE, so it only builds the menu: no data, no properties.
import { ARTEFACT_SPECS, ARTEFACTS, type Artefact, type ArtefactSpec } from '../domain/artefacts.ts';
import { decodeError, type ServerError } from '../domain/errors.ts';
import type { Check } from '../domain/records.ts';
import type { AppendLearningsResult, GenerateResult } from '../domain/rpc.ts';
import { analyze, appendLearnings, buildTabs, generate, runChecks, runDiagnostics } from './api.ts';
import { permissionErrorMessage } from './consent.ts';
import { toServerError } from './errors.ts';
import { withWorkAfterAction } from './spreadsheet.ts';

export const SIDEBAR_TITLE = 'Debrief';

/** Menu captions and the entry point each calls (one per artefact of the registry); the bundle test checks every name resolves. */
export const MENU_ITEMS: readonly (readonly [caption: string, functionName: string])[] = [
  ['Open sidebar', 'showSidebar'],
  ['Build / refresh tabs', 'menuBuildTabs'],
  ['Analyze', 'menuAnalyze'],
  ['Run checks', 'menuRunChecks'],
  ...ARTEFACTS.map((a) => [ARTEFACT_SPECS[a].menu.caption, ARTEFACT_SPECS[a].menu.functionName] as const),
  ['Append learnings to client doc', 'menuAppendLearnings'],
  ['Diagnostics', 'menuDiagnostics'],
];

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
  fromMenu('Build / refresh tabs', () => {
    const result = buildTabs();
    const created = result.created.length ? `Created ${result.created.join(', ')}. ` : '';
    SpreadsheetApp.getActiveSpreadsheet().toast(`${created}Refreshed ${result.refreshed.length} tabs; every row kept.`, 'Debrief', 8);
  });
}

export function menuAnalyze(): void {
  fromMenu('Analyze', () => {
    const result = analyze();
    SpreadsheetApp.getActiveSpreadsheet().toast(
      `KPIs met ${result.kpis.met}, missed ${result.kpis.missed}. ${result.checks.length} checks. See the Patterns tab.`, 'Debrief', 10);
  });
}

export function menuRunChecks(): void {
  report('Debrief checks', () => describeChecks(runChecks().checks));
}

/**
 * Runs a menu action; a failure is told in an alert, as the sidebar tells it: the api functions throw a
 * ServerError's JSON (src/gas/api.ts), read back here by its code and fields, never its wording.
 */
function fromMenu(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, describeFailure(error, title), ui.ButtonSet.OK);
  }
}

/** api.ts's ServerError; a failure of the menu's own code (a toast, an alert) is turned into one as api.ts would. */
function problemOf(error: unknown, title: string): ServerError {
  const problem = decodeError(error);
  return problem.code === 'unexpected' && !problem.reference ? toServerError(error, `running “${title}”`) : problem;
}

function describeFailure(error: unknown, title: string): string {
  const problem = problemOf(error, title);
  const fields = problem.fields.slice(0, 15).map((f) => `\n• ${f.path ? `${f.path}: ` : ''}${f.message}`).join('');
  return `${problem.message}${fields}`;
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
    message = withWorkAfterAction(action); // the alert below waits for the person: no lock may be held through it
  } catch (error) {
    message = describeFailure(error, title);
  }
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch (error) {
    toastIfDeclined(error, `${title}: ${message}`); // the outcome still reaches the person, in a toast
  }
}

function describeFile(result: GenerateResult): string {
  const notes = [...(result.reversals ?? []), ...result.warnings];
  const listed = notes.length ? `\n\n${notes.map((w) => `• ${w}`).join('\n')}` : '';
  return `Made “${result.file.name}”:\n${result.file.url}${listed}`;
}

/** Makes one artefact from its menu item; options only the sidebar offers are said after the link. */
function menuGenerate(artefact: Artefact): void {
  const spec: ArtefactSpec = ARTEFACT_SPECS[artefact];
  const made = (result: GenerateResult) => `${describeFile(result)}${spec.menu.note ? `\n\n${spec.menu.note}` : ''}`;
  report(spec.name, () => {
    try {
      return made(generate({ artefact }));
    } catch (error) {
      if (decodeError(error).code !== 'incomplete') throw error;
      // The completeness gate: say what is unexplained, and go ahead only if the person signs for it.
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(`${spec.name}: explanations missing`,
        `${describeFailure(error, spec.name)}\n\nGenerate it anyway? The internal brief records that it went out unexplained.`, ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return 'Not generated: link an Issue or a Win to each KPI listed, then try again.';
      return made(generate({ artefact, force: true }));
    }
  });
}

/** The menu item of each artefact in the registry, by its function name (src/gas/main.ts makes them entry points). */
export function artefactMenuHandlers(): Record<string, () => void> {
  return Object.fromEntries(ARTEFACTS.map((a) => [ARTEFACT_SPECS[a].menu.functionName, () => menuGenerate(a)]));
}

export function menuAppendLearnings(): void {
  report('Client learnings', () => describeAppend(appendLearnings()));
}

function describeAppend(result: AppendLearningsResult): string {
  const what = result.status === 'added' ? `Added “${result.heading}”` : `“${result.heading}” was already there, so nothing was added`;
  const recurring = result.history.recurring.map((r) => `\n• ${r.cause} keeps coming back (${r.campaigns.length} campaigns).`).join('');
  const ledger = result.ledger.ok
    ? `\nCampaign ledger: ${result.ledger.status === 'already-there' ? 'already up to date' : result.ledger.status === 'added' ? 'campaign added' : 'campaign updated'} (${result.ledger.ledger.url}).`
    : `\nThe campaign ledger wasn’t updated: ${result.ledger.message}`;
  return `${what}:\n${result.learningsDoc.url}${recurring}${ledger}`;
}

/** Extensions → Debrief → Diagnostics: one PASS/FAIL line per platform check, ready to paste into a bug report. */
export function menuDiagnostics(): void {
  // The checks take a few seconds on Google: say what is happening while they run.
  SpreadsheetApp.getActiveSpreadsheet().toast('Checking what Debrief relies on, with scratch files it trashes afterwards…', 'Debrief diagnostics', 10);
  report('Debrief diagnostics', () => runDiagnostics().text);
}
