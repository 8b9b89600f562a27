// The ledger's Portfolio tab, rewritten with every append in the same batch: the claims, then one row per tier ×
// format × platform × objective cell with its figures and sample sizes. A figure under the sample threshold is
// greyed with a note saying why it isn't claimed. Plain values only, so people can sort and filter it.
import { plural } from '../analysis/format.ts';
import { cellLabel } from '../reports/portfolio-doc.ts';
import type { Figure, Portfolio } from './portfolio.ts';
import type { SheetsRequest } from './ledger-requests.ts';

export const PORTFOLIO_TAB = 'Portfolio';
const GREY = { red: 0.6, green: 0.6, blue: 0.6 };
const HEADER = ['Objective', 'Tier', 'Format', 'Platform', 'Currency', 'Creators', 'Campaigns', 'Clients', 'Pooled CPE', 'CPE from', 'Median ER lift', 'ER lift from', 'Conversions', 'Conversions from'];

export type Cell = Record<string, unknown>;
export const text = (s: string, bold = false): Cell => ({ userEnteredValue: { stringValue: s }, ...(bold ? { userEnteredFormat: { textFormat: { bold: true } } } : {}) });
const count = (n: number): Cell => ({ userEnteredValue: { numberValue: n } });

function figure(f: Figure, pattern: string, threshold: number): Cell[] {
  if (f.value === null) return [{}, count(f.n)];
  const grey = f.claimed ? {} : { textFormat: { foregroundColor: GREY } };
  return [
    {
      userEnteredValue: { numberValue: f.value },
      userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern }, ...grey },
      ...(f.claimed ? {} : { note: `From ${plural(f.n, 'creator')}: under the ${threshold}-creator threshold, so not claimed.` }),
    },
    count(f.n),
  ];
}

export function portfolioRows(p: Portfolio): Cell[][] {
  const claims = p.claims.map((c) => {
    const value = c.kind === 'lowest CPE' ? `pooled CPE ${(c.cell.cpe.value ?? 0).toFixed(2)} ${c.cell.currency}` : `median ER lift ${Math.round((c.cell.medianErLift.value ?? 0) * 100)}%`;
    return [text(`${c.objective}: ${c.kind} from ${cellLabel(c.cell)}, ${value} (${plural(c.cell.creators, 'creator')}, ${plural(c.cell.campaigns, 'campaign')})`)];
  });
  return [
    [text(`Portfolio${p.category ? `: ${p.category} clients` : ''}`, true)],
    [text(`Every creator in the ledger by objective × tier × format × platform. Pooled CPE is Σ cost ÷ Σ engagements. Figures from fewer than ${p.threshold} creators are grey and not claimed.`)],
    ...(claims.length ? claims : [[text(`Nothing claimed yet: no cell has ${plural(p.threshold, 'creator')}.`)]]),
    [],
    HEADER.map((h) => text(h, true)),
    ...p.cells.map((c) => [
      text(c.objective), text(c.tier), text(c.format), text(c.platform), text(c.currency), count(c.creators), count(c.campaigns), count(c.clients),
      ...figure(c.cpe, '#,##0.00', p.threshold), ...figure(c.medianErLift, '0.0%', p.threshold), ...figure(c.conversions, '#,##0', p.threshold),
    ]),
  ];
}

/** Clears a tab Debrief rewrites whole (or makes it, when `sheetId` is undefined) and writes `cells` from its first row. */
export function rewriteTabRequests(title: string, cells: Cell[][], sheetId: number | undefined, newSheetId: number): SheetsRequest[] {
  const rows = cells.map((values) => ({ values }));
  const id = sheetId ?? newSheetId;
  return [
    ...(sheetId === undefined
      ? [{ addSheet: { properties: { sheetId: id, title, gridProperties: { rowCount: Math.max(1000, rows.length + 10), columnCount: 26 } } } }]
      : [{ repeatCell: { range: { sheetId: id }, cell: {}, fields: 'userEnteredValue,userEnteredFormat,note' } }]),
    { appendCells: { sheetId: id, rows, fields: 'userEnteredValue,userEnteredFormat,note' } },
  ];
}

/** Clears the tab (or makes it) and writes the portfolio from its first row. */
export function portfolioTabRequests(p: Portfolio, sheetId: number | undefined, newSheetId: number): SheetsRequest[] {
  return rewriteTabRequests(PORTFOLIO_TAB, portfolioRows(p), sheetId, newSheetId);
}
