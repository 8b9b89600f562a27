// Test runner settings: tests live in test/ and mirror src/.
// Speed on CI's 2 cores: vitest's default leaves one core idle (it runs CPU count − 1 workers); the tests are
// CPU-bound and the main process mostly waits, so one worker per core. The slowest files start first, also in a
// clean clone without vitest's results cache (test/support/sequencer.ts), and expensive fixtures are built once per
// file (test/support/shared.ts). `npm test` runs the type-checks and lint beside the tests (scripts/test.mjs).
// isolate: false reuses a worker's module cache across files: each file already builds its own Workspace and loads the
// bundle into a fresh node:vm context, so nothing a test can see is shared; it cuts module loading (~100 s of the
// suite's summed import time on 2 cores) and keeps `npm test` under issue 13's 5 minutes.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowestFirstSequencer } from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: Math.max(availableParallelism(), 1),
    sequence: { sequencer: SlowestFirstSequencer },
    // The used-surface check: each file records what the bundle called; the whole suite's union is checked at the end.
    setupFiles: ['test/support/surface-record.ts'],
    globalSetup: ['test/support/surface-check.ts'],
  },
});
