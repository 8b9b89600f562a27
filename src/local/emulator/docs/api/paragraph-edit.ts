// Editing one paragraph by Docs API offsets (an image, rule or page break counts one): inserting, deleting and
// restyling text, and splitting or joining paragraphs where a "\n" is inserted or deleted.
// Google: https://developers.google.com/docs/api/concepts/structure
import type { InlineNode, ParagraphNode, TextStyle } from '../model.ts';
import { inlineLength, patchStyle, textNode } from '../model.ts';
import { item } from '../../../item.ts';
import { deleteChars, insertChars } from '../text-ops.ts';

/** The style inserted text takes: the character before it, else the one after, else none (Docs' rule). */
export function styleBefore(p: ParagraphNode, offset: number): TextStyle {
  let pos = 0;
  let after: TextStyle | undefined;
  for (const child of p.children) {
    const len = inlineLength(child);
    if (child.kind === 'text') {
      if (offset - 1 >= pos && offset - 1 < pos + len) return item(child.styles, offset - 1 - pos, 'character style');
      if (after === undefined && offset >= pos && offset < pos + len) after = item(child.styles, offset - pos, 'character style');
    }
    pos += len;
  }
  return after ?? {};
}

export function insertInParagraph(p: ParagraphNode, offset: number, text: string, style: TextStyle = styleBefore(p, offset)): void {
  if (text === '') return;
  let pos = 0;
  for (const [i, child] of p.children.entries()) {
    const len = inlineLength(child);
    if (child.kind === 'text' && offset >= pos && offset <= pos + len) {
      insertChars(child, offset - pos, text, style);
      return;
    }
    if (offset <= pos) {
      p.children.splice(i, 0, textNode(text, style));
      return;
    }
    pos += len;
  }
  p.children.push(textNode(text, style));
}

/** Cuts `p` at `offset`: `p` keeps what is before, the returned paragraph (same paragraph style) what is after. */
export function splitParagraph(p: ParagraphNode, offset: number): ParagraphNode {
  const left: InlineNode[] = [];
  const right: InlineNode[] = [];
  let pos = 0;
  for (const child of p.children) {
    const len = inlineLength(child);
    if (pos + len <= offset) left.push(child);
    else if (pos >= offset) right.push(child);
    else if (child.kind === 'text') {
      const cut = offset - pos;
      left.push({ kind: 'text', chars: child.chars.slice(0, cut), styles: child.styles.slice(0, cut) });
      right.push({ kind: 'text', chars: child.chars.slice(cut), styles: child.styles.slice(cut) });
    }
    pos += len;
  }
  p.children = left;
  const next: ParagraphNode = { kind: 'paragraph', style: p.style, children: right };
  if (p.alignment) next.alignment = p.alignment;
  if (p.list) next.list = { ...p.list };
  return next;
}

/** Deletes [from, to) of the paragraph's content (never its closing "\n"). */
export function deleteInParagraph(p: ParagraphNode, from: number, to: number): void {
  const kept: InlineNode[] = [];
  let pos = 0;
  for (const child of p.children) {
    const len = inlineLength(child);
    const s = Math.max(from, pos);
    const e = Math.min(to, pos + len);
    if (s < e) {
      if (child.kind === 'text') {
        deleteChars(child, s - pos, e - pos);
        if (child.chars.length > 0) kept.push(child);
      }
    } else kept.push(child);
    pos += len;
  }
  p.children = kept;
}

export function restyleParagraph(p: ParagraphNode, from: number, to: number, patch: Partial<Record<keyof TextStyle, unknown>>): void {
  let pos = 0;
  for (const child of p.children) {
    const len = inlineLength(child);
    if (child.kind === 'text') {
      for (let i = Math.max(from, pos); i < Math.min(to, pos + len); i++) child.styles[i - pos] = patchStyle(item(child.styles, i - pos, 'character style'), patch);
    }
    pos += len;
  }
}

/** The paragraph's content as Docs API characters; images, rules and page breaks are U+FFFC, which no text matches. */
export function paragraphChars(p: ParagraphNode): string {
  return p.children.map((c) => (c.kind === 'text' ? c.chars : '\ufffc')).join('');
}
