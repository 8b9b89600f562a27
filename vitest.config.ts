// Test runner settings: tests live in test/ and mirror src/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The used-surface check: each file records what the bundle called; the whole suite's union is checked at the end.
    setupFiles: ['test/support/surface-record.ts'],
    globalSetup: ['test/support/surface-check.ts'],
  },
});
