// One Debrief session on the local Workspace: the built bundle loaded into a bare vm context, the emulated
// user's state loaded from (and saved to) a folder, and the Apps Script calls of each action recorded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { loadBundle, type Bundle } from './harness.ts';
import { createLocalWorkspace, type LocalWorkspace, type WorkspaceState } from './emulator/index.ts';
import { cpuMs } from './emulator/tracked.ts';
import { performance } from 'node:perf_hooks';
import type { CallCounts, CallTotals, ClassCounts } from './emulator/call-log.ts';

export const STATE_FILE = 'workspace-state.json';

const StringMap = z.record(z.string(), z.string());
const WorkspaceStateSchema = z.object({
  userProperties: StringMap,
  scriptProperties: StringMap,
  documentProperties: z.record(z.string(), StringMap),
  users: z.record(z.string(), z.object({ userProperties: StringMap, declinedScopes: z.array(z.string()).optional() })).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});

/**
 * What an action cost: its calls per `Class.method`, and the measures of CallTotals (round trips, cells read and
 * written, flushes, executions, calls per class). `scriptMs` is the bundle's own CPU time on this machine (the
 * action's CPU time less the local Workspace's), which the cost model scales to Apps Script's; `wallMs` is the clock.
 */
export interface ActionCost extends CallTotals {
  calls: CallCounts;
  wallMs: number;
  scriptMs: number;
  /** Each call's own cost when the action took more than one (an import in parts); the totals above sum them. */
  parts?: ActionCost[];
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
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(stateDir, STATE_FILE), 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${join(stateDir, STATE_FILE)} is not a Debrief state file: ${(error as Error).message}`);
  }
  const parsed = WorkspaceStateSchema.safeParse(json);
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
      const [startedWall, startedCpu] = [performance.now(), cpuMs()];
      const { result, ...measured } = workspace.calls.measure(() => bundle.run(functionName, ...args));
      const wallMs = performance.now() - startedWall;
      const cost: ActionCost = { ...measured, wallMs, scriptMs: Math.max(0, cpuMs() - startedCpu - measured.emulatorMs) };
      const previous = costs[action];
      costs[action] = previous ? mergeCosts(previous, cost) : cost;
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

function addCounts<K extends string>(a: Partial<Record<K, number>>, b: Partial<Record<K, number>>): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...a };
  for (const [key, n] of Object.entries(b) as [K, number][]) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

function mergeCosts(a: ActionCost, b: ActionCost): ActionCost {
  return {
    calls: addCounts(a.calls, b.calls) as CallCounts,
    byClass: addCounts(a.byClass, b.byClass) as ClassCounts,
    total: a.total + b.total,
    roundTrips: a.roundTrips + b.roundTrips,
    cellsRead: a.cellsRead + b.cellsRead,
    cellsWritten: a.cellsWritten + b.cellsWritten,
    flushes: a.flushes + b.flushes,
    executions: a.executions + b.executions,
    emulatorMs: a.emulatorMs + b.emulatorMs,
    wallMs: a.wallMs + b.wallMs,
    scriptMs: a.scriptMs + b.scriptMs,
    parts: [...(a.parts ?? [a]), b],
  };
}
