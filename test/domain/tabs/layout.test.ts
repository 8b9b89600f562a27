// Columns are found by header as people left them: moved, renamed by case or dash, or with people's own columns
// between; a missing one goes after the last used column, and the refs formulas use follow.
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TAB } from '../../../src/domain/tabs/campaign-tab.ts';
import { cellName, formRefs, resolveFormLayout, resolveTableLayout, tableRefs } from '../../../src/domain/tabs/layout.ts';
import { HEADERS, TEST_TAB } from './support.ts';

describe('resolveTableLayout', () => {
  it.each([
    ['a new tab: every column added from A', [], { id: 1, size: 2, hits: 3, rate: 4, double: 5, kind: 6 }, ['id', 'size', 'hits', 'rate', 'double', 'kind'], [], 6],
    ['headers as built', HEADERS, { id: 1, size: 2, hits: 3, rate: 4, double: 5, kind: 6 }, [], [], 6],
    ['moved and renamed by case, spacing or dash', ['KIND', 'id', ' size ', 'Hits', 'rate', 'dou-ble'], { kind: 1, id: 2, size: 3, hits: 4, rate: 5, double: 7 }, ['double'], [{ column: 6, header: 'dou-ble' }], 7],
    ['a person’s column kept, a missing one after the last used', ['Id', 'Agency note', 'Size', '', 'Hits'], { id: 1, size: 3, hits: 5, rate: 6, double: 7, kind: 8 }, ['rate', 'double', 'kind'], [{ column: 2, header: 'Agency note' }], 8],
    ['a duplicate header: the first is ours, the second the person’s', ['Id', 'Id', 'Size', 'Hits', 'Rate', 'Double', 'Kind'], { id: 1, size: 3, hits: 4, rate: 5, double: 6, kind: 7 }, [], [{ column: 2, header: 'Id' }], 7],
  ])('%s', (_what, header, columnOf, added, extraHeaders, width) => {
    const layout = resolveTableLayout(TEST_TAB, header);
    expect(layout.columnOf).toEqual(columnOf);
    expect(layout.added.map((c) => c.key)).toEqual(added);
    expect(layout.extraHeaders).toEqual(extraHeaders);
    expect(layout.width).toBe(width);
  });

  it('gives formulas references that follow the columns', () => {
    const refs = tableRefs(resolveTableLayout(TEST_TAB, ['Size', 'Note', 'Hits']), 7);
    expect(refs('size')).toBe('A7');
    expect(refs('hits')).toBe('C7');
    expect(refs.column('hits')).toBe('$C:$C');
    expect(() => refs('nope')).toThrow('no column "nope"');
  });
});

describe('resolveFormLayout', () => {
  it('finds each field’s row by its label, wherever it was moved, and adds missing ones below', () => {
    const labels = ['Field', 'Campaign', 'client', 'My own row'];
    const layout = resolveFormLayout(CAMPAIGN_TAB, labels);
    expect(layout.rowOf.campaign).toBe(2);
    expect(layout.rowOf.client).toBe(3);
    expect(layout.rowOf.startDate).toBe(5); // after the last used row
    expect(layout.added.map((f) => f.key)).not.toContain('client');
    expect(layout.height).toBe(4 + CAMPAIGN_TAB.fields.length - 2);
    expect(formRefs(layout)('client')).toBe('B3');
  });
});

describe('cellName', () => {
  it.each([
    ['Creators', 7, 7, 'Creators!G7'],
    ['KPIs 2026', 2, 28, "'KPIs 2026'!AB2"],
    ["Q4 'plan'", 1, 1, "'Q4 ''plan'''!A1"],
  ])('%s row %i column %i is %s', (tab, row, column, name) => {
    expect(cellName(tab, row, column)).toBe(name);
  });
});
