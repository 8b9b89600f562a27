// Section "Import a platform export" (issue 11): a person chooses an export (Instagram, TikTok Studio, YouTube
// Studio, Shopify, GA4, an influencer platform's CSV), sees which header goes to which column and which are left
// out before anything is written, can send a header to another column (remembered for that set of headers), and
// imports it into this campaign. The file is decoded here (UTF-8, or UTF-16 with its byte-order mark); every
// header and message is shown as text.
import type { Check } from '../../domain/records.ts';
import { combineParts, moreToImport, rowsSoFar } from '../../domain/import-parts.ts';
import type { ExportPreview, ExportRequest, ImportResult } from '../../domain/rpc.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';

/** Text from an export's bytes: a byte-order mark says UTF-16 (TikTok Studio) or UTF-8; else UTF-8. */
export function decodeExport(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes); // drops the mark
}

const IGNORE = '';
const count = (n: number) => n.toLocaleString('en-US');

export function createImportExportSection(deps: { call: Call; actions: Actions; onChecks: (checks: Check[], source: string) => void }) {
  const { call, actions, onChecks } = deps;
  let request: ExportRequest | null = null;
  let preview: ExportPreview | null = null;
  const chosen: Record<string, string | null> = {};

  const input = el('input', { type: 'file', accept: '.csv,.tsv,.txt,text/csv', 'data-testid': 'export-file', id: 'export-file' });
  const summary = el('div', { class: 'result', 'data-testid': 'export-summary', 'aria-live': 'polite' });
  const table = el('table', { class: 'mapping', 'data-testid': 'export-mapping' });
  const mode = el('select', { 'data-testid': 'export-mode', 'aria-label': 'Import into' },
    el('option', { value: 'add' }, 'Add to this campaign'), el('option', { value: 'new' }, 'Start this spreadsheet’s campaign'));
  const button = actions.register(el('button', { type: 'button', class: 'action', 'data-testid': 'export-import' }, 'Import'), () => preview !== null && preview.rows > 0);
  const box = section('export', 'Import a platform export', false,
    el('p', { class: 'gray' }, 'Instagram, TikTok Studio, YouTube Studio, Shopify orders, GA4 or an influencer platform’s CSV. You see where each column goes before anything is written.'),
    el('label', { for: 'export-file' }, 'Export file '), input, summary, table, el('div', { class: 'buttons' }, mode, button));

  const showPreview = (p: ExportPreview) => {
    preview = p;
    const options = (to: string | null) => [
      el('option', { value: IGNORE, selected: to === null }, 'Leave out'),
      ...(p.columns ?? []).map((c) => el('option', { value: c.key, selected: c.key === to }, c.header)),
    ];
    const headerOf = (key: string | null) => p.columns?.find((c) => c.key === key)?.header ?? key ?? 'left out';
    fill(table, el('tr', {}, el('th', {}, 'Header'), el('th', {}, 'Goes to')), p.mapping.map((m) => {
      const target = p.columns
        ? el('select', { 'data-testid': 'export-column', 'data-header': m.header, 'aria-label': `Column for ${m.header}` }, options(m.to))
        : el('span', {}, headerOf(m.to));
      if (target instanceof HTMLSelectElement) target.addEventListener('change', () => { chosen[m.header] = target.value === IGNORE ? null : target.value; void refresh(); });
      return el('tr', { 'data-testid': 'export-row', 'data-to': m.to ?? '' }, el('td', {}, m.header || '(no header)'), el('td', {}, target, m.how ? el('div', { class: 'gray' }, m.how) : null));
    }));
    const left = p.mapping.filter((m) => m.to === null && m.header).map((m) => m.header);
    fill(summary,
      el('p', { 'data-testid': 'export-what' }, `${p.file}: ${p.platform}, ${plural(p.rows, p.list === 'content' ? 'content piece' : 'creator')} to import${p.remembered ? ' (with the mapping you chose before)' : ''}.`),
      left.length > 0 && el('p', { class: 'gray', 'data-testid': 'export-ignored' }, `Left out: ${left.join(', ')}.`),
      [...p.skipped, ...p.problems].length > 0 && el('ul', { 'data-testid': 'export-notes' }, [...p.skipped, ...p.problems].map((line) => el('li', {}, line))));
    actions.refresh();
  };

  const refresh = () => (request ? actions.run(null, {
    working: 'Reading the export…',
    failure: 'Couldn’t read the export',
    task: async () => {
      if (!request) return '';
      showPreview(await call('previewExport', withChoices(request)));
      return 'Check where each column goes, then Import.';
    },
  }) : Promise.resolve(false));

  /** The person's changes only: every other header keeps the mapping its name (or a choice remembered) gives it. */
  const withChoices = (r: ExportRequest): ExportRequest => (Object.keys(chosen).length ? { ...r, mapping: { ...chosen } } : r);

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    for (const key of Object.keys(chosen)) delete chosen[key];
    void file.arrayBuffer().then((buffer) => {
      request = { file: file.name, text: decodeExport(new Uint8Array(buffer)) };
      return refresh();
    });
  });

  // A large export goes in parts (domain/import-parts.ts): the same file again until nothing is left, each part
  // moving the bar. After the first part the campaign holds its rows, so later parts add to it.
  let parts: ImportResult[] = [];
  button.addEventListener('click', () => void actions.run(button, {
    working: 'Importing the export…',
    failure: 'Couldn’t import the export',
    task: async (report) => {
      if (!request) return '';
      const picked = mode.value === 'new' ? 'new' : 'add';
      parts = [];
      do {
        parts.push(await call('importExport', { ...withChoices(request), mode: parts.length ? 'add' : picked }));
        const { done, total } = rowsSoFar(parts);
        if (moreToImport(parts)) report(done, total, 'rows', `Importing the export… ${count(done)} of ${count(total)} rows written`);
      } while (moreToImport(parts));
      const r = combineParts(parts);
      onChecks(r.checks, 'importing the export');
      if ((r.progress?.left ?? 0) > 0) return `${partWritten()} Import the same file again to finish.`;
      const counts = Object.entries(r.rows).filter(([, n]) => n.appended + n.filled > 0).map(([tab, n]) => `${tab}: ${n.appended} added, ${n.filled} updated`);
      return counts.length ? `Imported. ${counts.join('; ')}.` : 'Nothing new: the sheet already holds these rows.';
    },
    // A part after the first failed: say what is in the sheet, and that the same file again completes it.
    onError: (error) => (parts.length ? `Couldn’t finish importing the export: ${error.message} ${partWritten()} Import the same file again to complete it: rows already written are matched, not doubled.` : undefined),
  }));
  const partWritten = () => {
    const { done, total } = rowsSoFar(parts);
    return `${count(done)} of ${count(total)} rows were written.`;
  };

  return { root: box.root };
}
