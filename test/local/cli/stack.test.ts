// `debrief stack` maps a position in the minified bundle back to the source line it was built from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapStack } from '../../../src/local/cli/stack.ts';

describe('debrief stack', () => {
  const code = readFileSync('build/Code.js', 'utf8');
  const map = readFileSync('build/Code.js.map', 'utf8');

  it('names the source file and line behind a position in build/Code.js', () => {
    const at = code.indexOf('Open Debrief from a spreadsheet');
    const before = code.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const mapped = mapStack(`Error: boom\n    at Xe (Code:${line}:${column})`, map, 'build');
    expect(mapped).toMatch(new RegExp(`at Xe \\(Code:${line}:${column} → src/gas/spreadsheet\\.ts:\\d+:\\d+\\)`));
  });

  it('leaves lines without a bundle position as they are', () => {
    expect(mapStack('Error: boom\n    at <anonymous>', map, 'build')).toBe('Error: boom\n    at <anonymous>');
  });
});
