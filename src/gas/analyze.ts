// "Analyze" and "Run checks": read every tab once, let the domain compute patterns and checks, write the
// Patterns tab in one block. Team-kept learnings (from an import or the sidebar) are stored per document.
import { analyzeWorkbook, type Analysis } from '../domain/analysis/index.ts';
import { layoutPatternsSheet } from '../domain/analysis/patterns-sheet.ts';
import { checkWorkbook } from '../domain/checks.ts';
import type { Check } from '../domain/records.ts';
import type { AnalyzeResult } from '../domain/rpc.ts';
import { tableTabNamed } from '../domain/tabs/index.ts';
import { cellName } from '../domain/tabs/layout.ts';
import type { WorkbookRead } from '../domain/tabs/read.ts';
import { buildTabs } from './build-tabs.ts';
import { ledgerChecks } from './ledger/checks.ts';
import { writePatternsTab } from './sheets/patterns-tab.ts';
import { todayIn } from './spreadsheet.ts';
import { loadTeamNotes } from './team-notes.ts';
import { locateTabs, type TabDirectory } from './tabs.ts';
import { readWorkbookFrom } from './workbook.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function cellNamer(read: WorkbookRead, directory: TabDirectory) {
  return (tab: string, row: number, key: string): string => {
    const name = directory.names[tab] ?? tab;
    if (tab === 'Campaign') return cellName(name, read.campaignLayout.rowOf[key] ?? 1, 2); // a form: one value per row
    const table = tableTabNamed(tab);
    const column = table ? read.layouts[table.key].columnOf[key] : undefined;
    return column ? cellName(name, row, column) : `${name}!${row}:${row}`;
  };
}

function readAndCheck(spreadsheet: Spreadsheet, directory: TabDirectory): { read: WorkbookRead; checks: Check[]; today: string } {
  const read = readWorkbookFrom(directory, spreadsheet.getSpreadsheetTimeZone());
  const today = todayIn(spreadsheet);
  const cellOf = cellNamer(read, directory);
  const checks = [...read.checks, ...checkWorkbook(read.workbook, { today, cellOf }), ...ledgerChecks(read.workbook, cellOf)];
  return { read, checks, today };
}

export function checkSpreadsheet(spreadsheet: Spreadsheet): Check[] {
  return readAndCheck(spreadsheet, locateTabs(spreadsheet)).checks;
}

export function analyzeSpreadsheet(spreadsheet: Spreadsheet): AnalyzeResult & { analysis: Analysis } {
  let directory = locateTabs(spreadsheet);
  if (!directory.sheets.has('Patterns') || !directory.sheets.has('Creators')) directory = buildTabs(spreadsheet).directory;
  const { read, checks, today } = readAndCheck(spreadsheet, directory);
  const notes = loadTeamNotes();
  const analysis = analyzeWorkbook(read.workbook, { today, readChecks: checks, teamLearnings: notes.learnings, teamRecommendations: notes.recommendations });
  writePatternsTab(directory.sheets.get('Patterns')!, layoutPatternsSheet(analysis, read.workbook.campaign));
  return {
    headline: analysis.headline,
    learnings: analysis.learnings.map((f) => f.text),
    recommendations: analysis.recommendations.map((f) => f.text),
    kpis: { met: analysis.kpis.met, missed: analysis.kpis.missed, unknown: analysis.kpis.unknown },
    checks: analysis.checks,
    analysis,
  };
}
