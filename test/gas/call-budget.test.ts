// The Apps Script calls of each action must not grow with the number of creators and content pieces.
import { describe, expect, it } from 'vitest';
import { callsBeyondGrowth, growingActions, measureCosts } from '../../src/local/cli/bench.ts';

describe('call budget', () => {
  const results = measureCosts([10, 1000]);

  it('makes the same calls, method by method, for 10 and 1,000 creators', () => {
    expect(growingActions(results)).toEqual([]);
    for (const action of Object.keys(results[10])) {
      expect(callsBeyondGrowth(results[1000][action]), action).toEqual(callsBeyondGrowth(results[10][action]));
    }
  });

  it('reads each tab once when analysing', () => {
    const analyze = results[1000].analyze.calls;
    expect(analyze['Range.getValues']).toBe(6); // Campaign, KPIs, Creators, Content, Issues, Wins
    expect(analyze['Range.setValues']).toBe(1); // the Patterns tab in one block
    expect(results[1000].analyze.total).toBeLessThan(100);
  });
});
