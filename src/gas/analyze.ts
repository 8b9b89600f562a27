// "Analyze" and "Run checks": read every tab once, let the domain compute patterns and checks, write the
// Patterns tab in one block. Team-kept learnings (from an import or the sidebar) are stored per document.
import { analyzeWorkbook, type Analysis } from '../domain/analysis/index.ts';
import { layoutPatternsSheet } from '../domain/analysis/patterns-sheet.ts';
import type { Check } from '../domain/records.ts';
import type { AnalyzeResult } from '../domain/rpc.ts';
import { buildTabs } from './build-tabs.ts';
import { ledgerChecks } from './ledger/checks.ts';
import { writePatternsTab } from './sheets/patterns-tab.ts';
import { todayIn } from './spreadsheet.ts';
import { loadTeamNotes } from './team-notes.ts';
import { locateTabs } from './tabs.ts';
import { cellNamer, readContextOf, readWorkbookFrom } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** "Run checks": every tab read once, every check once. */
export function checkSpreadsheet(spreadsheet: Spreadsheet): Check[] {
  const directory = locateTabs(spreadsheet);
  const context = readContextOf(spreadsheet);
  const read = readWorkbookFrom(directory, context);
  // The analysis's own checks too (figures that disagree, team-only wording, recommendations held back): the same
  // list Analyze shows; a creator the agency decided not to rebook is checked against the campaign ledger.
  const notes = loadTeamNotes();
  const cellOf = cellNamer(read, directory);
  return analyzeWorkbook(read.workbook, {
    today: todayIn(context.timeZone), readChecks: [...read.checks, ...ledgerChecks(read.workbook, cellOf)], cellOf,
    teamLearnings: notes.learnings, teamRecommendations: notes.recommendations,
  }).checks;
}

export function analyzeSpreadsheet(spreadsheet: Spreadsheet): AnalyzeResult & { analysis: Analysis } {
  let directory = locateTabs(spreadsheet);
  const repairs: Check[] = [];
  if (!directory.sheets.has('Patterns') || !directory.sheets.has('Creators')) {
    const built = buildTabs(spreadsheet);
    directory = built.directory;
    repairs.push(...built.checks.filter((c) => c.kind === 'structure')); // say what the build did (a name clash)
  }
  // One read, one analysis; the checks run inside it, once, naming cells as the tabs stand. Human numbers typed as
  // text become numbers first, so the tabs' formulas and the analysis agree.
  const context = readContextOf(spreadsheet);
  const read = readWorkbookFrom(directory, context, { convert: true });
  const notes = loadTeamNotes();
  const cellOf = cellNamer(read, directory);
  // A creator the agency decided not to rebook is checked against the campaign ledger (when this user has one).
  const analysis = analyzeWorkbook(read.workbook, {
    today: todayIn(context.timeZone), readChecks: [...read.checks, ...ledgerChecks(read.workbook, cellOf)], cellOf,
    teamLearnings: notes.learnings, teamRecommendations: notes.recommendations,
  });
  writePatternsTab(directory.sheets.get('Patterns')!, layoutPatternsSheet(analysis, read.workbook.campaign));
  return {
    headline: analysis.headline,
    learnings: analysis.learnings.map((f) => f.text),
    recommendations: analysis.recommendations.map((f) => f.text),
    kpis: { met: analysis.kpis.met, missed: analysis.kpis.missed, unknown: analysis.kpis.unknown },
    checks: [...repairs, ...analysis.checks],
    analysis,
  };
}
