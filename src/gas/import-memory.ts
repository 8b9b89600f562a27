// What the last import wrote into each table tab, one fingerprint per row, kept in the document's properties under
// a byte budget per tab (src/domain/property-budget.ts), so a changed file can update the rows nobody has edited
// since and leave the ones people did. Past its budget a row is simply not remembered, which only ever costs a
// silent update (the person is asked instead), never a value.
import { STORED_PROPERTIES } from '../domain/property-budget.ts';
import type { TableKey } from '../domain/tabs/index.ts';
import type { ImportMemory } from '../domain/tabs/row-merge.ts';

/** Each table tab's key in the document's properties. */
export const MEMORY_KEYS = {
  kpis: 'debrief.imported.kpis', creators: 'debrief.imported.creators', content: 'debrief.imported.content',
  issues: 'debrief.imported.issues', wins: 'debrief.imported.wins',
} as const satisfies Record<TableKey, keyof typeof STORED_PROPERTIES>;

const ENTRY = 14; // 7 characters of row-key fingerprint, 7 of the row's

/** A stored memory (a JSON string of entries); anything else is no memory. */
export function decodeMemory(json: string | null | undefined): ImportMemory {
  const memory: ImportMemory = new Map();
  let text: unknown;
  try {
    text = JSON.parse(json ?? '""');
  } catch {
    return memory;
  }
  if (typeof text !== 'string' || !/^[0-9a-z]*$/.test(text)) return memory;
  for (let at = 0; at + ENTRY <= text.length; at += ENTRY) memory.set(text.slice(at, at + 7), text.slice(at + 7, at + ENTRY));
  return memory;
}

/** The memory as stored for `tab`, the newest rows kept when it is over the key's budget. */
export function encodeMemory(tab: TableKey, memory: ImportMemory): { text: string; forgotten: number } {
  const entries = [...memory].filter(([key, value]) => key.length === 7 && value.length === 7);
  const room = Math.floor((STORED_PROPERTIES[MEMORY_KEYS[tab]].bytes - 2) / ENTRY); // 2: the JSON string's quotes
  const kept = entries.slice(Math.max(0, entries.length - room));
  return { text: kept.map(([key, value]) => key + value).join(''), forgotten: entries.length - kept.length };
}
