// Which of the local Workspace's public fake methods the add-on itself calls, and which only tests and tools call. The membrane marks the time spent in
// calls from the bundle; a tracked fake notes a call that starts there (not one fake calling another, not a test
// calling a fake directly). The suite gathers these to find fakes nothing uses (test/support/surface.ts).

let bundleDepth = 0;
const used = new Set<string>();
const usedOutside = new Set<string>();

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
  (bundleDepth > 0 ? used : usedOutside).add(`${qualifiedClass}.${member}`);
}

/** "Spreadsheet.Range.getValues"-style names the bundle has called in this process so far. */
export function usedByBundle(): string[] {
  return [...used].sort();
}

/** Names called from outside the bundle (tests acting as a person in Sheets, the CLI, the playground). */
export function usedOutsideBundle(): string[] {
  return [...usedOutside].sort();
}
