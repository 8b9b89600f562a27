// The ledger's rows from a campaign, and the append plan: idempotent, cell-by-cell updates, a person's columns and
// rows left alone, this campaign's removed rows removed, carried actions' statuses flowing back to their first row.
import { describe, expect, it } from 'vitest';
import { actionId, campaignKey, creatorKey } from '../../../src/domain/history/keys.ts';
import { ledgerEntries } from '../../../src/domain/history/ledger-entries.ts';
import { LEDGER_KINDS, LEDGER_TABS, toCells } from '../../../src/domain/history/ledger-tabs.ts';
import { APPROVAL_ACTION, inputFor, LedgerSheet, ledgerOf, scenario } from './support.ts';

const [spring, summer, autumn] = scenario();

describe('ledger rows from a campaign', () => {
  const entries = ledgerEntries(inputFor(spring!));

  it('makes one row per campaign, KPI, creator, action and learning, keyed by client and campaign', () => {
    const r = entries.rows;
    expect([r.campaigns.length, r.kpis.length, r.creators.length, r.actions.length, r.learnings.length]).toEqual([1, 3, 2, 2, 3]);
    expect(entries.campaignKey).toBe('glowlab/spring glow');
    expect(r.kpis.map((k) => k.key)).toEqual(['glowlab/spring glow|kpi|reach', 'glowlab/spring glow|kpi|engagement rate', 'glowlab/spring glow|kpi|cpe']);
    expect(r.kpis[0]).toMatchObject({ kpi: 'Reach', unit: 'Count', target: 400_000, actual: 500_000, variance: 0.25, met: true, confidence: 'Rough estimate' });
    expect(r.kpis[2]).toMatchObject({ kpi: 'CPE', lowerIsBetter: true, met: true });
    expect(r.campaigns[0]).toMatchObject({ client: 'Glowlab', clientCategory: 'Beauty', objective: 'Awareness', budget: 10_000, rootCauses: 'Process (1), Client-side (1)' });
  });

  it('judges each creator against the campaign’s pooled CPE and writes the inputs beside the verdict', () => {
    const [ana, eve] = entries.rows.creators;
    expect(ana).toMatchObject({ handle: '@ana.glow', tier: 'Micro', cpe: 0.4, verdict: 'Rebook' });
    expect(ana?.campaignCpe).toBeCloseTo(5_000 / 2_700, 10); // stored to 12 significant figures
    expect(eve).toMatchObject({ verdict: "Don't rebook", tier: 'Mid-tier' });
    expect(eve?.erLift).toBeCloseTo(1_700 / 200_000 / 0.02 - 1, 10); // −57.5%
    expect(eve?.reasons).toContain('ER lift −58% (red flag)');
    expect(eve?.reasons).toContain('rating 2 of 5 (red flag)');
    expect(eve?.reasons).toContain('(inputs: on-time draft late; revisions 4 rounds; ER lift −58%; CPE $2.71 = 1.5× the campaign’s $1.85; rating 2 of 5)');
  });

  it('gives each action a stable id from where it was raised', () => {
    const ids = entries.rows.actions.map((a) => a.key);
    expect(ids[0]).toBe(APPROVAL_ACTION);
    expect(ids[0]).toMatch(/^A-[0-9A-Z]{7}$/);
    expect(actionId('glowlab/spring glow', '  agree a 48-HOUR approval window with the client ')).toBe(ids[0]);
    expect(actionId('glowlab/spring glow', 'Agree a 48-hour approval window with the client', 2)).not.toBe(ids[0]);
    expect(ledgerEntries(inputFor(spring!)).rows.actions.map((a) => a.key)).toEqual(ids);
  });

  it('sends a carried action’s status back to its first row instead of adding one', () => {
    const next = ledgerEntries(inputFor(summer!));
    expect(next.rows.actions.map((a) => a.action)).toEqual(['Book legal review into the timeline']);
    expect(next.statusUpdates).toEqual([{ key: APPROVAL_ACTION, status: 'In progress', statusAsOf: '2026-06-01', statusFrom: 'Summer Glow', cell: 'Issues!A2' }]);
  });

  it('names creators the same however the handle is typed', () => {
    expect(creatorKey(' @Ana.Glow ')).toBe(creatorKey('ana.glow'));
    expect(campaignKey('Glowlab ', 'Spring  Glow')).toBe(campaignKey('glowlab', 'spring glow'));
  });

  it('has a column for every record field, and only those', () => {
    for (const kind of LEDGER_KINDS) {
      const record = ledgerOf(scenario()).ledger[kind][0] ?? ledgerEntries(inputFor(summer!)).rows[kind][0];
      if (!record) continue;
      expect(LEDGER_TABS[kind].columns.map((c) => c.key).sort(), kind).toEqual(Object.keys(record).sort());
    }
  });
});

