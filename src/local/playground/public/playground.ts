// The playground page: stands in for Google Sheets around the real Debrief sidebar. Menu bar with Extensions →
// Debrief, the active tab as a grid, tabs along the bottom, toasts and alerts the add-on showed, campaign loading.
import { el, fill } from '../../../sidebar/dom.ts';
import type { PlaygroundState } from '../protocol.ts';
import { api, watch } from './api.ts';
import { createGrid } from './grid.ts';
import { filesToLoadRequest } from './load.ts';
import { createMenuBar } from './menu.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const title = $('doc-title');
const notice = $('notice');
const tabs = $('sheet-tabs');
const documents = $('documents');
const toasts = $('toasts');
const alertDialog = $<HTMLDialogElement>('alert-dialog');
const sidebarPanel = $('sidebar-panel');
const sidebarFrame = $<HTMLIFrameElement>('sidebar-frame');
// Counts the sidebar documents that finished loading, so a test can wait for a reopened sidebar rather than read the
// one it replaces (the old document stays until the new one commits).
let sidebarLoads = 0;
sidebarFrame.addEventListener('load', () => {
  sidebarFrame.dataset.loads = String(++sidebarLoads);
});
const fileInput = $<HTMLInputElement>('load-file');
const userSwitch = $<HTMLSelectElement>('user-switch');
const addonDialog = $<HTMLDialogElement>('addon-dialog');
const addonFrame = $<HTMLIFrameElement>('addon-dialog-frame');

let state: PlaygroundState | null = null;
let activeSheet = '';
let seen = { toasts: 0, alerts: 0, sidebarShown: 0, dialogsShown: 0 };

function say(text: string, kind: 'info' | 'error' | 'working' = 'info'): void {
  notice.textContent = text;
  notice.dataset.kind = kind;
  notice.hidden = text === '';
}

const grid = createGrid(async (a1, input) => {
  try {
    grid.show(await api.setCell(activeSheet, a1, input));
  } catch (error) {
    say(`Couldn’t change ${activeSheet}!${a1}: ${(error as Error).message}`, 'error');
  }
});
$('sheet-area').replaceWith(grid.root);

const menuBar = createMenuBar($('menu-bar'), {
  onLoad: () => fileInput.click(),
  onMenuItem: async (caption) => {
    say(`Running “${caption}”…`, 'working');
    let failure: string | null = null;
    try {
      await api.menu(caption);
    } catch (error) {
      failure = `${caption}: ${(error as Error).message}`;
    }
    await refresh(); // toasts and alerts first, then the notice settles
    say(failure ?? '', failure ? 'error' : 'info');
  },
});

function showState(next: PlaygroundState): void {
  const previous = state;
  state = next;
  title.textContent = next.spreadsheetName;
  document.title = `${next.spreadsheetName} – Debrief playground`;
  menuBar.setItems(next.menu);
  $('sidebar-title').textContent = next.sidebarTitle;
  // The add-on opened a tab (meeting mode's blocks): follow it, as Sheets shows the activated sheet.
  if (previous && next.activeSheet !== previous.activeSheet && next.sheets.includes(next.activeSheet)) activeSheet = next.activeSheet;
  if (!next.sheets.includes(activeSheet)) activeSheet = next.sheets[0] ?? '';
  fill(tabs, next.sheets.map((name) => el('button', {
    type: 'button', class: name === activeSheet ? 'tab active' : 'tab', 'data-testid': 'sheet-tab', 'data-sheet': name,
    'aria-pressed': String(name === activeSheet), onclick: () => void openSheet(name),
  }, name)));
  showDocuments(next.documents, next);
  showUsers(next);
  if (next.notice && next.notice.text !== previous?.notice?.text) say(next.notice.text, next.notice.error ? 'error' : 'info');
  next.toasts.slice(seen.toasts).forEach(showToast);
  next.alerts.slice(seen.alerts).forEach(showAlert);
  if (previous && (next.generation !== previous.generation || next.sidebarShown > seen.sidebarShown)) openSidebar();
  if (previous && next.dialogsShown > seen.dialogsShown && next.dialog) openAddonDialog(next.dialog);
  seen = { toasts: next.toasts.length, alerts: next.alerts.length, sidebarShown: next.sidebarShown, dialogsShown: next.dialogsShown };
}

/** The people of the emulated domain; choosing one acts as them from the next call on. */
function showUsers(next: PlaygroundState): void {
  if (userSwitch.options.length !== next.users.length) {
    fill(userSwitch, next.users.map((u) => el('option', { value: u.email }, u.role ? `${u.name} — ${u.role}` : u.name)));
  }
  userSwitch.value = next.user;
}
userSwitch.addEventListener('change', () => void (async () => {
  try {
    await api.setUser(userSwitch.value);
  } catch (error) {
    say(`Couldn’t switch user: ${(error as Error).message}`, 'error');
  }
  await refresh();
})());

/** A dialog the add-on opened (showModalDialog), as Sheets shows it: modal, with its title, at its size. */
function openAddonDialog(dialog: NonNullable<PlaygroundState['dialog']>): void {
  fill($('addon-dialog-title'), dialog.title);
  addonFrame.style.width = `${dialog.width}px`;
  addonFrame.style.height = `${dialog.height}px`;
  addonFrame.src = `/dialog/${dialog.index}`;
  if (!addonDialog.open) addonDialog.showModal();
}
function closeAddonDialog(): void {
  addonFrame.src = 'about:blank'; // the dialog's page stops, as when Sheets closes it
  if (addonDialog.open) addonDialog.close();
}
$('addon-dialog-close').addEventListener('click', closeAddonDialog);
addonDialog.addEventListener('cancel', () => {
  addonFrame.src = 'about:blank';
});

