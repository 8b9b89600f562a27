// What the ledger says about a client before its next campaign: the actions still open (overdue marked), the root
// causes that keep coming back, and each creator's latest verdict; and, for any new Creators tab, the creators the
// agency decided not to rebook (for this client or another).
import { daysBetween } from '../dates.ts';
import { nameKey, parseRootCauses } from '../reports/learnings-doc.ts';
import type { Check } from '../records.ts';
import { longDate } from '../reports/wording.ts';
import { creatorKey } from './keys.ts';
import type { Ledger, LedgerAction, LedgerCampaign, LedgerCreator, LedgerKpi } from './records.ts';

const sameClient = (a: string, b: string) => nameKey(a) === nameKey(b);
const when = (c: { wrapDate: string | null }) => c.wrapDate ?? '';

export interface OpenAction extends LedgerAction {
  overdue: boolean;
  /** Whole days past the deadline (0 when not overdue or without one). */
  daysOverdue: number;
  /** The workbook it was raised in, to link back to. */
  workbookUrl: string;
}

/** The client's actions not marked Done (a blank status is open), overdue first, then by deadline. */
export function openActions(ledger: Ledger, client: string, today: string): OpenAction[] {
  const workbooks = new Map(ledger.campaigns.map((c) => [c.key, c.workbookUrl]));
  return ledger.actions
    .filter((a) => sameClient(a.client, client) && a.status !== 'Done')
    .map((a) => {
      const late = a.due ? daysBetween(a.due, today) ?? 0 : 0;
      return { ...a, overdue: late > 0, daysOverdue: Math.max(0, late), workbookUrl: workbooks.get(a.campaignKey) ?? '' };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.action.localeCompare(b.action));
}

export interface RecurringCause {
  cause: string;
  campaigns: string[];
}

/** Root causes logged in 2 or more of the client's campaigns, most frequent first. */
export function recurringCauses(ledger: Ledger, client: string): RecurringCause[] {
  const byCause = new Map<string, RecurringCause>();
  const campaigns = ledger.campaigns.filter((c) => sameClient(c.client, client)).sort((a, b) => when(a).localeCompare(when(b)));
  for (const c of campaigns) {
    for (const cause of new Set(parseRootCauses(`Root causes: ${c.rootCauses}`))) {
      const entry = byCause.get(nameKey(cause)) ?? { cause, campaigns: [] };
      entry.campaigns.push(c.campaign);
      byCause.set(nameKey(cause), entry);
    }
  }
  return [...byCause.values()].filter((r) => r.campaigns.length >= 2).sort((a, b) => b.campaigns.length - a.campaigns.length || a.cause.localeCompare(b.cause));
}

export interface CreatorStanding {
  handle: string;
  /** The latest verdict's row: its inputs, reasons and campaign. */
  latest: LedgerCreator;
  /** Every campaign the creator was on, oldest first. */
  history: LedgerCreator[];
}

/** Each creator's rows, newest last, with the latest verdict; `client` limits it to that client's campaigns. */
export function creatorStandings(ledger: Ledger, client?: string): CreatorStanding[] {
  const byCreator = new Map<string, LedgerCreator[]>();
  for (const c of ledger.creators) {
    if (client !== undefined && !sameClient(c.client, client)) continue;
    const list = byCreator.get(creatorKey(c.handle)) ?? [];
    list.push(c);
    byCreator.set(creatorKey(c.handle), list);
  }
  return [...byCreator.values()].map((rows) => {
    const history = [...rows].sort((a, b) => when(a).localeCompare(when(b)));
    const latest = history[history.length - 1] as LedgerCreator;
    return { handle: latest.handle, latest, history };
  }).sort((a, b) => a.handle.localeCompare(b.handle));
}

export interface DontRebookHit {
  row: number;
  handle: string;
  /** The verdict row behind it: campaign, client, reasons and inputs. */
  verdict: LedgerCreator;
}

/**
 * The creators on a new Creators tab whose latest verdict anywhere in the ledger is "Don't rebook". The campaign
 * being checked is left out (`campaignKey`), so a campaign isn't flagged by its own verdicts.
 */
export function dontRebookHits(ledger: Ledger, creators: readonly { row: number; handle: string }[], campaignKey?: string): DontRebookHit[] {
  const standings = new Map(creatorStandings({ ...ledger, creators: ledger.creators.filter((c) => c.campaignKey !== campaignKey) })
    .map((s) => [creatorKey(s.handle), s]));
  return creators.flatMap((c) => {
    const standing = c.handle.trim() ? standings.get(creatorKey(c.handle)) : undefined;
    return standing && standing.latest.verdict === "Don't rebook" ? [{ row: c.row, handle: c.handle, verdict: standing.latest }] : [];
  });
}

/** The client's campaigns, newest first. */
export function clientCampaigns(ledger: Ledger, client: string): LedgerCampaign[] {
  return ledger.campaigns.filter((c) => sameClient(c.client, client)).sort((a, b) => when(b).localeCompare(when(a)));
}

export interface EarlierCampaign {
  campaign: LedgerCampaign;
  /** Its KPI rows (target, actual, unit, variance, met), in ledger order. */
  kpis: LedgerKpi[];
  learnings: string[];
  /** Its creator rows (tier, platform, format, cost, engagements…): its cost learnings, to catch a reversal. */
  creators: LedgerCreator[];
}

/**
 * What "compared with last campaign" compares with: the client's latest campaign in the ledger other than
 * `campaignKey` (the one being reported, which may be in the ledger already) that wrapped before `wrapDate` (any
 * date when null or unknown). Null when the ledger has none.
 */
export function campaignBefore(ledger: Ledger, client: string, campaignKey: string, wrapDate: string | null): EarlierCampaign | null {
  const campaign = clientCampaigns(ledger, client).find((c) => c.key !== campaignKey && (!wrapDate || !c.wrapDate || c.wrapDate < wrapDate));
  if (!campaign) return null;
  return {
    campaign,
    kpis: ledger.kpis.filter((k) => k.campaignKey === campaign.key),
    learnings: ledger.learnings.filter((l) => l.campaignKey === campaign.key).map((l) => l.learning),
    creators: ledger.creators.filter((c) => c.campaignKey === campaign.key),
  };
}

/** The check for each hit, on the creator's handle cell: who decided, where, why, and the inputs behind it. */
export function dontRebookChecks(hits: readonly DontRebookHit[], cellOf: (tab: string, row: number, key: string) => string): Check[] {
  return hits.map((h) => ({
    cell: cellOf('Creators', h.row, 'handle'),
    kind: 'dont-rebook-creator',
    severity: 'warning',
    message: `${h.handle} was judged “don’t rebook” on ${h.verdict.campaign} (${h.verdict.client}${h.verdict.wrapDate ? `, ${longDate(h.verdict.wrapDate)}` : ''}): ${h.verdict.reasons}`,
  }));
}
