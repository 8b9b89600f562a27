// `npm test`'s own set-up: every tsconfig in the repo is type-checked (scripts/typecheck.mjs), and the list of the
// slowest test files that start first (test/support/sequencer.ts) names test files that exist, each once.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECTS } from '../../scripts/typecheck.mjs';
import { SLOWEST_FIRST, slownessRank } from '../support/sequencer.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function tsconfigs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsconfigs(path);
    return entry.name === 'tsconfig.json' ? [relative(ROOT, path).replaceAll('\\', '/')] : [];
  });
}

describe('npm test', () => {
  it('type-checks every tsconfig in the repo, each once', () => {
    expect([...PROJECTS].sort()).toEqual(tsconfigs(ROOT).sort());
  });

  it('starts the slowest test files first: each listed once, each a test file that exists', () => {
    expect(new Set(SLOWEST_FIRST).size).toBe(SLOWEST_FIRST.length);
    for (const file of SLOWEST_FIRST) expect(existsSync(join(ROOT, file)) && file.endsWith('.test.ts'), file).toBe(true);
    expect(slownessRank('test/local/cli/scale.test.ts')).toBe(0);
    expect(slownessRank('test/domain/values.test.ts')).toBe(SLOWEST_FIRST.length);
  });
});
