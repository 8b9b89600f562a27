// The cost model prices what the CallLog counted from one table of unit costs, each with its source.
import { describe, expect, it } from 'vitest';
import { modelParts, modelSeconds, UNIT_COSTS, unitCostTable } from '../../src/local/cost-model.ts';
import type { ActionCost } from '../../src/local/session.ts';

const cost = (overrides: Partial<ActionCost>): ActionCost => ({
  calls: {}, total: 0, roundTrips: 0, cellsRead: 0, cellsWritten: 0, flushes: 0, executions: 0, byClass: {}, emulatorMs: 0, wallMs: 0, scriptMs: 0, ...overrides,
});

describe('cost model', () => {
  it('prices each part from the unit costs, low and high', () => {
    const action = cost({ executions: 1, byClass: { sheetRead: 2, sheetWrite: 10, local: 5 }, cellsRead: 1000, cellsWritten: 2000, flushes: 1, scriptMs: 500 });
    const low = modelParts(action, 'low');
    expect(low.start).toBeCloseTo(UNIT_COSTS.executionStart.low);
    expect(low['round trips']).toBeCloseTo(2 * UNIT_COSTS.sheetRead.low);
    expect(low.writes).toBeCloseTo(10 * UNIT_COSTS.sheetWrite.low + 5 * UNIT_COSTS.local.low);
    expect(low['cells read']).toBeCloseTo(1000 * UNIT_COSTS.cellRead.low);
    expect(low['cells written']).toBeCloseTo(2000 * UNIT_COSTS.cellWritten.low);
    expect(low.flushes).toBeCloseTo(UNIT_COSTS.flush.low);
    expect(low.script).toBeCloseTo(0.5 * UNIT_COSTS.scriptCpu.low);
    expect(modelSeconds(action, 'low')).toBeCloseTo(Object.values(low).reduce((a, b) => a + b, 0));
    expect(modelSeconds(action, 'high')).toBeGreaterThan(modelSeconds(action, 'low'));
  });

  it('keeps a source and a basis for every unit cost, and says which are guesses', () => {
    for (const [name, unit] of Object.entries(UNIT_COSTS)) {
      expect(unit.source.length, name).toBeGreaterThan(10);
      expect(unit.high, name).toBeGreaterThanOrEqual(unit.low);
    }
    const table = unitCostTable();
    expect(table).toContain('| published |');
    expect(table).toContain('| guess |');
    expect(table.split('\n')).toHaveLength(Object.keys(UNIT_COSTS).length + 2);
  });
});
