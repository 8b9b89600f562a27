// The Apps Script calls of build + import + analyze must not grow with the number of creators.
import { describe, expect, it } from 'vitest';
import { measureCalls } from '../../src/local/cli/bench.ts';

describe('call budget', () => {
  it('costs the same number of calls for 10 and 1,000 creators', () => {
    const results = measureCalls([10, 1000]);
    for (const action of Object.keys(results[10])) {
      // Growing a sheet past its 1,000 default rows costs one insertRowsAfter per tab, once.
      expect(results[1000][action] - results[10][action], action).toBeLessThanOrEqual(6);
    }
    expect(results[10].analyze).toBeLessThan(150);
  });
});
