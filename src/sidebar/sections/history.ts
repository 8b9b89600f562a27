// Section 6, Next campaign & history: the kickoff pack notice (shown at the top of the sidebar until the campaign
// manager has acknowledged the pack, with "I've read it"), the campaign ledger in use (chosen in Google Picker or by
// link, like the learnings Doc) with what it says (the backtest of targets from history, the portfolio's claims),
// and "Start next campaign", which makes the next campaign's workbook and kickoff pack from the ledger. Text is only
// set as text.
import { OBJECTIVES } from '../../domain/choices.ts';
import type { KickoffState, LedgerInsights, StartNextCampaignResult } from '../../domain/rpc.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section, type Attrs } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';
import { createPickButton } from './pick-button.ts';
import { linkedFileId, safeLink } from './reports-learnings.ts';
import { budget } from './setup.ts';

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

/** An input with its label above it, inside a field. */
const field = (id: string, label: string, input: HTMLElement) => el('div', { class: 'field' }, el('label', { for: id }, label), input);
const input = (id: string, attrs: Attrs) => el('input', { id, 'data-testid': id, autocomplete: 'off', ...attrs });
const list = (testid: string, items: string[], cls = '') =>
  (items.length ? el('ul', { class: 'findings', 'data-testid': testid }, items.map((t) => el('li', { class: cls }, t))) : null);

