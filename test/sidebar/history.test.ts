// The Next campaign & history section through a fake DOM: the kickoff pack notice says the pack is unread until the
// campaign manager has acknowledged it, a teammate's ledger is chosen in Google Picker (on the pasted link's file),
// the ledger's backtest and claims show as text, and "Start next campaign" sends what was typed and links the new
// workbook and pack (only Google links become hrefs).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KickoffState, LedgerInsights, ServerApi, StartNextCampaignResult } from '../../src/domain/rpc.ts';
import { createActions, createStatus } from '../../src/sidebar/actions.ts';
import type { Call } from '../../src/sidebar/rpc.ts';
import { backtestLine, createHistorySection } from '../../src/sidebar/sections/history.ts';
import { asFake, FakeElement, installFakeDocument } from './fake-dom.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PACK = 'https://docs.google.com/document/d/1packPackPackPackPack/edit';
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  installFakeDocument();
  const calls: { name: keyof ServerApi; args: unknown[]; resolve: (v: unknown) => void }[] = [];
  const call = ((name: keyof ServerApi, ...args: unknown[]) => new Promise((resolve) => calls.push({ name, args, resolve: resolve as (v: unknown) => void }))) as Call;
  const statusNode = new FakeElement('p');
  const actions = createActions(createStatus(statusNode as unknown as HTMLElement), new FakeElement('main') as unknown as HTMLElement);
  const history = createHistorySection({ call, actions });
  return { calls, statusNode, history, ui: asFake(history.root), notice: asFake(history.notice) };
}

const unread: KickoffState = {
  kickoffPack: PACK,
  acknowledgement: {
    done: false, campaignManager: 'Priya Shah', byCampaignManager: null,
    all: [{ email: 'avery@agency.example', name: '', at: '2026-09-02T10:00:00Z' }],
    message: 'Priya Shah hasn’t acknowledged the kickoff pack yet (read by avery@agency.example): read it before planning.',
  },
};

describe('the kickoff pack notice', () => {
  beforeEach(() => installFakeDocument());

  it('is hidden for a campaign not started from a pack', () => {
    const { history, notice } = setup();
    history.showKickoff(null);
    expect(notice.hidden).toBe(true);
    history.showKickoff({ kickoffPack: null, acknowledgement: unread.acknowledgement });
    expect(notice.hidden).toBe(true);
  });

  it('says the pack is unread until the campaign manager acknowledges it, then records who read it', async () => {
    const { history, notice, calls, statusNode } = setup();
    history.showKickoff(unread);
    expect(notice.hidden).toBe(false);
    expect(notice.byTestId('kickoff-message').textContent).toBe(unread.acknowledgement.message);
    expect(notice.byTestId('kickoff-message').classList.contains('warning')).toBe(true);
    expect(notice.byTestId('kickoff-pack-open').getAttribute('href')).toBe(PACK);
    expect(notice.byTestId('kickoff-readers').textContent).toBe('Read by avery@agency.example (2026-09-02).');
    notice.byTestId('kickoff-acknowledge').click();
    expect(calls.map((c) => c.name)).toEqual(['acknowledgeKickoffPack']);
    const ack = { email: 'priya.shah@agency.example', name: '', at: '2026-09-03T08:00:00Z' };
    calls[0]!.resolve({ kickoffPack: PACK, acknowledgement: { done: true, campaignManager: 'Priya Shah', byCampaignManager: ack, all: [unread.acknowledgement.all[0], ack], message: 'Priya Shah acknowledged the kickoff pack on 2026-09-03.' } });
    await settle();
    expect(notice.byTestId('kickoff-message').classList.contains('warning')).toBe(false);
    expect(notice.byTestId('kickoff-message').textContent).toBe('Priya Shah acknowledged the kickoff pack on 2026-09-03.');
    expect(statusNode.textContent).toBe('Recorded: you read the kickoff pack.');
  });
});

