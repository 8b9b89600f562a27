// The pure pieces under the fakes: A1 notation, typed-input parsing, number formats.
import { describe, expect, it } from 'vitest';
import { a1Notation, columnLetters, columnNumber, parseA1 } from '../../../src/local/emulator/sheets/a1-notation.ts';
import { formatValue, isDateTimeFormat } from '../../../src/local/emulator/sheets/number-format.ts';
import { parseTypedInput } from '../../../src/local/emulator/sheets/typed-input.ts';

describe('A1 notation', () => {
  it('converts columns and ranges both ways', () => {
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(703)]).toEqual(['A', 'Z', 'AA', 'AAA']);
    expect(columnNumber('ab')).toBe(28);
    expect(a1Notation(2, 3, 1, 1)).toBe('C2');
    expect(a1Notation(2, 3, 4, 2)).toBe('C2:D5');
  });

  it('parses open ranges and sheet names, and refuses malformed references', () => {
    expect(parseA1('A2:C')).toEqual({ sheetName: undefined, startRow: 2, startColumn: 1, endRow: undefined, endColumn: 3 });
    expect(parseA1("'It''s'!$B$2")).toEqual({ sheetName: "It's", startRow: 2, startColumn: 2, endRow: 2, endColumn: 2 });
    expect(parseA1('3:5')).toMatchObject({ startRow: 3, endRow: 5, startColumn: undefined });
    for (const bad of ['A', '3', 'A0', 'A1:B2:C3', '', '1A']) expect(parseA1(bad), bad).toBeUndefined();
  });
});

describe('typed input', () => {
  it('recognises numbers, percents, currency, dates, times and booleans', () => {
    expect(parseTypedInput('1,234.5')).toEqual({ kind: 'value', value: 1234.5, format: '#,##0.00' });
    expect(parseTypedInput('-12%')).toEqual({ kind: 'value', value: -0.12, format: '0.00%' });
    expect(parseTypedInput('$-3')).toEqual({ kind: 'value', value: -3, format: '$#,##0.00' });
    expect(parseTypedInput('2024-02-29 13:45')).toEqual({ kind: 'value', value: 45351 + (13 * 60 + 45) / 1440, format: 'yyyy-mm-dd H:mm:ss' });
    expect(parseTypedInput('1 May 2024')).toEqual({ kind: 'value', value: 45413, format: 'd mmm yyyy' });
    expect(parseTypedInput('May 1, 2024')).toEqual({ kind: 'value', value: 45413, format: 'mmm d, yyyy' });
    expect(parseTypedInput('1:30 PM')).toEqual({ kind: 'value', value: 13.5 / 24, format: 'h:mm AM/PM' });
    expect(parseTypedInput('True')).toEqual({ kind: 'value', value: true });
  });

  it('keeps impossible dates and near-numbers as text', () => {
    for (const text of ['2023-02-29', '13/45/2024', '1.2.3', '$', '%', '12-', '42K', 'May 40, 2024']) {
      expect(parseTypedInput(text), text).toEqual({ kind: 'value', value: text });
    }
    expect(parseTypedInput('=1', true)).toEqual({ kind: 'value', value: '=1' });
    expect(parseTypedInput("'")).toEqual({ kind: 'empty' });
  });
});

describe('number formats', () => {
  it('renders number patterns', () => {
    expect(formatValue(1234.567, '#,##0.00')).toBe('1,234.57');
    expect(formatValue(-1234.5, '$#,##0.00')).toBe('-$1,234.50');
    expect(formatValue(0.5, '0%')).toBe('50%');
    expect(formatValue(-5, '#,##0;(#,##0)')).toBe('(5)');
    expect(formatValue(0, '0.0;-0.0;"zero"')).toBe('zero');
    expect(formatValue(12345.678, '0.00E+00')).toBe('1.23E+04');
    expect(formatValue(7, '000')).toBe('007');
    expect(formatValue(1 / 3, '0.###############')).toBe('0.3333333333');
    expect(formatValue(1200, '[$€]#,##0')).toBe('€1,200');
    expect(formatValue('text', '0.00;-0.00;0;"<"@">"')).toBe('<text>');
  });

  it('renders date and time patterns, telling minutes from months', () => {
    const serial = 45413 + (14 * 3600 + 5 * 60 + 9) / 86400;
    expect(formatValue(serial, 'yyyy-mm-dd hh:mm:ss')).toBe('2024-05-01 14:05:09');
    expect(formatValue(serial, 'M/d/yyyy H:mm')).toBe('5/1/2024 14:05');
    expect(formatValue(serial, 'dddd, mmmm d')).toBe('Wednesday, May 1');
    expect(formatValue(serial, 'h:mm AM/PM')).toBe('2:05 PM');
    expect(isDateTimeFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateTimeFormat('#,##0.00')).toBe(false);
    expect(isDateTimeFormat('"days"0')).toBe(false);
  });
});