export function createHistorySection(deps: { call: Call; actions: Actions }): HistorySection {
  const { call, actions } = deps;
  const button = (testid: string, label: string, enabled?: () => boolean, attrs: Attrs = { type: 'button' }) =>
    actions.register(el('button', { ...attrs, 'data-testid': testid }, label), enabled);
  const run = (target: HTMLButtonElement, working: string, failure: string, task: () => Promise<string>) => void actions.run(target, { working, failure, task });
  let kickoff: KickoffState | null = null;

  const noticeText = el('p', { 'data-testid': 'kickoff-message' });
  const noticeLink = el('p', { 'data-testid': 'kickoff-pack-link' });
  const readers = el('p', { class: 'gray', 'data-testid': 'kickoff-readers' });
  const acknowledge = button('kickoff-acknowledge', 'I’ve read the kickoff pack', () => !!kickoff, { type: 'button', class: 'action' });
  const notice = el('div', { class: 'kickoff-notice', 'data-testid': 'kickoff-notice', role: 'note', hidden: true },
    noticeText, noticeLink, readers, el('div', { class: 'buttons' }, acknowledge));

  const ledgerUrl = input('ledger-url', { type: 'url', maxlength: 500, placeholder: 'Link to the agency’s ledger (blank: Debrief makes one)' });
  const ledgerSave = button('ledger-save', 'Use');
  const ledgerLoad = button('ledger-load', 'What the ledger says');
  const ledgerResult = el('div', { class: 'result', 'data-testid': 'ledger-result', 'aria-live': 'polite' });
  const showInsights = (r: LedgerInsights) => fill(ledgerResult, r.ledger
    ? [el('p', {}, `${plural(r.campaigns, 'campaign')} in the `, link(r.ledger.url, 'ledger', 'ledger-open'), '.'),
      el('p', { 'data-testid': 'ledger-backtest' }, backtestLine(r)), list('ledger-claims', r.claims)]
    : el('p', { class: 'gray' }, 'No ledger yet: Debrief makes one the first time you append learnings, or choose your agency’s above.'));
  const loadInsights = async () => {
    const r = await call('getLedgerInsights');
    showInsights(r);
    return r.ledger ? `Read ${plural(r.campaigns, 'campaign')} from the ledger.` : 'No ledger yet.';
  };
  // A teammate's ledger reaches Debrief under drive.file only once chosen in the Picker (a pasted link opens it on
  // that file). Always offered: a deployment without Picker keys says so (the Reports section too) when it is pressed.
  const ledgerPick = createPickButton(deps, {
    testid: 'ledger-pick', purpose: 'ledger', fileId: () => linkedFileId(ledgerUrl.value),
    onPicked: async () => {
      ledgerUrl.value = '';
      await loadInsights();
    },
  });
  ledgerPick.setReady(true);

  const nextName = input('next-campaign', { type: 'text', required: true, maxlength: 200 });
  const nextStart = input('next-startDate', { type: 'date' });
  const nextBudget = input('next-budget', { type: 'text', maxlength: 40, inputmode: 'decimal', placeholder: 'blank: this campaign’s' });
  const nextObjective = el('select', { id: 'next-objective', 'data-testid': 'next-objective' },
    el('option', { value: '' }, 'Same as this campaign'), OBJECTIVES.map((o) => el('option', { value: o }, o)));
  const start = button('next-start', 'Start next campaign', undefined, { type: 'submit', class: 'action' });
  const nextResult = el('div', { class: 'result', 'data-testid': 'next-result', 'aria-live': 'polite' });
  const form = el('form', { 'data-testid': 'next-form', 'aria-label': 'Start next campaign' },
    field('next-campaign', 'Next campaign’s name', nextName),
    el('div', { class: 'row' }, field('next-startDate', 'Start date', nextStart), field('next-budget', 'Budget', nextBudget)),
    field('next-objective', 'Objective', nextObjective),
    el('div', { class: 'buttons' }, start), nextResult);

  const box = section('history', 'Next campaign & history', false,
    el('h3', {}, 'Campaign ledger'),
    el('p', { class: 'gray' }, 'Every “Append learnings” also fills the agency’s ledger: KPIs, creators with rebook verdicts, actions, learnings and proof points. A teammate’s ledger: once it is shared with you in Drive, choose it from Drive here.'),
    el('label', { for: 'ledger-url' }, 'Ledger'), el('div', { class: 'buttons' }, ledgerUrl, ledgerSave),
    el('div', { class: 'buttons' }, ledgerPick.button, ledgerLoad), ledgerResult,
    el('h3', {}, 'Start next campaign'),
    el('p', { class: 'gray' }, 'Makes the client’s next campaign workbook, with the open actions carried into its Issues tab and targets suggested from history, and a one-page kickoff pack to read before planning.'),
    form);

  const showKickoff = (state: KickoffState | null) => {
    kickoff = state?.kickoffPack ? state : null;
    notice.hidden = !kickoff;
    actions.refresh();
    if (!kickoff) return;
    const a = kickoff.acknowledgement;
    noticeText.textContent = a.message;
    noticeText.classList.toggle('warning', !a.done);
    noticeText.classList.toggle('gray', a.done);
    fill(noticeLink, link(kickoff.kickoffPack ?? '', 'Open the kickoff pack', 'kickoff-pack-open'));
    readers.textContent = a.all.length ? `Read by ${a.all.map((r) => `${r.name || r.email} (${r.at.slice(0, 10)})`).join(', ')}.` : '';
    box.note.textContent = a.done ? 'kickoff pack read' : 'kickoff pack unread';
  };

  const showStarted = (r: StartNextCampaignResult) => fill(nextResult,
    el('p', { 'data-testid': 'next-summary' }, `${r.summary}. `),
    el('p', {}, link(r.workbook.url, 'Open the new workbook', 'next-workbook-open'), ' · ', link(r.kickoffPack.url, 'Open the kickoff pack', 'next-pack-open')),
    list('next-targets', r.targets.map((t) => `${t.kpi}: ${t.target} (${t.confidence})`)),
    list('next-warnings', r.warnings, 'warning'));

  acknowledge.addEventListener('click', () => run(acknowledge, 'Recording that you read the kickoff pack…', 'Couldn’t record it', async () => {
    showKickoff(await call('acknowledgeKickoffPack'));
    return 'Recorded: you read the kickoff pack.';
  }));
  ledgerSave.addEventListener('click', () => run(ledgerSave, 'Checking the ledger…', 'Couldn’t use that ledger', async () => {
    const url = ledgerUrl.value.trim();
    showInsights(await call('setLedger', { url }));
    return url ? 'Debrief will fill that ledger from now on.' : 'Debrief will make a ledger on the next append.';
  }));
  ledgerLoad.addEventListener('click', () => run(ledgerLoad, 'Reading the ledger…', 'Couldn’t read the ledger', loadInsights));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = budget(nextBudget.value);
    const name = nextName.value.trim();
    run(start, 'Starting the next campaign: reading the ledger, making the workbook and the kickoff pack…', 'Couldn’t start the next campaign', async () => {
      if (typeof typed === 'string') throw new Error(`“${typed}” isn’t a budget: type a number such as 15,000.`);
      const objective = nextObjective.value as (typeof OBJECTIVES)[number] | '';
      const r = await call('startNextCampaign', { campaign: name, startDate: nextStart.value || null, budget: typed, objective: objective || null });
      showStarted(r);
      return `Started “${name}”: ${r.summary}.`;
    });
  });

  return { root: box.root, notice, showKickoff };
}
