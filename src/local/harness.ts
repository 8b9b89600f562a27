// Runs the built add-on the way Apps Script does: every execution (trigger, menu click, google.script.run call)
// evaluates build/Code.js afresh in a bare vm context holding only the emulated services, under the execution's
// authorization mode, and ends by releasing what the execution held. An error the local Workspace raises itself
// (NotImplementedError, a bug), as opposed to a Google error it emulates, fails the execution even when the
// add-on caught it: a gap in the emulation must never pass as a tested behaviour.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { decodeError, describeFields } from '../domain/errors.ts';
import { isDate, isPlainObject } from './emulator/errors.ts';
import { type AuthMode, type LocalWorkspace, type MenuEntry, workspaceContext } from './emulator/index.ts';
import { GoogleJsonResponseException } from './emulator/drive/api-error.ts';
import { AppsScriptException } from './emulator/errors.ts';
import { Membrane } from './emulator/membrane.ts';
import { isTracked } from './emulator/tracked.ts';
import { trackedSpreadsheet } from './emulator/sheets/spreadsheet.ts';

export interface Bundle {
  /** The context of the latest execution (a fresh one per execution, as Apps Script re-evaluates the script). */
  readonly context: vm.Context;
  hasFunction(name: string): boolean;
  /** Calls a trigger with its event object ({authMode, source}); onOpen defaults to AuthMode.NONE, others to FULL. */
  trigger(name: string, authMode?: AuthMode): unknown;
  /** Calls a server function as google.script.run does, with its rules for names, arguments and results. */
  run(name: string, ...args: unknown[]): unknown;
  /** Clicks the add-on's menu item with this caption (AuthMode.FULL). */
  menuItem(caption: string): unknown;
}

export interface LoadOptions {
  codePath?: string;
  /** Inline script source (tests); takes the place of codePath. */
  code?: string;
  sidebarPath?: string;
}

const BUILD_DIR = fileURLToPath(new URL('../../build/', import.meta.url));
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface Execution {
  context: vm.Context;
  membrane: Membrane;
}

/**
 * Gaps the add-on is known to meet and catch, each to be removed by the stream fixing it. Matched on the error's
 * full message.
 */
const KNOWN_GAPS: readonly string[] = [
  // (none: finding 4's insertInlineImage is emulated now)
];

/** Errors that stand for something Google does: Apps Script's exceptions and the APIs' JSON errors. */
function isEmulatedGoogleError(error: unknown): boolean {
  return error instanceof AppsScriptException || error instanceof GoogleJsonResponseException;
}

/** Thrown from an execution in which the add-on met, and caught, an error the local Workspace raised itself. */
export class LocalWorkspaceGapError extends Error {
  constructor(readonly gaps: readonly Error[]) {
    const list = gaps.map((g) => `${g.name}: ${g.message}`).join('; ');
    super(`The add-on caught an error the local Workspace raised itself, not one Google documents, so no test saw what Google would do there: ${list}`);
    this.name = 'LocalWorkspaceGapError';
  }
}

/** True when `thrown` (from the bundle's realm) is the gap itself, propagating uncaught. */
function isSameError(thrown: unknown, gap: Error): boolean {
  return thrown !== null && typeof thrown === 'object' && (thrown as { message?: unknown }).message === gap.message
    && (thrown as { name?: unknown }).name === gap.name;
}

/** google.script.run accepts primitives, null, and arrays/plain objects of those; anything else fails the call. */
function illegalPath(value: unknown, path: string, seen: Set<object>): string | undefined {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (typeof value !== 'object' || isDate(value) || seen.has(value)) return path;
  if (!Array.isArray(value) && !isPlainObject(value)) return path;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const bad = illegalPath(item, key, seen);
    if (bad !== undefined) return bad;
  }
  seen.delete(value);
  return undefined;
}

/** A JSON-like copy: undefined inside arrays becomes null, undefined properties disappear. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, (item) => (item === undefined ? null : copyValue(item)));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => [key, copyValue(item)]));
  }
  return value;
}

/** Errors thrown by the bundle are of its realm; tests get ordinary Errors with the same name and message. */
function hostError(error: unknown): unknown {
  if (error === null || typeof error !== 'object' || !('message' in error)) return error;
  const copy = new Error(String(error.message));
  copy.name = String((error as { name?: unknown }).name ?? 'Error');
  copy.stack = String((error as { stack?: unknown }).stack ?? copy.stack);
  return copy;
}

/** A failed server call as a person reads it: the ServerError's message, then each field it names. */
export function describeServerError(error: unknown): string {
  const problem = decodeError(error);
  return problem.fields.length ? `${problem.message} ${describeFields(problem.fields)}` : problem.message;
}

function findMenuItem(entries: readonly MenuEntry[], caption: string): string | undefined {
  for (const entry of entries) {
    if ('functionName' in entry && entry.caption === caption) return entry.functionName;
    const nested = 'items' in entry ? findMenuItem(entry.items, caption) : undefined;
    if (nested) return nested;
  }
  return undefined;
}