describe('the ledger and Start next campaign', () => {
  beforeEach(() => installFakeDocument());
  afterEach(() => vi.useRealTimers());

  const insights: LedgerInsights = {
    ledger: { id: '1ledgerLedgerLedger', url: 'https://docs.google.com/spreadsheets/d/1ledgerLedgerLedger/edit' },
    campaigns: 3,
    backtest: { pairs: 3, suggestedMdape: 0.2, typedMdape: 0.1, historical: { n: 0, suggestedMdape: null, typedMdape: null } },
    claims: [`Awareness: lowest CPE from Micro · Reel · Instagram ${HOSTILE}`],
  };

  it('prints the backtest beside the typed targets’ figure, and the claims as text', async () => {
    const { ui, calls } = setup();
    ui.byTestId('ledger-load').click();
    calls[0]!.resolve(insights);
    await settle();
    expect(ui.byTestId('ledger-backtest').textContent).toBe('Targets from history missed by a median 20.0% over 3 KPI results; the targets teams typed by 10.0%.');
    expect(ui.byTestId('ledger-claims').children.map((li) => li.textContent)).toEqual([insights.claims[0]]);
    expect(ui.byTestId('ledger-open').getAttribute('href')).toBe(insights.ledger?.url);
    expect(backtestLine({ ...insights, backtest: null })).toContain('no backtest');
  });

  it('chooses a teammate’s ledger in Google Picker, opened on the pasted link’s file, then shows what it says', async () => {
    vi.useFakeTimers();
    const { ui, calls, statusNode } = setup();
    ui.byTestId('ledger-url').type('https://docs.google.com/spreadsheets/d/1ledgerLedgerLedger/edit#gid=0');
    ui.byTestId('ledger-pick').click();
    expect(calls[0]).toMatchObject({ name: 'showPicker', args: [{ purpose: 'ledger', fileId: '1ledgerLedgerLedger' }] });
    const nonce = (calls[0]!.args[0] as { nonce: string }).nonce;
    calls[0]!.resolve(null);
    await vi.advanceTimersByTimeAsync(1500);
    expect(calls[1]).toMatchObject({ name: 'pickOutcome', args: [{ nonce }] });
    calls[1]!.resolve({ status: 'picked', message: 'Debrief will fill that campaign ledger from now on.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[2]?.name).toBe('getLedgerInsights');
    calls[2]!.resolve(insights);
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.byTestId('ledger-open').getAttribute('href')).toBe(insights.ledger?.url);
    expect((ui.byTestId('ledger-url') as unknown as { value: string }).value).toBe('');
    expect(statusNode.textContent).toBe('Debrief will fill that campaign ledger from now on.');
  });

  it('sends the next campaign as typed and links what it made', async () => {
    const { ui, calls, statusNode } = setup();
    ui.byTestId('next-campaign').type(' Autumn Glow ');
    ui.byTestId('next-startDate').type('2026-09-15');
    ui.byTestId('next-budget').type('$15K');
    ui.byTestId('next-start').click();
    expect(calls[0]).toMatchObject({ name: 'startNextCampaign', args: [{ campaign: 'Autumn Glow', startDate: '2026-09-15', budget: 15_000, objective: null }] });
    const made: StartNextCampaignResult = {
      workbook: { id: '1wb', url: 'javascript:alert(1)' }, kickoffPack: { id: '1pack', url: PACK },
      summary: '2 open actions carried, 3 targets suggested (3 from historical data)', openActions: 2,
      targets: [{ kpi: 'Reach', target: 713_000, confidence: 'Historical data' }], warnings: [],
    };
    calls[0]!.resolve(made);
    await settle();
    expect(ui.byTestId('next-pack-open').getAttribute('href')).toBe(PACK);
    expect(ui.byTestId('next-result').textContent).toContain('javascript:alert(1)');
    expect(ui.allByTestId('next-workbook-open')).toHaveLength(0);
    expect(statusNode.textContent).toBe('Started “Autumn Glow”: 2 open actions carried, 3 targets suggested (3 from historical data).');
  });

  it('refuses a budget that isn’t a number without calling the server', async () => {
    const { ui, calls, statusNode } = setup();
    ui.byTestId('next-campaign').type('Autumn Glow');
    ui.byTestId('next-budget').type('lots');
    ui.byTestId('next-start').click();
    await settle();
    expect(calls).toHaveLength(0);
    expect(statusNode.textContent).toBe('Couldn’t start the next campaign: “lots” isn’t a budget: type a number such as 15,000.');
  });
});
