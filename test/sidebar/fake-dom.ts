// A minimal stand-in for the browser DOM, enough to drive the sidebar's sections in Node without a
// devDependency. `innerHTML` throws, so any test that renders text proves the sidebar never parses HTML.

type Listener = (event: FakeEvent) => void;

export interface FakeEvent {
  type: string;
  target: FakeElement | null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export class FakeText {
  parent: FakeElement | null = null;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

type FakeNode = FakeElement | FakeText;

export class FakeElement {
  parent: FakeElement | null = null;
  childNodes: FakeNode[] = [];
  attributes = new Map<string, string>();
  value = '';
  private listeners = new Map<string, Listener[]>();

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string) {
    this.attributes.set(name, String(value));
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  private flag(name: string, on: boolean) {
    if (on) this.attributes.set(name, '');
    else this.attributes.delete(name);
  }
  get disabled() { return this.hasAttribute('disabled'); }
  set disabled(on: boolean) { this.flag('disabled', on); }
  get hidden() { return this.hasAttribute('hidden'); }
  set hidden(on: boolean) { this.flag('hidden', on); }
  get open() { return this.hasAttribute('open'); }
  set open(on: boolean) { this.flag('open', on); }
  get id() { return this.getAttribute('id') ?? ''; }
  get className() { return this.getAttribute('class') ?? ''; }

  get classList() {
    const read = () => new Set(this.className.split(/\s+/).filter(Boolean));
    const write = (set: Set<string>) => this.setAttribute('class', [...set].join(' '));
    return {
      contains: (c: string) => read().has(c),
      toggle: (c: string, force?: boolean) => {
        const set = read();
        const on = force ?? !set.has(c);
        if (on) set.add(c);
        else set.delete(c);
        write(set);
        return on;
      },
    };
  }

  get dataset(): Record<string, string> {
    const attr = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return new Proxy({}, {
      get: (_, key) => this.getAttribute(attr(String(key))) ?? undefined,
      set: (_, key, value) => { this.setAttribute(attr(String(key)), String(value)); return true; },
    });
  }

  get textContent(): string {
    return this.childNodes.map((n) => n.textContent).join('');
  }
  set textContent(text: string) {
    this.replaceChildren(String(text));
  }
  get innerHTML(): string {
    throw new Error('innerHTML read: the sidebar must not use it');
  }
  set innerHTML(_html: string) {
    throw new Error('innerHTML written: the sidebar must not use it');
  }

  append(...nodes: (FakeNode | string)[]) {
    for (const n of nodes) {
      const node = typeof n === 'string' ? new FakeText(n) : n;
      node.parent = this;
      this.childNodes.push(node);
    }
  }
  replaceChildren(...nodes: (FakeNode | string)[]) {
    this.childNodes = [];
    this.append(...nodes);
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((n): n is FakeElement => n instanceof FakeElement);
  }

  addEventListener(type: string, fn: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  /** Bubbles like a DOM event; returns false when a listener called preventDefault. */
  dispatchEvent(event: FakeEvent): boolean {
    event.target ??= this;
    for (let node: FakeElement | null = this; node; node = node.parent) {
      for (const fn of node.listeners.get(event.type) ?? []) fn(event);
    }
    return !event.defaultPrevented;
  }
  /** A user's click: nothing happens on a disabled button; a submit button submits its form. */
  click() {
    if (this.disabled) return;
    this.dispatchEvent(fakeEvent('click'));
    if (this.tagName === 'button' && this.getAttribute('type') === 'submit') {
      let form = this.parent;
      while (form && form.tagName !== 'form') form = form.parent;
      form?.dispatchEvent(fakeEvent('submit'));
    }
  }
  /** A person typing: sets the value and fires input, then change. */
  type(value: string) {
    this.value = value;
    this.dispatchEvent(fakeEvent('input'));
    this.dispatchEvent(fakeEvent('change'));
  }

  /** All descendant elements, depth first. */
  *walk(): Generator<FakeElement> {
    for (const child of this.children) {
      yield child;
      yield* child.walk();
    }
  }
  /** `byTestId('analyze')`: the first descendant with that data-testid. */
  byTestId(id: string): FakeElement {
    const found = this.allByTestId(id)[0];
    if (!found) throw new Error(`no element with data-testid="${id}"`);
    return found;
  }
  allByTestId(id: string): FakeElement[] {
    return [...this.walk()].filter((e) => e.getAttribute('data-testid') === id);
  }
}

export function fakeEvent(type: string): FakeEvent {
  return {
    type,
    target: null,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

/** Installs `document` for code under test; returns the fake body. */
export function installFakeDocument(): FakeElement {
  const body = new FakeElement('body');
  (globalThis as { document?: unknown }).document = {
    body,
    createElement: (tag: string) => new FakeElement(tag.toLowerCase()),
    createTextNode: (text: string) => new FakeText(text),
  };
  return body;
}

/** The sidebar's types speak HTMLElement; the fake stands in for it. */
export const asFake = (node: unknown) => node as FakeElement;
