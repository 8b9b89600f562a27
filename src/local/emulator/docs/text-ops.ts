// Editing one Text run (a TextNode): inserting and deleting characters with their styles, restyling a range, and
// regex find/replace that never crosses from one Text element into the next, as in Google Docs.
// Google: https://developers.google.com/apps-script/reference/document/text
import { item } from '../../item.ts';
import type { TextNode, TextStyle } from './model.ts';
import { patchStyle } from './model.ts';
import { expandReplacement, type CompiledPattern } from './regex.ts';

/** The style typed text would take at `offset`: the character before it, else the one after, else none. */
export function styleAt(node: TextNode, offset: number): TextStyle {
  return node.styles[offset - 1] ?? node.styles[offset] ?? {};
}

export function insertChars(node: TextNode, offset: number, text: string, style: TextStyle = styleAt(node, offset)): void {
  node.chars = node.chars.slice(0, offset) + text + node.chars.slice(offset);
  node.styles.splice(offset, 0, ...Array.from({ length: text.length }, () => style));
}

export function deleteChars(node: TextNode, start: number, end: number): void {
  node.chars = node.chars.slice(0, start) + node.chars.slice(end);
  node.styles.splice(start, end - start);
}

export function restyle(node: TextNode, start: number, end: number, patch: Partial<Record<keyof TextStyle, unknown>>): void {
  for (let i = Math.max(0, start); i < Math.min(end, node.chars.length); i++) node.styles[i] = patchStyle(item(node.styles, i, 'character style'), patch);
}

export interface TextMatch {
  node: TextNode;
  start: number;
  /** Inclusive, as RangeElement reports it. */
  end: number;
}

/**
 * The first match in `nodes` (document order), each matched on its own; `from` continues after an earlier result.
 * An empty match is skipped, as a range needs at least one character.
 */
export function findFirst(nodes: TextNode[], compiled: CompiledPattern, from?: TextMatch): TextMatch | undefined {
  let startNode = 0;
  let startOffset = 0;
  if (from) {
    startNode = nodes.indexOf(from.node);
    if (startNode < 0) return undefined;
    startOffset = from.end + 1;
  }
  for (let n = startNode; n < nodes.length; n++) {
    const node = item(nodes, n, 'text node');
    const regex = compiled.regex;
    regex.lastIndex = n === startNode ? startOffset : 0;
    for (let m = regex.exec(node.chars); m; m = regex.exec(node.chars)) {
      if (m[0].length > 0) return { node, start: m.index, end: m.index + m[0].length - 1 };
      regex.lastIndex = m.index + 1;
    }
  }
  return undefined;
}

/** Replaces every match in one Text run; replaced text takes the style of the match's first character. */
export function replaceAllIn(node: TextNode, compiled: CompiledPattern, replacement: string): number {
  const regex = compiled.regex;
  regex.lastIndex = 0;
  const edits: { start: number; end: number; text: string; style: TextStyle }[] = [];
  for (let m = regex.exec(node.chars); m; m = regex.exec(node.chars)) {
    const text = expandReplacement(replacement, m, compiled);
    const end = m.index + m[0].length;
    edits.push({ start: m.index, end, text, style: m[0].length > 0 ? item(node.styles, m.index, 'character style') : styleAt(node, m.index) });
    if (m[0].length === 0) regex.lastIndex = m.index + 1;
    if (regex.lastIndex > node.chars.length) break;
  }
  for (const edit of edits.reverse()) {
    deleteChars(node, edit.start, edit.end);
    insertChars(node, edit.start, edit.text, edit.style);
  }
  return edits.length;
}
