// The one parser for cells and campaign files: the typed forms people actually use.
import { describe, expect, it } from 'vitest';
import { TIERS } from '../../src/domain/choices.ts';
import { normalizeLabel, parseBoolean, parseChoice, parseDate, parseNumber, parseRate, parseText } from '../../src/domain/values.ts';

const value = <T>(parsed: { ok: true; value: T | null } | { ok: false; reason: string }) => {
  if (!parsed.ok) throw new Error(`expected ok, got: ${parsed.reason}`);
  return parsed.value;
};

describe('parseNumber', () => {
  it.each([
    ['42K', 42_000], ['42k', 42_000], ['1.2M', 1_200_000], ['2B', 2e9], ['$1,200', 1200], ['1,200', 1200], ['1,234,567.5', 1_234_567.5],
    ['0.035', 0.035], ['.5', 0.5], ['USD 1200', 1200], ['€950', 950], ['(1,200)', -1200], ['-$40', -40], ['  42 K ', 42_000], ['+7', 7],
  ])('reads %j as %d', (input, expected) => {
    expect(value(parseNumber(input))).toBeCloseTo(expected, 10);
  });

  it('reads percentages as fractions', () => {
    expect(value(parseNumber('3.5%'))).toBeCloseTo(0.035, 12);
    expect(value(parseNumber('100%'))).toBe(1);
  });

  it('passes finite numbers through and treats blanks as null', () => {
    expect(value(parseNumber(17.25))).toBe(17.25);
    expect(value(parseNumber(''))).toBeNull();
    expect(value(parseNumber('   '))).toBeNull();
    expect(value(parseNumber(null))).toBeNull();
    expect(value(parseNumber(undefined))).toBeNull();
  });

  it.each(['lots', '1,20', '12abc', '$', 'K', '%', '1.2.3', 'TBC', '4 2'])('rejects %j with a reason quoting it', (input) => {
    const parsed = parseNumber(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(input);
  });

  it('rejects non-finite numbers, booleans, objects and lists', () => {
    expect(parseNumber(Infinity).ok).toBe(false);
    expect(parseNumber(Number.NaN).ok).toBe(false);
    expect(parseNumber(true)).toEqual({ ok: false, reason: 'is a boolean, not a number' });
    expect(parseNumber({})).toEqual({ ok: false, reason: 'is an object, not a number' });
    expect(parseNumber([1])).toEqual({ ok: false, reason: 'is a list, not a number' });
  });
});

describe('parseRate', () => {
  it('reads "4.1%" and 0.041 alike, without flagging either', () => {
    const typed = parseRate('4.1%');
    const fraction = parseRate(0.041);
    expect(typed.ok && typed.value).toBeCloseTo(0.041, 12);
    expect(fraction).toEqual({ ok: true, value: 0.041 });
    expect('assumedPercent' in typed).toBe(false);
  });

  it('takes a bare number above 1 as a percentage and says so', () => {
    const parsed = parseRate(4.1);
    expect(parsed.ok && parsed.value).toBeCloseTo(0.041, 12);
    expect(parsed.assumedPercent).toBe(true);
    expect(parseRate('4.1').assumedPercent).toBe(true);
  });

  it('keeps blanks and errors as they are', () => {
    expect(parseRate('')).toEqual({ ok: true, value: null });
    expect(parseRate('high').ok).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-18', '2026-11-18'], ['2026-1-5', '2026-01-05'], ['11/18/2026', '2026-11-18'], ['18 Nov 2026', '2026-11-18'],
    ['18 November 2026', '2026-11-18'], ['Nov 18, 2026', '2026-11-18'], ['Sept 5 2026', '2026-09-05'], ['2026-11-18T09:30:00Z', '2026-11-18'],
  ])('reads %j as %s', (input, expected) => {
    expect(value(parseDate(input))).toBe(expected);
  });

  it('reads Date objects in the given time zone', () => {
    const lateEvening = new Date(Date.UTC(2026, 10, 18, 23, 30));
    expect(value(parseDate(lateEvening))).toBe('2026-11-18');
    expect(value(parseDate(lateEvening, 'Asia/Tokyo'))).toBe('2026-11-19');
  });

  it.each(['2026-02-30', '13/01/2026', 'next Friday', '18 Foo 2026'])('rejects %j', (input) => {
    expect(parseDate(input).ok).toBe(false);
  });

  it('treats blanks as null and rejects numbers', () => {
    expect(value(parseDate(''))).toBeNull();
    expect(parseDate(46000).ok).toBe(false);
    expect(parseDate(new Date('garbage')).ok).toBe(false);
  });
});

describe('parseBoolean', () => {
  it.each([[true, true], [false, false], ['TRUE', true], ['yes', true], ['Y', true], ['x', true], [1, true], ['no', false], ['N', false], [0, false], ['0', false]])(
    'reads %j as %s', (input, expected) => {
      expect(value(parseBoolean(input))).toBe(expected);
    });

  it('treats blanks as null and rejects anything else', () => {
    expect(value(parseBoolean(''))).toBeNull();
    expect(parseBoolean('maybe').ok).toBe(false);
    expect(parseBoolean(2).ok).toBe(false);
  });
});

describe('parseChoice', () => {
  it('matches without regard to case, spacing or hyphens', () => {
    expect(value(parseChoice('mid tier', TIERS))).toBe('Mid-tier');
    expect(value(parseChoice('  MICRO ', TIERS))).toBe('Micro');
    expect(value(parseChoice('long form video', ['Reel', 'Long-form video']))).toBe('Long-form video');
  });

  it('lists the choices when nothing matches, and treats blank as null', () => {
    const parsed = parseChoice('Giga', TIERS);
    expect(parsed).toEqual({ ok: false, reason: '"Giga" is not one of: Nano, Micro, Mid-tier, Macro, Mega' });
    expect(value(parseChoice('', TIERS))).toBeNull();
  });
});

describe('parseText and normalizeLabel', () => {
  it('trims text and renders numbers and dates plainly', () => {
    expect(parseText('  hi ')).toBe('hi');
    expect(parseText(42)).toBe('42');
    expect(parseText(null)).toBe('');
    expect(parseText(new Date(Date.UTC(2026, 10, 18)))).toBe('2026-11-18');
  });

  it('normalises labels', () => {
    expect(normalizeLabel('Mid_Tier –  X')).toBe('mid tier x');
  });
});
