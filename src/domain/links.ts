// The one rule for links: only http(s) addresses become links anywhere Debrief writes (Docs, decks, renderings).
// A `javascript:`, `vbscript:`, `data:` or `file:` address typed in a link cell stays inert text, named by a check.

/** `text` as a link when it is an http(s) address with a host (at most 2 kB, as Docs takes), else undefined. */
export function webLink(text: string): string | undefined {
  const url = text.trim();
  return url.length <= 2048 && /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url) ? url : undefined;
}
