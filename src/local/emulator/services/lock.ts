// LockService. Everything here runs in one thread, so "another execution holding the lock" is simulated
// through the inspector (holdLock); locks taken by the add-on are released when its execution ends.
// Google: https://developers.google.com/apps-script/reference/lock/lock-service,
//   https://developers.google.com/apps-script/reference/lock/lock
import { requirePermission } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';

export type LockScope = 'script' | 'user' | 'document';

export class LockTable {
  /** Locks some other (simulated) execution holds, by key ("script", "user", "document:<id>"). */
  readonly heldElsewhere = new Set<string>();
  /** Locks the current execution holds. */
  readonly heldHere = new Set<string>();

  constructor(ctx: WorkspaceContext) {
    ctx.onExecutionEnd(() => this.heldHere.clear());
  }
}

export class FakeLockService {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _table: LockTable) {}

  private _lock(method: string, key: string): FakeLock {
    requirePermission(this._ctx, `LockService.${method}`, 'storage');
    return this._ctx.track('Lock.Lock', new FakeLock(this._table, key));
  }

  /** Null outside a document, as documented. */
  getDocumentLock(): FakeLock | null {
    requirePermission(this._ctx, 'LockService.getDocumentLock', 'storage');
    const container = this._ctx.activeSpreadsheet;
    return container && this._lock('getDocumentLock', `document:${container.id}`);
  }

  getScriptLock(): FakeLock { return this._lock('getScriptLock', 'script'); }
}

export class FakeLock {
  constructor(private readonly _table: LockTable, private readonly _key: string) {}

  private _acquire(method: string, timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number') throw signatureMismatch(`Lock.${method}`, [timeoutInMillis]);
    if (this._table.heldElsewhere.has(this._key)) return false;
    this._table.heldHere.add(this._key);
    return true;
  }

  /** Gives up at once when another execution holds the lock: waiting could not end in a single thread. */
  tryLock(timeoutInMillis: unknown): boolean { return this._acquire('tryLock', timeoutInMillis); }

  waitLock(timeoutInMillis: unknown): void {
    if (!this._acquire('waitLock', timeoutInMillis)) throw new AppsScriptException('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean { return this._table.heldHere.has(this._key); }

  releaseLock(): void { this._table.heldHere.delete(this._key); }
}
