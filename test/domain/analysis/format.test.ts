// Number formatting for drafted sentences.
import { describe, expect, it } from 'vitest';
import { describeChange, formatMoney, formatNumber, formatPercent, formatSignedPercent, plural } from '../../../src/domain/analysis/format.ts';

describe('format', () => {
  it('formats money with cents below 100 and whole units above, in the campaign currency', () => {
    expect(formatMoney(0.4123, 'USD')).toBe('$0.41');
    expect(formatMoney(12_400, 'usd')).toBe('$12,400');
    expect(formatMoney(0.7, 'EUR')).toBe('€0.70');
    expect(formatMoney(1_200, 'GBP')).toBe('£1,200');
    expect(formatMoney(3.5, 'kudos')).toBe('KUDOS 3.50'); // not an ISO code: said as typed
    expect(formatMoney(3.5, '')).toBe('$3.50');
  });

  it('rounds percentages like a person, without float noise', () => {
    expect(formatPercent(0.4123)).toBe('41%');
    expect(formatPercent(0.225)).toBe('23%'); // 22.499999… in floating point
    expect(formatPercent(0.0657, 1)).toBe('6.6%');
    expect(formatPercent(-0.125)).toBe('-13%');
    expect(formatNumber(1234.5)).toBe('1,235');
  });

  it('signs changes with a real minus and names the direction', () => {
    expect(formatSignedPercent(0.25)).toBe('+25%');
    expect(formatSignedPercent(-0.4625)).toBe('−46%');
    expect(formatSignedPercent(0.001)).toBe('0%');
    expect(describeChange(-0.41)).toBe('41% lower');
    expect(describeChange(0.35)).toBe('35% higher');
    expect(plural(1, 'creator')).toBe('1 creator');
    expect(plural(3, 'creator')).toBe('3 creators');
  });
});
