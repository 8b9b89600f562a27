// Asking for a Google Picker choice from the sidebar: the server opens the dialog; the dialog hands the choice to
// the server, not to the sidebar (they can't talk to each other), so the sidebar asks the server for the outcome
// every couple of seconds until there is one, or gives up after ten minutes.
import type { PickOutcome, PickPurpose } from '../domain/picker.ts';
import type { Call } from './rpc.ts';

const POLL_MS = 1500;
const GIVE_UP_MS = 10 * 60 * 1000;

function newNonce(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the Picker for `purpose` (only `fileId`, if given) and resolves with how the choice ended. */
export async function pickFromDrive(call: Call, purpose: PickPurpose, fileId?: string, pollMs = POLL_MS): Promise<PickOutcome> {
  const nonce = newNonce();
  await call('showPicker', { purpose, nonce, ...(fileId ? { fileId } : {}) });
  for (const started = Date.now(); Date.now() - started < GIVE_UP_MS;) {
    await wait(pollMs);
    const outcome = await call('pickOutcome', { nonce });
    if (outcome.status !== 'waiting') return outcome;
  }
  return { status: 'cancelled', message: 'The file picker was left open a long time; choose again if you still need to.' };
}
