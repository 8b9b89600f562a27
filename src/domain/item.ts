// Indexed access where the index is in range by construction (parallel arrays, a loop's own bounds). Under
// noUncheckedIndexedAccess the compiler can't see that; this says it once and fails loudly with what was looked up
// if the belief is ever wrong, where a `!` would carry `undefined` on into a wrong figure.

/** `array[index]`, or an internal error naming `what` when the index is out of range. */
export function item<T>(array: readonly T[], index: number, what = 'item'): T {
  if (!Number.isInteger(index) || index < 0 || index >= array.length) {
    throw new Error(`Internal error: ${what} ${index} is out of range (${array.length} in all).`);
  }
  return array[index] as T;
}
