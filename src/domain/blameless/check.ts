// The blameless-language check over a workbook's free text (Issues, Wins, KPI notes): a warning of kind `blame`
// naming the cell, with a process-framed rewrite. It never blocks anything: the team decides what to change.
import type { CellOf } from '../campaign-file-rows.ts';
import type { Check, Workbook } from '../records.ts';
import { findBlame } from './find-blame.ts';

/** One piece of text people typed, and the cell it came from. */
export interface TextCell {
  cell: string;
  text: string;
}

/** Everyone the workbook names: the team, the creators by handle, the action owners. */
export function peopleOf(workbook: Workbook): string[] {
  const team = Object.values(workbook.campaign.team);
  const owners = workbook.issues.map((i) => i.owner);
  const handles = workbook.creators.map((c) => c.handle);
  return [...new Set([...team, ...owners, ...handles].map((p) => p.trim()).filter(Boolean))];
}

/** The texts the post-mortem writes about what happened. Creator notes are the rebook record, judged elsewhere. */
export function blamelessTexts(workbook: Workbook, cellOf: CellOf): TextCell[] {
  const cells: TextCell[] = [];
  const add = (tab: string, row: number, key: string, text: string) => {
    if (text.trim()) cells.push({ cell: cellOf(tab, row, key), text });
  };
  for (const issue of workbook.issues) {
    add('Issues', issue.row, 'description', issue.description);
    add('Issues', issue.row, 'action', issue.action);
  }
  for (const win of workbook.wins) {
    add('Wins', win.row, 'description', win.description);
    add('Wins', win.row, 'evidence', win.evidence);
    add('Wins', win.row, 'repeat', win.repeat);
  }
  for (const kpi of workbook.kpis) add('KPIs', kpi.row, 'notes', kpi.notes);
  return cells;
}

/** A `blame` warning for each cell whose text pins a problem on a person; one per cell, for its first such sentence. */
export function checkBlameless(cells: readonly TextCell[], people: readonly string[]): Check[] {
  return cells.flatMap(({ cell, text }) => {
    const [first, ...more] = findBlame(text, { people });
    if (!first) return [];
    const others = more.length ? ` (and ${more.length} more sentence${more.length > 1 ? 's' : ''} in this cell)` : '';
    return [{
      cell,
      kind: 'blame' as const,
      severity: 'warning' as const,
      message: `“${first.phrase}” reads as blame${others}. Blameless reviews look at the process, not the person. ${first.suggestion}`,
    }];
  });
}

export function checkWorkbookBlameless(workbook: Workbook, cellOf: CellOf): Check[] {
  return checkBlameless(blamelessTexts(workbook, cellOf), peopleOf(workbook));
}
