// The issue's scenario through the CLI's own functions with one --state: 3 campaigns for 2 clients (examples/
// history), then `debrief kickoff` for Glowlab. The ledger holds exactly the campaigns' rows, the kickoff pack lists
// every open action, recurring cause and don't-rebook creator with its inputs, targets name the campaigns behind
// them, the Portfolio tab matches a hand calculation, and the backtest figure is printed. Then the next campaign's
// workbook is opened: its carried actions, targets, acknowledgement and don't-rebook check, and the status typed
// there flowing back to the ledger.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { workbookFromCampaignFile, parseCampaignFile } from '../../../src/domain/campaign-file.ts';
import { ledgerEntries, ledgerInputFromWorkbook } from '../../../src/domain/history/ledger-entries.ts';
import { ledgerFromGrids } from '../../../src/domain/history/ledger-plan.ts';
import { LEDGER_KINDS, LEDGER_TABS } from '../../../src/domain/history/ledger-tabs.ts';
import type { Ledger } from '../../../src/domain/history/records.ts';
import { runKickoff } from '../../../src/local/cli/kickoff.ts';
import { runOnWorkspace } from '../../../src/local/cli/run.ts';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import { loadBundle } from '../../../src/local/harness.ts';
import { loadState } from '../../../src/local/session.ts';

const NOW = () => new Date('2026-09-01T09:00:00Z');
const FILES = readdirSync('examples/history').sort().map((f) => JSON.parse(readFileSync(join('examples/history', f), 'utf8')) as Record<string, unknown>);
const state = mkdtempSync(join(tmpdir(), 'debrief-kickoff-state-'));
const out = mkdtempSync(join(tmpdir(), 'debrief-kickoff-out-'));
let printed = '';

const json = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
const ledgerOf = (tabs: Record<string, unknown[][]>): Ledger => ledgerFromGrids(Object.fromEntries(LEDGER_KINDS.map((k) => [k, tabs[LEDGER_TABS[k].name] ?? null])));

beforeAll(() => {
  for (const file of FILES) runOnWorkspace(file, { stateDir: state, now: NOW }).session.saveState();
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(runKickoff({ stateDir: state, client: 'glowlab', outDir: out, campaign: 'Autumn Glow', startDate: '2026-09-01', budget: 15_000, now: NOW })).toBe(0);
  printed = log.mock.calls.map((c) => c.join(' ')).join('\n');
  log.mockRestore();
});

afterAll(() => vi.restoreAllMocks());

describe('the ledger after 3 campaigns for 2 clients', () => {
  const ledger = () => ledgerOf(json('ledger.json').tabs);

  it('holds exactly the rows the campaigns give, the carried action once, with the later status', () => {
    const expected = FILES.map((file) => {
      const parsed = parseCampaignFile(file);
      if (!parsed.ok) throw new Error(parsed.errors.join('; '));
      return ledgerEntries(ledgerInputFromWorkbook(workbookFromCampaignFile(parsed.file).workbook, { workbookUrl: '', learnings: [], appendedBy: '', appendedAt: '' }));
    });
    const got = ledger();
    expect(got.kpis).toEqual(expected.flatMap((e) => e.rows.kpis));
    expect(got.creators).toEqual(expected.flatMap((e) => e.rows.creators));
    expect(got.proofPoints).toEqual(expected.flatMap((e) => e.rows.proofPoints));
    expect(got.campaigns.map(({ workbookUrl: _u, appendedAt: _a, appendedBy: _b, ...c }) => c))
      .toEqual(expected.flatMap((e) => e.rows.campaigns).map(({ workbookUrl: _u, appendedAt: _a, appendedBy: _b, ...c }) => c));
    // Summer Glow carried Spring Glow's approval action: no new row, its status on the first one.
    const actions = expected.flatMap((e) => e.rows.actions).map((a) => (a.key === 'A-0A40BO1' ? { ...a, status: 'In progress', statusAsOf: '2026-06-01', statusFrom: 'Summer Glow' } : a));
    expect(got.actions).toEqual(actions);
    expect(got.learnings.map((l) => l.campaign)).toEqual(FILES.flatMap((f) => Array.from({ length: got.learnings.filter((l) => l.campaign === f.campaign).length }, () => f.campaign)));
    expect(got.learnings.filter((l) => l.campaign === 'Spring Glow').slice(0, 3).map((l) => l.learning)).toEqual((FILES[0]!.learnings as string[]));
  });

  it('writes a Portfolio tab equal to a hand calculation, greying what it can’t claim', () => {
    const rows = json('ledger.json').tabs.Portfolio as unknown[][];
    const micro = rows.find((r) => r[0] === 'Awareness' && r[1] === 'Micro' && r[2] === 'Reel');
    // @ana.glow 400/1,000 and 500/1,250, @cat.runs 900/1,500: 1,800 ÷ 3,750; lifts +25%, +42%, +25% (median +25%); 10 + 12 + 6 conversions
    expect(micro?.slice(3)).toEqual(['Instagram', 'USD', 3, 2, 1, 0.48, 3, 0.25, 3, 28, 3]);
    expect(rows.find((r) => r[2] === 'Long-form video')?.slice(5, 10)).toEqual([1, 1, 1, 0.5, 1]);
    expect(rows.some((r) => String(r[0]).startsWith('Awareness: lowest CPE from Micro · Reel · Instagram'))).toBe(true);
    expect(readFileSync(join(out, 'portfolio.md'), 'utf8')).toContain('| Conversion | Mid-tier | Long-form video | YouTube | 1 | 1 | 1 | ($0.50, n=1: not claimed) |');
  });

  it('exports the proof points for pitches, Glowlab anonymised as it asked and Northwind named', () => {
    const rows = (json('ledger.json').tabs['Proof points for pitches'] as unknown[][]).slice(4);
    expect(rows).toEqual([
      ['the client\'s micro-creator reels reached 500K people on a $10K budget', '500K reach, $0.40 CPE', 'A beauty client', '2026 campaign', 'No: anonymised'],
      ['Northwind\'s YouTube partner drove 40 sign-ups at $75 each', '40 conversions', 'Northwind', 'Launch', 'Yes'],
    ]);
    expect(readFileSync(join(out, 'proof-points.md'), 'utf8')).toContain('| Northwind\'s YouTube partner drove 40 sign-ups at $75 each | 40 conversions | Northwind | Launch | Yes |');
  });
});

