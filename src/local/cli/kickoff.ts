// `debrief kickoff --state <dir> --client <name> --out <dir>`: what "Start next campaign" does in the add-on, on the
// local Workspace. It opens the client's latest campaign from the ledger as the add-on's spreadsheet would be,
// calls the bundle's startNextCampaign, and writes the kickoff pack (kickoff-pack.md and .html), the next
// campaign's workbook (next-workbook.json), the ledger (ledger.json), the portfolio (portfolio.md), the proof
// points for pitches (proof-points.md) and the ledger's insights (insights.json), and prints the backtest of
// targets from history.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPercent } from '../../domain/analysis/format.ts';
import { nameKey } from '../../domain/reports/learnings-doc.ts';
import { ledgerFromGrids } from '../../domain/history/ledger-plan.ts';
import { LEDGER_KINDS, LEDGER_TABS } from '../../domain/history/ledger-tabs.ts';
import { portfolio } from '../../domain/history/portfolio.ts';
import { exportProofPoints } from '../../domain/history/proof-points.ts';
import { pitchMarkdown } from '../../domain/history/proof-points-tab.ts';
import type { Ledger } from '../../domain/history/records.ts';
import { blocksToMarkdown } from '../../domain/reports/model.ts';
import { buildPortfolioBlocks } from '../../domain/reports/portfolio-doc.ts';
import type { LedgerInsights, StartNextCampaignResult } from '../../domain/rpc.ts';
import { renderDocHtml } from '../render/doc-html.ts';
import { renderDocMarkdown } from '../render/doc-markdown.ts';
import { renderSpreadsheetJson } from '../render/spreadsheet.ts';
import { openSession, type DebriefSession } from '../session.ts';
import { decodeError } from '../../domain/errors.ts';

const describeServerError = (error: unknown) => decodeError(error).message;

export interface KickoffOptions {
  stateDir: string;
  client: string;
  outDir: string;
  campaign?: string;
  startDate?: string;
  budget?: number;
  now?: () => Date;
}

const LEDGER_KEY = 'debrief.ledger';

/** The ledger the session's user appends to, read from the local Drive (not through the bundle: this is the CLI looking). */
function ledgerOf(session: DebriefSession): { id: string; ledger: Ledger } | null {
  const stored = session.workspace.exportState().userProperties[LEDGER_KEY];
  const id = stored ? (JSON.parse(stored) as { id?: string }).id : undefined;
  if (!id || !session.workspace.drive.find(id)) return null;
  const { tabs } = renderSpreadsheetJson(session.workspace.drive, id);
  const grids = Object.fromEntries(LEDGER_KINDS.map((k) => [k, tabs[LEDGER_TABS[k].name] ?? null]));
  return { id, ledger: ledgerFromGrids(grids) };
}

const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, 1));

export function describeBacktest(insights: LedgerInsights): string {
  const b = insights.backtest;
  if (!b) return 'Backtest: not enough history yet (a client needs 2 campaigns in the ledger).';
  return `Backtest over ${b.pairs} KPI results: suggested targets missed by a median ${pct(b.suggestedMdape)}, the targets teams typed by ${pct(b.typedMdape)}` +
    ` (labelled "historical data", ${b.historical.n}: ${pct(b.historical.suggestedMdape)} vs ${pct(b.historical.typedMdape)}).`;
}

export function runKickoff(options: KickoffOptions): number {
  const session = openSession({ spreadsheetName: `${options.client} — kickoff`, stateDir: options.stateDir, now: options.now });
  const found = ledgerOf(session);
  if (!found) {
    console.error(`No campaign ledger in ${options.stateDir}: run \`debrief run <campaign.json> --state ${options.stateDir}\` for the client's campaigns first.`);
    return 1;
  }
  const latest = found.ledger.campaigns.filter((c) => nameKey(c.client) === nameKey(options.client))
    .sort((a, b) => (b.wrapDate ?? b.startDate ?? '').localeCompare(a.wrapDate ?? a.startDate ?? ''))[0];
  if (!latest) {
    const clients = [...new Set(found.ledger.campaigns.map((c) => c.client))].join(', ');
    console.error(`The ledger has no campaign for “${options.client}”${clients ? ` (it has: ${clients})` : ''}.`);
    return 1;
  }
  // The add-on starts the next campaign from the last one's workbook: make that workbook's Campaign tab.
  session.call('buildTabs', 'buildTabs');
  session.call('importCampaign', 'importCampaign', {
    client: latest.client, campaign: latest.campaign, startDate: latest.startDate, wrapDate: latest.wrapDate, currency: latest.currency,
    budget: latest.budget, clientCategory: latest.clientCategory, objective: latest.objective, team: { campaignManager: latest.campaignManager },
  });
  let started: StartNextCampaignResult;
  try {
    started = session.call<StartNextCampaignResult>('startNextCampaign', 'startNextCampaign', {
      campaign: options.campaign ?? 'Next campaign', startDate: options.startDate ?? null, budget: options.budget ?? null,
    });
  } catch (error) {
    console.error(`Couldn’t start the next campaign: ${describeServerError(error)}`);
    for (const entry of session.workspace.inspect.logs().filter((l) => l.level === 'error')) console.error(entry.message);
    return 1;
  }
  const insights = session.call<LedgerInsights>('getLedgerInsights', 'getLedgerInsights');
  const drive = session.workspace.drive;
  const after = ledgerOf(session) ?? found;
  mkdirSync(options.outDir, { recursive: true });
  const files: Record<string, string> = {
    'kickoff-pack.md': renderDocMarkdown(drive, started.kickoffPack.id),
    'kickoff-pack.html': renderDocHtml(drive, started.kickoffPack.id),
    'next-workbook.json': `${JSON.stringify(renderSpreadsheetJson(drive, started.workbook.id), null, 2)}\n`,
    'ledger.json': `${JSON.stringify(renderSpreadsheetJson(drive, after.id), null, 2)}\n`,
    'portfolio.md': `${blocksToMarkdown(buildPortfolioBlocks(portfolio(after.ledger)))}\n`,
    'proof-points.md': pitchMarkdown(exportProofPoints(after.ledger)),
    'insights.json': `${JSON.stringify({ ...insights, started }, null, 2)}\n`,
    'calls.json': `${JSON.stringify(session.costs, null, 2)}\n`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(options.outDir, name), text);
  session.saveState();
  console.log(`Kickoff pack for ${latest.client} — ${options.campaign ?? 'Next campaign'}: ${started.summary}.`);
  console.log(describeBacktest(insights));
  for (const warning of started.warnings) console.error(`Note: ${warning}`);
  console.log(`Wrote ${Object.keys(files).sort().join(', ')} to ${options.outDir}.`);
  return 0;
}
