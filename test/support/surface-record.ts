// Setup file (vitest.config.ts): after each test file, writes down which fake methods the bundle called in it,
// for the used-surface check that runs when the whole suite is done (surface-check.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, expect } from 'vitest';
import { usedByBundle, usedOutsideBundle } from '../../src/local/emulator/surface.ts';
import { SURFACE_DIR } from './surface-files.ts';

afterAll(() => {
  const file = expect.getState().testPath;
  if (!file) return;
  mkdirSync(SURFACE_DIR, { recursive: true });
  const name = createHash('sha1').update(file).digest('hex').slice(0, 16);
  writeFileSync(`${SURFACE_DIR}/${name}.json`, JSON.stringify({ file, used: usedByBundle(), outside: usedOutsideBundle() }));
});
