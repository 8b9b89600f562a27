// Section 6, Meeting mode: the facilitator and note-taker by name, the blameless reminder, then each agenda block
// with its tab opened and notes taken into the Notes tab (turned into Issues or Wins with an owner and deadline,
// or parked for after the meeting), and the action review that refuses to end on a vague action.
import { AGENDA } from '../../domain/agenda.ts';
import type { ServerError } from '../../domain/errors.ts';
import { BLAMELESS_REMINDER, firstStep, restoreStep, transition, type MeetingEvent, type MeetingStep } from '../../domain/meeting/meeting.ts';
import { newNoteId, notesByBlock, parkingLot, type MeetingNote } from '../../domain/meeting/notes.ts';
import type { FileNoteRequest, MeetingState } from '../../domain/meeting/requests.ts';
import type { Actions } from '../actions.ts';
import { el, fill, section } from '../dom.ts';
import { plural } from '../format.ts';
import type { Call } from '../rpc.ts';

const STEP_KEY = 'debrief.meetingStep';

export interface MeetingSection {
  root: HTMLElement;
  load(): Promise<boolean>;
  peek(): Promise<void>;
}

export function createMeetingSection(deps: { call: Call; actions: Actions; storage?: Pick<Storage, 'getItem' | 'setItem'> | null }): MeetingSection {
  const { call, actions, storage = null } = deps;
  let meeting: MeetingState | null = null;
  let step: MeetingStep = restoreStep(safely(() => storage?.getItem(STEP_KEY) ?? null)) ?? { kind: 'roles' };
  let filing: { note: MeetingNote; as: 'Issue' | 'Win' } | null = null;

  const roles = el('p', { 'data-testid': 'meeting-roles' });
  const refused = el('p', { class: 'warning', role: 'alert', 'data-testid': 'meeting-refused', hidden: true });
  const reminder = el('div', { class: 'warning', 'data-testid': 'meeting-send-reminder', hidden: true });
  const body = el('div', { 'data-testid': 'meeting-body' });
  const parking = el('div', { 'data-testid': 'meeting-parking' });
  const box = section('meeting', 'Meeting mode', false, roles, reminder, refused, body, parking);

  const run = (button: HTMLButtonElement | null, working: string, failure: string, task: () => Promise<string>, onError?: (e: ServerError) => string | void) =>
    actions.run(button, { working, failure, task, onError });
  const button = (testid: string, label: string, onclick: (b: HTMLButtonElement) => void, enabled?: () => boolean) => {
    const b = actions.register(el('button', { type: 'button', 'data-testid': testid }, label), enabled);
    b.addEventListener('click', () => onclick(b));
    return b;
  };

  const go = (event: MeetingEvent, by: HTMLButtonElement | null) => {
    const next = transition(step, event);
    refused.hidden = !next.refused;
    refused.textContent = next.refused ?? '';
    if (next.refused) return;
    step = next.step;
    filing = null;
    safely(() => storage?.setItem(STEP_KEY, JSON.stringify(step)));
    const block = step.kind === 'block' ? step.index : step.kind === 'review' ? AGENDA.length - 1 : null;
    if (block !== null) {
      void run(by, `Opening the ${AGENDA[block]?.tab ?? ''} tab…`, 'Couldn’t open the tab', async () => {
        const opened = await call('openBlock', { block });
        if (step.kind === 'review') meeting = await call('getMeeting');
        render();
        return opened.tab ? `${AGENDA[block]?.title ?? ''}: the ${opened.tab} tab is open.` : `${AGENDA[block]?.title ?? ''}: build the tabs to open ${AGENDA[block]?.tab ?? ''}.`;
      });
    }
    render();
  };

  const noteInput = el('textarea', { id: 'meeting-note-text', 'data-testid': 'meeting-note-text', rows: 3, maxlength: 2000, placeholder: 'What was said, in a sentence' });
  const saveNote = (kind: 'Note' | 'Parked', b: HTMLButtonElement) => {
    const text = noteInput.value.trim();
    if (!text || !meeting || step.kind !== 'block' && step.kind !== 'review') return;
    const block = AGENDA[step.kind === 'block' ? step.index : AGENDA.length - 1]?.title ?? '';
    const id = newNoteId(Date.now());
    void run(b, 'Saving the note…', 'Couldn’t save the note', async () => {
      meeting = await call('saveMeetingNote', { id, block, text, by: meeting?.noteTaker ?? '', kind });
      noteInput.value = '';
      render();
      return kind === 'Parked' ? 'Parked: solve it after the meeting.' : 'Note saved in the Notes tab.';
    });
  };
  const addNote = button('meeting-note-add', 'Add note', (b) => saveNote('Note', b), () => noteInput.value.trim() !== '');
  const parkNote = button('meeting-note-park', 'Park it', (b) => saveNote('Parked', b), () => noteInput.value.trim() !== '');
  noteInput.addEventListener('input', () => actions.refresh());

  const noteItem = (n: MeetingNote) => el('li', { 'data-testid': 'meeting-note-item', 'data-kind': n.kind },
    el('span', { class: 'gray' }, n.time.slice(11, 16)), ' ', el('span', { class: 'message' }, n.text),
    n.became ? el('span', { class: 'gray', 'data-testid': 'meeting-note-became' }, ` → ${n.became}`) : n.kind === 'Note' && el('span', { class: 'buttons' },
      button('meeting-note-issue', 'Make Issue', () => { filing = { note: n, as: 'Issue' }; render(); }),
      button('meeting-note-win', 'Make Win', () => { filing = { note: n, as: 'Win' }; render(); })));

  const fileForm = (note: MeetingNote, as: 'Issue' | 'Win') => {
    const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
    const field = (key: string, label: string, input: HTMLInputElement | HTMLSelectElement) => {
      input.id = `meeting-file-${key}`;
      input.dataset.testid = `meeting-file-${key}`;
      input.setAttribute('aria-describedby', `meeting-file-${key}-error`);
      inputs.set(key, input);
      return el('div', { class: 'field' }, el('label', { for: input.id }, label), input,
        el('p', { class: 'field-error', id: `meeting-file-${key}-error`, 'data-testid': `meeting-file-${key}-error` }));
    };
    const text = (value = '') => { const i = el('input', { type: 'text', maxlength: 1000 }); i.value = value; return i; };
    const areas = el('select', {}, el('option', { value: '' }, '—'), (meeting?.areas ?? []).map((a) => el('option', { value: a }, a)));
    const fields = as === 'Issue'
      ? [field('description', 'What happened', text(note.text)), field('action', 'Action: what changes', text()), field('owner', 'Owner (one person)', text()),
        field('due', 'Deadline', el('input', { type: 'date' })), field('area', 'Area', areas), field('linkedKpi', 'KPI it explains', text())]
      : [field('description', 'What worked', text(note.text)), field('evidence', 'Evidence', text()), field('repeat', 'How to repeat it', text()), field('linkedKpi', 'KPI it explains', text())];
    const showErrors = (problem: ServerError) => {
      for (const key of inputs.keys()) fill(document.getElementById(`meeting-file-${key}-error`) as HTMLElement, problem.fields.find((f) => f.path === key)?.message ?? '');
      return `The ${as} needs ${plural(problem.fields.length, 'fix', 'fixes')}: ${problem.fields.map((f) => f.message).join(' ')}`;
    };
    const save = button('meeting-file-save', `Add to ${as === 'Issue' ? 'Issues' : 'Wins'}`, (b) => void run(b, `Adding the ${as}…`, `Couldn’t add the ${as}`, async () => {
      const value = (key: string) => inputs.get(key)?.value.trim() ?? '';
      const request: FileNoteRequest = { id: note.id, as, description: value('description'), ...Object.fromEntries([...inputs.keys()].map((k) => [k, value(k)])) };
      meeting = await call('fileMeetingNote', request);
      filing = null;
      render();
      return `Added to ${as === 'Issue' ? 'Issues' : 'Wins'}.`;
    }, showErrors));
    const cancel = button('meeting-file-cancel', 'Cancel', () => { filing = null; render(); });
    return el('form', { class: 'file-note', 'data-testid': 'meeting-file-form', 'data-as': as, onsubmit: (e: Event) => e.preventDefault() },
      el('h4', {}, `Make it ${as === 'Issue' ? 'an Issue' : 'a Win'}`), fields, el('div', { class: 'buttons' }, save, cancel));
  };

  const blockPanel = (index: number) => {
    const block = AGENDA[index];
    const notes = notesByBlock(meeting?.notes ?? []).find((g) => g.block === block?.title)?.notes ?? [];
    return [
      el('h3', { 'data-testid': 'meeting-block-title', 'data-index': index }, `${index + 1}. ${block?.title ?? ''}`),
      el('p', { class: 'prompt gray' }, `${block?.prompt ?? ''} (${block?.tab ?? ''} tab)`),
      el('div', { class: 'field' }, el('label', { for: 'meeting-note-text' }, `Note (by ${meeting?.noteTaker || 'the note-taker'})`), noteInput),
      el('div', { class: 'buttons' }, addNote, parkNote),
      el('ul', { class: 'notes', 'data-testid': 'meeting-notes' }, notes.map(noteItem)),
      filing ? fileForm(filing.note, filing.as) : null,
    ];
  };

  const reviewPanel = () => {
    const review = meeting?.review;
    return [
      el('h3', { 'data-testid': 'meeting-block-title', 'data-index': AGENDA.length - 1 }, `${AGENDA.length}. Action review`),
      el('p', { class: review?.ready ? 'gray' : 'warning', 'data-testid': 'meeting-review-summary' }, review?.summary ?? ''),
      el('ul', { class: 'checks', 'data-testid': 'meeting-review' }, (review?.items ?? []).map((item) =>
        el('li', { 'data-testid': 'meeting-action', 'data-ok': String(item.ok), 'data-row': item.row },
          el('code', { class: 'cell' }, `${meeting?.issuesTab ?? 'Issues'} row ${item.row}`), ' ', el('span', {}, item.action || item.issue),
          item.problems.map((p) => el('p', { class: 'message warning', 'data-testid': 'meeting-action-problem', 'data-field': p.field }, p.message))))),
      el('div', { class: 'buttons' },
        button('meeting-review-refresh', 'Check again', (b) => void run(b, 'Reading the actions…', 'Couldn’t read the actions', async () => {
          meeting = await call('getMeeting');
          render();
          return meeting.review.summary;
        })),
        button('meeting-end', 'End the meeting', (b) => void run(b, 'Ending the meeting…', 'Couldn’t end the meeting', async () => {
          meeting = await call('endMeeting');
          go({ type: 'end', reviewReady: true }, null);
          return `Meeting ended: held on ${meeting.held ?? ''}.`;
        }, (problem) => `Not yet: ${problem.message} ${problem.fields.map((f) => `${f.path}: ${f.message}`).join(' ')}`))),
    ];
  };

  const render = () => {
    const m = meeting;
    fill(roles, m ? [`Facilitator: ${m.facilitator || '—'} · Note-taker: ${m.noteTaker || '—'}`, m.rolesProblem && el('span', { class: 'warning', 'data-testid': 'meeting-roles-problem' }, ` ${m.rolesProblem} (Setup → Team)`)] : 'Loading…');
    reminder.hidden = !m?.sendReminder;
    fill(reminder, m?.sendReminder ? [el('p', {}, m.sendReminder), sentBy, markSent] : []);
    if (m && step.kind === 'roles' && !m.rolesProblem) step = firstStep(m);
    if (step.kind === 'roles') fill(body, []);
    else if (step.kind === 'reminder') {
      fill(body, el('ul', { class: 'reminder', 'data-testid': 'meeting-reminder' }, BLAMELESS_REMINDER.map((line) => el('li', {}, line))), el('div', { class: 'buttons' }, begin));
    } else if (step.kind === 'block') fill(body, blockPanel(step.index), el('div', { class: 'buttons' }, back, next));
    else if (step.kind === 'review') fill(body, reviewPanel(), el('div', { class: 'buttons' }, back));
    else fill(body, el('p', { 'data-testid': 'meeting-ended' }, `The post-mortem was held${m?.held ? ` on ${m.held}` : ''}. Send the client report within the week.`));
    const parked = parkingLot(m?.notes ?? []);
    fill(parking, parked.length > 0 && [el('h4', {}, `Parking lot (${parked.length})`), el('ul', { class: 'notes' }, parked.map((n) => el('li', { 'data-testid': 'meeting-parked' }, el('span', { class: 'gray' }, `${n.block}: `), n.text)))]);
    box.note.textContent = m?.sendReminder ? 'client report not sent'
      : step.kind === 'block' ? AGENDA[step.index]?.title ?? '' : step.kind === 'review' ? 'action review' : step.kind === 'ended' ? 'held' : '';
    box.note.classList.toggle('warning', !!m?.sendReminder);
    actions.refresh();
  };

  const begin = button('meeting-begin', 'Begin: the numbers', (b) => go({ type: 'begin' }, b));
  const next = button('meeting-next', 'Next block', (b) => go({ type: 'next' }, b));
  const back = button('meeting-back', 'Back', (b) => go({ type: 'back' }, b));
  const sentBy = el('input', { id: 'meeting-sent-by', 'data-testid': 'meeting-sent-by', type: 'text', maxlength: 120, placeholder: 'Sent by' });
  const markSent = button('meeting-mark-sent', 'Mark the client report sent', (b) => void run(b, 'Marking it sent…', 'Couldn’t mark it sent', async () => {
    meeting = await call('markClientReportSent', { by: sentBy.value.trim() });
    render();
    return 'Marked sent today.';
  }), () => sentBy.value.trim() !== '');
  sentBy.addEventListener('input', () => actions.refresh());

  let loaded = false;
  const load = () => {
    loaded = true;
    return run(null, 'Loading the meeting…', 'Couldn’t load the meeting', async () => {
      meeting = await call('getMeeting');
      if (meeting.held && step.kind !== 'block' && step.kind !== 'review') step = { kind: 'ended' };
      render();
      return meeting.rolesProblem ?? 'Meeting mode ready.';
    });
  };
  /** On open, without a word in the status line: only the reminder to send the client report needs it then. */
  const peek = async () => {
    try {
      meeting = await call('getMeeting');
      loaded = true;
      render();
    } catch {
      // the section loads (and says why it can't) when opened
    }
  };
  box.root.addEventListener('toggle', () => {
    if (box.root.open && !loaded) void load();
  });
  render();
  return { root: box.root, load, peek };
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
