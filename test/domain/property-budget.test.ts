// Stored values inside PropertiesService's quotas by design: byte counting as Google stores text (UTF-8), one
// budget per key that adds up to less than each store's quota, and lists trimmed oldest first to fit.
import { describe, expect, it } from 'vitest';
import { fitsBudget, newestThatFit, overBudget, PROPERTY_QUOTA, STORED_PROPERTIES, utf8Bytes, type StoredKey } from '../../src/domain/property-budget.ts';

const id44 = (n: number) => `1${String(n).padStart(4, '0')}${'A'.repeat(39)}`;

describe('utf8Bytes', () => {
  it('counts as UTF-8 does, lone surrogates as the 3-byte replacement character', () => {
    for (const text of ['', 'plain', 'café', '日本語', '👩🏽‍💻 team', 'RTL עברית', 'e\u0301', '\ud800 lone', 'end \udc00', '\u{10FFFF}']) {
      expect(utf8Bytes(text), text).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});

describe('STORED_PROPERTIES', () => {
  it('gives every key a budget under the value quota, and each store a total far under its quota', () => {
    const totals: Record<string, number> = {};
    for (const [key, { store, bytes }] of Object.entries(STORED_PROPERTIES)) {
      expect(bytes + utf8Bytes(key), key).toBeLessThanOrEqual(PROPERTY_QUOTA.valueBytes);
      totals[store] = (totals[store] ?? 0) + bytes + utf8Bytes(key);
    }
    for (const total of Object.values(totals)) expect(total).toBeLessThan(PROPERTY_QUOTA.storeBytes / 10);
  });
});

describe('newestThatFit', () => {
  it('keeps the newest generated files that fit, with 44-character ids and 500-character names', () => {
    const files = Array.from({ length: 30 }, (_, i) => ({
      artefact: 'clientReport', id: id44(i), name: `${'N'.repeat(495)}${String(i).padStart(5, '0')}`,
      url: `https://docs.google.com/document/d/${id44(i)}/edit`, createdAt: '2026-11-24T10:00:00.000Z',
    }));
    const kept = newestThatFit('debrief.generatedFiles', files);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(30);
    expect(kept).toEqual(files.slice(0, kept.length));
    expect(fitsBudget('debrief.generatedFiles', JSON.stringify(kept))).toBe(true);
    expect(fitsBudget('debrief.generatedFiles', JSON.stringify(files.slice(0, kept.length + 1)))).toBe(false);
  });

  it('keeps fewer when the names are in a script that takes 3 bytes a character', () => {
    const entry = (n: number, name: string) => ({ id: id44(n), name });
    const latin = newestThatFit('debrief.generatedFiles', Array.from({ length: 30 }, (_, i) => entry(i, 'n'.repeat(500))));
    const cjk = newestThatFit('debrief.generatedFiles', Array.from({ length: 30 }, (_, i) => entry(i, '名'.repeat(500))));
    expect(cjk.length).toBeLessThan(latin.length);
    expect(cjk.length).toBeGreaterThan(0);
  });
});

describe('overBudget', () => {
  it('says what can\'t be kept, how big it is and the budget, and nothing when it fits', () => {
    const key: StoredKey = 'debrief.keptLearnings';
    expect(overBudget(key, JSON.stringify(['short']))).toBeUndefined();
    const message = overBudget(key, JSON.stringify(Array.from({ length: 5 }, () => '学'.repeat(1000))));
    expect(message).toBe('Google lets an add-on keep only 8 KB for the learnings kept for appending, and this would take 15 KB. Shorten or remove some, then try again; nothing was changed.');
  });
});
