// `debrief run`: validates a campaign file, then drives the bundle's own server functions on the local
// Workspace as one user of the emulated domain (`--as`; build tabs, import the campaign's rows and any `--import`
// platform exports, analyze, make every document, append the learnings) and writes workbook.json, report.json,
// calls.json, documents.json, import.json (with --import), each document as Markdown (or JSON) and HTML, and a
// creator-feedback-<handle>.md per creator chosen for a feedback note; with --trace, every Advanced Service call as
// one JSON line (the REST request Apps Script would send to Google). With --state, the folder is locked for the run
// (several people may run at once on one domain).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readExport, type ExportRead } from '../../domain/exports/read-export.ts';
import { exportText } from '../export-text.ts';
import { parseCampaignFile } from '../../domain/campaign-file.ts';
import { gateSummary, type GateResult } from '../../domain/completeness-gate.ts';
import { TAB_NAMES } from '../../domain/tabs/index.ts';
import { describeServerError } from '../harness.ts';
import { feedbackFiles } from './feedback-files.ts';
import type { AppendLearningsResult, GenerateResult, ImportResult } from '../../domain/rpc.ts';
import { combineParts, importInParts } from '../../domain/import-parts.ts';
import type { AdvancedCallListener } from '../emulator/advanced-calls.ts';
import { renderDeckHtml, renderDeckJson } from '../render/deck.ts';
import { renderDocHtml } from '../render/doc-html.ts';
import { renderDocMarkdown } from '../render/doc-markdown.ts';
import { renderSpreadsheetJson } from '../render/spreadsheet.ts';
import { loadState, openSession, type DebriefSession } from '../session.ts';
import { lockStateDir } from '../state-lock.ts';
import { documentEntries } from './documents-json.ts';

export interface RunOptions {
  campaignPath: string;
  outDir: string;
  stateDir?: string;
  /** Make the client report and the slides even with KPIs the completeness gate finds unexplained (recorded). */
  force?: boolean;
  /** A file to write every Advanced Service call to, one JSON object per line. */
  tracePath?: string;
  /** Platform exports to import after the campaign file, each `path` or `@handle=path` (whose account it is). */
  imports?: string[];
  /** Who runs it (default the sample user). */
  as?: string;
  /** A learnings Doc link to paste into the sidebar first (as a colleague who was sent the agency's Doc would). */
  learningsDoc?: string;
}

export interface WorkspaceRunOptions {
  stateDir?: string;
  now?: () => Date;
  rebuild?: boolean;
  /** Past the completeness gate (recorded as `debrief run --force`). */
  force?: boolean;
  onAdvancedCall?: AdvancedCallListener;
  as?: string;
  learningsDoc?: string;
  /** Platform exports read before any work, each added to the campaign just imported. */
  exports?: readonly ExportRead[];
}

export interface RunOutcome {
  imports: ImportReport[];
  session: DebriefSession;
  report: unknown;
  documents: Documents;
}

/** What the documents step made: each file's id, or why it couldn't be made. */
export interface Documents {
  clientReport?: GenerateResult;
  internalBrief?: GenerateResult;
  deck?: GenerateResult;
  learnings?: AppendLearningsResult;
  problems: string[];
}

/** Calls one document action; a refusal (say, a campaign too small to draft 3 learnings) is noted, not fatal. */
function attempt<T>(problems: string[], what: string, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    problems.push(`${what}: ${describeServerError(error)}`);
    return undefined;
  }
}

export function makeDocuments(session: DebriefSession, options: { force?: boolean; learningsDoc?: string } = {}): Documents {
  const problems: string[] = [];
  const past = options.force ? { force: true, by: 'debrief run --force' } : {};
  const { learningsDoc } = options;
  // A learnings Doc Debrief can't use means no append at all: a new Doc of one's own would split the team's history.
  const docUsable = learningsDoc === undefined
    || attempt(problems, 'learnings Doc', () => session.call('setLearningsDoc', 'setLearningsDoc', { url: learningsDoc })) !== undefined;
  return {
    clientReport: attempt(problems, 'client report', () => session.call<GenerateResult>('generateClientReport', 'generate', { artefact: 'clientReport', includeCosts: false, ...past })),
    internalBrief: attempt(problems, 'internal brief', () => session.call<GenerateResult>('generateInternalBrief', 'generateInternalBrief')),
    deck: attempt(problems, 'renewal slides', () => session.call<GenerateResult>('exportSlides', 'generate', { artefact: 'deck', ...past })),
    learnings: docUsable ? attempt(problems, 'learnings', () => session.call<AppendLearningsResult>('appendLearnings', 'appendLearnings')) : undefined,
    problems,
  };
}

