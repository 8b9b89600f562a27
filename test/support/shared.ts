// Expensive fixtures built once and shared by the tests that read them (a workbook built from a large campaign, a
// `debrief run` output): build in the suite's beforeAll through `shared`, read in each test. Tests that change
// what they get should build their own instead.
import { beforeAll } from 'vitest';

/**
 * Builds `make` once, before the suite's tests, and returns a getter for it. `make` may be async. Use it for
 * anything that takes more than a second or two to build and that several tests only read.
 */
export function shared<T>(make: () => T | Promise<T>, timeoutMs = 240_000): () => T {
  let value: { built: T } | undefined;
  beforeAll(async () => {
    value = { built: await make() };
  }, timeoutMs);
  return () => {
    if (!value) throw new Error('shared fixture read before its suite ran beforeAll');
    return value.built;
  };
}
