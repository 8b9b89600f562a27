// Runs server calls one at a time: every call button is disabled while any call runs (so a double click
// or a second button can't start a second call), and progress and errors are told in the status line; the
// progress line above it (progress.ts) shows that a call is still running, and how far work in parts has got.
import { readServerError, type ServerError } from './format.ts';
import type { Progress } from './progress.ts';

export type StatusState = 'idle' | 'working' | 'done' | 'error';

export interface Status {
  show(state: StatusState, text: string): void;
}

/** The status line: `data-state` lets browser tests wait on it; it is an aria-live region. */
export function createStatus(node: HTMLElement): Status {
  return {
    show(state, text) {
      node.dataset.state = state;
      node.classList.toggle('error', state === 'error');
      node.textContent = text;
    },
  };
}

export interface RunOptions {
  /** Said while the call runs: "Building tabs…". */
  working: string;
  /** Prefix for a failure: "Couldn’t build the tabs". */
  failure: string;
  /**
   * The work; resolves with the words to show when done. Work in parts (several server calls) reports each part:
   * `report(done, total, unit, text)` moves the bar and says what it is doing now.
   */
  task: (report: PartsReport) => Promise<string>;
  /** Sees a failure first (e.g. to mark form fields); may return the words to show instead. */
  onError?: (error: ServerError) => string | void;
}

export type PartsReport = (done: number, total: number, unit: string, text: string) => void;

export interface Actions {
  /** Puts a button under the lock; `enabled` adds the button's own condition (e.g. "the form has loaded"). */
  register(button: HTMLButtonElement, enabled?: () => boolean): HTMLButtonElement;
  /** Re-reads every button's condition. */
  refresh(): void;
  /** Runs one call unless another is running; resolves true when it succeeded. */
  run(button: HTMLButtonElement | null, options: RunOptions): Promise<boolean>;
  readonly busy: boolean;
}

export function createActions(status: Status, root: HTMLElement, progress?: Progress): Actions {
  const buttons = new Map<HTMLButtonElement, () => boolean>();
  let busy = false;

  const refresh = () => {
    for (const [button, enabled] of buttons) button.disabled = busy || !enabled();
    root.dataset.busy = String(busy);
  };

  return {
    register(button, enabled = () => true) {
      buttons.set(button, enabled);
      button.disabled = busy || !enabled();
      return button;
    },
    refresh,
    async run(button, { working, failure, task, onError }) {
      if (busy) return false;
      busy = true;
      refresh();
      button?.setAttribute('aria-busy', 'true');
      status.show('working', working);
      progress?.begin();
      const report: PartsReport = (done, total, unit, text) => {
        status.show('working', text);
        progress?.parts(done, total, unit);
      };
      try {
        status.show('done', await task(report));
        return true;
      } catch (error) {
        const problem = readServerError(error);
        status.show('error', onError?.(problem) || `${failure}: ${problem.message}`);
        return false;
      } finally {
        busy = false;
        progress?.end();
        button?.removeAttribute('aria-busy');
        refresh();
      }
    },
    get busy() {
      return busy;
    },
  };
}