/** The files `--out` gets for the documents, by name. */
export function documentFiles(session: DebriefSession, documents: Documents): Record<string, string> {
  const drive = session.workspace.drive;
  const files: Record<string, string> = {};
  const doc = (base: string, id: string | undefined) => {
    if (!id) return;
    files[`${base}.md`] = renderDocMarkdown(drive, id);
    files[`${base}.html`] = renderDocHtml(drive, id);
  };
  doc('client-report', documents.clientReport?.file.id);
  doc('internal-brief', documents.internalBrief?.file.id);
  doc('learnings', documents.learnings?.learningsDoc.id);
  const ledger = documents.learnings?.ledger;
  if (ledger?.ok) files['ledger.json'] = `${JSON.stringify(renderSpreadsheetJson(drive, ledger.ledger.id), null, 2)}\n`;
  if (documents.deck) {
    files['deck.json'] = `${JSON.stringify(renderDeckJson(drive, documents.deck.file.id), null, 2)}\n`;
    files['deck.html'] = renderDeckHtml(drive, documents.deck.file.id);
  }
  return files;
}

/** Reads and validates a campaign file; returns the problems as lines naming each bad field's path. */
export function readCampaignFile(path: string): { ok: true; file: unknown } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')); // a byte-order mark is not a problem
  } catch (error) {
    return { ok: false, errors: [`${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseCampaignFile(json);
  return parsed.ok ? { ok: true, file: json } : { ok: false, errors: parsed.errors };
}

/** Each `--import` read and mapped before any work, matched to the campaign file's handles; problems name the file. */
export function readExports(file: unknown, imports: readonly string[]): { ok: true; reads: ExportRead[] } | { ok: false; errors: string[] } {
  const handles = ((file as { creators?: { handle?: unknown }[] }).creators ?? []).map((c) => String(c.handle ?? '')).filter(Boolean);
  const locale = (file as { locale?: string }).locale;
  const reads: ExportRead[] = [];
  const errors: string[] = [];
  for (const spec of imports) {
    const [, creator, path = spec] = /^(@[^=]+)=(.+)$/.exec(spec) ?? [];
    try {
      reads.push(readExport(basename(path), exportText(readFileSync(path)), { handles, creator, ...(locale ? { locale } : {}) }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      errors.push(code === 'ENOENT' ? `${path}: no such file.` : code === 'EISDIR' ? `${path} is a folder, not an export file.` : (error as Error).message);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, reads };
}

/** What import.json says of one export: its platform, each header's column, what was skipped and imported. */
export interface ImportReport {
  file: string;
  platform: string;
  list: string;
  mapping: ExportRead['mapping'];
  skipped: string[];
  problems: string[];
  rows: number;
  imported?: unknown;
  refused?: string;
}

/** `rebuild` runs "Build / refresh tabs" again after the import, as the benchmark does (action "rebuildTabs"). */
export function runOnWorkspace(file: unknown, options: WorkspaceRunOptions = {}): RunOutcome {
  const named = file as { client?: string; campaign?: string };
  const { rebuild, onAdvancedCall, exports = [] } = options;
  const session = openSession({
    spreadsheetName: `${named.client ?? 'Client'} — ${named.campaign ?? 'Campaign'} post-mortem`, stateDir: options.stateDir, now: options.now, user: options.as,
  });
  if (onAdvancedCall) session.workspace.advancedCalls.listen(onAdvancedCall);
  session.call('buildTabs', 'buildTabs');
  importInParts(() => session.call<ImportResult>('importCampaign', 'importCampaign', file)); // one call unless the file is large
  // Each export adds to the campaign just imported (never starts another), as the sidebar's "Add to this campaign".
  const imports: ImportReport[] = exports.map((read) => {
    const report: ImportReport = { file: read.file, platform: read.platform, list: read.list, mapping: read.mapping, skipped: read.skipped, problems: read.problems, rows: read.rows.length };
    try {
      const exported = { client: named.client, campaign: named.campaign, [read.list]: read.rows };
      report.imported = combineParts(importInParts(() => session.call<ImportResult>('importExport', 'importCampaign', exported, { mode: 'add' }))).rows;
    } catch (error) {
      report.refused = describeServerError(error);
    }
    return report;
  });
  if (rebuild) session.call('rebuildTabs', 'buildTabs');
  const report = session.call('analyze', 'analyze');
  return {
    session, report: withGate(report, options.force === true), imports,
    documents: makeDocuments(session, { force: options.force, learningsDoc: options.learningsDoc }),
  };
}

/** report.json's `gate`: whether every KPI far off target is explained, which aren't (by cell), and whether --force went past. */
function withGate(report: unknown, forced: boolean): unknown {
  const analysis = (report as { analysis?: { gate?: GateResult } }).analysis;
  const gate = analysis?.gate;
  if (!gate) return report;
  return {
    ...(report as object),
    gate: {
      passed: gate.passed, threshold: gate.threshold, summary: gateSummary(gate), forced: forced && !gate.passed,
      unexplained: gate.unexplained.map((i) => ({ kpi: i.kpi, cell: i.cell, variance: i.variance, needs: i.needs, message: i.message })),
      explained: gate.items.filter((i) => i.explained).map((i) => ({ kpi: i.kpi, cell: i.cell, linkedBy: i.linkedBy })),
    },
  };
}

/** Each tab as Apps Script returns it: getValues, getFormulas and getDisplayValues (what a person sees in Sheets). */
export interface TabSnapshot {
  values: unknown[][];
  formulas: string[][];
  displayValues: string[][];
}

export function workbookSnapshot(session: DebriefSession): { tabs: Record<string, TabSnapshot> } {
  const tabs: Record<string, TabSnapshot> = {};
  const { inspect } = session.workspace;
  const present = new Set(inspect.sheetNames());
  for (const name of TAB_NAMES) {
    if (!present.has(name)) continue;
    tabs[name] = { values: inspect.values(name), formulas: inspect.formulas(name), displayValues: inspect.displayValues(name) };
  }
  return { tabs };
}

export function runCampaign(options: RunOptions): number {
  // Refused before any work: an --out that is a file, a campaign file or an export that can't be read.
  if (existsSync(options.outDir) && !statSync(options.outDir).isDirectory()) {
    console.error(`--out ${options.outDir} is a file; give a folder (it is made if missing).`);
    return 1;
  }
  const read = readCampaignFile(options.campaignPath);
  if (!read.ok) {
    console.error(`${options.campaignPath} can't be used:`);
    for (const error of read.errors) console.error(`  ${error}`);
    return 1;
  }
  try {
    loadState(options.stateDir); // a damaged --state is named before any work, never a stack trace after it
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const exports = readExports(read.file, options.imports ?? []);
  if (!exports.ok) {
    for (const error of exports.errors) console.error(error);
    return 1;
  }
  // {"service", "method", "params", "body"} per line, written as each call is made (a run that fails keeps its trace).
  if (options.tracePath !== undefined) mkdirSync(dirname(options.tracePath), { recursive: true });
  const trace = options.tracePath === undefined ? undefined : openSync(options.tracePath, 'w');
  const release = options.stateDir ? lockStateDir(options.stateDir) : () => undefined;
  try {
    // The trace stays open until the run ends: writing the documents' files still reads them through the bundle.
    const { session, report, documents, imports } = runOnWorkspace(read.file, {
      stateDir: options.stateDir, as: options.as, learningsDoc: options.learningsDoc, force: options.force, exports: exports.reads,
      ...(trace === undefined ? {} : { onAdvancedCall: (call) => writeSync(trace, `${JSON.stringify(call)}\n`) }),
    });
    mkdirSync(options.outDir, { recursive: true });
    const write = (name: string, data: unknown) => writeFileSync(join(options.outDir, name), `${JSON.stringify(data, null, 2)}\n`);
    write('workbook.json', workbookSnapshot(session));
    write('report.json', report);
    write('calls.json', session.costs);
    write('documents.json', documentEntries(session, documents));
    if (exports.reads.length) write('import.json', imports);
    const files = { ...documentFiles(session, documents), ...feedbackFiles(session.workspace) };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(options.outDir, name), text);
    session.saveState();
    const checks = (report as { checks?: unknown[] }).checks?.length ?? 0;
    console.log(`Wrote workbook.json, report.json, calls.json, documents.json${exports.reads.length ? ', import.json' : ''} and ${Object.keys(files).sort().join(', ')} to ${options.outDir} (${checks} checks).`);
    for (const problem of documents.problems) console.error(`Not made: ${problem}`);
    if (documents.learnings && !documents.learnings.ledger.ok) console.error(`Campaign ledger not updated: ${documents.learnings.ledger.message}`);
    return 0;
  } finally {
    if (trace !== undefined) closeSync(trace);
    release();
  }
}
