// Typing into a cell as Sheets reads it: in the spreadsheet's locale, with the strict reading where Google is
// silent (a number or date with spaces around it is still a number or date; unquoted text is trimmed).
import { describe, expect, it } from 'vitest';
import { createLocalWorkspace } from '../../../src/local/emulator/index.ts';
import { parseTypedInput, type TypingContext } from '../../../src/local/emulator/sheets/typed-input.ts';
import { typingLocale } from '../../../src/local/emulator/sheets/typing-locale.ts';

const inLocale = (name: string): TypingContext => ({ locale: typingLocale(name), year: 2026 });
const US = inLocale('en_US');
const value = (text: string, typing = US) => {
  const content = parseTypedInput(text, false, typing);
  return content.kind === 'value' ? content.value : content.kind;
};

describe('typed input the strict way', () => {
  it('converts what Sheets converts, whitespace, no-break spaces and a BOM around it included', () => {
    expect(value('1e5')).toBe(100000);
    expect(value('2.5e-3')).toBe(0.0025);
    expect(value('1.')).toBe(1);
    expect(value('12:30')).toBeCloseTo(12.5 / 24, 12);
    expect(value('0:03')).toBeCloseTo(3 / 1440, 12);
    expect(value('3:15 PM')).toBeCloseTo(15.25 / 24, 12);
    expect(value('2026/11/18')).toBe(46344);
    expect(value('11/18/26')).toBe(46344);
    expect(value('11/18')).toBe(46344); // no year: this year
    expect(value('Nov 18')).toBe(46344);
    expect(value('18 Nov')).toBe(46344);
    expect(value(' 42')).toBe(42);
    expect(value('\u00a042')).toBe(42);
    expect(value('\ufeff42')).toBe(42);
    expect(value('(1,200)')).toBe(-1200);
    expect(value('50 %')).toBe(0.5);
    expect(value('€5')).toBe(5);
    expect(value(' TRUE ')).toBe(true);
  });

  it('trims unquoted text and keeps quoted text exactly', () => {
    expect(value('  hello ')).toBe('hello');
    expect(value('\ufeffhello')).toBe('hello');
    expect(value("'  hello ")).toBe('  hello ');
    expect(value("'\u00a012:30")).toBe('\u00a012:30');
    expect(value('   ')).toBe('empty');
    expect(parseTypedInput(' =1+1', false, US)).toEqual({ kind: 'formula', formula: '=1+1' });
  });

  it('reads numbers and dates in the spreadsheet locale', () => {
    const de = inLocale('de_DE');
    expect(value('1.234,56 €', de)).toBe(1234.56);
    expect(value('1,5', de)).toBe(1.5);
    expect(value('400.000', de)).toBe(400000);
    expect(value('400.000')).toBe(400); // en_US: a decimal point
    expect(value('18.11.2026', de)).toBe(46344);
    expect(value('3,5 %', de)).toBeCloseTo(0.035, 12);
    expect(value('1.234,56')).toBe('1.234,56'); // not a number in en_US
    const es = inLocale('es_ES');
    expect(value('18/11/2026', es)).toBe(46344);
    expect(value('11/18/2026', es)).toBe('11/18/2026'); // no 18th month
    const fr = inLocale('fr_FR');
    expect(value('1\u202f234,5', fr)).toBe(1234.5);
  });

  it('is the locale a spreadsheet is given', () => {
    const workspace = createLocalWorkspace({ locale: 'de_DE' });
    workspace.createSpreadsheet('Lokal');
    const SpreadsheetApp = workspace.globals.SpreadsheetApp as any;
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    expect(spreadsheet.getSpreadsheetLocale()).toBe('de_DE');
    const cell = spreadsheet.getSheets()[0]!.getRange('A1');
    cell.setValue('1.234,5');
    expect(cell.getValue()).toBe(1234.5);
    spreadsheet.setSpreadsheetLocale('en_US');
    cell.setValue('1.234,5');
    expect(cell.getValue()).toBe('1.234,5');
    expect(() => spreadsheet.setSpreadsheetLocale('German')).toThrow('Invalid argument: German');
  });
});
