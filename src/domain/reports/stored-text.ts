// Text as Google Docs and Slides keep it. Both APIs' InsertTextRequest strips U+0000–0008, U+000C–001F and
// U+E000–F8FF "out of the inserted text" (Docs API and Slides API references, InsertTextRequest.text), and count
// indexes in UTF-16 code units (JavaScript's string length). Every path that computes an index or a range from
// text Debrief inserts passes that text through here first, so the ranges it plans are those of the text Google
// keeps. A lone surrogate (not Unicode text; Google documents nothing for it) becomes U+FFFD, one code unit as before.

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters Google strips.
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Breaks a single paragraph can't hold: newline, tab (a list level at a bullet's start), vertical tab, CR, U+2028/9. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab is one of the breaks.
const BREAKS = /[\t\n\u000b\r\u2028\u2029]/g;

/** `value` as Docs or Slides would store it after insertText. */
export function storedText(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replace(STRIPPED, '');
}

/** One paragraph's text: breaks become spaces first, then what Google strips goes. */
export function storedLine(value: string): string {
  return storedText(value.replace(BREAKS, ' '));
}
