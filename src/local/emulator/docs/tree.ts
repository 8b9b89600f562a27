// Walking a Doc's element tree: children of any node, a node's parent (nodes hold no back-pointers, so the tree
// stays plain data), and the paragraphs and Text runs under a node in document order.
import type { AnyNode, DocModel, ParagraphNode, TextNode } from './model.ts';
import { sections } from './model.ts';

export type ParentNode = Extract<AnyNode, { kind: 'body' | 'header' | 'footer' | 'cell' | 'table' | 'row' | 'paragraph' }>;

/** The node's children as a live array (mutating it edits the Doc), or undefined for leaves. */
export function childrenOf(node: AnyNode): AnyNode[] | undefined {
  switch (node.kind) {
    case 'body':
    case 'header':
    case 'footer':
    case 'cell':
    case 'paragraph':
      return node.children;
    case 'table':
      return node.rows;
    case 'row':
      return node.cells;
    default:
      return undefined;
  }
}

export function findParent(doc: DocModel, target: AnyNode): { parent: ParentNode; index: number } | undefined {
  const search = (node: AnyNode): { parent: ParentNode; index: number } | undefined => {
    const children = childrenOf(node);
    if (!children) return undefined;
    const index = children.indexOf(target);
    if (index >= 0) return { parent: node as ParentNode, index };
    for (const child of children) {
      if (child.kind === 'text' || child.kind === 'image' || child.kind === 'rule' || child.kind === 'pagebreak') continue;
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const section of sections(doc)) {
    const found = search(section);
    if (found) return found;
  }
  return undefined;
}

/** Whether `node` is `ancestor` or lies under it. */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  if (ancestor === node) return true;
  return (childrenOf(ancestor) ?? []).some((child) => contains(child, node));
}

export function paragraphsUnder(node: AnyNode): ParagraphNode[] {
  if (node.kind === 'paragraph') return [node];
  return (childrenOf(node) ?? []).flatMap((child) => paragraphsUnder(child));
}

export function textNodesUnder(node: AnyNode): TextNode[] {
  if (node.kind === 'text') return [node];
  return (childrenOf(node) ?? []).flatMap((child) => textNodesUnder(child));
}
