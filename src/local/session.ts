// One Debrief session on the local Workspace: the built bundle loaded into a bare vm context, the emulated
// user's state loaded from (and saved to) a folder, and the Apps Script calls of each action recorded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { loadBundle, type Bundle } from './harness.ts';
import { createLocalWorkspace, type LocalWorkspace, type WorkspaceState } from './emulator/index.ts';
import type { CallCounts } from './emulator/call-log.ts';

export const STATE_FILE = 'workspace-state.json';

const StringMap = z.record(z.string(), z.string());
const WorkspaceStateSchema = z.object({
  userProperties: StringMap,
  scriptProperties: StringMap,
  documentProperties: z.record(z.string(), StringMap),
  users: z.record(z.string(), z.object({ userProperties: StringMap, declinedScopes: z.array(z.string()).optional() })).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

export interface ActionCost {
  total: number;
  calls: CallCounts;
}

export interface DebriefSession {
  readonly workspace: LocalWorkspace;
  readonly bundle: Bundle;
  readonly spreadsheetId: string;
  /** Calls a sidebar function as google.script.run would, recording its Apps Script calls under `action`. */
  call<T>(action: string, functionName: string, ...args: unknown[]): T;
  readonly costs: Record<string, ActionCost>;
  saveState(): void;
}

export interface SessionOptions {
  spreadsheetName: string;
  stateDir?: string;
  /** Who of the emulated domain works in the spreadsheet (default the sample user). */
  user?: string;
  now?: () => Date;
  codePath?: string;
}

export function loadState(stateDir: string | undefined): WorkspaceState | undefined {
  if (!stateDir || !existsSync(join(stateDir, STATE_FILE))) return undefined;
  const parsed = WorkspaceStateSchema.safeParse(JSON.parse(readFileSync(join(stateDir, STATE_FILE), 'utf8')));
  if (!parsed.success) throw new Error(`${join(stateDir, STATE_FILE)} is not a Debrief state file: ${parsed.error.issues[0]?.message}`);
  return parsed.data as WorkspaceState;
}

export function openSession(options: SessionOptions): DebriefSession {
  const workspace = createLocalWorkspace({ state: loadState(options.stateDir), now: options.now, userEmail: options.user });
  const spreadsheetId = workspace.createSpreadsheet(options.spreadsheetName);
  const bundle = loadBundle(workspace, { codePath: options.codePath });
  const costs: Record<string, ActionCost> = {};
  bundle.trigger('onOpen', 'LIMITED');
  return {
    workspace,
    bundle,
    spreadsheetId,
    costs,
    call<T>(action: string, functionName: string, ...args: unknown[]): T {
      const { result, calls, total } = workspace.calls.measure(() => bundle.run(functionName, ...args));
      const previous = costs[action];
      costs[action] = previous ? mergeCosts(previous, { total, calls }) : { total, calls };
      return result as T;
    },
    saveState() {
      if (options.stateDir) writeState(options.stateDir, workspace);
    },
  };
}

/** Saves the workspace's properties, users and Drive to `stateDir`/workspace-state.json. */
export function writeState(stateDir: string, workspace: LocalWorkspace): void {
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(join(stateDir, STATE_FILE), JSON.stringify(workspace.exportState(), null, 2));
}

function mergeCosts(a: ActionCost, b: ActionCost): ActionCost {
  const calls: CallCounts = { ...a.calls };
  for (const [key, n] of Object.entries(b.calls)) calls[key] = (calls[key] ?? 0) + n;
  return { total: a.total + b.total, calls };
}
