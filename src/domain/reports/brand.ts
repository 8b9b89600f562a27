// The deck's brand colour, from the Campaign tab's "Brand colour" field: #RRGGBB (the # optional, any case), or
// nothing. Blank or unreadable leaves the template's own colours (the built-in template's are Debrief's blue);
// an unreadable one is named by a check, so a typo never silently paints the deck.

const HEX = /^#?([0-9a-f]{6})$/i;

/** "#0b6e4f" for "0B6E4F" or "#0B6E4F"; null for blank or anything else. */
export function brandColour(typed: string | null | undefined): string | null {
  const m = HEX.exec((typed ?? '').trim());
  return m?.[1] ? `#${m[1].toLowerCase()}` : null;
}

/** Why a typed brand colour can't be used, or null when it can (or is blank). */
export function brandColourProblem(typed: string | null | undefined): string | null {
  const value = (typed ?? '').trim();
  if (value === '' || brandColour(value)) return null;
  return `Brand colour “${value}” isn’t a colour Debrief can use: type it as #RRGGBB, six hex digits such as #0B6E4F (copy it from the client’s brand guide). Until then the deck keeps its template’s colours.`;
}
