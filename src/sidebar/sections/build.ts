// Section 2, Build / refresh tabs: runs buildTabs() and says what was created, refreshed and kept.
import type { BuildTabsResult, TabStatus } from '../../domain/rpc.ts';
import type { Check } from '../../domain/records.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';

export interface BuildSection {
  root: HTMLElement;
  showTabs(tabs: readonly TabStatus[]): void;
}

export function createBuildSection(deps: { call: Call; actions: Actions; onChecks: (checks: Check[], source: string) => void }): BuildSection {
  const { call, actions, onChecks } = deps;
  let tabs: TabStatus[] = [];
  const list = el('ul', { class: 'tabs', 'data-testid': 'tab-list' });
  const result = el('div', { class: 'result', 'data-testid': 'build-result', 'aria-live': 'polite' });
  const button = actions.register(el('button', { type: 'button', class: 'action', 'data-testid': 'build-tabs' }, 'Build / refresh tabs'));
  const box = section('build', 'Build / refresh tabs', true,
    el('p', { class: 'gray' }, 'Creates the workbook’s tabs, or brings their headers, formulas and dropdowns up to date. Rows people typed are kept.'),
    el('div', { class: 'buttons' }, button), result, list);

  const showTabs = (next: readonly TabStatus[]) => {
    tabs = [...next];
    fill(list, tabs.map((t) => el('li', { 'data-tab': t.name, class: t.exists ? '' : 'gray' },
      el('span', { class: 'tab-name' }, t.name), ' ',
      el('span', { class: 'gray' }, !t.exists ? 'not built' : t.rows > 0 ? plural(t.rows, 'row') : 'built'))));
    const missing = tabs.filter((t) => !t.exists).length;
    box.note.textContent = tabs.length === 0 ? '' : missing === 0 ? 'all tabs built' : `${missing} of ${tabs.length} missing`;
  };

  const showResult = (r: BuildTabsResult) => {
    const kept = Object.entries(r.rowsKept).filter(([, n]) => n > 0);
    const total = kept.reduce((sum, [, n]) => sum + n, 0);
    fill(result,
      r.created.length > 0 && el('p', { 'data-testid': 'build-created' }, `Created: ${r.created.join(', ')}.`),
      r.refreshed.length > 0 && el('p', { 'data-testid': 'build-refreshed' }, `Refreshed: ${r.refreshed.join(', ')}.`),
      el('p', { 'data-testid': 'build-kept' }, total === 0
        ? 'No typed rows yet.'
        : `Kept ${plural(total, 'row')}: ${kept.map(([tab, n]) => `${tab} ${n}`).join(', ')}.`));
    const touched = new Set([...r.created, ...r.refreshed]);
    const known = new Set(tabs.map((t) => t.name));
    showTabs([
      ...tabs.map((t) => (touched.has(t.name) ? { ...t, exists: true, rows: r.rowsKept[t.name] ?? t.rows } : t)),
      ...[...touched].filter((name) => !known.has(name)).map((name) => ({ name, exists: true, rows: r.rowsKept[name] ?? 0 })),
    ]);
  };

  button.addEventListener('click', () => void actions.run(button, {
    working: 'Building tabs… this can take a few seconds.',
    failure: 'Couldn’t build the tabs',
    task: async () => {
      const r = await call('buildTabs');
      showResult(r);
      onChecks(r.checks, 'building the tabs');
      const checks = r.checks.length > 0 ? ` ${plural(r.checks.length, 'check')} to look at.` : '';
      return `Tabs ready: ${r.created.length} created, ${r.refreshed.length} refreshed.${checks}`;
    },
  }));

  return { root: box.root, showTabs };
}
