// console: what the add-on logs goes to the workspace log (inspect.logs()), not to the test
// runner's output.
// Google: https://developers.google.com/apps-script/guides/logging
import { format } from 'node:util';
import type { LogEntry, WorkspaceContext } from '../context.ts';

export class FakeConsole {

  constructor(private readonly _ctx: WorkspaceContext) {}

  private _write(level: LogEntry['level'], args: unknown[]): void {
    this._ctx.logs.push({ source: 'console', level, message: format(...args) });
  }

  log(...args: unknown[]): void { this._write('log', args); }
  warn(...args: unknown[]): void { this._write('warn', args); }
  error(...args: unknown[]): void { this._write('error', args); }


}
