// The shared client-learnings Doc: appending a campaign (one Docs.Documents.get, one batchUpdate guarded by the
// revision it read, re-planned and retried a few times if someone else wrote in between), and reading a client's
// history. Nothing already in the Doc is rewritten; the Doc is remembered per user. A colleague's Doc reaches Debrief
// once shared with the user and chosen in the Picker; a viewer gets the history, and a plain refusal to append.
import type { Analysis } from '../../domain/analysis/types.ts';
import { MAX_DOC_CHARACTERS, overfullDoc } from '../../domain/reports/doc-size.ts';
import type { DocsJson } from '../../domain/reports/docs-json.ts';
import { clientHistory, planLearningsAppend, type ClientHistory } from '../../domain/reports/learnings-doc.ts';
import { campaignRootCauses, draftKeptLearnings, entryHeading, learningsEntry, MAX_KEPT, MIN_KEPT } from '../../domain/reports/learnings-entry.ts';
import { fileIdFromUrl, LEARNINGS_DOC_NAME } from '../../domain/reports/names.ts';
import type { LearningsDocAppendResult, ClientHistoryResult, KeptLearnings, LinkedFile } from '../../domain/rpc.ts';
import type { Workbook } from '../../domain/records.ts';
import { BadInputError, BusyError, DebriefError, NotReachableError, QuotaError } from '../errors.ts';
import type { CampaignRead } from './campaign.ts';
import { createBlankFile, docsService, fileUrl, MIME, openableFile, type DriveFileInfo } from './drive-files.ts';
import { loadKeptLearnings, loadLearningsDocId, saveKeptLearnings, saveLearningsDocId } from './settings.ts';

/** Tries per append: enough for a few people appending at once, bounded so a busy Doc fails clearly. */
const MAX_ATTEMPTS = 4;
const INTRO = [
  { text: 'Client learnings', style: 'TITLE' },
  { text: 'One heading per client; under it, each campaign’s learnings and root causes, added by Debrief. Edit freely: Debrief only ever adds.', style: 'NORMAL_TEXT' },
];

const linked = (id: string): LinkedFile => ({ id, url: fileUrl(MIME.document, id) });
const WHAT = 'the client learnings Doc';
const learningsDoc = (id: string, url = fileUrl(MIME.document, id)) => openableFile(id, MIME.document, { what: WHAT, url, needsEdit: true });
const described = (file: DriveFileInfo): LinkedFile => ({ ...linked(file.id), name: file.name, canEdit: file.canEdit });

export function learningsDocLink(): LinkedFile | null {
  const id = loadLearningsDocId();
  return id ? linked(id) : null;
}

/** The Doc in use as Drive shows it to this user (name, whether they can append), or why Debrief can't open it. */
export function describeLearningsDoc(): LinkedFile | null {
  const id = loadLearningsDocId();
  if (!id) return null;
  try {
    return described(learningsDoc(id));
  } catch (error) {
    if (!(error instanceof DebriefError)) throw error;
    return { ...linked(id), problem: error.message };
  }
}

/** Remembers the agency's shared Doc after checking Debrief can open it; '' forgets it. */
export function setLearningsDoc(url: string): void {
  if (!url) {
    saveLearningsDocId(undefined);
    return;
  }
  const id = fileIdFromUrl(url);
  if (!id) throw new BadInputError(`“${url}” isn’t a link to a Google Doc: paste the link from the browser’s address bar.`);
  learningsDoc(id, url);
  saveLearningsDocId(id);
}

/** The Doc chosen in the Picker (so now granted to Debrief): checked and remembered. */
export function useLearningsDocId(id: string): LinkedFile {
  const file = learningsDoc(id);
  saveLearningsDocId(file.id);
  return described(file);
}

/** A viewer's or commenter's refusal: not-reachable for writing, naming the owner to ask. */
function readOnly(file: Pick<DriveFileInfo, 'name' | 'owner'>): NotReachableError {
  const owner = file.owner ? `${file.owner.name ? `${file.owner.name} (${file.owner.email})` : file.owner.email}` : '';
  return new NotReachableError(`You can only view ${WHAT} (“${file.name}”), so Debrief can’t add to it. ` +
    `Ask its owner${owner ? `, ${owner},` : ''} to make you an editor; the client history still works.`);
}

/** A 403 from the Docs API: the user lost edit access since Debrief checked. */
const refused = (error: unknown) => (error as { details?: { code?: number } } | null)?.details?.code === 403;

function openOrCreateLearningsDoc(): DriveFileInfo {
  const id = loadLearningsDocId();
  if (id) {
    const file = learningsDoc(id);
    if (!file.canEdit) throw readOnly(file);
    return file;
  }
  const made = createBlankFile(LEARNINGS_DOC_NAME, MIME.document);
  const text = INTRO.map((l) => l.text).join('\n');
  let at = 1;
  const styles = INTRO.map((l) => {
    const range = { startIndex: at, endIndex: at + l.text.length + 1 };
    at = range.endIndex;
    return { updateParagraphStyle: { range, paragraphStyle: { namedStyleType: l.style }, fields: 'namedStyleType' } };
  });
  docsService().Documents!.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text } }, ...styles] }, made);
  saveLearningsDocId(made);
  return { id: made, name: LEARNINGS_DOC_NAME, mimeType: MIME.document, trashed: false, canEdit: true, owner: null };
}

