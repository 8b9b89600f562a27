// The kickoff pack, read before planning the client's next campaign (about a page): every open action with owner
// and deadline (overdue marked), root causes that keep coming back, creators to rebook (with conditions) and not
// to rebook with their reasons and inputs, suggested targets with the campaigns behind them, and the learnings of
// the client's last campaigns. Built from the ledger only, as the document model every artefact uses.
import { plural } from '../analysis/format.ts';
import { clientCampaigns, creatorStandings, openActions, recurringCauses, type CreatorStanding, type OpenAction, type RecurringCause } from '../history/client-history.ts';
import type { Ledger } from '../history/records.ts';
import { suggestTargets, type NextCampaign, type SuggestedTarget } from '../history/targets.ts';
import { formatInUnit } from '../history/units.ts';
import { bullets, heading, paragraph, table, text, type Block, type Span } from './model.ts';
import { longDate } from './wording.ts';
import type { ReportContent } from './content.ts';

/** Learnings from this many of the client's latest campaigns (the pack stays about a page). */
export const PACK_CAMPAIGNS = 3;
const PACK_LEARNINGS_EACH = 5;

export interface KickoffPackInput {
  ledger: Ledger;
  next: NextCampaign & { campaign: string; currency: string };
  today: string;
}

export interface KickoffPack {
  title: string;
  /** Text placeholders: client, campaign, title, report_date. */
  text: Record<string, string>;
  /** Block placeholders, in the order the pack reads. */
  blocks: Record<'open_actions' | 'recurring_causes' | 'creators' | 'suggested_targets' | 'recent_learnings', Block[]>;
  /** The whole pack, heading first: what the built-in template lays out. */
  document: Block[];
  /** What it rests on, for the sidebar's one-line summary and the tests. */
  facts: { campaigns: string[]; openActions: OpenAction[]; recurring: RecurringCause[]; creators: CreatorStanding[]; targets: SuggestedTarget[] };
}

function deadline(a: OpenAction): string {
  if (!a.due) return 'Deadline needed';
  return a.overdue ? `Overdue: ${longDate(a.due)} (${plural(a.daysOverdue, 'day')})` : longDate(a.due);
}

function actionsBlocks(actions: OpenAction[]): Block[] {
  if (!actions.length) return [paragraph('No open actions: everything agreed in earlier campaigns is marked done.')];
  const overdue = actions.filter((a) => a.overdue).length;
  return [
    paragraph(`${plural(actions.length, 'action')} still open${overdue ? `, ${overdue} overdue` : ''}. They are carried into this campaign’s Issues tab; mark them done there.`),
    table(['Action', 'Owner', 'Deadline', 'Status', 'From'], actions.map((a) => [a.action, a.owner || 'Owner needed', deadline(a), a.status ?? 'Open', `${a.campaign} (${a.key})`])),
  ];
}

function causesBlocks(causes: RecurringCause[]): Block[] {
  if (!causes.length) return [paragraph('No root cause appears in more than one of the client’s campaigns.')];
  return [bullets(causes.map((c) => [{ text: c.cause, bold: true }, text(` in ${c.campaigns.length} campaigns: ${c.campaigns.join(', ')}`)]))];
}

function creatorLine(s: CreatorStanding): Span[] {
  const v = s.latest;
  const where = `${v.campaign}${s.history.length > 1 ? `, ${plural(s.history.length, 'campaign')} in all` : ''}`;
  return [{ text: v.handle, bold: true }, text(` (${where}): ${v.reasons}`)];
}

function creatorsBlocks(standings: CreatorStanding[]): Block[] {
  const of = (verdict: string) => standings.filter((s) => s.latest.verdict === verdict);
  const groups: [string, CreatorStanding[]][] = [
    ['Don’t rebook', of("Don't rebook")], ['Rebook with conditions', of('Rebook with conditions')], ['Rebook', of('Rebook')],
  ];
  const blocks: Block[] = [];
  for (const [title, members] of groups) {
    if (!members.length) continue;
    blocks.push(paragraph({ text: `${title} (${members.length})`, bold: true }), bullets(members.map(creatorLine)));
  }
  const unjudged = of('Not enough data');
  if (unjudged.length) blocks.push(paragraph(`Not enough data to judge: ${unjudged.map((s) => s.handle).join(', ')}.`));
  return blocks.length ? blocks : [paragraph('No creators in the ledger for this client yet.')];
}

