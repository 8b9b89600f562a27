// The number formats Debrief sets, rendered as Sheets renders them (getDisplayValues). Tokens per Google's
// "Date and number formats" guide (https://developers.google.com/sheets/api/guides/formats): `0` always shows a
// digit, `#` only a significant one, so "#,##0.##" leaves the point of a whole number behind ("4,000,000.").
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../../../src/local/emulator/sheets/number-format.ts';

describe('number formats Debrief uses', () => {
  it.each([
    [4_000_000, '#,##0', '4,000,000'],
    [3_580_000.4, '#,##0', '3,580,000'],
    [0.035, '0.0#%', '3.5%'],
    [0.04, '0.0#%', '4.0%'],
    [0.1234, '0.0#%', '12.34%'],
    [-0.105, '0.0#%', '-10.5%'],
    [0.5, '[$$]#,##0.00', '$0.50'],
    [1200, '[$€]#,##0.00', '€1,200.00'],
    [0.62, '[$CA$]#,##0.00', 'CA$0.62'],
    [12, '[$SEK ]#,##0.00', 'SEK 12.00'],
    [0.035, 'General', '0.035'],
    [2.75, 'General', '2.75'],
    [4_000_000, 'General', '4000000'],
  ])('%s under %s shows %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('leaves the trailing point of "#,##0.##" behind, as Sheets does (why Debrief never sets it)', () => {
    expect(formatValue(4_000_000, '#,##0.##')).toBe('4,000,000.');
    expect(formatValue(4.25, '#,##0.##')).toBe('4.25');
  });
});
