// A tiny DOM builder: every string becomes a text node, so server- and user-provided text is never parsed as HTML.

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * `el('li', { class: 'check', 'data-testid': 'check-item' }, cell, ' ', message)`.
 * Attributes: `on<event>` functions become listeners, `true` sets an empty attribute, `false`/null/undefined skip it.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  node.append(...flatten(children));
  return node;
}

/** Replaces an element's content with `children` (text stays text). */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren(...flatten(children));
}

function flatten(children: readonly Child[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else out.push(typeof child === 'number' ? String(child) : (child as Node | string));
  }
  return out;
}

export interface Section {
  root: HTMLDetailsElement;
  /** Short gray text beside the title, visible while the section is collapsed. */
  note: HTMLElement;
}

/** A collapsible sidebar section: `<details data-testid="section-<name>">` with its title in the summary. */
export function section(name: string, title: string, open: boolean, ...body: Child[]): Section {
  const note = el('span', { class: 'note gray', 'data-testid': `${name}-note` });
  const root = el('details', { class: 'section', 'data-testid': `section-${name}`, open },
    el('summary', {}, el('span', { class: 'section-title' }, title), ' ', note),
    el('div', { class: 'section-body' }, ...body));
  return { root, note };
}
