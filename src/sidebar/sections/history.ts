// Section 6, Next campaign & history: the kickoff pack notice (shown at the top of the sidebar until the campaign
// manager has acknowledged the pack, with "I've read it"), the campaign ledger in use (chosen by link, like the
// learnings Doc) with what it says (the backtest of targets from history, the portfolio's claims), and "Start next
// campaign", which makes the next campaign's workbook and kickoff pack from the ledger. Text is only set as text.
import { OBJECTIVES } from '../../domain/choices.ts';
import type { KickoffState, LedgerInsights, StartNextCampaignResult } from '../../domain/rpc.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';
import { budget } from './setup.ts';
import { safeLink } from './reports-learnings.ts';

export interface HistorySection {
  root: HTMLElement;
  /** The kickoff pack notice, placed at the top of the sidebar: hidden when this campaign has no pack. */
  notice: HTMLElement;
  showKickoff(state: KickoffState | null): void;
}

const link = (url: string, text: string, testid: string) => {
  const href = safeLink(url);
  return href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid }, text) : url;
};

const percent = (rate: number | null) => (rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`);

/** "Targets from history missed by a median 20.0% over 3 KPI results; the targets teams typed by 10.0%." */
export function backtestLine(insights: LedgerInsights): string {
  const b = insights.backtest;
  if (!b) return 'No KPI yet has an earlier campaign to suggest its target from, so there is no backtest.';
  return `Targets from history missed by a median ${percent(b.suggestedMdape)} over ${plural(b.pairs, 'KPI result')}; the targets teams typed by ${percent(b.typedMdape)}.` +
    (b.historical.n ? ` Labelled “Historical data” (${plural(b.historical.n, 'result')}): ${percent(b.historical.suggestedMdape)} against ${percent(b.historical.typedMdape)}.` : '');
}

export function createHistorySection(deps: { call: Call; actions: Actions }): HistorySection {
  const { call, actions } = deps;
  let kickoff: KickoffState | null = null;

  const noticeText = el('p', { 'data-testid': 'kickoff-message' });
  const noticeLink = el('p', { 'data-testid': 'kickoff-pack-link' });
  const readers = el('p', { class: 'gray', 'data-testid': 'kickoff-readers' });
  const acknowledge = actions.register(el('button', { type: 'button', class: 'action', 'data-testid': 'kickoff-acknowledge' }, 'I’ve read the kickoff pack'), () => !!kickoff);
  const notice = el('div', { class: 'kickoff-notice', 'data-testid': 'kickoff-notice', role: 'note', hidden: true },
    noticeText, noticeLink, readers, el('div', { class: 'buttons' }, acknowledge));

  const ledgerUrl = el('input', { id: 'ledger-url', 'data-testid': 'ledger-url', type: 'url', autocomplete: 'off', maxlength: 500, placeholder: 'Link to the agency’s ledger (blank: Debrief makes one)' });
  const ledgerSave = actions.register(el('button', { type: 'button', 'data-testid': 'ledger-save' }, 'Use'));
  const ledgerLoad = actions.register(el('button', { type: 'button', 'data-testid': 'ledger-load' }, 'What the ledger says'));
  const ledgerResult = el('div', { class: 'result', 'data-testid': 'ledger-result', 'aria-live': 'polite' });

  const nextName = el('input', { id: 'next-campaign', 'data-testid': 'next-campaign', type: 'text', autocomplete: 'off', required: true, maxlength: 200 });
  const nextStart = el('input', { id: 'next-startDate', 'data-testid': 'next-startDate', type: 'date' });
  const nextBudget = el('input', { id: 'next-budget', 'data-testid': 'next-budget', type: 'text', autocomplete: 'off', maxlength: 40, inputmode: 'decimal', placeholder: 'blank: this campaign’s' });
  const nextObjective = el('select', { id: 'next-objective', 'data-testid': 'next-objective' },
    el('option', { value: '' }, 'Same as this campaign'), OBJECTIVES.map((o) => el('option', { value: o }, o)));
  const start = actions.register(el('button', { type: 'submit', class: 'action', 'data-testid': 'next-start' }, 'Start next campaign'));
  const nextResult = el('div', { class: 'result', 'data-testid': 'next-result', 'aria-live': 'polite' });
  const form = el('form', { 'data-testid': 'next-form', 'aria-label': 'Start next campaign' },
    el('label', { for: 'next-campaign' }, 'Next campaign’s name'), nextName,
    el('div', { class: 'row' },
      el('div', { class: 'field' }, el('label', { for: 'next-startDate' }, 'Start date'), nextStart),
      el('div', { class: 'field' }, el('label', { for: 'next-budget' }, 'Budget'), nextBudget)),
    el('label', { for: 'next-objective' }, 'Objective'), nextObjective,
    el('div', { class: 'buttons' }, start), nextResult);

  const box = section('history', 'Next campaign & history', false,
    el('h3', {}, 'Campaign ledger'),
    el('p', { class: 'gray' }, 'Every “Append learnings” also fills the agency’s ledger: KPIs, creators with rebook verdicts, actions, learnings and proof points. A ledger a teammate made must be shared with you in Drive first.'),
    el('label', { for: 'ledger-url' }, 'Ledger'), el('div', { class: 'buttons' }, ledgerUrl, ledgerSave), el('div', { class: 'buttons' }, ledgerLoad), ledgerResult,
    el('h3', {}, 'Start next campaign'),
    el('p', { class: 'gray' }, 'Makes the client’s next campaign workbook, with the open actions carried into its Issues tab and targets suggested from history, and a one-page kickoff pack to read before planning.'),
    form);

  const showKickoff = (state: KickoffState | null) => {
    kickoff = state && state.kickoffPack ? state : null;
    notice.hidden = !kickoff;
    actions.refresh();
    if (!kickoff) return;
    const a = kickoff.acknowledgement;
    noticeText.textContent = a.message;
    noticeText.classList.toggle('warning', !a.done);
    noticeText.classList.toggle('gray', a.done);
    fill(noticeLink, link(kickoff.kickoffPack ?? '', 'Open the kickoff pack', 'kickoff-pack-open'));
    fill(readers, a.all.length ? `Read by ${a.all.map((r) => `${r.name || r.email} (${r.at.slice(0, 10)})`).join(', ')}.` : '');
    box.note.textContent = a.done ? 'kickoff pack read' : 'kickoff pack unread';
  };

  const showInsights = (r: LedgerInsights) => {
    if (!r.ledger) return fill(ledgerResult, el('p', { class: 'gray' }, 'No ledger yet: Debrief makes one the first time you append learnings, or paste your agency’s above.'));
    fill(ledgerResult,
      el('p', {}, `${plural(r.campaigns, 'campaign')} in the `, link(r.ledger.url, 'ledger', 'ledger-open'), '.'),
      el('p', { 'data-testid': 'ledger-backtest' }, backtestLine(r)),
      r.claims.length ? el('ul', { class: 'findings', 'data-testid': 'ledger-claims' }, r.claims.map((c) => el('li', {}, c))) : null);
  };

  const showStarted = (r: StartNextCampaignResult) => fill(nextResult,
    el('p', { 'data-testid': 'next-summary' }, `${r.summary}. `),
    el('p', {}, link(r.workbook.url, 'Open the new workbook', 'next-workbook-open'), ' · ', link(r.kickoffPack.url, 'Open the kickoff pack', 'next-pack-open')),
    r.targets.length ? el('ul', { class: 'findings', 'data-testid': 'next-targets' }, r.targets.map((t) => el('li', {}, `${t.kpi}: ${t.target} (${t.confidence})`))) : null,
    r.warnings.length ? el('ul', { class: 'findings', 'data-testid': 'next-warnings' }, r.warnings.map((w) => el('li', { class: 'warning' }, w))) : null);

  acknowledge.addEventListener('click', () => void actions.run(acknowledge, {
    working: 'Recording that you read the kickoff pack…',
    failure: 'Couldn’t record it',
    task: async () => {
      showKickoff(await call('acknowledgeKickoffPack'));
      return 'Recorded: you read the kickoff pack.';
    },
  }));
  ledgerSave.addEventListener('click', () => void actions.run(ledgerSave, {
    working: 'Checking the ledger…',
    failure: 'Couldn’t use that ledger',
    task: async () => {
      showInsights(await call('setLedger', { url: ledgerUrl.value.trim() }));
      return ledgerUrl.value.trim() ? 'Debrief will fill that ledger from now on.' : 'Debrief will make a ledger on the next append.';
    },
  }));
  ledgerLoad.addEventListener('click', () => void actions.run(ledgerLoad, {
    working: 'Reading the ledger…',
    failure: 'Couldn’t read the ledger',
    task: async () => {
      const r = await call('getLedgerInsights');
      showInsights(r);
      return r.ledger ? `Read ${plural(r.campaigns, 'campaign')} from the ledger.` : 'No ledger yet.';
    },
  }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = budget(nextBudget.value);
    void actions.run(start, {
      working: 'Starting the next campaign: reading the ledger, making the workbook and the kickoff pack…',
      failure: 'Couldn’t start the next campaign',
      task: async () => {
        if (typeof typed === 'string') throw new Error(`“${typed}” isn’t a budget: type a number such as 15,000.`);
        const objective = nextObjective.value as (typeof OBJECTIVES)[number] | '';
        const r = await call('startNextCampaign', { campaign: nextName.value.trim(), startDate: nextStart.value || null, budget: typed, objective: objective || null });
        showStarted(r);
        return `Started “${nextName.value.trim()}”: ${r.summary}.`;
      },
    });
  });

  return { root: box.root, notice, showKickoff };
}