export function loadBundle(workspace: LocalWorkspace, options: LoadOptions = {}): Bundle {
  const ctx = workspaceContext(workspace);
  const codePath = options.codePath ?? join(BUILD_DIR, 'Code.js');
  const source = options.code ?? readFileSync(codePath, 'utf8');
  const script = new vm.Script(source, { filename: 'Code.js' });
  const sidebarPath = options.sidebarPath ?? (options.code === undefined ? join(dirname(codePath), 'Sidebar.html') : undefined);
  if (sidebarPath && existsSync(sidebarPath)) workspace.addHtmlFile('Sidebar', readFileSync(sidebarPath, 'utf8'));
  const pickerPath = join(dirname(sidebarPath ?? codePath), 'Picker.html'); // the Google Picker dialog, pushed beside the sidebar
  if (options.code === undefined && existsSync(pickerPath)) workspace.addHtmlFile('Picker', readFileSync(pickerPath, 'utf8'));
  const manifestPath = join(dirname(codePath), 'appsscript.json');
  if (options.code === undefined && !ctx.grantedScopes && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { oauthScopes?: string[] };
    if (manifest.oauthScopes) ctx.grantedScopes = new Set(manifest.oauthScopes);
  }

  const builtins = new Set(Object.getOwnPropertyNames(vm.runInContext('globalThis', vm.createContext({}))));
  const reserved = (name: string) => builtins.has(name) || name in workspace.globals;

  let latest: vm.Context = vm.createContext({});
  let gaps: Error[] = [];
  const noteError = (error: unknown, source: object) => {
    // Only the local Workspace's own fakes count: a stand-in a test puts in a service's place may fail on purpose.
    if (isEmulatedGoogleError(error) || !isTracked(source)) return;
    const gap = error instanceof Error ? error : new Error(String(error));
    if (!KNOWN_GAPS.includes(gap.message)) gaps.push(gap);
  };
  const start = (): Execution => {
    const context = vm.createContext({});
    const membrane = new Membrane(context, noteError);
    for (const [name, value] of Object.entries(workspace.globals)) context[name] = membrane.intoScript(value);
    script.runInContext(context);
    latest = context;
    return { context, membrane };
  };

  /** The script's top-level function of that name (declared or assigned), not a built-in or a service. */
  const lookup = (context: vm.Context, name: string): ((...args: unknown[]) => unknown) | undefined => {
    if (!IDENTIFIER.test(name) || reserved(name)) return undefined;
    try {
      return vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, context) as ((...args: unknown[]) => unknown) | undefined;
    } catch {
      return undefined; // a reserved word such as "class"
    }
  };

  /** One execution: evaluate the script under `mode`, run `body`, then restore FULL and release locks. */
  const execute = <T>(mode: AuthMode, body: (execution: Execution) => T): T => {
    workspace.setAuthMode(mode);
    gaps = [];
    try {
      const result = body(start());
      if (gaps.length > 0) throw new LocalWorkspaceGapError(gaps);
      return result;
    } catch (error) {
      if (error instanceof LocalWorkspaceGapError) throw error;
      // A gap that propagated uncaught fails the call as itself; one the add-on caught fails it as a gap.
      const caught = gaps.filter((gap) => !isSameError(error, gap));
      if (caught.length > 0) throw new LocalWorkspaceGapError(caught);
      throw hostError(error);
    } finally {
      workspace.setAuthMode('FULL');
      ctx.endExecution();
    }
  };

  execute('FULL', () => undefined); // a bundle that cannot even load fails here, not in the first test call

  const callEntryPoint = (name: string, mode: AuthMode, args: (execution: Execution) => unknown[]): unknown =>
    execute(mode, (execution) => {
      const fn = lookup(execution.context, name);
      if (!fn) throw new Error(`Script function not found: ${name}`);
      return execution.membrane.intoHost(fn(...args(execution)));
    });

  return {
    get context() {
      return latest;
    },
    hasFunction: (name) => lookup(latest, name) !== undefined,
    trigger(name, authMode) {
      const mode = authMode ?? (name === 'onOpen' ? 'NONE' : 'FULL');
      return callEntryPoint(name, mode, ({ membrane }) => {
        const AuthMode = (workspace.globals.ScriptApp as { AuthMode: Record<string, unknown> }).AuthMode;
        const event: Record<string, unknown> = { authMode: AuthMode[mode] };
        if (mode !== 'NONE' && ctx.activeSpreadsheet) event.source = trackedSpreadsheet(ctx, ctx.activeSpreadsheet);
        return [membrane.intoScript(event)];
      });
    },
    run(name, ...args) {
      // In the sidebar, private functions (trailing _) and non-functions are simply absent from google.script.run.
      if (name.endsWith('_') || !IDENTIFIER.test(name)) throw new TypeError(`google.script.run.${name} is not a function`);
      args.forEach((arg, index) => {
        const bad = illegalPath(arg, String(index), new Set());
        if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
      });
      return execute('FULL', (execution) => {
        const fn = lookup(execution.context, name);
        if (!fn) throw new TypeError(`google.script.run.${name} is not a function`);
        const result = fn(...args.map((arg) => execution.membrane.intoScript(copyValue(arg))));
        // A result google.script.run can't carry (a Date, a function, a Range…) reaches the sidebar as null.
        return illegalPath(result, '', new Set()) === undefined ? copyValue(execution.membrane.intoHost(result)) : null;
      });
    },
    menuItem(caption) {
      const functionName = findMenuItem(workspace.ui.menus.flatMap((m) => m.items), caption);
      if (functionName === undefined) throw new Error(`local harness: the add-on has no menu item "${caption}"`);
      return callEntryPoint(functionName, 'FULL', () => []);
    },
  };
}