function targetsBlocks(targets: SuggestedTarget[], currency: string): Block[] {
  if (!targets.length) return [paragraph('No earlier campaign of this client has KPI results in the ledger, so there is nothing to suggest from.')];
  const rows = targets.map((t) => [
    t.kpi,
    `${formatInUnit(t.unit, t.target, currency, t.kpi)}${t.lowerIsBetter ? ' or less' : ''}`,
    `${t.confidence}: ${t.method}`,
    t.basis.map((b) => `${b.campaign} (${formatInUnit(t.unit, b.actual, currency, t.kpi)}${t.scaled ? ` → ${formatInUnit(t.unit, b.value, currency, t.kpi)}` : ''})`).join('; '),
  ]);
  return [
    paragraph('Suggested from the client’s own results. “Historical data” means at least 2 comparable campaigns back it; with 1 it is a rough estimate.'),
    table(['KPI', 'Suggested target', 'Basis', 'Campaigns behind it'], rows),
  ];
}

function learningsBlocks(ledger: Ledger, campaigns: ReturnType<typeof clientCampaigns>): Block[] {
  const blocks: Block[] = [];
  for (const c of campaigns.slice(0, PACK_CAMPAIGNS)) {
    const items = ledger.learnings.filter((l) => l.campaignKey === c.key).slice(0, PACK_LEARNINGS_EACH).map((l) => l.learning);
    if (!items.length) continue;
    blocks.push(paragraph({ text: `${c.campaign}${c.wrapDate ? ` — ${longDate(c.wrapDate)}` : ''}`, bold: true }), bullets(items));
  }
  return blocks.length ? blocks : [paragraph('No learnings recorded for this client yet.')];
}

export function buildKickoffPack(input: KickoffPackInput): KickoffPack {
  const { ledger, next, today } = input;
  const campaigns = clientCampaigns(ledger, next.client).filter((c) => c.key !== next.campaignKey);
  const actions = openActions(ledger, next.client, today);
  const recurring = recurringCauses(ledger, next.client);
  const creators = creatorStandings(ledger, next.client);
  const targets = suggestTargets(ledger, next);
  const title = `${next.client || 'Client'} — ${next.campaign || 'Next campaign'} — Kickoff pack`;
  const blocks: KickoffPack['blocks'] = {
    open_actions: actionsBlocks(actions),
    recurring_causes: causesBlocks(recurring),
    creators: creatorsBlocks(creators),
    suggested_targets: targetsBlocks(targets, next.currency),
    recent_learnings: learningsBlocks(ledger, campaigns),
  };
  const latest = campaigns[0];
  const intro = campaigns.length
    ? `Read before planning. From ${plural(campaigns.length, 'earlier campaign')} for ${next.client} in the ledger (${campaigns.map((c) => c.campaign).join(', ')}); the latest wrapped ${longDate(latest?.wrapDate ?? null) || 'on a date not recorded'}. Prepared ${longDate(today)}.`
    : `Read before planning. The ledger has no earlier campaign for ${next.client} yet. Prepared ${longDate(today)}.`;
  const document: Block[] = [
    heading(1, title),
    paragraph(intro),
    heading(2, 'Open actions'), ...blocks.open_actions,
    heading(2, 'Root causes that keep coming back'), ...blocks.recurring_causes,
    heading(2, 'Creators'), ...blocks.creators,
    heading(2, 'Suggested targets'), ...blocks.suggested_targets,
    heading(2, 'Learnings from the last campaigns'), ...blocks.recent_learnings,
    paragraph('Acknowledge this pack in the Debrief sidebar once you have read it: the sidebar shows who has.'),
  ];
  return {
    title,
    text: { client: next.client, campaign: next.campaign, title, report_date: longDate(today) },
    blocks,
    document,
    facts: { campaigns: campaigns.map((c) => c.campaign), openActions: actions, recurring, creators, targets },
  };
}

/** The pack as an artefact's content: what a template's placeholders are filled with. */
export function kickoffPackContent(pack: KickoffPack): ReportContent {
  return { artefact: 'kickoffPack', title: pack.title, text: pack.text, blocks: pack.blocks };
}
