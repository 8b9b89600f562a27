// Reading a tab: each cell by its column's type (an unreadable one is reported by its cell, never guessed), blank
// rows skipped, and what a person did to the tab (a column missing, a formula typed over) said as a check.
import { describe, expect, it } from 'vitest';
import { readCell, readTable } from '../../../src/domain/tabs/read.ts';
import type { ColumnSpec } from '../../../src/domain/tabs/spec.ts';
import { HEADERS, TEST_TAB } from './support.ts';

const column = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}) => ({ type, header: 'X', ...extra });

describe('readCell', () => {
  it.each([
    ['text is trimmed', column('text'), '  hi ', { value: 'hi' }],
    ['a number in a text column is its text', column('text'), 42, { value: '42' }],
    ['a url is text', column('url'), 'https://x.test', { value: 'https://x.test' }],
    ['a choice matches whatever the case', column('choice', { choices: ['Alpha', 'Beta'] }), 'beta', { value: 'Beta' }],
    ['a choice’s alias reads as its choice', column('choice', { choices: ['Alpha'], choiceAliases: { a: 'Alpha' } }), 'A', { value: 'Alpha' }],
    ['an unknown choice is a problem', column('choice', { choices: ['Alpha'] }), 'Gamma', { value: null, problem: '"Gamma" is not one of: Alpha' }],
    ['a checkbox reads yes/no', column('checkbox'), 'yes', { value: true }],
    ['a date as typed', column('date'), '18 Nov 2026', { value: '2026-11-18' }],
    ['a date cell in the sheet’s time zone', column('date'), new Date('2026-11-18T23:30:00Z'), { value: '2026-11-19' }, 'Asia/Tokyo'],
    ['a count as people type it', column('count'), '42K', { value: 42_000 }],
    ['money as people type it', column('money'), '$1,200', { value: 1200 }],
    ['a negative count is a problem', column('count'), -3, { value: null, problem: '-3 is negative' }],
    ['a rate typed as a percentage', column('rate'), '3.5%', { value: 0.035 }],
    ['a bare rate above 1 is a percentage, said so', column('rate'), 4, { value: 0.04, note: 'read 4 as 4%' }],
    ['a rating is 1 to 5', column('rating'), 6, { value: null, problem: '6 is not a whole number from 1 to 5' }],
    ['a number may be negative', column('number'), '-2.5', { value: -2.5 }],
    ['blank is null', column('count'), '', { value: null }],
  ] as const)('%s', (_what, spec, raw, read, timeZone: string = 'Etc/UTC') => {
    const result = readCell(spec, raw, timeZone);
    expect({ ...result, ...(result.value !== null && typeof result.value === 'number' ? { value: Number(result.value.toPrecision(12)) } : {}) }).toEqual(read);
  });
});

describe('readTable', () => {
  const row = (cells: Record<string, unknown>) => TEST_TAB.columns.map((c) => cells[c.key] ?? '');

  it('reads each row with anything typed, keeps its sheet row, and skips blank rows', () => {
    const { records, checks } = readTable(TEST_TAB, { values: [HEADERS, row({ id: 'a', size: '2K', kind: 'a' }), row({}), row({ id: 'b', hits: 5 })] }, 'Etc/UTC');
    expect(records).toEqual([
      { row: 2, id: 'a', size: 2000, hits: null, kind: 'Alpha' },
      { row: 4, id: 'b', size: null, hits: 5, kind: null },
    ]);
    expect(checks).toEqual([]);
  });

  it('names each unreadable cell, as the tab is called now, and leaves its value out', () => {
    const { records, checks } = readTable({ ...TEST_TAB, name: 'Test 2026' }, { values: [HEADERS, row({ id: 'a', size: 'lots', kind: 'Gamma' })] }, 'Etc/UTC');
    expect(records[0]).toMatchObject({ size: null, kind: null });
    expect(checks.map((c) => [c.cell, c.kind, c.severity])).toEqual([
      ["'Test 2026'!B2", 'unreadable-value', 'error'],
      ["'Test 2026'!F2", 'unreadable-value', 'error'],
    ]);
  });

  it('says a column is missing (a warning once rows exist) and reads the rest', () => {
    const header = ['Id', 'Size', 'Rate', 'Double', 'Kind'];
    const { records, checks } = readTable(TEST_TAB, { values: [header, ['a', 3, '', '', 'Beta']] }, 'Etc/UTC');
    expect(records).toEqual([{ row: 2, id: 'a', size: 3, hits: null, kind: 'Beta' }]);
    expect(checks).toEqual([expect.objectContaining({ cell: 'Test!1:1', kind: 'missing-column', severity: 'warning' })]);
    expect(readTable(TEST_TAB, { values: [header] }, 'Etc/UTC').checks[0]?.severity).toBe('info');
  });

  it('notices a value typed over a formula, and never reads it as the figure', () => {
    const values = [HEADERS, row({ id: 'a', size: 4, hits: 1, rate: 0.9, double: 8 })];
    const formulas = [HEADERS.map(() => ''), TEST_TAB.columns.map((c) => (c.key === 'double' ? '=B2*2' : ''))];
    const { records, checks } = readTable(TEST_TAB, { values, formulas }, 'Etc/UTC');
    expect(records[0]).not.toHaveProperty('rate');
    expect(checks).toEqual([expect.objectContaining({ cell: 'Test!D2', kind: 'typed-over-formula', severity: 'info' })]);
  });
});
