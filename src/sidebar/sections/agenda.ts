// Section 5, Agenda & timer: the six blocks of the 90-minute post-mortem and the facilitator's timer
// (start / pause / next block / reset), with the current block's time left and a cue when it overruns.
import { AGENDA } from '../../domain/agenda.ts';
import { item } from '../../domain/item.ts';
import { el, section } from '../dom.ts';
import { formatClock } from '../format.ts';
import * as timer from '../timer.ts';

const STORAGE_KEY = 'debrief.timer';
const TICK_MS = 250;

export interface AgendaDeps {
  now?: () => number;
  /** Keeps the timer across a closed and reopened sidebar; null when the browser won't store anything. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  every?: (fn: () => void, ms: number) => () => void;
  /** Told the block the facilitator moved to with Next block, so its tab can be opened. */
  onBlock?: (index: number) => void;
}

export interface AgendaSection {
  root: HTMLElement;
  /** Redraws for the current clock reading (the interval calls it; tests may too). */
  render(): void;
}

export function createAgendaSection(deps: AgendaDeps = {}): AgendaSection {
  const now = deps.now ?? (() => Date.now());
  const storage = deps.storage ?? null;
  const every = deps.every ?? ((fn, ms) => { const id = setInterval(fn, ms); return () => clearInterval(id); });
  let state = timer.restore(safely(() => storage?.getItem(STORAGE_KEY) ?? null), AGENDA.length) ?? timer.INITIAL_TIMER;
  let stopTicking: (() => void) | null = null;

  const elapsed = el('span', { class: 'elapsed', 'data-testid': 'timer-elapsed' }, '0:00');
  const blockLine = el('p', { class: 'block-line', 'data-testid': 'timer-block-left' });
  const cue = el('p', { class: 'cue warning', role: 'status', 'data-testid': 'timer-cue', hidden: true });
  const toggle = el('button', { type: 'button', class: 'action', 'data-testid': 'timer-toggle' }, 'Start');
  const nextButton = el('button', { type: 'button', 'data-testid': 'timer-next' }, 'Next block');
  const resetButton = el('button', { type: 'button', 'data-testid': 'timer-reset' }, 'Reset');
  const rows = AGENDA.map((block, i) => {
    const time = el('span', { class: 'block-time' });
    const li = el('li', { class: 'block', 'data-testid': 'agenda-block', 'data-index': i },
      el('div', { class: 'block-head' },
        el('span', { class: 'range gray' }, `${block.from}–${block.to}`), ' ', el('span', { class: 'block-title' }, block.title), ' ', time),
      el('p', { class: 'prompt gray' }, `${block.prompt} (${block.tab} tab)`));
    return { li, time, block };
  });
  const totalMs = timer.view(state, 0, AGENDA).totalMs;
  const box = section('agenda', 'Agenda & timer', false,
    el('div', { class: 'timer', 'data-testid': 'timer' },
      el('p', { class: 'clock' }, elapsed, ' ', el('span', { class: 'gray' }, `of ${formatClock(totalMs)}`)),
      blockLine, cue,
      el('div', { class: 'buttons' }, toggle, nextButton, resetButton)),
    el('ol', { class: 'agenda', 'data-testid': 'agenda-list' }, rows.map((r) => r.li)));

  const render = () => {
    const v = timer.view(state, now(), AGENDA);
    const block = item(AGENDA, v.block, 'agenda block');
    elapsed.textContent = formatClock(v.elapsedMs);
    blockLine.textContent = v.phase === 'idle'
      ? 'Press Start when the meeting begins.'
      : `${block.title}: ${v.overMs > 0 ? `${formatClock(v.overMs)} over time` : `${formatClock(v.leftMs, 'ceil')} left`}${v.phase === 'paused' ? ' (paused)' : ''}`;
    blockLine.classList.toggle('warning', v.overMs > 0);
    const cueText = v.overMs === 0 ? ''
      : v.block < AGENDA.length - 1 ? `“${block.title}” is over its time. Move on to “${item(AGENDA, v.block + 1, 'agenda block').title}” with Next block.`
      : 'The meeting is over its 90 minutes.';
    if (cue.textContent !== cueText) cue.textContent = cueText; // rewrite only on change: it is a live region
    cue.hidden = cueText === '';
    v.blocks.forEach((b, i) => {
      const { li, time, block: scheduled } = item(rows, i, 'agenda row');
      li.dataset.state = b.state;
      li.dataset.overrun = String(b.overMs > 0);
      if (b.state === 'current') li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      time.textContent = b.state === 'upcoming' || v.phase === 'idle' ? `${scheduled.to - scheduled.from} min`
        : b.state === 'done' ? `took ${formatClock(b.spentMs ?? 0)}${b.overMs > 0 ? `, ${formatClock(b.overMs)} late` : ''}`
        : b.overMs > 0 ? `${formatClock(b.overMs)} over` : `${formatClock(v.leftMs, 'ceil')} left`;
    });
    toggle.textContent = v.phase === 'running' ? 'Pause' : v.phase === 'paused' ? 'Resume' : 'Start';
    toggle.dataset.phase = v.phase;
    nextButton.disabled = v.block >= AGENDA.length - 1;
    resetButton.disabled = v.phase !== 'paused'; // pause first, so a stray click can't wipe a running meeting
    box.note.textContent = v.phase === 'idle' ? '' : `${formatClock(v.elapsedMs)} · ${block.title}`;
  };

  const update = (next: timer.TimerState) => {
    state = next;
    safely(() => storage?.setItem(STORAGE_KEY, JSON.stringify(state)));
    if (state.running && !stopTicking) stopTicking = every(render, TICK_MS);
    if (!state.running && stopTicking) {
      stopTicking();
      stopTicking = null;
    }
    render();
  };

  toggle.addEventListener('click', () => update(state.running ? timer.pause(state, now()) : timer.start(state, now())));
  nextButton.addEventListener('click', () => {
    update(timer.next(state, now(), AGENDA.length));
    deps.onBlock?.(timer.view(state, now(), AGENDA).block);
  });
  resetButton.addEventListener('click', () => update(timer.reset()));
  update(state);
  box.root.open = timer.phase(state) !== 'idle'; // a meeting in progress stays in view after a reopen
  return { root: box.root, render };
}

/** Storage can throw (disabled cookies, sandboxed frames); the timer works without it. */
function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
