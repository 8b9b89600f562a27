// The playground's stand-in for Google Picker, put in front of the add-on's real Picker dialog (Picker.html): the
// same `gapi.load('picker')` and `google.picker` names the dialog uses (src/sidebar/picker/picker-api.ts), over the
// emulated Drive. It lists what the current user can see, filtered as the views ask (types, owned by me or shared
// with me, named ids); choosing a file grants it to Debrief for that user under drive.file, as the real Picker does
// when the app id is set (without one, it picks but grants nothing, as Google's would).
import type { PickerApi, PickerData } from '../../../sidebar/picker/picker-api.ts';
import type { PickerFile, PickerViewQuery } from '../protocol.ts';

const ACTION = { PICKED: 'picked', CANCEL: 'cancel' };

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const reply = (await response.json()) as { ok: boolean; value?: T; message?: string };
  if (!reply.ok) throw new Error(reply.message ?? `HTTP ${response.status}`);
  return reply.value as T;
}

class FakeDocsView {
  readonly query: PickerViewQuery = { mimeTypes: [] };
  setMimeTypes(mimeTypes: string) { this.query.mimeTypes = mimeTypes.split(',').filter(Boolean); return this; }
  setMode() { return this; }
  setFileIds(fileIds: string) { this.query.fileIds = fileIds.split(',').filter(Boolean); return this; }
  setOwnedByMe(me: boolean) { this.query.ownedByMe = me; return this; }
  setEnableDrives(enabled: boolean) { this.query.sharedDrives = enabled; return this; }
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

const tabLabel = (q: PickerViewQuery) => (q.fileIds ? 'Suggested' : q.sharedDrives ? 'Shared drives' : q.ownedByMe === false ? 'Shared with me' : q.ownedByMe ? 'My Drive' : 'Drive');

class FakePickerBuilder {
  private readonly views: FakeDocsView[] = [];
  private callback: (data: PickerData) => void = () => undefined;
  private multiselect = false;
  private appId = '';
  private title = 'Select a file';

  addView(view: FakeDocsView) { this.views.push(view); return this; }
  enableFeature(feature: unknown) { if (feature === 'multiselectEnabled') this.multiselect = true; return this; }
  setAppId(appId: string) { this.appId = appId; return this; }
  setCallback(callback: (data: PickerData) => void) { this.callback = callback; return this; }
  setDeveloperKey() { return this; }
  setOAuthToken() { return this; }
  setOrigin() { return this; }
  setSize() { return this; }
  setTitle(title: string) { this.title = title; return this; }

  build() {
    return { setVisible: (visible: boolean) => void (visible && this.show()) };
  }

  private async show(): Promise<void> {
    const list = el('ul', { class: 'fp-list', 'data-testid': 'fake-picker-files', role: 'listbox' });
    const select = el('button', { type: 'button', class: 'fp-primary', 'data-testid': 'fake-picker-select', disabled: '' }, 'Select');
    const cancel = el('button', { type: 'button', 'data-testid': 'fake-picker-cancel' }, 'Cancel');
    const tabs = el('div', { class: 'fp-tabs', role: 'tablist' });
    const chosen = new Set<string>();
    const root = el('div', { class: 'fp', 'data-testid': 'fake-picker', role: 'dialog', 'aria-label': this.title },
      el('style', {}, STYLE), el('h2', {}, this.title), tabs, list, el('div', { class: 'fp-buttons' }, cancel, select));
    document.body.append(root);
    const close = (data: PickerData) => {
      root.remove();
      this.callback(data);
    };
    cancel.addEventListener('click', () => close({ action: ACTION.CANCEL }));
    let files: PickerFile[] = [];
    const showView = async (index: number) => {
      [...tabs.children].forEach((t, i) => t.setAttribute('aria-selected', String(i === index)));
      chosen.clear();
      select.setAttribute('disabled', '');
      const view = this.views[index];
      files = view ? await post<PickerFile[]>('/api/picker/files', { view: view.query }) : [];
      list.replaceChildren(...(files.length ? files.map((f) => {
        const item = el('li', { role: 'option', 'data-testid': 'fake-picker-file', 'data-id': f.id, 'aria-selected': 'false', tabindex: '0' },
          el('span', { class: 'fp-name' }, f.name), el('span', { class: 'fp-owner' }, f.ownedByMe ? 'me' : f.owner));
        item.addEventListener('click', () => {
          if (!this.multiselect) {
            chosen.clear();
            list.querySelectorAll('[aria-selected="true"]').forEach((n) => n.setAttribute('aria-selected', 'false'));
          }
          if (chosen.has(f.id)) chosen.delete(f.id);
          else chosen.add(f.id);
          item.setAttribute('aria-selected', String(chosen.has(f.id)));
          if (chosen.size) select.removeAttribute('disabled');
          else select.setAttribute('disabled', '');
        });
        return item;
      }) : [el('li', { class: 'fp-empty' }, 'No files here.')]));
    };
    this.views.forEach((view, i) => {
      const tab = el('button', { type: 'button', role: 'tab', 'data-testid': 'fake-picker-tab' }, tabLabel(view.query));
      tab.addEventListener('click', () => void showView(i));
      tabs.append(tab);
    });
    select.addEventListener('click', () => void (async () => {
      const ids = [...chosen];
      // setAppId is what makes a pick a drive.file grant; a Picker without it only reports the choice.
      if (this.appId) await post('/api/picker/pick', { ids });
      const picked = files.filter((f) => chosen.has(f.id));
      close({ action: ACTION.PICKED, docs: picked.map((f) => ({ id: f.id, name: f.name, mimeType: f.mimeType, url: f.url })) });
    })());
    await showView(0);
  }
}

const STYLE = `.fp{position:fixed;inset:8px;background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);display:flex;flex-direction:column;padding:16px;font:13px Arial,sans-serif;z-index:10}
.fp h2{margin:0 0 8px;font-size:16px;font-weight:normal}.fp-tabs{display:flex;gap:4px;border-bottom:1px solid #e1e3e1;margin-bottom:6px}
.fp-tabs button{border:0;background:none;padding:6px 10px;cursor:pointer}.fp-tabs [aria-selected=true]{border-bottom:2px solid #1a73e8;color:#1a73e8}
.fp-list{flex:1;overflow:auto;list-style:none;margin:0;padding:0}.fp-list li{display:flex;justify-content:space-between;padding:6px 8px;cursor:pointer;border-radius:4px}
.fp-list li[aria-selected=true]{background:#e8f0fe}.fp-owner{color:#5f6368}.fp-empty{color:#5f6368;cursor:default}
.fp-buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:8px}.fp-buttons button{padding:6px 16px;border-radius:4px;border:1px solid #c4c7c5;background:#fff;cursor:pointer}
.fp-buttons .fp-primary{background:#1a73e8;color:#fff;border:0}.fp-buttons [disabled]{opacity:.5;cursor:default}`;

const picker = {
  PickerBuilder: FakePickerBuilder,
  DocsView: FakeDocsView,
  ViewId: { DOCS: 'all' },
  DocsViewMode: { LIST: 'list' },
  Feature: { MULTISELECT_ENABLED: 'multiselectEnabled' },
  Action: ACTION,
  Response: { ACTION: 'action', DOCUMENTS: 'docs' },
  Document: { ID: 'id', NAME: 'name' },
} as unknown as PickerApi;

const globals = window as unknown as { gapi?: unknown; google?: { picker?: PickerApi } };
globals.google = { ...globals.google, picker };
globals.gapi = { load: (_name: string, options: { callback: () => void }) => setTimeout(options.callback, 0) };
