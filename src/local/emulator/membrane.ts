// The boundary between the local Workspace (Node's realm) and the bundle's vm context (its own realm). Values
// crossing into the bundle are re-made with the context's own Array, Date, Object and Error, so the add-on's
// `instanceof Date` and `Array.isArray` checks behave as in Apps Script; fakes cross as proxies.
import vm from 'node:vm';
import { isDate, isPlainObject } from './errors.ts';
import { fromBundle } from './surface.ts';

interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export class Membrane {
  private readonly realm: Realm;
  private readonly proxies = new WeakMap<object, object>();
  private readonly originals = new WeakMap<object, object>();

  /**
   * `onHostError` sees every error a host object throws into the bundle, with the object that threw it (the
   * harness tells the local Workspace's own gaps from the Google errors it emulates).
   */
  constructor(context: vm.Context, private readonly onHostError: (error: unknown, source: object) => void = () => {}) {
    this.realm = vm.runInContext('({ Array, Date, Error, Object })', context) as Realm;
  }

  /** A host value as the bundle must see it. */
  intoScript(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (this.originals.has(value)) return value;
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (Array.isArray(value)) return this.realm.Array.from(value, (item) => this.intoScript(item));
    if (isPlainObject(value)) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      // Defined, not assigned: a "__proto__" key from a payload stays a plain property (as google.script.run's JSON
      // copy keeps it), never the copy's prototype.
      for (const [key, item] of Object.entries(value)) {
        this.realm.Object.defineProperty(copy, key, { value: this.intoScript(item), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    return this.proxyFor(value);
  }

  /** A value from the bundle as the workspace must see it (fakes come back as themselves). */
  intoHost(value: unknown): unknown {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    const original = this.originals.get(value);
    if (original) return original;
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return Array.from(value, (item) => this.intoHost(item));
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.intoHost(item)]));
    return value;
  }

  /** A host error re-thrown inside the bundle: an Error of the bundle's realm, same name and message. */
  errorIntoScript(error: unknown): unknown {
    if (!(error instanceof Error)) return this.intoScript(error);
    const copy = new this.realm.Error(error.message);
    copy.name = error.name;
    copy.stack = `${error.name}: ${error.message}\n    at (local Workspace)`;
    return copy;
  }

  private proxyFor(target: object): object {
    let proxy = this.proxies.get(target);
    if (proxy) return proxy;
    const membrane = this;
    const call = (fn: (...args: unknown[]) => unknown, thisArg: unknown, args: unknown[]) => {
      try {
        return membrane.intoScript(fromBundle(() => fn.apply(thisArg, args.map((arg) => membrane.intoHost(arg)))));
      } catch (error) {
        membrane.onHostError(error, target);
        throw membrane.errorIntoScript(error);
      }
    };
    proxy = new Proxy(target, {
      get(obj, prop) {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop);
        // Helpers of plain host objects (enum values) stay private, like the fakes' own `_` members.
        if (prop.startsWith('_')) return undefined;
        let value: unknown;
        try {
          value = Reflect.get(obj, prop); // an official but unemulated class (Slides.Foo) throws NotImplementedError
        } catch (error) {
          membrane.onHostError(error, target);
          throw membrane.errorIntoScript(error);
        }
        if (typeof value !== 'function') return membrane.intoScript(value);
        return (...args: unknown[]) => call(value as (...a: unknown[]) => unknown, obj, args);
      },
      apply(fn, thisArg, args) {
        return call(fn as (...a: unknown[]) => unknown, membrane.intoHost(thisArg), args);
      },
      set() {
        return false;
      },
    });
    this.proxies.set(target, proxy);
    this.originals.set(proxy, target);
    return proxy;
  }
}
