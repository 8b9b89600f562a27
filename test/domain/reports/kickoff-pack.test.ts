// The kickoff pack for Glowlab's next campaign, from the scenario ledger: every open action with owner and
// deadline (overdue marked), the recurring causes, the don't-rebook creator with its inputs, the suggested targets
// with the campaigns behind them, and the last campaigns' learnings.
import { describe, expect, it } from 'vitest';
import { buildKickoffPack } from '../../../src/domain/reports/kickoff-pack.ts';
import { blocksToMarkdown, blockTexts } from '../../../src/domain/reports/model.ts';
import { APPROVAL_ACTION, ledgerOf, scenario } from '../history/support.ts';

const { ledger } = ledgerOf(scenario());
const pack = buildKickoffPack({
  ledger, today: '2026-11-20',
  next: { client: 'Glowlab', campaign: 'Winter Glow', startDate: '2026-12-01', budget: 30_000, objective: 'Awareness', currency: 'USD' },
});
const md = blocksToMarkdown(pack.document);

describe('kickoff pack', () => {
  it('lists every open action with owner and deadline, overdue marked, linked to its campaign', () => {
    expect(md).toContain('3 actions still open, 3 overdue.');
    expect(md).toContain(`| Agree a 48-hour approval window with the client | Tom Reed | Overdue: 1 May 2026 (203 days) | In progress | Spring Glow (${APPROVAL_ACTION}) |`);
    expect(md).toContain('| Book legal review into the timeline | Owner needed | Overdue: 1 Aug 2026 (111 days) | Open | Summer Glow (');
    expect(md).not.toContain('UTM');
  });

  it('names every recurring root cause with its campaigns', () => {
    expect(md).toContain('- **Client-side** in 2 campaigns: Spring Glow, Summer Glow');
    expect(md).toContain('- **Process** in 2 campaigns: Spring Glow, Autumn Glow');
  });

  it('gives the don’t-rebook creators with their reasons and inputs, and conditions for the others', () => {
    expect(md).toContain('**Don’t rebook (1)**');
    expect(md).toMatch(/- \*\*@eve\.fit\*\* \(Spring Glow\): .*rating 2 of 5 \(red flag\).*\(inputs: on-time draft late; revisions 4 rounds; ER lift −58%; CPE \$2\.71 = 1\.5× the campaign’s \$1\.85; rating 2 of 5\)/);
    expect(md).toContain('**Rebook with conditions (2)**');
    expect(md).toMatch(/@ben\.lifts\*\* \(Summer Glow\): on-time draft late; ER lift −17% — conditions: Agree the first-draft date/);
    expect(md).toMatch(/@Ana\.Glow\*\* \(Summer Glow, 2 campaigns in all\): no concerns \(inputs: on-time draft on time;/);
  });

  it('labels suggested targets with the campaigns behind them', () => {
    expect(md).toContain('| Reach | 1,380,000 | Historical data: Median of the actuals of 3 earlier campaigns, each scaled by this budget ÷ its budget. | Autumn Glow (690,000 → 1,380,000); Summer Glow (900,000 → 1,350,000); Spring Glow (500,000 → 1,500,000) |');
    expect(md).toContain('| CPE | $0.45 or less | Historical data: Median of the actuals of 2 earlier campaigns. | Summer Glow ($0.50); Spring Glow ($0.40) |');
    expect(pack.facts.targets.map((t) => t.kpi)).toEqual(['Reach', 'Engagement rate', 'CPE']);
  });

  it('carries the learnings of the last 3 campaigns, newest first', () => {
    const learnings = md.slice(md.indexOf('## Learnings'));
    expect(learnings.indexOf('Autumn Glow')).toBeLessThan(learnings.indexOf('Summer Glow'));
    expect(learnings).toContain('- Legal review needs its own slot');
  });

  it('says so when a client has no history yet', () => {
    const fresh = buildKickoffPack({ ledger, today: '2026-11-20', next: { client: 'Acme', campaign: 'First', startDate: null, budget: null, objective: null, currency: 'USD' } });
    expect(fresh.document.flatMap(blockTexts)).toEqual(expect.arrayContaining([
      'Read before planning. The ledger has no earlier campaign for Acme yet. Prepared 20 Nov 2026.',
      'No open actions: everything agreed in earlier campaigns is marked done.',
    ]));
  });
});
