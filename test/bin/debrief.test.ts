// bin/debrief.js runs the command line from one esbuild bundle of its sources: made again when a source it was made
// from changes, with each module's own paths (build/, the schema generator) and stack traces naming the sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const debrief = (...args: string[]) => spawnSync(process.execPath, ['bin/debrief.js', ...args], { encoding: 'utf8' });
/** `debrief` with no command: the usage, from the sources the bundle was made of. */
const usage = () => expect(debrief().stderr).toContain('Usage:\n  debrief run');
const MANIFEST = 'node_modules/.cache/debrief/cli/inputs.json';
const inputs = () => (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { inputs: Record<string, string> }).inputs;

describe('bin/debrief.js', () => {
  it('bundles the sources it runs, and bundles them again when one changes', () => {
    usage();
    const before = inputs();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['src/local/cli/main.ts', 'src/local/harness.ts', 'src/local/item.ts']));
    expect(Object.keys(before).some((path) => path.includes('node_modules'))).toBe(false); // packages load as Node loads them
    const now = new Date();
    utimesSync('src/local/item.ts', now, now); // its content unchanged: only the time moves
    usage();
    expect(inputs()['src/local/item.ts']).not.toBe(before['src/local/item.ts']);
  });

  it('names the TypeScript sources in a --debug stack trace', () => {
    const run = debrief('check-trace', '/nonexistent/trace.jsonl', '--debug');
    expect(run.stderr).toMatch(/\n\s+at runCheckTrace \(.*src\/local\/cli\/check-trace\.ts:\d+:\d+\)/);
  });
});
