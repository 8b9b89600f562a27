// One way into PropertiesService: every read and write goes through src/gas/stored-properties.ts, under a key that
// has a byte budget in src/domain/property-budget.ts, so nothing Debrief keeps can outgrow Google's quotas unnoticed,
// and each store is read once per action (one getProperties), again only after the document lock is taken.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_PROPERTIES } from '../../src/domain/property-budget.ts';
import type { GeneratedFile } from '../../src/domain/rpc.ts';
import { measured, reportsWorld, sampleCampaign } from './reports-support.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const GAS = sources('src/gas');

describe('stored properties', () => {
  it('are written only through writeStored', () => {
    const direct = GAS.filter((f) => !f.endsWith('stored-properties.ts') && /\.setPropert(y|ies)\(/.test(readFileSync(f, 'utf8')));
    expect(direct).toEqual([]);
  });

  it('are read only through it (diagnostics reads its probe back from the store itself)', () => {
    const direct = GAS.filter((f) => !/(stored-properties|diagnostics\/checks)\.ts$/.test(f) && /\.(getProperty|getProperties|deleteProperty)\(/.test(readFileSync(f, 'utf8')));
    expect(direct).toEqual(['src/gas/picker/setup.ts']); // the script's own store, read once for the Picker's keys
  });

  it('use only keys that have a byte budget', () => {
    const keys = new Set(GAS.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(debrief\.[A-Za-z]+)'/g)].map((m) => m[1])));
    expect([...keys].filter((k) => !(k in STORED_PROPERTIES))).toEqual([]);
    expect(keys.size).toBeGreaterThan(3);
  });
});

describe('reading the stores', () => {
  const world = reportsWorld(sampleCampaign());

  it('reads each store once per action: one getProperties, never a getProperty per setting', () => {
    const actions: [string, () => unknown][] = [
      ['generateClientReport', () => world.generate('generateClientReport', { includeCosts: true })],
      ['generateInternalBrief', () => world.generate('generateInternalBrief')],
      ['exportSlides', () => world.generate('exportSlides')],
      ['appendLearnings', () => world.append()],
      ['analyze', () => world.bundle.run('analyze')],
      ['getReportsState', () => world.bundle.run('getReportsState')],
    ];
    for (const [name, run] of actions) {
      const { calls } = measured(world, run);
      expect(calls['Properties.getProperty'] ?? 0, name).toBe(0);
      // The user's store and the spreadsheet's (and, for the Reports panel, the script's: the Picker's keys).
      expect(calls['Properties.getProperties'], name).toBeLessThanOrEqual(name === 'getReportsState' ? 3 : 2);
    }
  });

  it('keeps what another execution wrote while this one waited for the document lock', () => {
    const globals = world.workspace.globals as Any;
    const [realLocks, realStores] = [globals.LockService, globals.PropertiesService];
    const theirs: GeneratedFile = { artefact: 'deck', id: 'T'.repeat(44), name: 'Their deck', url: `https://docs.google.com/presentation/d/${'T'.repeat(44)}/edit`, createdAt: '2026-11-24T09:59:00.000Z' };
    globals.LockService = {
      getDocumentLock: () => {
        const lock = realLocks.getDocumentLock();
        return {
          tryLock: (ms: number) => {
            const store = realStores.getDocumentProperties();
            store.setProperty('debrief.generatedFiles', JSON.stringify([theirs, ...JSON.parse(store.getProperty('debrief.generatedFiles') ?? '[]')]));
            return lock.tryLock(ms);
          },
          releaseLock: () => lock.releaseLock(),
        };
      },
    };
    try {
      const made = world.generate('generateInternalBrief');
      expect(made.files.map((f) => f.name).slice(0, 2)).toEqual([made.file.name, 'Their deck']);
    } finally {
      globals.LockService = realLocks;
    }
  });
});
