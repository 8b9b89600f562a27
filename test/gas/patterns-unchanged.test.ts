// The Patterns tab is rewritten only when what it shows changes: Analyze run again, or a deck made after Analyze,
// writes nothing (no cells, no flush); a changed figure or currency rewrites it.
import { describe, expect, it } from 'vitest';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

describe('the Patterns tab', () => {
  it('is left as it is when the analysis shows the same, and rewritten when a figure or the currency changes', () => {
    const world = reportsWorld(sampleCampaign()); // imported and analysed once
    const again = world.workspace.calls.measure(() => world.bundle.run('analyze'));
    expect(again.cellsWritten).toBe(0);
    expect(again.flushes).toBe(0);
    const deck = world.workspace.calls.measure(() => world.bundle.run('exportSlides'));
    expect(deck.calls['Sheet.clear'] ?? 0).toBe(0);
    expect(deck.flushes).toBe(0);

    const before = world.workspace.inspect.values('Patterns');
    world.workspace.inspect.setCell('Creators', 'C2', '999999'); // followers of the first creator
    const changed = world.workspace.calls.measure(() => world.bundle.run('analyze'));
    expect(changed.calls['Sheet.clear']).toBe(1);
    expect(world.workspace.inspect.values('Patterns')).not.toEqual(before);
    // Section titles bold, the rest as a cleared sheet has it: one RangeList call, not a weight per cell.
    expect(changed.calls['RangeList.setFontWeight']).toBe(1);
    const values = world.workspace.inspect.values('Patterns');
    const weights = world.workspace.inspect.fontWeights('Patterns');
    const titleRow = values.findIndex((row) => row[0] === 'Headline');
    expect(weights[titleRow]?.every((w) => w === 'bold')).toBe(true);
    expect(weights[titleRow + 1]?.every((w) => w === 'normal')).toBe(true);

    const formats = () => world.workspace.inspect.numberFormats('Patterns');
    const campaign = world.workspace.inspect.values('Campaign');
    const currencyRow = campaign.findIndex((row) => row[0] === 'Currency');
    expect(currencyRow).toBeGreaterThan(-1);
    const shown = formats();
    world.workspace.inspect.setCell('Campaign', `B${currencyRow + 1}`, 'EUR');
    const recurrency = world.workspace.calls.measure(() => world.bundle.run('analyze'));
    expect(recurrency.calls['Sheet.clear']).toBe(1);
    expect(formats()).not.toEqual(shown);
  });
});
