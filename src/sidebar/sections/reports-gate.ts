// The completeness gate in the Reports section: when the server refuses a client-facing artefact because KPIs far
// off target have no linked Issue or Win, list each with its cell and offer to generate anyway, signed by name
// (the internal brief records it). Server text is set as text, never as HTML.
import type { Artefact } from '../../domain/artefacts.ts';
import { ARTEFACT_NAMES } from '../../domain/artefacts.ts';
import type { ServerError } from '../../domain/errors.ts';
import type { Actions } from '../actions.ts';
import { el, fill } from '../dom.ts';

const NAME_KEY = 'debrief.yourName';

export interface GatePart {
  root: HTMLElement;
  /** Shows the gate's refusal for `artefact`; returns the status line's words. */
  show(artefact: Artefact, problem: ServerError): string;
  hide(): void;
}

export function createGatePart(deps: {
  actions: Actions;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Generates `artefact` past the gate, signed `by`. */
  goAhead(artefact: Artefact, by: string, button: HTMLButtonElement): Promise<boolean>;
}): GatePart {
  const { actions, storage = null } = deps;
  const summary = el('p', { class: 'warning', 'data-testid': 'gate-summary' });
  const list = el('ul', { class: 'checks', 'data-testid': 'gate-list' });
  const name = el('input', { id: 'gate-by', 'data-testid': 'gate-by', autocomplete: 'name', maxlength: 120, placeholder: 'Your name' });
  const anyway = actions.register(el('button', { type: 'button', 'data-testid': 'gate-anyway' }, 'Generate anyway'), () => name.value.trim() !== '');
  const root = el('div', { class: 'gate', 'data-testid': 'gate', hidden: true },
    summary, list,
    el('p', { class: 'gray' }, 'Link an Issue (for a miss) or a Win (for a beat) to each KPI in its KPI column, then generate again. Or go ahead: the internal brief records who did.'),
    el('div', { class: 'field' }, el('label', { for: 'gate-by' }, 'Generated anyway by'), name),
    el('div', { class: 'buttons' }, anyway));
  let pending: Artefact | null = null;
  try {
    name.value = storage?.getItem(NAME_KEY) ?? '';
  } catch {
    // storage can be blocked; the person types their name
  }
  name.addEventListener('input', () => actions.refresh());
  anyway.addEventListener('click', () => {
    if (!pending || !name.value.trim()) return;
    try {
      storage?.setItem(NAME_KEY, name.value.trim());
    } catch {
      // remembered only when the browser allows it
    }
    const artefact = pending;
    void deps.goAhead(artefact, name.value.trim(), anyway).then((ok) => ok && hide());
  });

  const hide = () => {
    root.hidden = true;
    pending = null;
  };

  return {
    root,
    show(artefact, problem) {
      pending = artefact;
      root.hidden = false;
      summary.textContent = problem.message;
      fill(list, problem.fields.map((f) => el('li', { 'data-testid': 'gate-item' }, el('code', { class: 'cell' }, f.path), ' ', el('span', { class: 'message' }, f.message))));
      anyway.textContent = `Generate the ${ARTEFACT_NAMES[artefact].toLowerCase()} anyway`;
      actions.refresh();
      return `The ${ARTEFACT_NAMES[artefact].toLowerCase()} wasn’t made: ${problem.fields.length} KPI${problem.fields.length === 1 ? '' : 's'} still need${problem.fields.length === 1 ? 's' : ''} an explanation (listed below).`;
    },
    hide,
  };
}
