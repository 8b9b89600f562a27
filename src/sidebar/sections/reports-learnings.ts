// The Reports section's shared-learnings part: the agency's learnings Doc (chosen in Google Picker, or set by
// link, remembered), the editor for the 3–5 learnings the team keeps, "Append learnings", and "Client history"
// with a recurring root cause flagged. People's text is only ever set as text or input values.
import type { AppendLearningsResult, ClientHistoryResult, KeptLearnings, LinkedFile, ReportsState } from '../../domain/rpc.ts';
import type { ClientHistory } from '../../domain/reports/learnings-doc.ts';
import type { Actions } from '../actions.ts';
import { el, fill } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';
import { createPickButton } from './pick-button.ts';

const MIN = 3;
const MAX = 5;

/** Only Google's own https links become hrefs; anything else stays plain text. */
export function safeLink(url: string): string | undefined {
  return /^https:\/\/(docs|drive)\.google\.com\//.test(url) ? url : undefined;
}

/** A Drive file id in a pasted link ("/d/<id>" or "?id=<id>"), for opening the Picker on that very file. */
export function linkedFileId(input: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]{10,})/.exec(input)?.[1] ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(input)?.[1];
}

export interface LearningsPart {
  root: HTMLElement;
  showDoc(doc: LinkedFile | null): void;
  /** Whether "Choose from Drive" can open the Picker in this deployment. */
  setPickerReady(ready: boolean): void;
  /** Loads the kept (or drafted) learnings into the editor; resolves with the words for the status line. */
  loadKept(): Promise<string>;
}

