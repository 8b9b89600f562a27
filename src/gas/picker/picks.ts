// What happens once someone chooses files in the Picker: the dialog hands over the ids, Debrief checks each is what
// the purpose needs and keeps the choice (the learnings Doc, the campaign ledger, a template), and leaves the outcome where the sidebar,
// which can't hear the dialog, asks for it (the user's cache, for ten minutes).
import { PURPOSES, type PickedFilesRequest, type PickOutcome, type PickRequest } from '../../domain/picker.ts';
import { BadInputError, toServerError } from '../errors.ts';
import { setLedger } from '../ledger/ledger-file.ts';
import { spreadsheetUrl } from '../ledger/sheets-api.ts';
import { useLearningsDocId } from '../reports/learnings.ts';
import { useTemplateId } from '../reports/templates.ts';

const OUTCOME_SECONDS = 600;
/** The dialog says it is still open every few seconds; without word for this long, it was closed (its × gives no event). */
const ALIVE_SECONDS = 20;
const key = (nonce: string) => `debrief.pick.${nonce}`;
const aliveKey = (nonce: string) => `debrief.pick.${nonce}.open`;

/** Called when the dialog opens and then by the dialog itself while it stays open. */
export function keepPickOpen(request: PickRequest): null {
  CacheService.getUserCache().put(aliveKey(request.nonce), '1', ALIVE_SECONDS);
  return null;
}

function remember(nonce: string, outcome: PickOutcome): PickOutcome {
  CacheService.getUserCache().put(key(nonce), JSON.stringify(outcome), OUTCOME_SECONDS);
  return outcome;
}

function keep(request: PickedFilesRequest): string {
  const { purpose, ids } = request;
  const info = PURPOSES[purpose];
  const [id, ...more] = ids;
  if (!id || more.length) throw new BadInputError(`Choose one file for ${info.what}.`);
  if (purpose === 'learnings') {
    const doc = useLearningsDocId(id);
    return doc.canEdit === false
      ? `Debrief will show the client history from “${doc.name}”. You can only view it, so appending needs its owner to make you an editor.`
      : `Debrief will add learnings to “${doc.name}”.`;
  }
  if (purpose === 'ledger') {
    setLedger(spreadsheetUrl(id)); // checks Debrief can open it (now granted by the pick) and that it is a Sheet
    return 'Debrief will fill that campaign ledger from now on.';
  }
  if (!info.artefact) throw new Error(`no artefact for ${purpose}`);
  const template = useTemplateId(info.artefact, id);
  return `${info.what.charAt(0).toUpperCase()}${info.what.slice(1)} is now “${template.name}”.`;
}

export function usePickedFiles(request: PickedFilesRequest): PickOutcome {
  let outcome: PickOutcome;
  try {
    outcome = { status: 'picked', message: keep(request) };
  } catch (error) {
    // The dialog shows this and the sidebar reads it later: the same words a failed call would have (errors.ts).
    outcome = { status: 'failed', message: toServerError(error, 'using the file you chose').message };
  }
  return remember(request.nonce, outcome);
}

export function cancelPick(request: PickRequest): PickOutcome {
  return remember(request.nonce, { status: 'cancelled', message: 'Nothing was chosen.' });
}

/** The sidebar asks this every few seconds while the dialog is open. */
export function pickOutcome(request: PickRequest): PickOutcome {
  const cache = CacheService.getUserCache();
  const found = cache.getAll([key(request.nonce), aliveKey(request.nonce)]);
  const saved = found[key(request.nonce)];
  if (!saved && !found[aliveKey(request.nonce)]) return { status: 'cancelled', message: 'The file picker was closed without a choice.' };
  if (!saved) return { status: 'waiting', message: '' };
  return JSON.parse(saved) as PickOutcome; // written by remember() above, nowhere else
}
