// Typed Promise wrapper over google.script.run: the sidebar's only way to reach the server (src/domain/rpc.ts).
import type { ServerApi } from '../domain/rpc.ts';

type ServerCalls = { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => void };

/** The part of HtmlService's client API we use; handlers are set per call on a fresh runner. */
interface ScriptRunner extends ServerCalls {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

/** Calls one server function; resolves with its result, rejects with the server's Error. */
export type Call = <K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>>;

export const call: Call = (name, ...args) =>
  new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script?.run) {
      reject(new Error('This page must be opened from the Debrief menu in Google Sheets.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as never))
      .withFailureHandler(reject);
    // Parameters<...> of a generic key widens to a union; the mapped type above keeps each call site exact.
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