export function keptLearnings(analysis: Analysis): KeptLearnings {
  const saved = loadKeptLearnings();
  return saved ? { items: saved, saved: true } : { items: draftKeptLearnings(analysis), saved: false };
}

export function keepLearnings(items: string[]): KeptLearnings {
  saveKeptLearnings(items);
  return { items, saved: true };
}

const current = (workbook: Workbook, analysis: Analysis, today: string) => ({ heading: entryHeading(workbook, today), rootCauses: campaignRootCauses(analysis) });


export function appendLearnings(read: CampaignRead, items: string[] | undefined): LearningsDocAppendResult {
  const { workbook, analysis, today } = read;
  if (items) saveKeptLearnings(items);
  const kept = items ?? keptLearnings(analysis).items;
  if (kept.length < MIN_KEPT || kept.length > MAX_KEPT) {
    throw new BadInputError(`Keep ${MIN_KEPT} to ${MAX_KEPT} learnings before appending (there are ${kept.length}): edit the list in the sidebar.`);
  }
  const entry = learningsEntry(workbook, analysis, kept, today);
  const doc = openOrCreateLearningsDoc();
  const docId = doc.id;
  const docs = docsService().Documents!;
  let json = docs.get(docId) as DocsJson;
  for (let attempt = 1; ; attempt++) {
    const plan = planLearningsAppend(json, entry);
    const history = clientHistory(json, entry.client, current(workbook, analysis, today));
    const result = (status: LearningsDocAppendResult['status'], newClientHeading: boolean): LearningsDocAppendResult =>
      ({ status, heading: entry.heading, newClientHeading, learningsDoc: linked(docId), history: withEntry(history, entry, status, analysis) });
    if (plan.status === 'already-there') return result('already-there', false);
    const overfull = overfullDoc(json, plan.requests);
    if (overfull !== undefined) throw docFull(overfull);
    try {
      docs.batchUpdate({ requests: plan.requests, writeControl: { requiredRevisionId: json.revisionId } }, docId);
      return result('added', plan.newClientHeading);
    } catch (error) {
      if (refused(error)) throw readOnly(doc);
      const again = changedSince(docId, json.revisionId);
      if (!again) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new BusyError('The client learnings Doc kept changing while Debrief was adding to it (others are appending too). Try again in a moment.');
      console.log(`Learnings Doc changed since it was read (attempt ${attempt}); planning again`);
      json = again;
    }
  }
}

/** Told before anything is written: the Doc can't take this campaign, and what to do instead. */
function docFull(length: number): QuotaError {
  const n = (value: number) => value.toLocaleString('en-US');
  return new QuotaError(`The client learnings Doc is full: a Google Doc holds up to ${n(MAX_DOC_CHARACTERS)} characters, and adding this campaign would make it ${n(length)}. Nothing was added. Paste the link to a new learnings Doc in the sidebar (or clear the link and Debrief makes one), then append again.`);
}

/**
 * After a refused write: the Doc as it is now if someone wrote since `revisionId`, else null (the refusal was
 * something else). Google documents no wording for a stale requiredRevisionId, but documents that "if the revision
 * ID is unchanged between calls, then the document has not changed" (Docs API, Document.revisionId), so staleness
 * is decided by reading again and comparing. The new read is the next attempt's plan: no extra call when it is stale.
 */
export function changedSince(docId: string, revisionId: string | undefined): DocsJson | null {
  const again = docsService().Documents!.get(docId) as DocsJson;
  return again.revisionId !== undefined && again.revisionId !== revisionId ? again : null;
}

/** The history as it stands once this campaign is in the Doc. */
function withEntry(history: ClientHistory, entry: ReturnType<typeof learningsEntry>, status: LearningsDocAppendResult['status'], analysis: Analysis): ClientHistory {
  if (status === 'already-there') return history;
  const { heading, campaign, date } = entry;
  return { ...history, found: true, campaigns: [...history.campaigns, { heading, campaign, date, lines: entry.bullets, rootCauses: campaignRootCauses(analysis) }] };
}

export function readClientHistory(read: CampaignRead): ClientHistoryResult {
  const doc = learningsDocLink();
  if (!doc) return { learningsDoc: null, history: null };
  openableFile(doc.id, MIME.document, { what: WHAT, url: doc.url });
  const json = docsService().Documents!.get(doc.id) as DocsJson;
  return { learningsDoc: doc, history: clientHistory(json, read.workbook.campaign.client, current(read.workbook, read.analysis, read.today)) };
}
