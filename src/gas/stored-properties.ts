// The one way Debrief writes a property: as JSON, inside the byte budget src/domain/property-budget.ts gives its
// key, so no write reaches PropertiesService's quotas ("Argument too large: value") after something was made.
import { overBudget, type StoredKey } from '../domain/property-budget.ts';
import { QuotaError } from './errors.ts';

type Properties = GoogleAppsScript.Properties.Properties;

/** The JSON `value` would be stored as, or a QuotaError saying why it can't be kept (nothing is written). */
export function storableJson(key: StoredKey, value: unknown): string {
  const json = JSON.stringify(value);
  const problem = overBudget(key, json);
  if (problem) throw new QuotaError(problem);
  return json;
}

export function writeStored(store: Properties, key: StoredKey, value: unknown): void {
  store.setProperty(key, storableJson(key, value));
}

/**
 * Several values in one call, so what an import keeps (the team's notes, its memory of the rows it wrote) lands
 * together or not at all: every value is checked against its key's budget before any is written.
 */
export function writeStoredAll(store: Properties, values: Partial<Record<StoredKey, unknown>>): void {
  const json: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) json[key] = storableJson(key as StoredKey, value);
  store.setProperties(json);
}
