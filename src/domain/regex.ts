// Escaping text for use inside a regular expression, for JS RegExp and RE2 alike (Docs' replaceText uses RE2).

/** `value` as a pattern that matches it literally. */
export function escapeRegex(value: string): string {
  return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
