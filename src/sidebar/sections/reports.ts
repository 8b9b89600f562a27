// Section 5, Reports: a button per artefact of the registry (the client report's per-creator costs only when
// ticked); links to every file made; each artefact's template (chosen from Drive or by link); what the user's
// declined permissions turn off; and the shared learnings part.
import { ARTEFACT_NAMES, ARTEFACT_SPECS, ARTEFACTS, FILE_KINDS, type Artefact } from '../../domain/artefacts.ts';
import { templatePurpose } from '../../domain/picker.ts';
import { PLACEHOLDERS, token } from '../../domain/reports/placeholders.ts';
import type { GeneratedFile, GenerateResult, ReportsState } from '../../domain/rpc.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';
import { createPickButton, type PickButton } from './pick-button.ts';
import { createGatePart } from './reports-gate.ts';
import { createLearningsPart, linkedFileId, safeLink } from './reports-learnings.ts';

export interface ReportsSection {
  root: HTMLElement;
  /** Reads the saved templates, files and learnings; runs the first time the section is opened. */
  load(): Promise<boolean>;
}

export function createReportsSection(deps: { call: Call; actions: Actions; storage?: Pick<Storage, 'getItem' | 'setItem'> | null }): ReportsSection {
  const { call, actions } = deps;
  const includeCosts = el('input', { type: 'checkbox', id: 'reports-include-costs', 'data-testid': 'reports-include-costs', style: 'width:auto;height:auto;margin-right:4px' });
  const button = (testid: string, label: string) => actions.register(el('button', { type: 'button', class: 'action', 'data-testid': testid }, label));
  const buttons = new Map(ARTEFACTS.map((a) => [a, button(`reports-${ARTEFACT_SPECS[a].sidebar.id}`, ARTEFACT_SPECS[a].sidebar.caption)]));
  const latest = el('p', { 'data-testid': 'reports-latest', hidden: true });
  const warnings = el('ul', { class: 'findings', 'data-testid': 'reports-warnings', hidden: true });
  // Recommendations reversing the client's last campaign: for the team, before the document goes anywhere.
  const reversals = el('ul', { class: 'findings', 'data-testid': 'reports-reversals', hidden: true });
  const files = el('ul', { class: 'findings', 'data-testid': 'reports-files' });
  const templateRows = new Map<Artefact, { input: HTMLInputElement; current: HTMLElement }>();
  const pickButtons: PickButton[] = [];
  const pickerSetup = el('p', { class: 'warning', 'data-testid': 'picker-setup', hidden: true });
  const permissions = el('ul', { class: 'findings', 'data-testid': 'reports-permissions', hidden: true });
  const reload = async () => showState(await call('getReportsState'));
  const learnings = createLearningsPart({ call, actions, onState: (state) => showState(state) });
  const gate = createGatePart({ actions, storage: deps.storage, goAhead: (artefact, by, button) => make(button, artefact, { force: true, by }) });

  const templateField = (artefact: Artefact) => {
    const id = `template-url-${artefact}`;
    const input = el('input', { id, 'data-testid': id, type: 'url', autocomplete: 'off', maxlength: 500, placeholder: `Link to your ${FILE_KINDS[ARTEFACT_SPECS[artefact].file].label} (blank: built-in)` });
    const current = el('p', { class: 'gray', 'data-testid': `template-current-${artefact}` });
    const save = actions.register(el('button', { type: 'button', 'data-testid': `template-save-${artefact}` }, 'Use'));
    templateRows.set(artefact, { input, current });
    const pick = createPickButton({ call, actions }, {
      testid: `template-pick-${artefact}`, purpose: templatePurpose(artefact), fileId: () => linkedFileId(input.value),
      onPicked: async () => {
        input.value = '';
        await reload();
      },
    });
    pickButtons.push(pick);
    save.addEventListener('click', () => void actions.run(save, {
      working: 'Checking the template…',
      failure: 'Couldn’t use that template',
      task: async () => {
        showState(await call('setTemplate', { artefact, url: input.value.trim() }));
        return input.value.trim() ? `The ${ARTEFACT_NAMES[artefact].toLowerCase()} now uses your template.` : `The ${ARTEFACT_NAMES[artefact].toLowerCase()} uses Debrief’s built-in template.`;
      },
    }));
    return el('div', { class: 'field' }, el('label', { for: id }, ARTEFACT_NAMES[artefact]), el('div', { class: 'buttons' }, input, save),
      el('div', { class: 'buttons' }, pick.button), current);
  };

  const box = section('reports', 'Reports & learnings', false,
    el('p', { class: 'gray' }, 'Makes a new file each time, named after the client, campaign and date; files people edited are never replaced.'),
    el('label', { style: 'font-weight:normal' }, includeCosts, ' Include per-creator costs in the client report'),
    el('div', { class: 'buttons' }, [...buttons.values()]),
    permissions,
    gate.root, latest, reversals, warnings,
    el('h3', {}, 'Files made from this spreadsheet'), files,
    el('details', {}, el('summary', {}, 'Templates'),
      el('p', { class: 'gray' }, 'Choose your agency’s own template from Drive (a colleague’s shared with you works), or paste a link; leave it blank for Debrief’s. Its styles, header and logo are kept.'),
      ARTEFACTS.map(templateField),
      el('details', {}, el('summary', {}, 'Placeholders you can use'),
        el('ul', { class: 'findings', 'data-testid': 'reports-placeholders' },
          PLACEHOLDERS.map((p) => el('li', {}, el('code', {}, token(p.name)), ` ${p.help}`))))),
    pickerSetup,
    learnings.root);

  const fileItem = (f: GeneratedFile) => {
    const href = safeLink(f.url);
    return el('li', { 'data-testid': 'reports-file', 'data-artefact': f.artefact },
      href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'reports-file-link' }, f.name) : f.name,
      ' ', el('span', { class: 'gray' }, f.createdAt.slice(0, 10)));
  };

  const showFiles = (list: readonly GeneratedFile[]) => {
    fill(files, list.length ? list.map(fileItem) : el('li', { class: 'gray' }, 'None yet.'));
    box.note.textContent = list.length ? plural(list.length, 'file') : '';
  };

  const showState = (state: ReportsState) => {
    showFiles(state.files);
    for (const t of state.templates) {
      const row = templateRows.get(t.artefact);
      if (!row) continue;
      const href = t.url ? safeLink(t.url) : undefined;
      fill(row.current, t.custom ? 'Your template' : 'Debrief’s built-in template', href ? [': ', el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'open')] : '');
    }
    learnings.showDoc(state.learningsDoc);
    pickerSetup.hidden = state.picker.ready;
    pickerSetup.textContent = state.picker.message;
    for (const pick of pickButtons) pick.setReady(state.picker.ready);
    learnings.setPickerReady(state.picker.ready);
    permissions.hidden = state.permissions.length === 0;
    fill(permissions, state.permissions.map((p) => el('li', { class: 'warning', 'data-testid': 'reports-permission' },
      `Debrief can’t ${p.blocks}: when you authorized it, “${p.consent}” wasn’t allowed. ${p.howToGrant}`)));
  };

  const showResult = (r: GenerateResult) => {
    showFiles(r.files);
    const href = safeLink(r.file.url);
    latest.hidden = false;
    fill(latest, 'Made: ', href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'reports-latest-link' }, r.file.name) : r.file.name);
    warnings.hidden = r.warnings.length === 0;
    fill(warnings, r.warnings.map((w) => el('li', {}, w)));
    const reversed = r.reversals ?? [];
    reversals.hidden = reversed.length === 0;
    fill(reversals, reversed.map((text) => el('li', { class: 'warning', 'data-testid': 'reports-reversal' }, text)));
  };

  const make = (target: HTMLButtonElement, artefact: Artefact, past?: { force: true; by: string }) => actions.run(target, {
    working: `Making the ${ARTEFACT_NAMES[artefact].toLowerCase()}… this can take half a minute.`,
    failure: `Couldn’t make the ${ARTEFACT_NAMES[artefact].toLowerCase()}`,
    task: async () => {
      // Only the client report reads the opt-in; the server ignores it for the others.
      const r = await call('generate', { artefact, includeCosts: includeCosts.checked === true, ...past });
      gate.hide();
      showResult(r);
      const notes = r.warnings.length + (r.reversals?.length ?? 0);
      return `Made “${r.file.name}”.${notes ? ` ${plural(notes, 'note')} below.` : ''}`;
    },
    onError: (problem) => (problem.code === 'incomplete' ? gate.show(artefact, problem) : undefined),
  });
  const generate = (target: HTMLButtonElement, artefact: Artefact) => target.addEventListener('click', () => void make(target, artefact));
  for (const [artefact, target] of buttons) generate(target, artefact);

  let loaded = false;
  const load = () => actions.run(null, {
    working: 'Loading reports and learnings…',
    failure: 'Couldn’t load the reports',
    task: async () => {
      showState(await call('getReportsState'));
      loaded = true;
      return learnings.loadKept();
    },
  });
  box.root.addEventListener('toggle', () => {
    if (box.root.open && !loaded) void load();
  });

  return { root: box.root, load };
}