/** Drive's Docs and decks the current user can see in a drop-down, each shareable by its owner or an editor; the newest also as a direct link. */
function showDocuments(list: PlaygroundState['documents'], state: PlaygroundState): void {
  documents.hidden = list.length === 0;
  $('documents-summary').textContent = `Documents in Drive (${list.length})`;
  const owner = (email: string) => (email === state.user ? '' : ` · ${state.users.find((u) => u.email === email)?.name ?? email}’s`);
  fill($('documents-list'), [...list].reverse().map((d) => el('li', { 'data-testid': 'document-item' },
    el('a', { href: d.url, target: '_blank', rel: 'noopener', 'data-testid': 'document-link', 'data-kind': d.kind }, d.name),
    el('span', { class: 'gray' }, ` ${d.kind}${owner(d.owner)}`),
    d.canShare ? shareForm(d, state) : '')));
  const newest = list[list.length - 1];
  const link = $<HTMLAnchorElement>('newest-document');
  link.hidden = !newest;
  if (newest) {
    link.href = newest.url;
    link.textContent = `Newest: ${newest.name}`;
  }
}

/** Drive's Share dialog, small: a colleague and a role. */
function shareForm(doc: PlaygroundState['documents'][number], state: PlaygroundState): HTMLElement {
  const people = state.users.filter((u) => u.email !== state.user && u.email !== doc.owner);
  const email = el('select', { 'data-testid': 'document-share-email', 'aria-label': `Share “${doc.name}” with` }, people.map((u) => el('option', { value: u.email }, u.name)));
  const role = el('select', { 'data-testid': 'document-share-role', 'aria-label': 'as' },
    ['reader', 'commenter', 'writer'].map((r) => el('option', { value: r }, r === 'writer' ? 'editor' : r === 'reader' ? 'viewer' : r)));
  const button = el('button', { type: 'button', 'data-testid': 'document-share' }, 'Share');
  button.addEventListener('click', () => void (async () => {
    try {
      say(await api.share(doc.id, email.value, role.value));
    } catch (error) {
      say(`Couldn’t share “${doc.name}”: ${(error as Error).message}`, 'error');
    }
    await refresh();
  })());
  return el('span', { class: 'share-form' }, email, role, button);
}

function showToast(toast: { title: string; message: string }): void {
  const node = el('div', { class: 'toast', role: 'status', 'data-testid': 'toast' },
    toast.title && el('strong', {}, toast.title), el('span', {}, toast.message),
    el('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss', onclick: () => node.remove() }, '×'));
  toasts.append(node);
  setTimeout(() => node.remove(), 10_000);
}

const pendingAlerts: { title: string; message: string }[] = [];
function showAlert(alert?: { title: string; message: string }): void {
  if (alert) pendingAlerts.push(alert);
  if (alertDialog.open || pendingAlerts.length === 0) return;
  const next = pendingAlerts.shift()!;
  fill($('alert-title'), next.title || 'Debrief');
  fill($('alert-message'), next.message);
  alertDialog.showModal();
}
alertDialog.addEventListener('close', () => showAlert());

function openSidebar(): void {
  sidebarPanel.hidden = false;
  sidebarFrame.src = '/sidebar'; // reload: a new spreadsheet or showSidebar() replaces the sidebar's content
}
$('sidebar-close').addEventListener('click', () => {
  sidebarPanel.hidden = true;
});
window.addEventListener('message', (event) => {
  const type = event.origin === location.origin ? (event.data as { type?: string })?.type : undefined;
  if (type === 'debrief-playground:close-sidebar') sidebarPanel.hidden = true;
  if (type === 'debrief-playground:close-dialog') closeAddonDialog();
});

async function openSheet(name: string): Promise<void> {
  activeSheet = name;
  if (state) showState(state);
  grid.show(await api.sheet(name));
}

let refreshing: Promise<void> | null = null;
let again = false;
/** Redraws from the server; calls made while one runs fold into one more. */
async function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        showState(await api.state());
        if (activeSheet && !grid.editing) grid.show(await api.sheet(activeSheet));
      } catch (error) {
        say(`Lost touch with the playground server: ${(error as Error).message}`, 'error');
      }
    } while (again);
  })();
  await refreshing;
  refreshing = null;
}

fileInput.addEventListener('change', async () => {
  const files = Array.from(fileInput.files ?? []);
  fileInput.value = '';
  if (files.length === 0) return;
  try {
    const request = await filesToLoadRequest(files);
    say(`Loading ${files.map((f) => f.name).join(', ')}…`, 'working');
    const result = await api.load(request);
    const ignored = result.ignoredColumns.length ? ` Columns left out: ${result.ignoredColumns.join(', ')}.` : '';
    say(`${result.summary}${ignored}`);
  } catch (error) {
    say(`Couldn’t load ${files.map((f) => f.name).join(', ')}: ${(error as Error).message}`, 'error');
  }
  await refresh();
});
$('load-button').addEventListener('click', () => fileInput.click());

watch(() => void refresh());
void refresh().then(() => {
  sidebarFrame.src = '/sidebar';
});
