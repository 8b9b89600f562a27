// Which of the local Workspace's public fake methods the add-on itself calls. The membrane marks the time spent in
// calls from the bundle; a tracked fake notes a call that starts there (not one fake calling another, not a test
// calling a fake directly). The suite gathers these to find fakes nothing uses (test/support/surface.ts).

let bundleDepth = 0;
const used = new Set<string>();

/** Runs a call the bundle made into the local Workspace. */
export function fromBundle<T>(call: () => T): T {
  bundleDepth++;
  try {
    return call();
  } finally {
    bundleDepth--;
  }
}

/** A tracked fake's method was called (outermost call only); counted when the bundle made it. */
export function noteCall(qualifiedClass: string, member: string): void {
  if (bundleDepth > 0) used.add(`${qualifiedClass}.${member}`);
}

/** "Spreadsheet.Range.getValues"-style names the bundle has called in this process so far. */
export function usedByBundle(): string[] {
  return [...used].sort();
}
