// The next campaign's workbook as one Sheets API Spreadsheets.create: the Campaign tab's fields (label in A, value
// in B, as the tab keeps them), the KPIs tab with a row per suggested target, and the Issues tab with a row per
// carried action (its "Carried from" cell linked to the workbook it came from). Headers and labels are the tab
// specs', so "Build / refresh tabs" in the new workbook recognises every value and only adds formulas, formats,
// validation and the other tabs. Values are typed (numbers, dates, ticks) and text is always text.
import { CAMPAIGN_FIELDS } from '../tabs/campaign-tab.ts';
import { ISSUES_TAB, KPIS_TAB } from '../tabs/index.ts';
import type { ColumnSpec } from '../tabs/spec.ts';
import type { NextCampaignSeed } from './next-campaign.ts';

type Cell = Record<string, unknown>;
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function serial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? (Date.UTC(+(m[1] as string), +(m[2] as string) - 1, +(m[3] as string)) - SERIAL_EPOCH) / DAY_MS : null;
}

/** One cell of a column of `type`, as Sheets stores what a person would type there. */
export function typedCell(type: ColumnSpec['type'], value: unknown, link?: string): Cell {
  if (value === null || value === undefined || value === '') return {};
  if (type === 'date' && typeof value === 'string') {
    const n = serial(value);
    if (n !== null) return { userEnteredValue: { numberValue: n }, userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } } };
  }
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  return {
    userEnteredValue: { stringValue: String(value) },
    ...(link && /^https?:\/\//.test(link) ? { textFormatRuns: [{ startIndex: 0, format: { link: { uri: link } } }] } : {}),
  };
}

const text = (s: string, bold = false): Cell => ({ userEnteredValue: { stringValue: s }, ...(bold ? { userEnteredFormat: { textFormat: { bold: true } } } : {}) });

function table(columns: readonly ColumnSpec[], records: readonly Record<string, unknown>[], links: (record: Record<string, unknown>, key: string) => string | undefined) {
  return [
    { values: columns.map((c) => text(c.header, true)) },
    ...records.map((r) => ({ values: columns.map((c) => typedCell(c.type, r[c.key], links(r, c.key))) })),
  ];
}

export function nextWorkbookResource(seed: NextCampaignSeed, kickoffPackUrl: string): Record<string, unknown> {
  const values: Record<string, unknown> = {
    client: seed.client, campaign: seed.campaign, startDate: seed.startDate, currency: seed.currency, budget: seed.budget,
    campaignManager: seed.campaignManager, clientCategory: seed.clientCategory, objective: seed.objective, kickoffPack: kickoffPackUrl,
  };
  const campaignRows = CAMPAIGN_FIELDS.filter((f) => values[f.key] !== undefined && !f.formula).map((f) => ({
    values: [text(f.label, true), typedCell(f.type, values[f.key], f.key === 'kickoffPack' ? kickoffPackUrl : undefined)],
  }));
  const sheet = (title: string, index: number, rowData: unknown[], columns: number) => ({
    properties: { sheetId: index, title, index, gridProperties: { rowCount: Math.max(1000, rowData.length + 50), columnCount: Math.max(26, columns), frozenRowCount: index === 0 ? 0 : 1 } },
    data: [{ startRow: 0, startColumn: 0, rowData }],
  });
  return {
    properties: { title: `${seed.client} — ${seed.campaign} — Post-mortem` },
    sheets: [
      sheet('Campaign', 0, campaignRows, 3),
      sheet(KPIS_TAB.name, 1, table(KPIS_TAB.columns, seed.kpis as unknown as Record<string, unknown>[], () => undefined), KPIS_TAB.columns.length),
      sheet(ISSUES_TAB.name, 2, table(ISSUES_TAB.columns, seed.issues as unknown as Record<string, unknown>[], (r, key) => (key === 'carriedFrom' ? String(r.carriedFromUrl ?? '') : undefined)), ISSUES_TAB.columns.length),
    ],
  };
}