describe('appending to the ledger', () => {
  it('reads back exactly what was appended', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    expect(sheet.read()).toEqual({ ...ledgerEntries(inputFor(spring!)).rows });
  });

  it('plans nothing when the same campaign is appended again', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    const before = JSON.stringify(sheet.grids);
    const again = sheet.append({ ...inputFor(spring!), appendedAt: '2026-12-01T09:00:00Z', appendedBy: 'avery@agency.example' });
    expect(again.unchanged).toBe(true);
    expect(again.tabs.every((t) => !t.updates.length && !t.appendRows.length && !t.deleteRows.length && !t.create)).toBe(true);
    expect(JSON.stringify(sheet.grids)).toBe(before);
    expect(again.counts.kpis).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 3 });
  });

  it('updates only the cells that changed, and says who appended', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    const changed = structuredClone(spring!);
    changed.workbook.kpis[0]!.actual = 510_000;
    const plan = sheet.append({ ...inputFor(changed), appendedBy: 'avery@agency.example' });
    const kpis = plan.tabs.find((t) => t.kind === 'kpis')!;
    expect(kpis.updates).toEqual([{ row: 1, column: 8, value: 510_000 }, { row: 1, column: 11, value: 0.275 }]);
    expect(plan.tabs.find((t) => t.kind === 'campaigns')!.updates.map((u) => u.value)).toEqual(['avery@agency.example']);
    expect(sheet.read().kpis[0]).toMatchObject({ actual: 510_000, variance: 0.275 });
  });

  it('removes this campaign’s rows it no longer has, and no other campaign’s', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    sheet.append(inputFor(autumn!));
    const fewer = structuredClone(spring!);
    fewer.workbook.kpis.splice(1, 1);
    const plan = sheet.append(inputFor(fewer));
    expect(plan.counts.kpis).toEqual({ added: 0, updated: 0, removed: 1, unchanged: 2 });
    expect(sheet.read().kpis.map((k) => `${k.campaign}: ${k.kpi}`)).toEqual(['Spring Glow: Reach', 'Spring Glow: CPE', 'Autumn Glow: Reach', 'Autumn Glow: Engagement rate']);
  });

  it('keeps a person’s own columns, rows and column order', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    const grid = sheet.grids.kpis!;
    for (const row of grid) row.reverse(); // a person reversed the columns…
    (grid[0] as unknown[]).push('My note');
    (grid[1] as unknown[]).push('check with client');
    grid.push(['a row of my own']);
    const changed = structuredClone(spring!);
    changed.workbook.kpis[0]!.target = 450_000;
    sheet.append(inputFor(changed));
    expect(sheet.grids.kpis!.at(-1)).toEqual(['a row of my own']);
    expect(sheet.grids.kpis![1]!.at(-1)).toBe('check with client');
    expect(sheet.read().kpis.map((k) => k.target)).toEqual([450_000, 0.05, 0.5]);
  });

  it('adds a column Debrief needs that the tab lost, after the last one', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    for (const row of sheet.grids.learnings!) row.splice(4, 1); // "Wrap date" deleted by hand
    const plan = sheet.append(inputFor(spring!));
    expect(plan.tabs.find((t) => t.kind === 'learnings')!.headerAdditions).toEqual([{ column: 5, header: 'Wrap date' }]);
    expect(sheet.read().learnings.every((l) => l.wrapDate === '2026-04-15')).toBe(true);
  });

  it('carries a later campaign’s action status back, and an earlier re-append doesn’t undo it', () => {
    const sheet = new LedgerSheet();
    sheet.append(inputFor(spring!));
    sheet.append(inputFor(summer!));
    const status = () => sheet.read().actions.find((a) => a.key === APPROVAL_ACTION);
    expect(status()).toMatchObject({ campaign: 'Spring Glow', status: 'In progress', statusFrom: 'Summer Glow', statusAsOf: '2026-06-01' });
    const edited = structuredClone(spring!);
    edited.workbook.issues[0]!.owner = 'Tom R.';
    sheet.append(inputFor(edited));
    expect(status()).toMatchObject({ owner: 'Tom R.', status: 'In progress', statusFrom: 'Summer Glow' });
  });

  it('reports a carried action whose first row isn’t in the ledger', () => {
    const sheet = new LedgerSheet();
    const plan = sheet.append(inputFor(summer!));
    expect(plan.unknownCarried).toEqual([{ key: APPROVAL_ACTION, cell: 'Issues!A2' }]);
  });

  it('writes plain values only: text stays text', () => {
    const odd = structuredClone(spring!);
    odd.learnings = ['=HYPERLINK("http://x")', '+1 more', '@mention'];
    const cells = ledgerEntries(inputFor(odd)).rows.learnings.map((l) => toCells('learnings', l).at(-1));
    expect(cells).toEqual(['=HYPERLINK("http://x")', '+1 more', '@mention']);
  });
});
