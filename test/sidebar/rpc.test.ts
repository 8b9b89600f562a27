// The google.script.run wrapper: one runner per call, success resolves, failure rejects with the server's Error.
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../src/sidebar/rpc.ts';

type Handler = (value: unknown) => void;

/** Mimics HtmlService: handlers are attached by chaining, then the server function is called by name. */
function installScriptRun(server: Record<string, (...args: unknown[]) => unknown>) {
  const seen: { name: string; args: unknown[] }[] = [];
  const runner = (success?: Handler, failure?: Handler): unknown =>
    new Proxy({}, {
      get: (_, prop: string) => {
        if (prop === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure);
        if (prop === 'withFailureHandler') return (fn: Handler) => runner(success, fn);
        return (...args: unknown[]) => {
          seen.push({ name: prop, args });
          setTimeout(() => {
            try {
              success?.(server[prop](...args));
            } catch (error) {
              failure?.(error);
            }
          }, 0);
        };
      },
    });
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
  return seen;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('call', () => {
  it('resolves with what the server function returns, passing the arguments on', async () => {
    const seen = installScriptRun({ runChecks: () => ({ checks: [] }), ping: (r) => ({ spreadsheetName: 'S', echo: r }) });
    await expect(call('runChecks')).resolves.toEqual({ checks: [] });
    const request = { message: 'hi', sentAt: '2026-11-18T10:00:00.000Z' };
    await expect(call('ping', request)).resolves.toEqual({ spreadsheetName: 'S', echo: request });
    expect(seen.map((s) => s.name)).toEqual(['runChecks', 'ping']);
  });

  it('rejects with the server’s error', async () => {
    installScriptRun({ analyze: () => { throw new Error('The KPIs tab is missing.'); } });
    await expect(call('analyze')).rejects.toThrow('The KPIs tab is missing.');
  });

  it('says where to open the sidebar when google.script.run is absent', async () => {
    await expect(call('analyze')).rejects.toThrow('Debrief menu');
  });
});
