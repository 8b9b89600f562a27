// Global setup (vitest.config.ts). When the whole suite ran, every public method a local Workspace fake offers must
// have been called by the bundle in some test, or be on the allow-list with a reason (what else needs it): the local
// Workspace keeps what the product and its tools call, so an unused fake is removed rather than left to drift from
// Google. A partial run (one file, a folder) checks nothing. The list of unused methods is written to
// test-artifacts/unused-surface.txt.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/** "Spreadsheet.Range.getValues" for every official method a fake class implements. */
export function offeredSurface(): string[] {
  const workspace = createLocalWorkspace({ now: () => new Date('2024-05-01T12:00:00Z') });
  workspace.createSpreadsheet('Surface');
  const ctx = workspaceContext(workspace);
  return FAKE_CLASSES.flatMap((fake) => {
    const official = officialMembers(fake.qualifiedName);
    return publicMethodsOf(fake.sample(ctx)).filter((m) => official.has(m)).map((m) => `${fake.qualifiedName}.${m}`);
  }).sort();
}

export function unusedSurface(offered: readonly string[], used: ReadonlySet<string>): string[] {
  return offered.filter((name) => !used.has(name) && !(name in SURFACE_ALLOWED));
}

export default function setup() {
  rmSync(SURFACE_DIR, { recursive: true, force: true });
  return () => {
    let records: { file: string; used: string[] }[];
    try {
      records = readdirSync(SURFACE_DIR).map((f) => JSON.parse(readFileSync(join(SURFACE_DIR, f), 'utf8')));
    } catch {
      return; // nothing recorded: no test file ran to its end
    }
    const ran = new Set(records.map((r) => r.file));
    if (!testFiles(join(ROOT, 'test')).every((file) => ran.has(file))) return;
    const used = new Set(records.flatMap((r) => r.used));
    const offered = offeredSurface();
    const unused = unusedSurface(offered, used);
    const stale = Object.keys(SURFACE_ALLOWED).filter((name) => !offered.includes(name) || used.has(name));
    writeFileSync(join(ROOT, 'test-artifacts/unused-surface.txt'), `${unused.join('\n')}\n`);
    const problems = [
      ...(unused.length ? [`${unused.length} public fake methods of the local Workspace are called by no test through the bundle and are not allowed in test/support/surface-allowed.ts: remove them (or allow one, saying what needs it). ${relative(ROOT, join(ROOT, 'test-artifacts/unused-surface.txt'))} lists them:\n  ${unused.join('\n  ')}`] : []),
      ...(stale.length ? [`test/support/surface-allowed.ts allows methods the bundle now calls or no fake offers: ${stale.join(', ')}`] : []),
    ];
    if (problems.length === 0) return;
    console.error(`\nUsed-surface check failed:\n${problems.join('\n')}\n`);
    // A global teardown's error doesn't change vitest's exit code; this does.
    process.exitCode = 1;
  };
}
