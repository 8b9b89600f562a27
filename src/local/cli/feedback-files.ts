// `debrief run`'s creator feedback notes: the workbook as the add-on left it, read back with the tabs' own specs,
// and one creator-feedback-<handle>.md per creator the team marked (or far from the campaign). Each file is built
// from that creator's own view only (src/domain/reports/creator-feedback.ts), so it carries no one else's data.
import { buildFeedbackNotes, feedbackMarkdown } from '../../domain/reports/creator-feedback.ts';
import { cellName } from '../../domain/tabs/layout.ts';
import { CAMPAIGN_TAB, TABLE_TABS } from '../../domain/tabs/index.ts';
import { readWorkbook, type WorkbookGrids } from '../../domain/tabs/read.ts';
import type { LocalWorkspace } from '../emulator/index.ts';

export function feedbackFiles(workspace: LocalWorkspace): Record<string, string> {
  const { inspect } = workspace;
  const present = new Set(inspect.sheetNames());
  const grid = (name: string) => (present.has(name) ? { values: inspect.values(name), formulas: inspect.formulas(name) } : { values: [], formulas: [] });
  const grids = { campaign: grid(CAMPAIGN_TAB.name).values, ...Object.fromEntries(TABLE_TABS.map((spec) => [spec.key, grid(spec.name)])) } as WorkbookGrids;
  // The notes use no dates, so the time zone dates would be read in doesn't change them.
  const { workbook, layouts } = readWorkbook(grids, 'Etc/UTC');
  const { notes } = buildFeedbackNotes(workbook.campaign, workbook.creators,
    (tab, row, key) => cellName(tab, row, layouts.creators.columnOf[key] ?? 1));
  return Object.fromEntries(notes.map((note) => [note.fileName, feedbackMarkdown(note)]));
}
