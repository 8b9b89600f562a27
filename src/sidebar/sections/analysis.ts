// Section 3, Analyze: runs analyze() and shows the headline findings, drafted learnings and recommendations,
// and the KPI met/missed tally. The Patterns tab holds the full analysis.
import type { AnalyzeResult } from '../../domain/rpc.ts';
import type { Check } from '../../domain/records.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';

export function createAnalysisSection(deps: { call: Call; actions: Actions; onChecks: (checks: Check[], source: string) => void }): { root: HTMLElement } {
  const { call, actions, onChecks } = deps;
  const result = el('div', { class: 'result', 'data-testid': 'analysis-result' });
  const button = actions.register(el('button', { type: 'button', class: 'action', 'data-testid': 'analyze' }, 'Analyze'));
  const box = section('analyze', 'Analyze', true,
    el('p', { class: 'gray' }, 'Reads the tabs, writes the Patterns tab and drafts learnings from the numbers.'),
    el('div', { class: 'buttons' }, button), result);

  const list = (testid: string, title: string, items: readonly string[], empty: string) => [
    el('h3', {}, title),
    items.length === 0
      ? el('p', { class: 'gray', 'data-testid': testid }, empty)
      : el('ul', { class: 'findings', 'data-testid': testid }, items.map((text) => el('li', {}, text))),
  ];

  const show = (r: AnalyzeResult) => {
    const { met, missed, unknown } = r.kpis;
    fill(result,
      el('p', { class: 'tally', 'data-testid': 'kpi-tally' },
        el('span', { class: 'met', 'data-testid': 'kpi-met' }, `${met} met`), ' · ',
        el('span', { class: missed > 0 ? 'missed' : '', 'data-testid': 'kpi-missed' }, `${missed} missed`),
        unknown > 0 && [' · ', el('span', { class: 'gray', 'data-testid': 'kpi-unknown' }, `${unknown} without data`)]),
      list('headline-list', 'Headlines', r.headline, 'No headline findings yet: add KPIs and creators.'),
      list('learnings-list', 'Learnings', r.learnings, 'No learnings drafted: groups need at least 2 creators.'),
      list('recommendations-list', 'Recommendations', r.recommendations, 'No recommendations drafted yet.'));
    box.note.textContent = `${met} of ${plural(met + missed + unknown, 'KPI')} met`;
  };

  button.addEventListener('click', () => void actions.run(button, {
    working: 'Analyzing the workbook…',
    failure: 'Couldn’t analyze',
    task: async () => {
      const r = await call('analyze');
      show(r);
      onChecks(r.checks, 'the analysis');
      return `Analysis done: ${r.kpis.met} of ${plural(r.kpis.met + r.kpis.missed + r.kpis.unknown, 'KPI')} met. The Patterns tab is up to date.`;
    },
  }));

  return { root: box.root };
}
