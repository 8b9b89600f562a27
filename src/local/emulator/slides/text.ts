// Styled text of one shape or table cell, as plain data. Slides ends every non-empty text with a newline the user
// can't delete; the model keeps only the editable body and the views add that newline, so lengths in error
// messages ("existing text length (9)") count what the API counts. Replacements here are always literal.
// Google: https://developers.google.com/slides/api/concepts/text

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number; // points
  fontFamily?: string;
  foregroundColor?: string; // "#rrggbb"
  link?: string; // URL
  /** The paragraph's bullet preset (createParagraphBullets), on every character of a bulleted paragraph, its newline included. */
  bullet?: string;
}

export interface Run {
  text: string;
  style: RunStyle;
}

/** Text style fields (updateTextStyle's mask); `bullet` is the paragraph's, not one of them. */
export type StyleField = Exclude<keyof RunStyle, 'bullet'>;
export const STYLE_FIELDS: readonly StyleField[] = ['bold', 'italic', 'underline', 'fontSize', 'fontFamily', 'foregroundColor', 'link'];

/** One style per UTF-16 code unit: every operation is a splice on this, then runs are rebuilt. */
interface Exploded {
  text: string;
  styles: RunStyle[];
}

function explode(runs: readonly Run[]): Exploded {
  const styles: RunStyle[] = [];
  for (const run of runs) for (let i = 0; i < run.text.length; i++) styles.push(run.style);
  return { text: runs.map((r) => r.text).join(''), styles };
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.bullet === b.bullet && STYLE_FIELDS.every((f) => a[f] === b[f]);
}

function implode({ text, styles }: Exploded): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && sameStyle(last.style, styles[i] as RunStyle)) last.text += text[i];
    else runs.push({ text: text[i] as string, style: { ...styles[i] } });
  }
  return runs;
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** The text as Slides shows it: the body plus its closing newline, or "" for an empty shape. */
export function withFinalNewline(runs: readonly Run[]): string {
  const body = plainText(runs);
  return body === '' ? '' : `${body}\n`;
}

/** Style a new character inherits: the one before it, else the one it displaces. */
function inheritedStyle(styles: readonly RunStyle[], index: number): RunStyle {
  return styles[index - 1] ?? styles[index] ?? {};
}

export function insertText(runs: readonly Run[], index: number, text: string): Run[] {
  const e = explode(runs);
  const style = inheritedStyle(e.styles, index);
  return implode({
    text: e.text.slice(0, index) + text + e.text.slice(index),
    styles: [...e.styles.slice(0, index), ...Array<RunStyle>(text.length).fill(style), ...e.styles.slice(index)],
  });
}

export function deleteText(runs: readonly Run[], start: number, end: number): Run[] {
  const e = explode(runs);
  return implode({ text: e.text.slice(0, start) + e.text.slice(end), styles: [...e.styles.slice(0, start), ...e.styles.slice(end)] });
}

/** Replaces [start, end) with `text`, which takes the style of the first replaced character. */
export function replaceRange(runs: readonly Run[], start: number, end: number, text: string): Run[] {
  const e = explode(runs);
  const style = e.styles[start] ?? inheritedStyle(e.styles, start);
  return implode({
    text: e.text.slice(0, start) + text + e.text.slice(end),
    styles: [...e.styles.slice(0, start), ...Array<RunStyle>(text.length).fill(style), ...e.styles.slice(end)],
  });
}

/** Applies `patch` to [start, end); a field present with value undefined is cleared (a "fields" mask entry). */
export function restyle(runs: readonly Run[], start: number, end: number, patch: Partial<RunStyle>): Run[] {
  const e = explode(runs);
  const styles = e.styles.map((s, i) => {
    if (i < start || i >= end) return s;
    const next: RunStyle = { ...s, ...patch };
    for (const f of STYLE_FIELDS) if (next[f] === undefined) delete next[f];
    return next;
  });
  return implode({ text: e.text, styles });
}

/** The value of one style field over [start, end), or null when it differs (Apps Script's TextStyle rule). */
export function uniformStyle<F extends StyleField>(runs: readonly Run[], start: number, end: number, field: F): RunStyle[F] | null {
  const e = explode(runs);
  const values = new Set(e.styles.slice(start, Math.max(end, start + 1)).map((s) => s[field]));
  return values.size === 1 ? ([...values][0] as RunStyle[F]) : null;
}

/**
 * Bullets every paragraph that overlaps [start, end) ("Creates bullets for all of the paragraphs that overlap with
 * the given text index range"), and removes the paragraphs' leading tabs ("The nesting level of each paragraph will
 * be determined by counting leading tabs in front of each paragraph... leading tabs are removed by this request",
 * CreateParagraphBulletsRequest). Nesting itself is not kept: Debrief never nests.
 */
export function bulletParagraphs(runs: readonly Run[], start: number, end: number, preset: string): Run[] {
  const e = explode(runs);
  const from = e.text.lastIndexOf('\n', start - 1) + 1;
  const close = e.text.indexOf('\n', Math.max(start, end - 1));
  const to = close === -1 ? e.text.length : close + 1;
  let text = '';
  const styles: RunStyle[] = [];
  let atParagraphStart = true;
  for (let i = 0; i < e.text.length; i++) {
    const c = e.text[i] as string;
    const inside = i >= from && i < to;
    if (inside && atParagraphStart && c === '\t') continue;
    atParagraphStart = c === '\n';
    text += c;
    styles.push(inside ? { ...(e.styles[i] as RunStyle), bullet: preset } : (e.styles[i] as RunStyle));
  }
  return implode({ text, styles });
}

/** Literal, non-overlapping, left-to-right search; never a pattern. Returns start offsets. */
export function findLiteral(text: string, find: string, matchCase: boolean): number[] {
  const hits: number[] = [];
  if (find === '') return hits;
  const needle = matchCase ? find : find.toLowerCase();
  for (let i = 0; i + find.length <= text.length; ) {
    const slice = text.slice(i, i + find.length);
    if ((matchCase ? slice : slice.toLowerCase()) === needle) {
      hits.push(i);
      i += find.length;
    } else i += 1;
  }
  return hits;
}

/** Replaces every literal occurrence; `$&`, `$1`, `\` and `{{ }}` in either string mean themselves. */
export function replaceAllLiteral(runs: readonly Run[], find: string, replacement: string, matchCase: boolean): { runs: Run[]; count: number } {
  const hits = findLiteral(plainText(runs), find, matchCase);
  let next: Run[] = [...runs];
  for (const start of [...hits].reverse()) next = replaceRange(next, start, start + find.length, replacement);
  return { runs: hits.length ? next : [...runs], count: hits.length };
}
