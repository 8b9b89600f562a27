// Test runner settings: tests live in test/ and mirror src/.
// Speed on CI's 2 cores: vitest's default leaves one core idle (it runs CPU count − 1 workers); the tests are
// CPU-bound and the main process mostly waits, so one worker per core. Slow files start first (vitest orders
// files by their last duration), and expensive fixtures are built once per file (test/support/shared.ts).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: Math.max(availableParallelism(), 1),
    // The used-surface check: each file records what the bundle called; the whole suite's union is checked at the end.
    setupFiles: ['test/support/surface-record.ts'],
    globalSetup: ['test/support/surface-check.ts'],
  },
});
