// Global setup (vitest.config.ts). When the whole suite ran, every public method a local Workspace fake implements
// must have been called in some test (by the bundle, or by a test acting as a person in Sheets or checking the
// fake), or be on the allow-list with a reason: the local Workspace keeps what the product and its tools call, so
// a fake method nothing calls is removed rather than left to drift from Google. A method a base class implements
// for several classes counts as used when any of them is called. A partial run (one file, a folder) checks nothing.
// test-artifacts/unused-surface.txt lists what nothing calls; test-artifacts/surface-outside-addon.txt lists what
// only tests call (informational: the add-on doesn't, so those fakes serve the tests).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FAKE_CLASSES } from '../../src/local/emulator/fake-classes.ts';
import { createLocalWorkspace, workspaceContext } from '../../src/local/emulator/index.ts';
import { officialMembers } from '../../src/local/emulator/official-api.ts';
import { publicMethodsOf } from '../../src/local/emulator/tracked.ts';
import { SURFACE_ALLOWED } from './surface-allowed.ts';
import { SURFACE_DIR } from './surface-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every official method a fake class implements: its name per exposing class, keyed by the class that declares it. */
export function offeredSurface(): Map<string, string[]> {
  const workspace = createLocalWorkspace({ now: () => new Date('2024-05-01T12:00:00Z') });
  workspace.createSpreadsheet('Surface');
  const ctx = workspaceContext(workspace);
  const byDeclaration = new Map<string, string[]>();
  for (const fake of FAKE_CLASSES) {
    const official = officialMembers(fake.qualifiedName);
    const sample = fake.sample(ctx);
    for (const method of publicMethodsOf(sample).filter((m) => official.has(m))) {
      let owner: object | null = Object.getPrototypeOf(sample);
      while (owner && !Object.hasOwn(owner, method)) owner = Object.getPrototypeOf(owner);
      const key = `${(owner as { constructor?: { name?: string } } | null)?.constructor?.name ?? '?'}#${method}`;
      byDeclaration.set(key, [...(byDeclaration.get(key) ?? []), `${fake.qualifiedName}.${method}`]);
    }
  }
  return byDeclaration;
}

/** Declarations none of whose names was called, minus the allowed ones, as "Owner#method (Class.method, …)". */
export function unusedSurface(offered: ReadonlyMap<string, readonly string[]>, called: ReadonlySet<string>): string[] {
  return [...offered.entries()]
    .filter(([, names]) => !names.some((n) => called.has(n) || n in SURFACE_ALLOWED))
    .map(([key, names]) => `${key} (${names.join(', ')})`)
    .sort();
}

export default function setup() {
  rmSync(SURFACE_DIR, { recursive: true, force: true });
  return () => {
    let records: { file: string; used: string[]; outside: string[] }[];
    try {
      records = readdirSync(SURFACE_DIR).map((f) => JSON.parse(readFileSync(join(SURFACE_DIR, f), 'utf8')));
    } catch {
      return; // nothing recorded: no test file ran to its end
    }
    const ran = new Set(records.map((r) => r.file));
    if (!testFiles(join(ROOT, 'test')).every((file) => ran.has(file))) return;
    const byAddOn = new Set(records.flatMap((r) => r.used));
    const called = new Set([...byAddOn, ...records.flatMap((r) => r.outside)]);
    const offered = offeredSurface();
    const names = new Set([...offered.values()].flat());
    const unused = unusedSurface(offered, called);
    const onlyTests = [...names].filter((n) => called.has(n) && !byAddOn.has(n)).sort();
    const gone = Object.keys(SURFACE_ALLOWED).filter((name) => !names.has(name));
    const nowCalled = Object.keys(SURFACE_ALLOWED).filter((name) => called.has(name));
    writeFileSync(join(ROOT, 'test-artifacts/unused-surface.txt'), `${unused.join('\n')}\n`);
    writeFileSync(join(ROOT, 'test-artifacts/surface-outside-addon.txt'), `${onlyTests.join('\n')}\n`);
    // An allowed method the suite now calls is only reported: another stream's landing may be what calls it.
    if (nowCalled.length) console.error(`\nUsed-surface check: test/support/surface-allowed.ts allows methods the suite now calls (take them off): ${nowCalled.join(', ')}\n`);
    const problems = [
      ...(unused.length ? [`${unused.length} public fake methods of the local Workspace are called by nothing in the suite and are not allowed in test/support/surface-allowed.ts: remove them (or allow one, saying what needs it). test-artifacts/unused-surface.txt lists them:\n  ${unused.join('\n  ')}`] : []),
      ...(gone.length ? [`test/support/surface-allowed.ts allows methods no fake offers: ${gone.join(', ')}`] : []),
    ];
    if (problems.length === 0) return;
    // Strict: the suite fails. DEBRIEF_SURFACE_STRICT=0 only reports (while trying something out, never in CI).
    const strict = process.env.DEBRIEF_SURFACE_STRICT !== '0';
    console.error(`\nUsed-surface check ${strict ? 'failed' : 'found (reported only)'}:\n${problems.join('\n')}\n`);
    // A global teardown's error doesn't change vitest's exit code; this does.
    if (strict) process.exitCode = 1;
  };
}
