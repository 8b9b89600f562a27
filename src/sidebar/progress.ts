// The progress line above the status: while a server call runs, a moving bar and the seconds so far show that
// Debrief is still working (a call can't report from inside Apps Script), and work done in parts (an import's
// rows) shows how far it has got. Elapsed time is always `now − started`, so a throttled hidden sidebar never
// drifts. Text only: nothing here is parsed as HTML.
import { el } from './dom.ts';

export interface Progress {
  /** A thin strip along the top of the status bar: the moving bar. Its room is always kept, so nothing shifts. */
  readonly root: HTMLElement;
  /** Beside the status text: "200 of 1,000 rows · Still working · 12 s". Empty (no room taken) when idle. */
  readonly words: HTMLElement;
  /** A call began: an indeterminate bar, and the seconds counted from now once they matter. */
  begin(): void;
  /** Work in parts: `done` of `total` (rows, pieces…), shown on the bar and in words. */
  parts(done: number, total: number, unit: string): void;
  /** The call ended: the line hides. */
  end(): void;
}

/** Under this the call is quick enough that a counter would only flicker. */
export const SHOW_SECONDS_AFTER_MS = 2000;
/** Past this a person starts to wonder: say that large campaigns take longer and that it is fine to wait. */
export const REASSURE_AFTER_MS = 20_000;

export interface Clock {
  now(): number;
  every(ms: number, tick: () => void): unknown;
  stop(handle: unknown): void;
}

const browserClock: Clock = {
  now: () => Date.now(),
  every: (ms, tick) => setInterval(tick, ms),
  stop: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** "Still working · 12 s", and the reassurance once it has been a while. */
export function elapsedWords(ms: number): string {
  if (ms < SHOW_SECONDS_AFTER_MS) return '';
  const seconds = Math.floor(ms / 1000);
  const shown = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  return ms < REASSURE_AFTER_MS
    ? `Still working · ${shown}`
    : `Still working · ${shown}. Large campaigns take up to a minute or two; keep this sidebar open.`;
}

export function createProgress(clock: Clock = browserClock): Progress {
  const bar = el('progress', { class: 'progress-bar', 'data-testid': 'progress-bar', 'aria-label': 'Debrief is working' });
  // Hidden by visibility (styles.css, on data-state), not by display: its room stays and nothing shifts.
  const root = el('div', { class: 'progress', 'data-testid': 'progress', 'data-state': 'idle', 'aria-hidden': 'true' }, bar);
  const elapsed = el('span', { 'data-testid': 'progress-elapsed' });
  const count = el('span', { 'data-testid': 'progress-parts' });
  const words = el('span', { class: 'progress-words gray' }, count, elapsed);
  let started = 0;
  let ticking: unknown = null;

  const tick = () => {
    elapsed.textContent = elapsedWords(clock.now() - started);
  };

  return {
    root,
    words,
    begin() {
      started = clock.now();
      bar.removeAttribute('value'); // indeterminate until a part is done
      bar.removeAttribute('max');
      count.textContent = '';
      tick();
      root.dataset.state = 'working';
      root.removeAttribute('aria-hidden');
      if (ticking === null) ticking = clock.every(1000, tick);
    },
    parts(done, total, unit) {
      bar.setAttribute('max', String(Math.max(total, 1)));
      bar.setAttribute('value', String(Math.min(done, total)));
      count.textContent = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${unit} · `;
    },
    end() {
      if (ticking !== null) clock.stop(ticking);
      ticking = null;
      root.dataset.state = 'idle';
      root.setAttribute('aria-hidden', 'true');
      elapsed.textContent = '';
      count.textContent = '';
    },
  };
}
