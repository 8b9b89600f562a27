// Who has read this campaign's kickoff pack: each acknowledgement (who, when) is kept with the spreadsheet, so
// everyone who opens it sees the same list; until the campaign manager named on the Campaign tab has acknowledged
// it, the sidebar says so.
import * as z from 'zod/mini';
import { acknowledgementState, type Acknowledgement } from '../../domain/history/acknowledgement.ts';
import type { KickoffState } from '../../domain/rpc.ts';
import { newestThatFit } from '../../domain/property-budget.ts';
import { NotReadyError } from '../errors.ts';
import { readStored, writeStored } from '../stored-properties.ts';
import type { CampaignRead } from '../reports/campaign.ts';
import { hasScope, missingScopeMessage, SCOPES } from '../consent.ts';
import { currentUserEmail } from './campaign.ts';

const ACKS_KEY = 'debrief.kickoffAcknowledgements';
const Acks = z.array(z.object({ email: z.string().check(z.maxLength(320)), name: z.string().check(z.maxLength(200)), at: z.string().check(z.maxLength(40)) })).check(z.maxLength(50));

/** A damaged list costs only the acknowledgements, never the workbook. */
function loadAcks(): Acknowledgement[] {
  return readStored(ACKS_KEY, Acks, []);
}

export function kickoffState(read: CampaignRead): KickoffState {
  const campaign = read.workbook.campaign;
  return kickoffStateOf(campaign) ?? { kickoffPack: null, acknowledgement: acknowledgementState(loadAcks(), campaign.team.campaignManager) };
}

/** From the Campaign tab alone (the sidebar's first load reads only that tab); the properties only when there is a pack. */
export function kickoffStateOf(campaign: Pick<CampaignRead['workbook']['campaign'], 'kickoffPack' | 'team'>): KickoffState | null {
  const pack = campaign.kickoffPack.trim();
  return pack ? { kickoffPack: pack, acknowledgement: acknowledgementState(loadAcks(), campaign.team.campaignManager) } : null;
}

/** Records that the current user has read the pack (again: only the latest time counts per person). */
export function acknowledgeKickoffPack(read: CampaignRead): KickoffState {
  if (!read.workbook.campaign.kickoffPack.trim()) throw new NotReadyError('This workbook has no kickoff pack to acknowledge: “Start next campaign” makes one.');
  const email = currentUserEmail();
  if (!email) {
    // A declined userinfo.email is named as such (the consent screen's words); otherwise Google keeps the address back.
    throw new NotReadyError(hasScope(SCOPES.email) ? 'Google doesn’t tell Debrief who you are here, so it can’t record who read the pack.' : missingScopeMessage(SCOPES.email));
  }
  const acks = [...loadAcks().filter((a) => a.email !== email), { email, name: '', at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }].slice(-50);
  // The newest readers that fit the key's byte budget (this one always does: an address is at most 320 bytes).
  writeStored(ACKS_KEY, newestThatFit(ACKS_KEY, acks.reverse()).reverse());
  return kickoffState(read);
}
