// A "Choose from Drive" button: opens Google Picker for one purpose (optionally on one file, when a pasted link
// needs picking), waits for the outcome and reports it in the status line. Disabled, with the reason shown by the
// Reports section, when the deployment has no Picker keys.
import type { PickPurpose } from '../../domain/picker.ts';
import type { Actions } from '../actions.ts';
import { el } from '../dom.ts';
import { pickFromDrive } from '../pick.ts';
import type { Call } from '../rpc.ts';

export interface PickButton {
  button: HTMLButtonElement;
  setReady(ready: boolean): void;
}

export interface PickButtonOptions {
  testid: string;
  purpose: PickPurpose;
  label?: string;
  /** The one file to show, when a pasted link needs picking. */
  fileId?: () => string | undefined;
  /** After a successful pick (e.g. reload the Reports state). */
  onPicked: () => Promise<void>;
}

export function createPickButton(deps: { call: Call; actions: Actions }, options: PickButtonOptions): PickButton {
  let ready = false;
  const button = deps.actions.register(
    el('button', { type: 'button', 'data-testid': options.testid, title: 'Opens Google Picker: choosing a file there gives it to Debrief' }, options.label ?? 'Choose from Drive'),
    () => ready,
  );
  button.addEventListener('click', () => void deps.actions.run(button, {
    working: 'Choose the file in the Google Picker window…',
    failure: 'Couldn’t use that file',
    task: async () => {
      const outcome = await pickFromDrive(deps.call, options.purpose, options.fileId?.());
      if (outcome.status === 'failed') throw new Error(outcome.message);
      if (outcome.status === 'picked') await options.onPicked();
      return outcome.message;
    },
  }));
  return {
    button,
    setReady(next) {
      ready = next;
      deps.actions.refresh();
    },
  };
}
