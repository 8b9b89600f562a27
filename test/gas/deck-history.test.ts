// "Compared with last campaign" in the renewal deck: once the client's earlier campaign is in the campaign ledger
// (Append learnings puts it there), the next campaign's deck shows its actuals beside this one's and opens what we
// learned with how many KPIs improved; a client with no history gets neither.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import { reportsWorld, type Campaign } from './reports-support.ts';

/** These campaigns leave two variances unexplained: past the completeness gate, as the team may choose to. */
const slides = (world: ReturnType<typeof reportsWorld>) => world.deck((world.bundle.run('generate', { artefact: 'deck', force: true, by: 'Priya Shah' }) as GenerateResult).file.id);
const history = (file: string) => JSON.parse(readFileSync(new URL(`../../examples/history/${file}`, import.meta.url), 'utf8')) as Campaign;

describe('the deck compared with the last campaign', () => {
  it('takes the previous campaign from the ledger', () => {
    const world = reportsWorld(history('1-glowlab-spring.json'));
    expect(world.append()).toMatchObject({ status: 'added' }); // the ledger is made, Spring Glow in it
    world.bundle.run('importCampaign', history('3-glowlab-summer.json'));
    world.bundle.run('analyze');
    const deck = slides(world);
    const kpis = deck.slides[1]!.tables[0]!;
    expect(kpis[0]).toEqual(['KPI', 'Target', 'Actual', 'Variance', 'Last campaign']);
    expect(kpis.find((r) => r[0] === 'Reach')?.[4]).toBe('500,000'); // Spring Glow's actual reach
    expect(deck.slides[3]!.texts[1]).toMatch(/^Compared with Spring Glow \(wrapped 15 Apr 2026\): \d of \d KPIs measured both times improved/);
  });

  it('compares nothing without history', () => {
    const world = reportsWorld(history('3-glowlab-summer.json'));
    const deck = slides(world);
    expect(deck.slides[1]!.tables[0]![0]).not.toContain('Last campaign');
    expect(deck.slides[3]!.texts.join(' ')).not.toContain('Compared with');
  });
});
