// Shared test setup: a fresh local Workspace with the built bundle loaded, as Apps Script would run it.
import { readFileSync } from 'node:fs';
import { decodeError, type ServerError } from '../../src/domain/errors.ts';
import { loadBundle, type Bundle } from '../../src/local/harness.ts';
import { createLocalWorkspace, type LocalWorkspace } from '../../src/local/emulator/index.ts';

export const FIXED_NOW = () => new Date('2026-11-24T10:00:00Z');

export function freshBundle(name = 'Test post-mortem'): { workspace: LocalWorkspace; bundle: Bundle } {
  const workspace = createLocalWorkspace({ now: FIXED_NOW });
  workspace.createSpreadsheet(name);
  return { workspace, bundle: loadBundle(workspace) };
}

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
}

/** A tab's computed values as a list of records keyed by header, with the sheet row number. */
export function rowsByHeader(workspace: LocalWorkspace, tab: string): Record<string, unknown>[] {
  const [header, ...rows] = workspace.inspect.values(tab);
  return rows
    .map((cells, i) => ({ cells, record: { row: i + 2, ...Object.fromEntries(header.map((h, c) => [String(h), cells[c]])) } }))
    .filter(({ cells }) => cells.some((v) => v !== '' && v !== null))
    .map(({ record }) => record);
}

/** What a bundle call was refused with, decoded as the sidebar decodes it; the test fails if the call went through. */
export function refusal(run: () => unknown): ServerError {
  try {
    run();
  } catch (error) {
    return decodeError(error);
  }
  throw new Error('expected the call to be refused');
}
