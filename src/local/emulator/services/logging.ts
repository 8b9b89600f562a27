// Logger and console: what the add-on logs goes to the workspace log (inspect.logs()), not to the test
// runner's output.
// Google: https://developers.google.com/apps-script/guides/logging
import { format } from 'node:util';
import type { LogEntry, WorkspaceContext } from '../context.ts';

export class FakeLogger {
  constructor(private readonly _ctx: WorkspaceContext) {}

  private _entries(): LogEntry[] {
    return this._ctx.logs.filter((e) => e.source === 'Logger');
  }

  /** Logger.log(data) or Logger.log(format, ...values) with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    this._ctx.logs.push({ source: 'Logger', level: 'info', message: format(data, ...values) });
    return this;
  }

  getLog(): string { return this._entries().map((e) => e.message).join('\n'); }

  clear(): void {
    const kept = this._ctx.logs.filter((e) => e.source !== 'Logger');
    this._ctx.logs.splice(0, this._ctx.logs.length, ...kept);
  }
}

export class FakeConsole {
  private readonly _timers = new Map<string, number>();

  constructor(private readonly _ctx: WorkspaceContext) {}

  private _write(level: LogEntry['level'], args: unknown[]): void {
    this._ctx.logs.push({ source: 'console', level, message: format(...args) });
  }

  log(...args: unknown[]): void { this._write('log', args); }
  info(...args: unknown[]): void { this._write('info', args); }
  warn(...args: unknown[]): void { this._write('warn', args); }
  error(...args: unknown[]): void { this._write('error', args); }

  time(label: string): void { this._timers.set(String(label), this._ctx.now().getTime()); }

  timeEnd(label: string): void {
    const started = this._timers.get(String(label));
    if (started === undefined) return;
    this._timers.delete(String(label));
    this._write('log', [`${label}: ${this._ctx.now().getTime() - started}ms`]);
  }
}
