// The sidebar's sections driven through a fake DOM: buttons lock while a call runs, results and errors are
// told in words, and server or user text always lands as text (the fake's innerHTML throws).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyzeResult, BuildTabsResult, ServerApi, SidebarState } from '../../src/domain/rpc.ts';
import type { Check } from '../../src/domain/records.ts';
import { createActions, createStatus } from '../../src/sidebar/actions.ts';
import type { Call } from '../../src/sidebar/rpc.ts';
import { createAgendaSection } from '../../src/sidebar/sections/agenda.ts';
import { createAnalysisSection } from '../../src/sidebar/sections/analysis.ts';
import { createBuildSection } from '../../src/sidebar/sections/build.ts';
import { createChecksSection, SHOWN_PER_GROUP } from '../../src/sidebar/sections/checks.ts';
import { createSetupSection } from '../../src/sidebar/sections/setup.ts';
import { asFake, FakeElement, installFakeDocument } from './fake-dom.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A `call` whose answers the test hands out one at a time. */
function fakeServer() {
  const calls: { name: keyof ServerApi; args: unknown[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const call = ((name: keyof ServerApi, ...args: unknown[]) =>
    new Promise((resolve, reject) => calls.push({ name, args, resolve: resolve as (v: unknown) => void, reject }))) as Call;
  return { call, calls, last: () => calls[calls.length - 1] };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function harness() {
  installFakeDocument();
  const root = new FakeElement('main');
  const statusNode = new FakeElement('p');
  const actions = createActions(createStatus(statusNode as unknown as HTMLElement), root as unknown as HTMLElement);
  const server = fakeServer();
  return { root, statusNode, actions, server };
}

const noImages = (node: FakeElement) => expect([...node.walk()].filter((e) => e.tagName === 'img')).toEqual([]);

describe('checks section', () => {
  beforeEach(() => installFakeDocument());

  it('groups by severity with each cell, and shows hostile text literally', () => {
    const { actions, server } = harness();
    const section = createChecksSection({ call: server.call, actions });
    const checks: Check[] = [
      { cell: 'Creators!E7', message: `Followers "${HOSTILE}" is not a number`, severity: 'warning', kind: 'unreadable-value' },
      { cell: `Creators!A9`, message: 'Creator without cost', severity: 'error', kind: 'creator-without-cost' },
    ];
    section.show(checks, 'the analysis');
    const root = asFake(section.root);
    const groups = root.byTestId('checks-list').children;
    expect(groups.map((g) => g.getAttribute('data-testid'))).toEqual(['checks-group-error', 'checks-group-warning']);
    const items = root.allByTestId('check-item');
    expect(items.map((i) => i.textContent)).toEqual(['Creators!A9 Creator without cost', `Creators!E7 Followers "${HOSTILE}" is not a number`]);
    noImages(root);
    expect(root.byTestId('checks-summary').textContent).toBe('2 checks (from the analysis).');
    expect(root.byTestId('checks-note').textContent).toBe('1 error');
  });

  it('shows the first ones of a long list and says how many more', () => {
    const { actions, server } = harness();
    const section = createChecksSection({ call: server.call, actions });
    const many = Array.from({ length: SHOWN_PER_GROUP + 7 }, (_, i): Check =>
      ({ cell: `KPIs!G${i + 2}`, message: 'No target confidence', severity: 'warning', kind: 'missing-confidence' }));
    section.show(many, 'running the checks');
    expect(asFake(section.root).allByTestId('check-item')).toHaveLength(SHOWN_PER_GROUP);
    expect(asFake(section.root).textContent).toContain('…and 7 more.');
  });
});

describe('a server call from a button', () => {
  const result: AnalyzeResult = {
    headline: [`${HOSTILE} had the lowest CPE`], learnings: ['Micro-tier creators delivered a 41% lower CPE.'], recommendations: [],
    kpis: { met: 4, missed: 2, unknown: 1 },
    checks: [{ cell: 'KPIs!G3', message: 'No target confidence', severity: 'warning', kind: 'missing-confidence' }],
  };

  it('disables every call button while it runs, ignores a double click, then shows the result as text', async () => {
    const { actions, server, statusNode, root } = harness();
    const onChecks = vi.fn();
    const analysis = createAnalysisSection({ call: server.call, actions, onChecks });
    const build = createBuildSection({ call: server.call, actions, onChecks });
    const analyze = asFake(analysis.root).byTestId('analyze');
    const buildButton = asFake(build.root).byTestId('build-tabs');

    analyze.click();
    analyze.click(); // disabled: nothing happens
    analyze.dispatchEvent({ type: 'click', target: null, defaultPrevented: false, preventDefault() {} }); // even forced
    buildButton.click();
    expect(server.calls.map((c) => c.name)).toEqual(['analyze']);
    expect(analyze.disabled).toBe(true);
    expect(buildButton.disabled).toBe(true);
    expect(analyze.getAttribute('aria-busy')).toBe('true');
    expect(root.getAttribute('data-busy')).toBe('true');
    expect(statusNode.getAttribute('data-state')).toBe('working');
    expect(statusNode.textContent).toBe('Analyzing the workbook…');

    server.last().resolve(result);
    await settle();
    expect(analyze.disabled).toBe(false);
    expect(buildButton.disabled).toBe(false);
    expect(analyze.hasAttribute('aria-busy')).toBe(false);
    expect(statusNode.getAttribute('data-state')).toBe('done');
    expect(statusNode.textContent).toBe('Analysis done: 4 of 7 KPIs met. The Patterns tab is up to date.');
    const section = asFake(analysis.root);
    expect(section.byTestId('kpi-tally').textContent).toBe('4 met · 2 missed · 1 without data');
    expect(section.byTestId('headline-list').children.map((li) => li.textContent)).toEqual([`${HOSTILE} had the lowest CPE`]);
    expect(section.byTestId('recommendations-list').textContent).toBe('No recommendations drafted yet.');
    noImages(section);
    expect(onChecks).toHaveBeenCalledWith(result.checks, 'the analysis');
  });

  it('shows the server’s message when the call fails, and lets the user try again', async () => {
    const { actions, server, statusNode } = harness();
    const build = createBuildSection({ call: server.call, actions, onChecks: vi.fn() });
    const button = asFake(build.root).byTestId('build-tabs');
    button.click();
    server.last().reject(new Error(`Error: ${JSON.stringify({ code: 'platform', message: 'You need edit access to the Creators tab.', fields: [] })}`));
    await settle();
    expect(statusNode.getAttribute('data-state')).toBe('error');
    expect(statusNode.classList.contains('error')).toBe(true);
    expect(statusNode.textContent).toBe('Couldn’t build the tabs: You need edit access to the Creators tab.');
    expect(button.disabled).toBe(false);
    button.click();
    expect(server.calls).toHaveLength(2);
  });

  it('reports what building created, refreshed and kept', async () => {
    const { actions, server, statusNode } = harness();
    const build = createBuildSection({ call: server.call, actions, onChecks: vi.fn() });
    build.showTabs([{ name: 'Campaign', exists: true, rows: 0 }, { name: 'Creators', exists: false, rows: 0 }]);
    asFake(build.root).byTestId('build-tabs').click();
    const r: BuildTabsResult = { created: ['Creators'], refreshed: ['Campaign'], rowsKept: { Creators: 12, Campaign: 0 }, checks: [] };
    server.last().resolve(r);
    await settle();
    const root = asFake(build.root);
    expect(root.byTestId('build-result').textContent).toBe('Created: Creators.Refreshed: Campaign.Kept 12 rows: Creators 12.');
    expect(root.byTestId('tab-list').children.map((li) => li.textContent)).toEqual(['Campaign built', 'Creators 12 rows']);
    expect(statusNode.textContent).toBe('Tabs ready: 1 created, 1 refreshed.');
  });
});

describe('setup section', () => {
  const state = (over: Partial<SidebarState> = {}): SidebarState => ({
    spreadsheetName: 'Glow Q4',
    setup: {
      client: HOSTILE, campaign: 'Spring Glow', startDate: '2026-10-01', wrapDate: '2026-11-18', currency: 'EUR', budget: 25000,
      team: { campaignManager: 'Ana', accountLead: 'Ben', creatorRelations: 'Cy', strategist: 'Di', facilitator: 'Ed', noteTaker: 'Flo' },
    },
    tabs: [],
    postMortemDue: '2026-11-21',
    kickoff: null,
    today: '2026-11-25',
    ...over,
  });

  async function loaded(s: SidebarState) {
    const h = harness();
    const onState = vi.fn();
    const setup = createSetupSection({ call: h.server.call, actions: h.actions, onState });
    const root = asFake(setup.root);
    expect(root.byTestId('setup-save').disabled).toBe(true); // nothing to save over the sheet until it has loaded
    void setup.load();
    expect(h.server.last().name).toBe('getSidebarState');
    h.server.last().resolve(s);
    await settle();
    return { ...h, root, onState };
  }

  it('fills the form, shows the due date and warns when it has passed', async () => {
    const { root, onState, statusNode } = await loaded(state());
    expect(root.byTestId('setup-client').value).toBe(HOSTILE);
    expect(root.byTestId('setup-team-noteTaker').value).toBe('Flo');
    expect(root.byTestId('setup-budget').value).toBe('25000');
    expect(root.byTestId('setup-note').textContent).toBe(`${HOSTILE} · Spring Glow`);
    noImages(root);
    const due = root.byTestId('due-date');
    expect(due.textContent).toBe('Post-mortem due Sat 21 Nov 2026: 4 days ago. Hold it soon, while memories are fresh.');
    expect(due.classList.contains('warning')).toBe(true);
    expect(root.byTestId('setup-save').disabled).toBe(false);
    expect(root.open).toBe(false); // set up already: collapsed
    expect(onState).toHaveBeenCalledOnce();
    expect(statusNode.textContent).toBe('Loaded “Glow Q4”.');
  });

  it('previews the due date as the wrap date is edited', async () => {
    const { root } = await loaded(state());
    root.byTestId('setup-wrapDate').type('2026-11-24');
    expect(root.byTestId('due-date').textContent).toBe('Post-mortem due Fri 27 Nov 2026: in 2 days.');
    expect(root.byTestId('due-date').classList.contains('warning')).toBe(false);
    expect(root.byTestId('setup-unsaved').hidden).toBe(false);
  });

  it('saves what the form holds and shows the saved state', async () => {
    const { root, server, statusNode } = await loaded(state({ setup: null, postMortemDue: null }));
    expect(root.open).toBe(true);
    expect(root.byTestId('setup-currency').value).toBe('USD');
    root.byTestId('setup-client').type('Acme');
    root.byTestId('setup-campaign').type('Launch');
    root.byTestId('setup-budget').type('$12,500');
    root.byTestId('setup-team-facilitator').type('Ed');
    root.byTestId('setup-save').click();
    expect(server.last().name).toBe('saveCampaignSetup');
    expect(server.last().args[0]).toEqual({
      client: 'Acme', campaign: 'Launch', startDate: null, wrapDate: null, currency: 'USD', budget: 12500,
      team: { campaignManager: '', accountLead: '', creatorRelations: '', strategist: '', facilitator: 'Ed', noteTaker: '' },
    });
    server.last().resolve(state());
    await settle();
    expect(statusNode.textContent).toBe('Saved the campaign setup.');
    expect(root.byTestId('setup-unsaved').hidden).toBe(true);
  });

  it('marks the fields the server rejected, in words', async () => {
    const { root, server, statusNode } = await loaded(state());
    root.byTestId('setup-save').click();
    server.last().reject(new Error(JSON.stringify({ code: 'bad-input', message: 'Some fields need a fix.', fields: [
      { path: 'campaign', message: 'name the campaign' },
      { path: 'team.strategist', message: 'keep it under 120 characters' },
    ] })));
    await settle();
    expect(statusNode.textContent).toBe('Couldn’t save the setup. Campaign: name the campaign. Strategist: keep it under 120 characters.');
    expect(root.byTestId('setup-campaign').getAttribute('aria-invalid')).toBe('true');
    expect(root.byTestId('setup-client').getAttribute('aria-invalid')).toBe('false');
    const error = [...root.walk()].find((e) => e.id === 'setup-team-strategist-error');
    expect(error?.hidden).toBe(false);
    expect(error?.textContent).toBe('keep it under 120 characters');

    // What src/gas/api.ts sends, behind the prefix Apps Script may add; fixing a field clears its mark.
    root.byTestId('setup-save').click();
    server.last().reject(new Error(`Error: ${JSON.stringify({ code: 'bad-input', message: 'Some fields need a fix.', fields: [{ path: 'currency', message: 'use a 3-letter currency code such as USD' }] })}`));
    await settle();
    expect(statusNode.textContent).toBe('Couldn’t save the setup. Currency: use a 3-letter currency code such as USD.');
    expect(root.byTestId('setup-campaign').getAttribute('aria-invalid')).toBe('false');
    expect(root.byTestId('setup-currency').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('agenda & timer', () => {
  const MIN = 60_000;

  function agenda(storage = new Map<string, string>()) {
    installFakeDocument();
    let now = 1_000_000;
    let ticking = 0;
    const section = createAgendaSection({
      now: () => now,
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
      every: () => { ticking++; return () => { ticking--; }; },
    });
    const root = asFake(section.root);
    return {
      root, storage, section,
      advance: (ms: number) => { now += ms; section.render(); },
      ticking: () => ticking,
      blocks: () => root.allByTestId('agenda-block'),
    };
  }

  it('lists the six blocks of the agenda', () => {
    const { blocks, root } = agenda();
    expect(blocks()).toHaveLength(6);
    expect(blocks()[0].textContent).toContain('0–10 The numbers 10 min');
    expect(blocks()[5].textContent).toContain('80–90 Actions');
    expect(root.byTestId('timer-block-left').textContent).toBe('Press Start when the meeting begins.');
    expect(root.byTestId('timer-reset').disabled).toBe(true);
  });

  it('starts, highlights the current block with its time left, pauses and resets', () => {
    const { root, advance, blocks, ticking } = agenda();
    const toggle = root.byTestId('timer-toggle');
    toggle.click();
    expect(toggle.textContent).toBe('Pause');
    expect(ticking()).toBe(1);
    expect(root.byTestId('timer-reset').disabled).toBe(true); // no reset while running
    advance(3 * MIN + 20_000);
    expect(root.byTestId('timer-elapsed').textContent).toBe('3:20');
    expect(root.byTestId('timer-block-left').textContent).toBe('The numbers: 6:40 left');
    expect(blocks()[0].getAttribute('data-state')).toBe('current');
    expect(blocks()[0].getAttribute('aria-current')).toBe('step');
    toggle.click();
    expect(toggle.textContent).toBe('Resume');
    expect(ticking()).toBe(0);
    advance(30 * MIN);
    expect(root.byTestId('timer-elapsed').textContent).toBe('3:20');
    expect(root.byTestId('timer-block-left').textContent).toBe('The numbers: 6:40 left (paused)');
    root.byTestId('timer-reset').click();
    expect(root.byTestId('timer-elapsed').textContent).toBe('0:00');
    expect(toggle.textContent).toBe('Start');
  });

  it('cues an overrun and moves on with Next block', () => {
    const { root, advance, blocks } = agenda();
    root.byTestId('timer-toggle').click();
    advance(11 * MIN);
    expect(blocks()[0].getAttribute('data-overrun')).toBe('true');
    expect(root.byTestId('timer-block-left').textContent).toBe('The numbers: 1:00 over time');
    expect(root.byTestId('timer-cue').hidden).toBe(false);
    expect(root.byTestId('timer-cue').textContent).toBe('“The numbers” is over its time. Move on to “Creators” with Next block.');
    root.byTestId('timer-next').click();
    expect(blocks()[0].getAttribute('data-state')).toBe('done');
    expect(blocks()[0].textContent).toContain('took 11:00, 1:00 late');
    expect(blocks()[1].getAttribute('data-state')).toBe('current');
    expect(root.byTestId('timer-cue').hidden).toBe(true);
    expect(root.byTestId('timer-block-left').textContent).toBe('Creators: 19:00 left');
  });

  it('survives the sidebar being closed and reopened', () => {
    const first = agenda();
    first.root.byTestId('timer-toggle').click();
    first.advance(5 * MIN);
    const again = agenda(first.storage);
    expect(again.root.byTestId('timer-toggle').textContent).toBe('Pause');
    expect(again.root.open).toBe(true);
    expect(again.ticking()).toBe(1);
  });
});
