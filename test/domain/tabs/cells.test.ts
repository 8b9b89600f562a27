// What is written into a cell keeps a person's text inert and exact: it never becomes a formula, number, date or
// boolean it wasn't, and a cell rewritten as it was reads back unchanged.
import { describe, expect, it } from 'vitest';
import { inertText, rewriteAsIs, toCellInput } from '../../../src/domain/tabs/cells.ts';

describe('inertText', () => {
  it.each([
    ['', ''],
    ['hello', 'hello'],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+44 20 7946 0958', "'+44 20 7946 0958"],
    ['-not a number', "'-not a number"],
    ['@maya.moves', "'@maya.moves"],
    ["'already quoted", "''already quoted"],
    ['1,200', "'1,200"],
    ['3.5%', "'3.5%"],
    ['2026-11-18', "'2026-11-18"],
    ['TRUE', "'TRUE"],
    ['Reel', 'Reel'],
  ])('%j is written as %j', (text, written) => {
    expect(inertText(text)).toBe(written);
  });
});

describe('rewriteAsIs', () => {
  const date = new Date('2026-11-18T00:00:00Z');
  it.each([
    ['a formula keeps its formula', 123, '=A1*2', '=A1*2'],
    ['a blank stays blank', null, '', ''],
    ['undefined is blank', undefined, undefined, ''],
    ['text stays text, made inert', '=not a formula', '', "'=not a formula"],
    ['a number stays a number', 42, '', 42],
    ['a boolean stays a boolean', false, '', false],
    ['a date stays a date', date, '', date],
  ] as const)('%s', (_what, value, formula, written) => {
    expect(rewriteAsIs(value, formula)).toEqual(written);
  });
});

describe('toCellInput', () => {
  it.each([
    // Not left for Sheets to read: in a de_DE spreadsheet "1,200" would be 1.2 (issue 11).
    ['a number column writes "1,200" as the number it reads as', '1,200', 'count', 1200],
    ['a date column leaves "2026-11-18" for Sheets to read', '2026-11-18', 'date', '2026-11-18'],
    ['a text column keeps "1,200" as text', '1,200', 'text', "'1,200"],
    ['a choice column keeps text inert', '=HYPERLINK("x")', 'choice', '\'=HYPERLINK("x")'],
    ['a number column still quotes a formula', '=1+1', 'count', "'=1+1"],
    ['no type is text', '1,200', undefined, "'1,200"],
    ['numbers and booleans pass as they are', 7, 'text', 7],
    ['undefined is blank', undefined, 'count', ''],
  ] as const)('%s', (_what, value, type, written) => {
    expect(toCellInput(value, type)).toEqual(written);
  });
});
