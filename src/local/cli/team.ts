// `debrief share` and `debrief pick`: what a team does around Debrief in one emulated domain (a `--state` folder).
// share: the file's owner shares it in Drive's Share dialog. pick: a user chooses the file in Google Picker, which
// grants it to Debrief for them under drive.file and, with --for, hands it to Debrief as that file (the bundle's
// own usePickedFiles, as the Picker dialog calls it).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PICK_PURPOSES, purposeFlag, type PickOutcome, type PickPurpose } from '../../domain/picker.ts';
import { fileIdFromUrl } from '../../domain/reports/names.ts';
import { DriveStoreError, SHARED_ROLES, type SharedRole } from '../emulator/drive/drive-store.ts';
import { createLocalWorkspace } from '../emulator/index.ts';
import { displayName, isEmail } from '../emulator/users.ts';
import { loadState, openSession, STATE_FILE, writeState } from '../session.ts';
import { lockStateDir } from '../state-lock.ts';

/** "client-report-template" → "clientReportTemplate"; undefined for anything else. */
export function purposeFromFlag(flag: string): PickPurpose | undefined {
  return PICK_PURPOSES.find((p) => purposeFlag(p) === flag);
}

export const PURPOSE_FLAGS = PICK_PURPOSES.map(purposeFlag);

function fail(message: string): number {
  console.error(message);
  return 1;
}

function requireState(stateDir: string | undefined): string | undefined {
  if (!stateDir) return undefined;
  return existsSync(join(stateDir, STATE_FILE)) ? stateDir : undefined;
}

export interface ShareOptions {
  stateDir?: string;
  fileUrl?: string;
  email?: string;
  role?: string;
}

export function shareFile(options: ShareOptions): number {
  const stateDir = requireState(options.stateDir);
  if (!stateDir) return fail(`debrief share: --state must name a folder a \`debrief run\` has used (it holds the emulated Drive).`);
  const id = fileIdFromUrl(options.fileUrl ?? '');
  if (!id) return fail(`debrief share: “${options.fileUrl ?? ''}” isn’t a link to a Drive file.`);
  if (!options.email || !isEmail(options.email)) return fail(`debrief share: say whom to share with (an email address).`);
  const role = (options.role ?? 'writer') as SharedRole;
  if (!SHARED_ROLES.includes(role)) return fail(`debrief share: --role must be ${SHARED_ROLES.join(', ')}.`);
  const release = lockStateDir(stateDir);
  try {
    const workspace = createLocalWorkspace({ state: loadState(stateDir) });
    const file = workspace.drive.share(id, options.email, role);
    writeState(stateDir, workspace);
    console.log(`${displayName(file.owner)} (${file.owner}) shared “${file.name}” with ${options.email} as ${role}.`);
    return 0;
  } catch (error) {
    if (error instanceof DriveStoreError) return fail(`debrief share: ${error.message}`);
    throw error;
  } finally {
    release();
  }
}

export interface PickOptions {
  stateDir?: string;
  as?: string;
  fileUrl?: string;
  purpose?: string;
}

export function pickFile(options: PickOptions): number {
  const stateDir = requireState(options.stateDir);
  if (!stateDir) return fail(`debrief pick: --state must name a folder a \`debrief run\` has used (it holds the emulated Drive).`);
  if (!options.as || !isEmail(options.as)) return fail('debrief pick: --as must say who picks the file (an email address).');
  const id = fileIdFromUrl(options.fileUrl ?? '');
  if (!id) return fail(`debrief pick: “${options.fileUrl ?? ''}” isn’t a link to a Drive file.`);
  const purpose = options.purpose === undefined ? undefined : purposeFromFlag(options.purpose);
  if (options.purpose !== undefined && !purpose) return fail(`debrief pick: --for must be one of ${PURPOSE_FLAGS.join(', ')}.`);
  const release = lockStateDir(stateDir);
  try {
    const session = openSession({ spreadsheetName: 'Untitled spreadsheet', stateDir, user: options.as });
    const file = session.workspace.drive.grant(id, options.as); // what the Picker does with Debrief's app id set
    let outcome: PickOutcome = { status: 'picked', message: `Debrief may now open “${file.name}” for ${options.as}.` };
    if (purpose) outcome = session.call<PickOutcome>('pick', 'usePickedFiles', { purpose, nonce: randomBytes(9).toString('hex'), ids: [id] });
    session.saveState();
    if (outcome.status !== 'picked') return fail(`debrief pick: ${outcome.message}`);
    console.log(outcome.message);
    return 0;
  } catch (error) {
    if (error instanceof DriveStoreError) return fail(`debrief pick: ${error.message} (the Picker lists only files the user can open).`);
    throw error;
  } finally {
    release();
  }
}
