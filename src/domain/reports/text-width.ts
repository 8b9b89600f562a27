// How wide a text is in Arial (Helvetica's metrics, which Arial shares) and how many lines it wraps to: what the
// page-fit estimate (fit.ts) and the table column widths (table-widths.ts) measure with.

// Widths of ASCII 32–126 in thousandths of an em (Helvetica AFM = Arial's).
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
  611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

function charWidth(c: string): number {
  const code = c.charCodeAt(0);
  return code >= 32 && code <= 126 ? (WIDTHS[code - 32] ?? 556) : 556;
}

/** Points a text takes on one line at `size` (bold ~8% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const c of text) units += charWidth(c);
  return (units / 1000) * size * (bold ? 1.08 : 1);
}

/** Lines a text wraps to in `width` points, word by word (a word wider than the line takes what it needs). */
export function lineCount(text: string, size: number, width: number, bold = false): number {
  if (!text.trim()) return 1;
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, size, bold);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    }
    if (w > width) {
      lines += Math.ceil(w / width) - 1;
      used = w % width;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}
