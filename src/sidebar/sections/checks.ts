// Section 4, Checks: problems found in the data, grouped by severity, each naming its cell ("Creators!E7").
// Filled by runChecks(), and also by building the tabs and by the analysis.
import type { Check } from '../../domain/records.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { groupChecks, plural, SEVERITY_LABELS } from '../format.ts';
import type { Call } from '../rpc.ts';

/** A long list helps nobody in a 300 px sidebar; fixing the first ones and re-running shows the rest. */
export const SHOWN_PER_GROUP = 50;

export interface ChecksSection {
  root: HTMLElement;
  show(checks: readonly Check[], source: string): void;
}

export function createChecksSection(deps: { call: Call; actions: Actions }): ChecksSection {
  const { call, actions } = deps;
  const summary = el('p', { class: 'gray', 'data-testid': 'checks-summary' }, 'Not run yet.');
  const list = el('div', { 'data-testid': 'checks-list' });
  const button = actions.register(el('button', { type: 'button', 'data-testid': 'run-checks' }, 'Run checks'));
  const box = section('checks', 'Checks', true,
    el('p', { class: 'gray' }, 'Cells that can’t be read, KPIs without a target confidence, actions without an owner or deadline…'),
    el('div', { class: 'buttons' }, button), summary, list);

  const show = (checks: readonly Check[], source: string) => {
    const groups = groupChecks(checks);
    summary.textContent = checks.length === 0
      ? `No problems found (from ${source}).`
      : `${plural(checks.length, 'check')} (from ${source}).`;
    fill(list, groups.map(({ severity, checks: group }) =>
      el('section', { class: `checks-group sev-${severity}`, 'data-testid': `checks-group-${severity}` },
        el('h3', {}, `${SEVERITY_LABELS[severity]} (${group.length})`),
        el('ul', { class: 'checks' }, group.slice(0, SHOWN_PER_GROUP).map((c) =>
          el('li', { 'data-testid': 'check-item', 'data-severity': c.severity, 'data-kind': c.kind },
            el('code', { class: 'cell' }, c.cell), ' ', el('span', { class: 'message' }, c.message)))),
        group.length > SHOWN_PER_GROUP && el('p', { class: 'gray' }, `…and ${group.length - SHOWN_PER_GROUP} more. Fix these and run the checks again.`))));
    const errors = checks.filter((c) => c.severity === 'error').length;
    box.note.textContent = checks.length === 0 ? 'all clear' : errors > 0 ? plural(errors, 'error') : plural(checks.length, 'check');
  };

  button.addEventListener('click', () => void actions.run(button, {
    working: 'Checking the workbook…',
    failure: 'Couldn’t run the checks',
    task: async () => {
      const { checks } = await call('runChecks');
      show(checks, 'running the checks');
      return checks.length === 0 ? 'Checks done: no problems found.' : `Checks done: ${plural(checks.length, 'check')} to look at.`;
    },
  }));

  return { root: box.root, show };
}
