// The menu bar: File (load a campaign) and Extensions → Debrief, listing the items the add-on's onOpen added.
import { el, fill } from '../../../sidebar/dom.ts';

export interface MenuBar {
  setItems(captions: readonly string[]): void;
}

export function createMenuBar(root: HTMLElement, actions: { onLoad: () => void; onMenuItem: (caption: string) => void }): MenuBar {
  const debriefItems = el('ul', { class: 'menu-list submenu', role: 'menu', 'data-testid': 'debrief-menu' });
  let open: HTMLElement | null = null;

  const close = () => {
    open?.removeAttribute('data-open');
    open?.querySelector('button')?.setAttribute('aria-expanded', 'false');
    open = null;
  };
  const menu = (label: string, testid: string, ...items: HTMLElement[]) => {
    const button = el('button', { type: 'button', class: 'menu-button', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'data-testid': testid }, label);
    const wrapper = el('div', { class: 'menu' }, button, el('ul', { class: 'menu-list', role: 'menu' }, items));
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const wasOpen = open === wrapper;
      close();
      if (wasOpen) return;
      wrapper.dataset.open = 'true';
      button.setAttribute('aria-expanded', 'true');
      open = wrapper;
    });
    return wrapper;
  };
  const item = (label: string, onSelect: () => void, attrs: Record<string, string> = {}) =>
    el('li', { role: 'none' }, el('button', { type: 'button', role: 'menuitem', class: 'menu-item', ...attrs, onclick: () => {
      close();
      onSelect();
    } }, label));

  fill(root,
    menu('File', 'menu-file', item('Load campaign file…', actions.onLoad, { 'data-testid': 'menu-load' })),
    menu('Extensions', 'menu-extensions',
      el('li', { role: 'none', class: 'has-submenu' },
        // Hover or focus opens the submenu; a click only focuses it, so it must not close the menu.
        el('button', { type: 'button', role: 'menuitem', class: 'menu-item', 'aria-haspopup': 'true', 'data-testid': 'menu-debrief', onclick: (e: Event) => e.stopPropagation() }, 'Debrief', el('span', { class: 'arrow' }, '▸')),
        debriefItems)));
  document.addEventListener('click', close);
  document.addEventListener('keydown', (event) => event.key === 'Escape' && close());

  return {
    setItems(captions) {
      fill(debriefItems, captions.length === 0
        ? el('li', { class: 'menu-empty' }, 'The add-on added no menu items.')
        : captions.map((caption) => item(caption, () => actions.onMenuItem(caption), { 'data-testid': 'menu-item', 'data-caption': caption })));
    },
  };
}
