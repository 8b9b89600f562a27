// What the last import wrote into each table tab, one fingerprint per row, kept in the document's properties, so a
// changed file can update the rows nobody has edited since and leave the ones people did. Written with the
// properties' documented limits in mind (about 9 KB a value, 500 KB a store:
// https://developers.google.com/apps-script/guides/services/quotas): past them, rows are simply not remembered,
// which only ever costs a silent update (the person is asked instead), never a value.
import type { ImportMemory } from '../domain/tabs/row-merge.ts';

const KEY_PREFIX = 'debrief.imported.';
const ENTRY = 14; // 7 characters of row-key fingerprint, 7 of the row's
/** A little under the 9 KB a property value may hold. */
const MAX_VALUE_CHARACTERS = 8_900;

export function decodeMemory(text: string | null): ImportMemory {
  const memory: ImportMemory = new Map();
  if (!text || !/^[0-9a-z]*$/.test(text)) return memory;
  for (let at = 0; at + ENTRY <= text.length; at += ENTRY) memory.set(text.slice(at, at + 7), text.slice(at + 7, at + ENTRY));
  return memory;
}

export function encodeMemory(memory: ImportMemory): { text: string; forgotten: number } {
  const entries = [...memory].filter(([key, value]) => key.length === 7 && value.length === 7);
  const kept = entries.slice(0, Math.floor(MAX_VALUE_CHARACTERS / ENTRY));
  return { text: kept.map(([key, value]) => key + value).join(''), forgotten: entries.length - kept.length };
}

export const memoryKey = (tabKey: string) => `${KEY_PREFIX}${tabKey}`;

/** About the 500 KB a property store holds, less room for Debrief's other settings. */
const STORE_BUDGET_BYTES = 480_000;

/** UTF-8 bytes, as the properties' quota counts them. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The document's properties as stored, from one read. */
export const storedProperties = (): Record<string, string> => PropertiesService.getDocumentProperties().getProperties();

/** Every table tab's memory, from the stored properties. */
export function importMemories(stored: Record<string, string>, tabKeys: readonly string[]): Record<string, ImportMemory> {
  return Object.fromEntries(tabKeys.map((key) => [key, decodeMemory(stored[memoryKey(key)] ?? null)]));
}

/** Whether the store still fits after `changes` replace what it holds under their keys. */
export function fitsStore(stored: Record<string, string>, changes: Record<string, string>): boolean {
  let total = 0;
  for (const [key, value] of Object.entries({ ...stored, ...changes })) total += utf8Length(key) + utf8Length(value);
  return total <= STORE_BUDGET_BYTES;
}
