// Test runner settings: tests live in test/ and mirror src/.
// Speed on CI's 2 cores: vitest's default leaves one core idle (it runs CPU count − 1 workers); the tests are
// CPU-bound and the main process mostly waits, so one worker per core. Slow files start first (vitest orders
// files by their last duration), and expensive fixtures are built once per file (test/support/shared.ts).
// isolate: false reuses a worker's module cache across files: each file already builds its own Workspace and loads the
// bundle into a fresh node:vm context, so nothing a test can see is shared; it cuts module loading (~100 s of the
// suite's summed import time on 2 cores) and keeps `npm test` under issue 13's 5 minutes.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: Math.max(availableParallelism(), 1),
    // The used-surface check: each file records what the bundle called; the whole suite's union is checked at the end.
    setupFiles: ['test/support/surface-record.ts'],
    globalSetup: ['test/support/surface-check.ts'],
  },
});
