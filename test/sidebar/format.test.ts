// The sidebar's pure text helpers: clock, dates, the post-mortem due line, check groups and server errors.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/domain/records.ts';
import { addDays, daysBetween } from '../../src/domain/dates.ts';
import { dueLine, formatClock, formatDate, groupChecks, readServerError } from '../../src/sidebar/format.ts';
import { budget } from '../../src/sidebar/sections/setup.ts';

describe('formatClock', () => {
  it.each([
    [0, 'floor', '0:00'],
    [59_999, 'floor', '0:59'],
    [59_001, 'ceil', '1:00'],
    [10 * 60_000, 'floor', '10:00'],
    [95 * 60_000 + 4_000, 'floor', '95:04'],
    [-125_000, 'floor', '2:05'],
  ] as const)('%d ms (%s) → %s', (ms, round, text) => {
    expect(formatClock(ms, round)).toBe(text);
  });
});

describe('dates', () => {
  it('formats ISO dates without a time zone shift', () => {
    expect(formatDate('2026-11-21')).toBe('Sat 21 Nov 2026');
    expect(formatDate('not a date')).toBe('not a date');
  });
  it('adds days across month and year ends, and counts days between', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(daysBetween('2026-11-18', '2026-11-21')).toBe(3);
    expect(daysBetween('2026-11-21', '2026-11-18')).toBe(-3);
  });
});

describe('dueLine', () => {
  const saved = { wrapDate: '2026-11-18', due: '2026-11-21' };
  it('uses the server’s due date for the saved wrap date', () => {
    expect(dueLine('2026-11-18', '2026-11-19', saved)).toEqual({ text: 'Post-mortem due Sat 21 Nov 2026: in 2 days.', overdue: false });
  });
  it('previews wrap + 72 hours for an edited wrap date', () => {
    expect(dueLine('2026-11-01', '2026-11-02', saved)?.text).toBe('Post-mortem due Wed 4 Nov 2026: in 2 days.');
  });
  it('says today, and warns once the date has passed', () => {
    expect(dueLine('2026-11-18', '2026-11-21', saved)).toEqual({ text: 'Post-mortem due Sat 21 Nov 2026: that’s today.', overdue: false });
    const late = dueLine('2026-11-18', '2026-11-22', saved);
    expect(late).toEqual({ text: 'Post-mortem due Sat 21 Nov 2026: 1 day ago. Hold it soon, while memories are fresh.', overdue: true });
  });
  it('says nothing without a wrap date', () => {
    expect(dueLine('', '2026-11-22', { wrapDate: null, due: null })).toBeNull();
  });
});

describe('groupChecks', () => {
  const check = (severity: Check['severity'], cell: string): Check => ({ severity, cell, message: 'm', kind: 'unreadable-value' });
  it('puts errors first, keeps the server’s order inside a group, and leaves out empty groups', () => {
    const groups = groupChecks([check('info', 'A1'), check('error', 'B2'), check('info', 'C3'), check('error', 'D4')]);
    expect(groups.map((g) => [g.severity, g.checks.map((c) => c.cell)])).toEqual([
      ['error', ['B2', 'D4']],
      ['info', ['A1', 'C3']],
    ]);
  });
});

describe('readServerError', () => {
  const sent = { code: 'bad-input', message: 'Some fields need a fix.', fields: [
    { path: 'client', message: 'say which client the campaign was for' },
    { path: 'team.facilitator', message: 'keep it under 120 characters' },
  ] };

  it('reads the ServerError src/gas/api.ts puts in the Error’s message as JSON: code, message and fields', () => {
    expect(readServerError(new Error(JSON.stringify(sent)))).toEqual(sent);
    expect(readServerError(new Error(JSON.stringify({ code: 'unexpected', message: 'Something went wrong.', fields: [], reference: 'K2X9' }))))
      .toEqual({ code: 'unexpected', message: 'Something went wrong.', fields: [], reference: 'K2X9' });
  });

  it('still finds the JSON when Apps Script puts the exception’s name in front', () => {
    expect(readServerError(new Error(`Error: ${JSON.stringify(sent)}`))).toEqual(sent);
    expect(readServerError(`Exception: ${JSON.stringify({ code: 'busy', message: 'Try again in a moment.', fields: [] })}`)).toMatchObject({ code: 'busy' });
  });

  it('takes anything else as unexpected, its text as it came, and never reads codes out of wording', () => {
    expect(readServerError(new Error('NetworkError: Connection failure due to HTTP 0'))).toEqual({ code: 'unexpected', message: 'NetworkError: Connection failure due to HTTP 0', fields: [] });
    expect(readServerError(new Error('Some fields need a fix: client: say which client')).fields).toEqual([]);
    expect(readServerError(new Error(JSON.stringify({ code: 'made-up', message: 'x' }))).code).toBe('unexpected');
    expect(readServerError(new Error(JSON.stringify({ ...sent, fields: [{ path: 1 }, sent.fields[0]] }))).fields).toEqual([sent.fields[0]]);
  });

  it('never shows an empty message', () => {
    expect(readServerError(new Error('')).message).toBe('The server gave no reason.');
    expect(readServerError(new Error('[1, 2]')).message).toBe('[1, 2]');
  });
});

describe('budget', () => {
  it('sends a number when the text reads as one, else the text as typed', () => {
    expect(budget('')).toBeNull();
    expect(budget(' $25,000 ')).toBe(25000);
    expect(budget('25K')).toBe(25000);
    expect(budget('about 20k')).toBe('about 20k');
    expect(budget('-5')).toBe('-5');
  });
});