export function createLearningsPart(deps: { call: Call; actions: Actions; onState: (state: ReportsState) => void }): LearningsPart {
  const { call, actions } = deps;
  let items: string[] = [];
  const docUrl = el('input', { id: 'learnings-doc-url', 'data-testid': 'learnings-doc-url', type: 'url', autocomplete: 'off', maxlength: 500, placeholder: 'Link to the agency’s learnings Doc (blank: Debrief makes one)' });
  const docLink = el('p', { class: 'gray', 'data-testid': 'learnings-doc-link' });
  const docSave = actions.register(el('button', { type: 'button', 'data-testid': 'learnings-doc-save' }, 'Use'));
  const docPick = createPickButton(deps, {
    testid: 'learnings-doc-pick', purpose: 'learnings',
    // A pasted link that needs picking opens the Picker on that Doc.
    fileId: () => linkedFileId(docUrl.value),
    onPicked: async () => {
      docUrl.value = '';
      deps.onState(await call('getReportsState'));
    },
  });
  const editor = el('ol', { class: 'findings', 'data-testid': 'learnings-editor' });
  const count = el('p', { class: 'gray', 'data-testid': 'learnings-count' });
  const add = el('button', { type: 'button', 'data-testid': 'learning-add' }, 'Add a learning');
  const save = actions.register(el('button', { type: 'button', 'data-testid': 'learnings-save' }, 'Save list'), () => items.length >= MIN && items.length <= MAX);
  const append = actions.register(el('button', { type: 'button', class: 'action', 'data-testid': 'learnings-append' }, 'Append learnings'), () => items.length >= MIN && items.length <= MAX);
  const result = el('div', { class: 'result', 'data-testid': 'learnings-result', 'aria-live': 'polite' });
  const historyButton = actions.register(el('button', { type: 'button', 'data-testid': 'history-load' }, 'Client history'));
  const history = el('div', { class: 'result', 'data-testid': 'history-result' });

  const root = el('div', {},
    el('h3', {}, 'Shared client learnings'),
    el('label', { for: 'learnings-doc-url' }, 'Learnings Doc'), el('div', { class: 'buttons' }, docUrl, docSave), el('div', { class: 'buttons' }, docPick.button), docLink,
    el('p', { class: 'gray' }, 'The learnings the team keeps (3–5), edited here before they are added under the client’s heading.'),
    editor, count, el('div', { class: 'buttons' }, add, save, append), result,
    el('div', { class: 'buttons' }, historyButton), history);

  const renderEditor = () => {
    fill(editor, items.map((text, i) => {
      const input = el('input', { type: 'text', maxlength: 1000, 'data-testid': `learning-input-${i}`, 'aria-label': `Learning ${i + 1}` });
      input.value = text;
      input.addEventListener('input', () => {
        items[i] = input.value;
      });
      const remove = el('button', { type: 'button', 'data-testid': `learning-remove-${i}`, 'aria-label': `Remove learning ${i + 1}` }, 'Remove');
      remove.addEventListener('click', () => {
        items.splice(i, 1);
        renderEditor();
      });
      return el('li', { 'data-testid': 'learning-item' }, input, remove);
    }));
    count.textContent = `${plural(items.length, 'learning')} (keep ${MIN}–${MAX})`;
    count.classList.toggle('warning', items.length < MIN || items.length > MAX);
    add.disabled = items.length >= MAX;
    actions.refresh();
  };

  const showKept = (kept: KeptLearnings) => {
    items = [...kept.items];
    renderEditor();
  };

  const showDoc = (doc: LinkedFile | null) => {
    const href = doc ? safeLink(doc.url) : undefined;
    docLink.classList.toggle('warning', Boolean(doc?.problem || doc?.canEdit === false));
    if (!doc) return fill(docLink, 'None yet: Debrief makes one the first time you append, or choose your agency’s Doc from Drive.');
    const open = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'learnings-doc-open-link' }, doc.name ? `“${doc.name}”` : 'open the learnings Doc') : doc.url;
    fill(docLink, 'In use: ', open,
      doc.canEdit === false ? ' — you can only view it, so appending is off until its owner makes you an editor.' : '',
      doc.problem ? ` — ${doc.problem}` : '');
  };

  const showHistory = (h: ClientHistory | null, doc: LinkedFile | null) => {
    if (!doc || !h) return fill(history, el('p', { class: 'gray' }, 'No learnings Doc yet: append this campaign’s learnings, or paste your agency’s Doc above.'));
    fill(history,
      h.recurring.map((r) => el('p', { class: 'warning', 'data-testid': 'history-recurring' },
        `${r.cause} keeps coming back: a root cause in ${plural(r.campaigns.length, 'campaign')} (${r.campaigns.join('; ')}).`)),
      h.campaigns.length === 0
        ? el('p', { class: 'gray' }, `No earlier campaigns for ${h.client} in the learnings Doc.`)
        : h.campaigns.map((c) => el('div', { 'data-testid': 'history-campaign' }, el('h4', {}, c.heading), el('ul', { class: 'findings' }, c.lines.map((l) => el('li', {}, l))))));
  };

  const current = () => items.map((t) => t.trim()).filter(Boolean);

  add.addEventListener('click', () => {
    items.push('');
    renderEditor();
  });
  docSave.addEventListener('click', () => void actions.run(docSave, {
    working: 'Checking the learnings Doc…',
    failure: 'Couldn’t use that Doc',
    task: async () => {
      showDoc((await call('setLearningsDoc', { url: docUrl.value.trim() })).learningsDoc);
      return docUrl.value.trim() ? 'Debrief will append to that Doc from now on.' : 'Debrief will make a learnings Doc on the next append.';
    },
  }));
  save.addEventListener('click', () => void actions.run(save, {
    working: 'Saving the learnings…',
    failure: 'Couldn’t save the learnings',
    task: async () => {
      showKept(await call('saveKeptLearnings', { items: current() }));
      return 'Saved the learnings the team kept.';
    },
  }));
  append.addEventListener('click', () => void actions.run(append, {
    working: 'Appending to the learnings Doc…',
    failure: 'Couldn’t append the learnings',
    task: async () => {
      const r: AppendLearningsResult = await call('appendLearnings', { items: current() });
      showDoc(r.learningsDoc);
      showHistory(r.history, r.learningsDoc);
      const href = safeLink(r.learningsDoc.url);
      fill(result, el('p', {}, r.status === 'added' ? `Added “${r.heading}”${r.newClientHeading ? ' under a new heading for the client' : ''}. ` : `“${r.heading}” was already in the Doc; nothing was added. `,
        href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'learnings-doc-open' }, 'Open the Doc') : ''));
      return r.status === 'added' ? 'Learnings appended.' : 'Already appended: the Doc is unchanged.';
    },
  }));
  historyButton.addEventListener('click', () => void actions.run(historyButton, {
    working: 'Reading the client’s history…',
    failure: 'Couldn’t read the client’s history',
    task: async () => {
      const r: ClientHistoryResult = await call('getClientHistory');
      showHistory(r.history, r.learningsDoc);
      return r.history ? `${plural(r.history.campaigns.length, 'earlier campaign')} for ${r.history.client}.` : 'No learnings Doc yet.';
    },
  }));

  const loadKept = async () => {
    try {
      showKept(await call('getKeptLearnings'));
      return 'Reports loaded.';
    } catch {
      fill(result, el('p', { class: 'gray' }, 'The learnings appear here once the campaign is set up and its tabs are built.'));
      return 'Reports loaded; set up the campaign to edit its learnings.';
    }
  };

  renderEditor();
  return { root, showDoc, loadKept, setPickerReady: docPick.setReady };
}
