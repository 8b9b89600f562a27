// One way into PropertiesService: every write goes through src/gas/stored-properties.ts, under a key that has a
// byte budget in src/domain/property-budget.ts, so nothing Debrief keeps can outgrow Google's quotas unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_PROPERTIES } from '../../src/domain/property-budget.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const GAS = sources('src/gas');

describe('stored properties', () => {
  it('are written only through writeStored', () => {
    const direct = GAS.filter((f) => !f.endsWith('stored-properties.ts') && /\.setPropert(y|ies)\(/.test(readFileSync(f, 'utf8')));
    expect(direct).toEqual([]);
  });

  it('use only keys that have a byte budget', () => {
    const keys = new Set(GAS.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(debrief\.[A-Za-z]+)'/g)].map((m) => m[1])));
    expect([...keys].filter((k) => !(k in STORED_PROPERTIES))).toEqual([]);
    expect(keys.size).toBeGreaterThan(3);
  });
});
