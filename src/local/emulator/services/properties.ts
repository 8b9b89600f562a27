// PropertiesService: user, script and per-document stores of strings that outlive executions, with Apps
// Script's documented limits (https://developers.google.com/apps-script/guides/services/quotas: "Properties value
// size 9 KB / val", "Properties total storage 500 KB / property store") and the error messages Apps Script gives
// ("Argument too large: value"; the store's as users report it). Strict readings where the page is silent: a KB is
// 1,000 bytes, counted in UTF-8, and a store's total counts keys as well as values.
import { requirePermission } from '../auth.ts';
import type { WorkspaceContext } from '../context.ts';
import { AppsScriptException, isPlainObject, signatureMismatch } from '../errors.ts';

export const MAX_VALUE_BYTES = 9_000;
export const MAX_STORE_BYTES = 500_000;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export interface SavedProperties {
  userProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  documentProperties: Record<string, Record<string, string>>;
  /** Every user's own store, by email; without it, `userProperties` are `primaryUser`'s. */
  users?: Record<string, { userProperties?: Record<string, string> }>;
}

/** Script properties are the deployment's (shared by every user), document properties the spreadsheet's, user properties each user's own. */
export class PropertyStores {
  readonly users = new Map<string, Map<string, string>>();
  readonly script: Map<string, string>;
  readonly documents = new Map<string, Map<string, string>>();

  constructor(saved?: SavedProperties, primaryUser = '') {
    this.script = new Map(Object.entries(saved?.scriptProperties ?? {}));
    for (const [id, values] of Object.entries(saved?.documentProperties ?? {})) this.documents.set(id, new Map(Object.entries(values)));
    if (saved?.users) {
      for (const [email, user] of Object.entries(saved.users)) this.users.set(email, new Map(Object.entries(user.userProperties ?? {})));
    } else if (saved) this.users.set(primaryUser, new Map(Object.entries(saved.userProperties)));
  }

  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) this.users.set(email, (store = new Map()));
    return store;
  }

  document(spreadsheetId: string): Map<string, string> {
    let store = this.documents.get(spreadsheetId);
    if (!store) this.documents.set(spreadsheetId, (store = new Map()));
    return store;
  }
}

export class FakePropertiesService {
  constructor(private readonly _ctx: WorkspaceContext, private readonly _stores: PropertyStores) {}

  private _store(method: string, store: Map<string, string>): FakeProperties {
    requirePermission(this._ctx, `PropertiesService.${method}`, 'storage');
    return this._ctx.track('Properties.Properties', new FakeProperties(store));
  }

  /** Null outside a document, as documented. */
  getDocumentProperties(): FakeProperties | null {
    requirePermission(this._ctx, 'PropertiesService.getDocumentProperties', 'storage');
    const container = this._ctx.activeSpreadsheet;
    return container && this._store('getDocumentProperties', this._stores.document(container.id));
  }

  getScriptProperties(): FakeProperties { return this._store('getScriptProperties', this._stores.script); }
  getUserProperties(): FakeProperties { return this._store('getUserProperties', this._stores.user(this._ctx.userEmail)); }
}

export class FakeProperties {
  constructor(private readonly _values: Map<string, string>) {}

  /** Applies changes only if the store stays within its limits afterwards. */
  private _write(changes: [string, string][], deleteAllOthers = false): this {
    for (const [, value] of changes) if (bytes(value) > MAX_VALUE_BYTES) throw new AppsScriptException('Argument too large: value');
    const next = new Map(deleteAllOthers ? [] : this._values);
    for (const [key, value] of changes) next.set(key, value);
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > MAX_STORE_BYTES) {
      throw new AppsScriptException('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this._values.clear();
    for (const [key, value] of next) this._values.set(key, value);
    return this;
  }

  getProperty(key: unknown): string | null { return this._values.get(String(key)) ?? null; }
  getProperties(): Record<string, string> { return Object.fromEntries(this._values); }
  getKeys(): string[] { return [...this._values.keys()]; }

  setProperty(key: unknown, value: unknown): this {
    if (key === undefined || value === undefined) throw signatureMismatch('Properties.setProperty', [key, value]);
    return this._write([[String(key), String(value)]]);
  }

  setProperties(properties: unknown, deleteAllOthers: unknown = false): this {
    if (!isPlainObject(properties)) throw signatureMismatch('Properties.setProperties', [properties, deleteAllOthers]);
    return this._write(Object.entries(properties).map(([k, v]) => [k, String(v)]), Boolean(deleteAllOthers));
  }

  deleteProperty(key: unknown): this {
    this._values.delete(String(key));
    return this;
  }

}
