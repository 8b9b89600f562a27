// Indexed access where the index is in range by construction (a loop's own bounds, parallel arrays), for the
// Node-side code (local Workspace, CLI, playground). Under noUncheckedIndexedAccess the compiler can't see that;
// this says it once and fails loudly with what was looked up if the belief is ever wrong, where a `!` would carry
// `undefined` on. (Bundled code has its own: src/domain/item.ts; the local Workspace doesn't import the add-on.)

/** `array[index]`, or an internal error naming `what` when the index is out of range. */
export function item<T>(array: readonly T[], index: number, what = 'item'): T {
  if (!Number.isInteger(index) || index < 0 || index >= array.length) {
    throw new Error(`Internal error: ${what} ${index} is out of range (${array.length} in all).`);
  }
  return array[index] as T;
}
