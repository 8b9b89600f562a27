// The one way Debrief reads and writes its properties. Reads: a store's first read in an execution takes all of it
// in one getProperties() (one round trip however many settings an action reads: tab ids, team notes, templates,
// files…) and later reads use that snapshot, which every write here updates too. Writes: as JSON, inside the byte
// budget src/domain/property-budget.ts gives the key (which also names its store), so no write reaches
// PropertiesService's quotas ("Argument too large: value") after something was made. Taking the document lock
// (spreadsheet.ts) drops the snapshots: a read-modify-write under the lock starts from what the store holds then.
import type * as z from 'zod/mini';
import { overBudget, STORED_PROPERTIES, type PropertyStoreName, type StoredKey } from '../domain/property-budget.ts';
import { QuotaError } from './errors.ts';

type Properties = GoogleAppsScript.Properties.Properties;

let snapshots: Partial<Record<PropertyStoreName, Record<string, string>>> = {};

const storeNamed = (name: PropertyStoreName): Properties => (name === 'user' ? PropertiesService.getUserProperties() : PropertiesService.getDocumentProperties());

function snapshot(name: PropertyStoreName): Record<string, string> {
  return (snapshots[name] ??= { ...storeNamed(name).getProperties() });
}

/** Forgets what was read, so the next read asks the stores again (the document lock was just taken). */
export function forgetStoredValues(): void {
  snapshots = {};
}

/** The stored text of `key`, or null. */
export function storedText(key: StoredKey): string | null {
  return snapshot(STORED_PROPERTIES[key].store)[key] ?? null;
}

/** The stored value of `key` when it parses as `schema`; otherwise `fallback` (a damaged setting costs only itself). */
export function readStored<T>(key: StoredKey, schema: z.ZodMiniType<T>, fallback: T): T {
  const raw = storedText(key);
  if (!raw) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: stored settings are a boundary, and a damaged one never costs the user's files or data
  }
  console.warn(`Ignored a damaged ${key} setting`);
  return fallback;
}

/** The JSON `value` would be stored as, or a QuotaError saying why it can't be kept (nothing is written). */
export function storableJson(key: StoredKey, value: unknown): string {
  const json = JSON.stringify(value);
  const problem = overBudget(key, json);
  if (problem) throw new QuotaError(problem);
  return json;
}

export function writeStored(key: StoredKey, value: unknown): void {
  writeStoredAll({ [key]: value });
}

/**
 * Several values in one call per store, so what an import keeps (the team's notes, its memory of the rows it wrote)
 * lands together or not at all: every value is checked against its key's budget before any is written.
 */
export function writeStoredAll(values: Partial<Record<StoredKey, unknown>>, options: { oneCall?: boolean } = {}): void {
  const byStore: Partial<Record<PropertyStoreName, Record<string, string>>> = {};
  for (const [key, value] of Object.entries(values)) {
    (byStore[STORED_PROPERTIES[key as StoredKey].store] ??= {})[key] = storableJson(key as StoredKey, value);
  }
  for (const [name, json] of Object.entries(byStore) as [PropertyStoreName, Record<string, string>][]) {
    const keys = Object.keys(json);
    // `oneCall`: setProperties even for one value, so each part of an import makes the calls its one call makes.
    if (keys.length === 1 && !options.oneCall) storeNamed(name).setProperty(keys[0]!, json[keys[0]!]!);
    else storeNamed(name).setProperties(json);
    if (snapshots[name]) Object.assign(snapshots[name], json);
  }
}

export function deleteStored(key: StoredKey): void {
  const name = STORED_PROPERTIES[key].store;
  storeNamed(name).deleteProperty(key);
  if (snapshots[name]) delete snapshots[name][key];
}
