// Section 1, Campaign & team: the setup form, loaded with getSidebarState() and saved with saveCampaignSetup(),
// with the post-mortem due date (wrap + 72 h) and a warning once it has passed.
import type { CampaignSetup, CampaignSetupInput, SidebarState } from '../../domain/rpc.ts';
import type { Team } from '../../domain/records.ts';
import { CAMPAIGN_FIELDS, TEAM_KEYS } from '../../domain/tabs/campaign-tab.ts';
import { parseNumber } from '../../domain/values.ts';
import type { Actions } from '../actions.ts';
import { el, section } from '../dom.ts';
import { dueLine } from '../format.ts';
import type { Call } from '../rpc.ts';

type FieldPath = 'client' | 'campaign' | 'startDate' | 'wrapDate' | 'currency' | 'budget' | `team.${keyof Team}`;

/** Labels come from the Campaign tab's spec, so the sidebar and the tab say the same thing. */
const labelOf = (key: string) => CAMPAIGN_FIELDS.find((f) => f.key === key)?.label ?? key;
const idOf = (path: string) => `setup-${path.replace(/\./g, '-')}`;

export interface SetupSection {
  root: HTMLElement;
  load(): Promise<boolean>;
}

export function createSetupSection(deps: { call: Call; actions: Actions; onState: (state: SidebarState) => void }): SetupSection {
  const { call, actions, onState } = deps;
  const inputs = new Map<FieldPath, HTMLInputElement>();
  const errors = new Map<FieldPath, HTMLElement>();
  let saved: { wrapDate: string | null; due: string | null } = { wrapDate: null, due: null };
  let today: string | null = null;
  let loaded = false;
  let firstLoad = true;

  const field = (path: FieldPath, attrs: Record<string, string | number | boolean>) => {
    const id = idOf(path);
    const input = el('input', { id, name: path, 'data-testid': id, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-error`, ...attrs });
    const error = el('p', { id: `${id}-error`, class: 'field-error error', hidden: true });
    inputs.set(path, input);
    errors.set(path, error);
    return el('div', { class: 'field' }, el('label', { for: id }, labelOf(path.replace(/^team\./, ''))), input, error);
  };

  const due = el('p', { class: 'due', 'data-testid': 'due-date', hidden: true });
  const dirtyNote = el('span', { class: 'gray', 'data-testid': 'setup-unsaved', hidden: true }, 'Unsaved changes');
  const save = actions.register(el('button', { type: 'submit', class: 'action', 'data-testid': 'setup-save' }, 'Save'), () => loaded);
  const reload = actions.register(el('button', { type: 'button', 'data-testid': 'setup-reload' }, 'Reload from sheet'));

  const form = el('form', { 'data-testid': 'setup-form', 'aria-label': 'Campaign and team' },
    field('client', { required: true, maxlength: 200 }),
    field('campaign', { required: true, maxlength: 200 }),
    el('div', { class: 'row' }, field('startDate', { type: 'date' }), field('wrapDate', { type: 'date' })),
    due,
    el('div', { class: 'row' },
      field('currency', { required: true, maxlength: 3, pattern: '[A-Za-z]{3}', title: 'A 3-letter code such as USD', class: 'short' }),
      field('budget', { maxlength: 40, inputmode: 'decimal', placeholder: 'e.g. 25,000' })),
    el('fieldset', {}, el('legend', {}, 'Team'), TEAM_KEYS.map((k) => field(`team.${k}`, { maxlength: 120 }))),
    el('div', { class: 'buttons' }, save, reload, dirtyNote));
  const box = section('setup', 'Campaign & team', true, form);

  const value = (path: FieldPath) => inputs.get(path)?.value ?? '';

  const showDue = () => {
    const line = today ? dueLine(value('wrapDate'), today, saved) : null;
    due.hidden = !line;
    due.textContent = line?.text ?? '';
    due.classList.toggle('warning', !!line?.overdue);
  };

  const markFields = (problems: { path: string; message: string }[]) => {
    for (const [path, error] of errors) {
      const problem = problems.find((p) => p.path === path);
      error.hidden = !problem;
      error.textContent = problem?.message ?? '';
      inputs.get(path)?.setAttribute('aria-invalid', String(!!problem));
    }
  };

  const setDirty = (dirty: boolean) => {
    dirtyNote.hidden = !dirty;
  };

  const show = (state: SidebarState) => {
    const s: CampaignSetup | null = state.setup;
    const text: Record<FieldPath, string> = {
      client: s?.client ?? '', campaign: s?.campaign ?? '', startDate: s?.startDate ?? '', wrapDate: s?.wrapDate ?? '',
      currency: s?.currency ?? String(CAMPAIGN_FIELDS.find((f) => f.key === 'currency')?.defaultValue ?? ''),
      budget: s?.budget === null || s?.budget === undefined ? '' : String(s.budget),
      ...Object.fromEntries(TEAM_KEYS.map((k) => [`team.${k}`, s?.team[k] ?? ''])),
    } as Record<FieldPath, string>;
    for (const [path, input] of inputs) input.value = text[path];
    saved = { wrapDate: s?.wrapDate ?? null, due: state.postMortemDue };
    today = state.today;
    loaded = true;
    box.note.textContent = s ? `${s.client} · ${s.campaign}` : 'not set up yet';
    if (firstLoad) box.root.open = !s;
    firstLoad = false;
    markFields([]);
    setDirty(false);
    showDue();
    onState(state);
  };

  const collect = (): CampaignSetupInput => ({
    client: value('client'),
    campaign: value('campaign'),
    startDate: value('startDate') || null,
    wrapDate: value('wrapDate') || null,
    currency: value('currency'),
    budget: budget(value('budget')),
    team: Object.fromEntries(TEAM_KEYS.map((k) => [k, value(`team.${k}`)])) as unknown as Team,
  });

  const load = () =>
    actions.run(reload, {
      working: 'Loading the campaign from the sheet…',
      failure: 'Couldn’t load the campaign',
      task: async () => {
        const state = await call('getSidebarState');
        show(state);
        return state.setup ? `Loaded “${state.spreadsheetName}”.` : 'No campaign set up yet: fill in the form and save.';
      },
    });

  form.addEventListener('input', (event) => {
    setDirty(loaded);
    if ((event.target as HTMLElement | null)?.id === idOf('wrapDate')) showDue();
  });
  form.addEventListener('change', showDue);
  reload.addEventListener('click', () => void load());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void actions.run(save, {
      working: 'Saving the campaign setup…',
      failure: 'Couldn’t save the setup',
      task: async () => {
        show(await call('saveCampaignSetup', collect()));
        return 'Saved the campaign setup.';
      },
      onError: (problem) => {
        const known = problem.fields.filter((f) => inputs.has(f.path as FieldPath));
        markFields(known);
        if (known.length === 0) return;
        const named = known.map((f) => `${labelOf(f.path.replace(/^team\./, ''))}: ${f.message}`);
        return `Couldn’t save the setup. ${named.join('. ')}.`;
      },
    });
  });

  return { root: box.root, load };
}

/** A budget as typed: a number when it reads as one ("$25,000", "25K"), else the text for the server to judge. */
export function budget(text: string): number | string | null {
  const t = text.trim();
  if (!t) return null;
  const parsed = parseNumber(t);
  return parsed.ok && parsed.value !== null && parsed.value >= 0 ? parsed.value : t;
}

