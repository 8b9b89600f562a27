// Wraps a fake Apps Script object so every method call is counted, official-but-unimplemented methods throw
// loudly, and nothing outside the official API is reachable from the add-on's code.
import { cellsOf, cellsReturned, classifyCall } from './call-classes.ts';
import type { CallLog } from './call-log.ts';
import { officialMembers } from './official-api.ts';
import { noteCall } from './surface.ts';

const INTERNAL = Symbol('local-workspace-internal');

/** The fake behind a tracked proxy, for the local Workspace's own code (never reachable from the bundle by name). */
export function unwrap<T>(value: T): T {
  const inner = (value as { [INTERNAL]?: T } | null)?.[INTERNAL];
  return inner ?? value;
}

/** Whether `value` is one of the local Workspace's tracked fakes (not a stand-in a test put in its place). */
export function isTracked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [INTERNAL]?: unknown })[INTERNAL] !== undefined;
}

export class NotImplementedError extends Error {
  constructor(className: string, member: string) {
    super(`${className}.${member}() is not implemented by the local Workspace`);
    this.name = 'NotImplementedError';
  }
}

/**
 * `qualifiedClass` names the official interface ("Spreadsheet.Range"); calls are counted as "Range.getValues".
 * Members the fake defines that are not official stay private to the local Workspace.
 */
/** Tracked calls in progress: only the outermost one is timed, so a fake calling another fake isn't counted twice. */
let depth = 0;

/** This process's CPU time in ms: unlike the clock, it doesn't count time other programs on the machine took. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function track<T extends object>(qualifiedClass: string, target: T, log: CallLog): T {
  const official = officialMembers(qualifiedClass);
  const shortName = qualifiedClass.split('.').pop() as string;
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === INTERNAL) return obj;
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (!official.has(prop)) {
        // Apps Script objects answer undefined for names they don't have; so do we, even for our own helpers.
        return prop === 'toString' ? () => shortName : undefined;
      }
      const value = Reflect.get(obj, prop, obj);
      if (value === undefined) {
        if (/^[A-Z]/.test(prop)) throw new NotImplementedError(qualifiedClass, prop);
        return () => {
          throw new NotImplementedError(shortName, prop);
        };
      }
      if (typeof value !== 'function') return value; // enums such as SpreadsheetApp.DataValidationCriteria
      const callClass = classifyCall(qualifiedClass, prop);
      return (...args: unknown[]) => {
        const cells = cellsOf(obj, shortName, prop, args);
        if (depth === 0) noteCall(qualifiedClass, prop);
        const started = depth === 0 ? cpuMs() : 0;
        depth++;
        let result: unknown;
        try {
          result = value.apply(obj, args);
        } finally {
          depth--;
          log.record(shortName, prop, { callClass, cells: cells ?? cellsReturned(result), emulatorMs: depth === 0 ? cpuMs() - started : 0 });
        }
        // Builders return `this` for chaining: hand back the proxy, never the bare fake.
        return result === obj ? proxy : result;
      };
    },
    has(_obj, prop) {
      return typeof prop === 'string' && official.has(prop);
    },
    ownKeys() {
      return []; // Object.keys / JSON.stringify must not reveal the fake's internals
    },
    set() {
      return false; // service objects are read-only
    },
  });
  return proxy;
}

/** Public methods a fake class defines (own prototype chain, excluding Object's), for the API-surface test. */
export function publicMethodsOf(instance: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(instance); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && !name.startsWith('_') && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') {
        names.add(name);
      }
    }
  }
  return [...names].sort();
}
