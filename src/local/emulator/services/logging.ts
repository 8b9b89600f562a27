// console: what the add-on logs goes to the workspace log (inspect.logs()), not to the test
// runner's output.
import { format } from 'node:util';
import type { LogEntry, WorkspaceContext } from '../context.ts';

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
