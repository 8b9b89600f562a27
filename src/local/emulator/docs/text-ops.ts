// Editing one text run (a TextNode) for the Docs API's insertText and deleteContentRange: characters with their styles.
// Google: https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest
import type { TextNode, TextStyle } from './model.ts';

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
