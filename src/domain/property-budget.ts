// What Debrief keeps in Apps Script's properties, and the bytes each value may take, so every stored value stays
// inside PropertiesService's quotas by design (https://developers.google.com/apps-script/guides/services/quotas:
// "Properties value size 9 KB / val", "Properties total storage 500 KB / property store"). Lists are trimmed
// oldest first to fit; text a person wrote is refused with a clear message before anything is made.

/** Google's quotas, read strictly: 9 KB as 9,000 bytes, counted in UTF-8. */
export const PROPERTY_QUOTA = { valueBytes: 9_000, storeBytes: 500_000 } as const;

export type PropertyStoreName = 'document' | 'user';

/**
 * Every key Debrief writes, with its store and byte budget. A budget leaves room under the value quota, and one
 * store's budgets add up to far less than its quota, so no write can fail however the stores fill up.
 */
export const STORED_PROPERTIES = {
  'debrief.tabIds': { store: 'document', bytes: 1_000, what: 'the tab ids' },
  // 7,400: the newest files that fit are kept; 600 went to the import's continuation, so the store's total stays put.
  'debrief.generatedFiles': { store: 'document', bytes: 7_400, what: 'the list of generated files' },
  'debrief.keptLearnings': { store: 'document', bytes: 8_000, what: 'the learnings kept for appending' },
  'debrief.teamNotes': { store: 'document', bytes: 8_000, what: 'the team’s learnings and recommendations' },
  'debrief.templates': { store: 'user', bytes: 2_000, what: 'the template settings' },
  'debrief.learningsDoc': { store: 'user', bytes: 500, what: 'the learnings Doc setting' },
  'debrief.ledger': { store: 'user', bytes: 500, what: 'the campaign ledger setting' },
  /** Who read the kickoff pack: the newest that fit are kept (about 10 readers; the document store's total is near its cap). */
  'debrief.kickoffAcknowledgements': { store: 'document', bytes: 800, what: 'who read the kickoff pack' },
  'debrief.exportMappings': { store: 'user', bytes: 4_000, what: 'the export mappings you chose' },
  'debrief.notesTabId': { store: 'document', bytes: 100, what: 'the Notes tab id' },
  'debrief.gateOverrides': { store: 'document', bytes: 8_000, what: 'the reports generated past the completeness gate' },
  // What the last import wrote per table tab (src/gas/import-memory.ts), 14 bytes a row: past its budget, rows are
  // not remembered (a changed file then names each changed cell instead of updating it).
  'debrief.imported.kpis': { store: 'document', bytes: 700, what: 'the memory of the KPIs imported' },
  'debrief.imported.creators': { store: 'document', bytes: 2_800, what: 'the memory of the creators imported' },
  'debrief.imported.content': { store: 'document', bytes: 2_800, what: 'the memory of the content imported' },
  'debrief.imported.issues': { store: 'document', bytes: 700, what: 'the memory of the issues imported' },
  'debrief.imported.wins': { store: 'document', bytes: 700, what: 'the memory of the wins imported' },
  /** Where an import in parts goes on (src/gas/import-continuation.ts): ~120 bytes a tab with a run of rows; past this, parts plan afresh. */
  'debrief.importContinuation': { store: 'document', bytes: 600, what: 'where the import in parts goes on' },
  /** Diagnostics' probe of the largest value Debrief writes; deleted straight after. */
  'debrief.diagnostics': { store: 'document', bytes: 8_000, what: 'the diagnostics probe' },
} as const satisfies Record<string, { store: PropertyStoreName; bytes: number; what: string }>;

export type StoredKey = keyof typeof STORED_PROPERTIES;

/** UTF-8 length of a string, lone surrogates counted as the 3-byte replacement character they are stored as. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function fitsBudget(key: StoredKey, json: string): boolean {
  return utf8Bytes(json) <= STORED_PROPERTIES[key].bytes;
}

/** The longest head of `items` (newest first) whose JSON fits the key's budget. */
export function newestThatFit<T>(key: StoredKey, items: readonly T[]): T[] {
  let count = items.length;
  while (count > 0 && !fitsBudget(key, JSON.stringify(items.slice(0, count)))) count--;
  return items.slice(0, count);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1).replace(/\.0$/, '')} KB`;

/** Why a value can't be kept, in words a person can act on; undefined when it fits. */
export function overBudget(key: StoredKey, json: string): string | undefined {
  const bytes = utf8Bytes(json);
  const { bytes: budget, what } = STORED_PROPERTIES[key];
  if (bytes <= budget) return undefined;
  return `Google lets an add-on keep only ${kb(budget)} for ${what}, and this would take ${kb(bytes)}. Shorten or remove some, then try again; nothing was changed.`;
}