describe('debrief kickoff', () => {
  const pack = () => readFileSync(join(out, 'kickoff-pack.md'), 'utf8');

  it('lists every still-open action with owner and deadline, overdue marked', () => {
    // Days overdue count to the day the pack is made (Apps Script's clock: today here).
    expect(pack()).toMatch(/\| Agree a 48-hour approval window with the client \| Tom Reed \| Overdue: 1 May 2026 \(\d+ days\) \| In progress \| Spring Glow \(A-0A40BO1\) \|/);
    expect(pack()).toMatch(/\| Book legal review into the timeline \| Owner needed \| Overdue: 1 Aug 2026 \(\d+ days\) \| Open \| Summer Glow \(A-[0-9A-Z]{7}\) \|/);
    expect(pack()).not.toContain('UTM check');
  });

  it('names every recurring root cause and the don’t-rebook creator with its inputs', () => {
    expect(pack()).toContain('- **Client-side** in 2 campaigns: Spring Glow, Summer Glow');
    expect(pack()).toContain('- **Process** in 2 campaigns: Spring Glow, Summer Glow');
    expect(pack()).toContain('**Don’t rebook (1)**');
    expect(pack()).toContain('(inputs: on-time draft late; revisions 4 rounds; ER lift −58%; CPE $2.71 = 2.0× the campaign’s $1.33; rating 2 of 5)');
  });

  it('labels suggested targets with the campaigns behind them', () => {
    expect(pack()).toContain('| Reach | 713,000 | Historical data: Median of the actuals of 2 earlier campaigns, each scaled by this budget ÷ its budget. | Summer Glow (900,000 → 675,000); Spring Glow (500,000 → 750,000) |');
    expect(pack()).toContain('| CPE | $0.45 or less | Historical data: Median of the actuals of 2 earlier campaigns. | Summer Glow ($0.50); Spring Glow ($0.40) |');
    expect(readFileSync(join(out, 'kickoff-pack.html'), 'utf8')).toContain('Autumn Glow');
  });

  it('prints the backtest figure beside the typed targets’', () => {
    // Summer Glow from Spring Glow: reach 1M vs 900K (11.1%, typed 11.1%), ER 4% vs 5% (20%, typed 0%), CPE $0.40 vs $0.50 (20%, typed 10%)
    expect(printed).toContain('Backtest over 3 KPI results: suggested targets missed by a median 20.0%, the targets teams typed by 10.0%');
    const backtest = json('insights.json').backtest;
    expect(backtest.pairs).toBe(3);
    expect(backtest.suggestedMdape).toBeCloseTo(0.2, 12);
    expect(backtest.typedMdape).toBeCloseTo(0.1, 12);
  });
});

