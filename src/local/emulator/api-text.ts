// Text that the Docs and Slides APIs take in requests, as Google stores it. Both InsertTextRequest pages say:
// "Some control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual Plane
// Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text" (Docs API and Slides API references,
// InsertTextRequest.text); indexes count UTF-16 code units. The local Workspace strips the same from every request
// that takes text. A lone surrogate isn't Unicode text at all and Google documents nothing for it, so the strict
// reading is taken: such a request is refused.
// Google: https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest,
//   https://developers.google.com/slides/api/reference/rest/v1/presentations/request#inserttextrequest

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters Google strips.
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function strippedAsGoogle(text: string): string {
  return text.replace(STRIPPED, '');
}

/** Why Google wouldn't take `text` (a lone surrogate), or undefined. The wording is ours: Google documents none. */
export function unacceptableText(text: string): string | undefined {
  const at = text.search(LONE_SURROGATE);
  return at < 0 ? undefined : `Invalid JSON payload received. The text holds an unpaired UTF-16 surrogate at index ${at}.`;
}
