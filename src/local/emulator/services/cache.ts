// CacheService: the user's cache (what the Picker's outcome waits in), whose entries expire on the workspace clock
// (default 10 minutes, at most 6 hours), with the documented limits: keys up to 250 characters, values up to
// 100 KB, 1,000 entries per cache. Only put and getAll are here (what the add-on calls); the script and document
// caches and the other Cache methods throw as not implemented.
// Google: https://developers.google.com/apps-script/reference/cache/cache-service
import { requirePermission } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException, signatureMismatch } from '../errors.ts';

const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ENTRIES = 1000;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21_600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class FakeCacheService {
  private readonly _caches = new Map<string, Map<string, Entry>>();

  constructor(private readonly _ctx: WorkspaceContext) {}

  private _cache(method: string, name: string): FakeCache {
    requirePermission(this._ctx, `CacheService.${method}`, 'storage');
    let entries = this._caches.get(name);
    if (!entries) this._caches.set(name, (entries = new Map()));
    return this._ctx.track('Cache.Cache', new FakeCache(this._ctx, entries));
  }

  getUserCache(): FakeCache { return this._cache('getUserCache', 'user'); }
}

export class FakeCache {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _entries: Map<string, Entry>) {}

  private _live(key: string): Entry | undefined {
    const entry = this._entries.get(key);
    if (entry && entry.expiresAt <= this._ctx.now().getTime()) {
      this._entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private _put(method: string, values: [string, unknown][], seconds: unknown): void {
    if (seconds !== undefined && typeof seconds !== 'number') throw signatureMismatch(`Cache.${method}`, [values, seconds]);
    const lifetime = Math.min(seconds ?? DEFAULT_SECONDS, MAX_SECONDS) * 1000;
    for (const [key, value] of values) {
      if (key.length > MAX_KEY_LENGTH) throw new AppsScriptException('Argument too large: key');
      if (Buffer.byteLength(String(value), 'utf8') > MAX_VALUE_BYTES) throw new AppsScriptException('Argument too large: value');
    }
    for (const [key, value] of values) {
      this._entries.delete(key);
      this._entries.set(key, { value: String(value), expiresAt: this._ctx.now().getTime() + lifetime });
    }
    // Oldest entries are evicted first once the cache is full.
    for (const key of this._entries.keys()) {
      if (this._entries.size <= MAX_ENTRIES) break;
      this._entries.delete(key);
    }
  }

  getAll(keys: unknown): Record<string, string> {
    if (!Array.isArray(keys)) throw signatureMismatch('Cache.getAll', [keys]);
    const found: Record<string, string> = {};
    for (const key of keys) {
      const entry = this._live(String(key));
      if (entry) found[String(key)] = entry.value;
    }
    return found;
  }

  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    if (typeof key !== 'string' || value === undefined) throw signatureMismatch('Cache.put', [key, value, expirationInSeconds]);
    this._put('put', [[key, value]], expirationInSeconds);
  }
}
