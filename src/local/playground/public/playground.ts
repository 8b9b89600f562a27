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
const fileInput = $<HTMLInputElement>('load-file');

let state: PlaygroundState | null = null;
let activeSheet = '';
let seen = { toasts: 0, alerts: 0, sidebarShown: 0 };

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
  showDocuments(next.documents);
  if (next.notice && !previous) say(next.notice.text, next.notice.error ? 'error' : 'info');
  next.toasts.slice(seen.toasts).forEach(showToast);
  next.alerts.slice(seen.alerts).forEach(showAlert);
  if (previous && (next.generation !== previous.generation || next.sidebarShown > seen.sidebarShown)) openSidebar();
  seen = { toasts: next.toasts.length, alerts: next.alerts.length, sidebarShown: next.sidebarShown };
}

/** Drive's Docs and decks in a drop-down, the newest one also as a direct link. */
function showDocuments(list: PlaygroundState['documents']): void {
  documents.hidden = list.length === 0;
  $('documents-summary').textContent = `Documents in Drive (${list.length})`;
  fill($('documents-list'), [...list].reverse().map((d) => el('li', {},
    el('a', { href: d.url, target: '_blank', rel: 'noopener', 'data-testid': 'document-link', 'data-kind': d.kind }, d.name),
    el('span', { class: 'gray' }, ` ${d.kind}`))));
  const newest = list[list.length - 1];
  const link = $<HTMLAnchorElement>('newest-document');
  link.hidden = !newest;
  if (newest) {
    link.href = newest.url;
    link.textContent = `Newest: ${newest.name}`;
  }
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
  if (event.origin === location.origin && (event.data as { type?: string })?.type === 'debrief-playground:close-sidebar') sidebarPanel.hidden = true;
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