describe('the next campaign’s workbook', () => {
  const started = () => json('insights.json').started as { workbook: { id: string }; kickoffPack: { url: string } };
  /** The new workbook as `user` opens it, shared first (as its maker would) with `sharedWith`. */
  const open = (user = 'you@agency.example', sharedWith: string[] = []) => {
    const workspace = createLocalWorkspace({ state: loadState(state), now: NOW, userEmail: user });
    for (const email of sharedWith) workspace.drive.share(started().workbook.id, email, 'writer');
    workspace.openSpreadsheet(started().workbook.id);
    return { workspace, bundle: loadBundle(workspace) };
  };

  it('carries the open actions, the suggested targets and the pack’s link through Build / refresh tabs', () => {
    const { workspace, bundle } = open();
    bundle.run('buildTabs');
    const issues = workspace.inspect.values('Issues');
    expect(issues.slice(1, 3).map((r) => [r[4], r[7], r[8]])).toEqual([
      ['Agree a 48-hour approval window with the client', 'In progress', 'Spring Glow · A-0A40BO1'],
      ['Book legal review into the timeline', 'Open', expect.stringMatching(/^Summer Glow · A-/)],
    ]);
    const kpis = workspace.inspect.values('KPIs');
    const col = (header: string) => (kpis[0] ?? []).indexOf(header);
    expect(kpis.slice(1, 4).map((r) => [r[col('KPI')], r[col('Unit')], r[col('Target')], r[col('Target confidence')]])).toEqual([
      ['Reach', 'Count', 713_000, 'Historical data'], ['Engagement rate', 'Percent', 0.045, 'Historical data'], ['CPE', 'Money', 0.45, 'Historical data'],
    ]);
    const state = bundle.run('getKickoffState') as { kickoffPack: string; acknowledgement: { done: boolean; message: string } };
    expect(state.kickoffPack).toBe(started().kickoffPack.url);
    expect(state.acknowledgement).toMatchObject({ done: false, message: 'Priya Shah hasn’t acknowledged the kickoff pack yet: read it before planning.' });
    // The sidebar says so as soon as it opens (from the Campaign tab alone).
    expect((bundle.run('getSidebarState') as { kickoff: unknown }).kickoff).toEqual(state);
  });

  it('records who acknowledged the pack, and is done once the campaign manager has', () => {
    const { workspace, bundle } = open('avery@agency.example', ['avery@agency.example', 'priya.shah@agency.example']);
    bundle.run('buildTabs');
    expect(bundle.run('acknowledgeKickoffPack')).toMatchObject({ acknowledgement: { done: false } });
    workspace.setUser('priya.shah@agency.example');
    const after = bundle.run('acknowledgeKickoffPack') as { acknowledgement: { done: boolean; all: { email: string }[] } };
    expect(after.acknowledgement.done).toBe(true);
    expect(after.acknowledgement.all.map((a) => a.email)).toEqual(['avery@agency.example', 'priya.shah@agency.example']);
  });

  it('says, for someone who declined userinfo.email, that Debrief can’t record who read it, in the consent screen’s words', () => {
    const { workspace, bundle } = open('avery@agency.example', ['avery@agency.example']);
    bundle.run('buildTabs');
    workspace.declineScopes(['https://www.googleapis.com/auth/userinfo.email']);
    expect(() => bundle.run('acknowledgeKickoffPack')).toThrow('Debrief can’t record who read the kickoff pack or added a campaign to the ledger: when you authorized it, “See your primary Google Account email address” wasn’t allowed.');
  });

  it('warns when a creator judged “don’t rebook” is on it, and sends the carried status back at its post-mortem', () => {
    const { workspace, bundle } = open();
    bundle.run('buildTabs');
    workspace.inspect.setCell('Creators', 'A2', '@eve.fit');
    const checks = (bundle.run('runChecks') as { checks: { cell: string; kind: string; message: string }[] }).checks;
    expect(checks.find((c) => c.kind === 'dont-rebook-creator')).toMatchObject({ cell: 'Creators!A2', message: expect.stringContaining('judged “don’t rebook” on Spring Glow (Glowlab, 15 Apr 2026): ') });
    workspace.inspect.setCell('Issues', 'H2', 'Done');
    workspace.inspect.setCell('Campaign', 'B4', '2026-10-15'); // wrap date
    bundle.run('analyze');
    const result = bundle.run('appendLearnings', { items: ['Approvals met the 48-hour window', 'Earlier briefs, fewer misses', 'Eve was not rebooked'] }) as { ledger: { ok: boolean; status: string } };
    expect(result.ledger).toMatchObject({ ok: true, status: 'added' });
    const ledgerId = JSON.parse(workspace.exportState().userProperties['debrief.ledger'] as string).id as string;
    const Sheets = workspace.globals.Sheets as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const actions = Sheets.Spreadsheets.Values.batchGet(ledgerId, { ranges: ['Actions'], valueRenderOption: 'UNFORMATTED_VALUE' }).valueRanges[0].values as unknown[][];
    const approval = actions.find((r) => r[0] === 'A-0A40BO1');
    expect([approval?.[3], approval?.[11], approval?.[13]]).toEqual(['Spring Glow', 'Done', 'Autumn Glow']);
  });
});
