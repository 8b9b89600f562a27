// Who has read the kickoff pack. Debrief records each acknowledgement (email, time); the sidebar says the pack is
// unread until the campaign manager named on the Campaign tab has acknowledged it. The Campaign tab holds a name
// or an email, so a name matches an address whose part before "@" spells it ("Priya Shah" ~ priya.shah@…,
// pshah@…, priya@…) or whose directory name is it.
import { nameKey } from '../reports/learnings-doc.ts';

export interface Acknowledgement {
  email: string;
  /** The person's name where the platform knows it (may be blank). */
  name: string;
  /** ISO date-time, UTC. */
  at: string;
}

export interface AcknowledgementState {
  /** The campaign manager has acknowledged (or, with none named, anyone has). */
  done: boolean;
  campaignManager: string;
  byCampaignManager: Acknowledgement | null;
  all: Acknowledgement[];
  /** What the sidebar says, in one sentence. */
  message: string;
}

const letters = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether `ack` is the person named `campaignManager` (a name or an address). */
export function isPerson(campaignManager: string, ack: Pick<Acknowledgement, 'email' | 'name'>): boolean {
  const who = campaignManager.trim();
  if (!who) return false;
  if (who.includes('@')) return nameKey(who) === nameKey(ack.email);
  if (ack.name && letters(ack.name) === letters(who)) return true;
  const local = letters(ack.email.split('@')[0] ?? '');
  const parts = who.split(/\s+/).map(letters).filter(Boolean);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const candidates = [parts.join(''), first, `${first.charAt(0)}${last}`, `${first}${last.charAt(0)}`];
  return local !== '' && candidates.includes(local);
}

export function acknowledgementState(acks: readonly Acknowledgement[], campaignManager: string): AcknowledgementState {
  const all = [...acks].sort((a, b) => a.at.localeCompare(b.at));
  const byCampaignManager = all.find((a) => isPerson(campaignManager, a)) ?? null;
  const name = campaignManager.trim();
  if (!name) {
    const done = all.length > 0;
    return {
      done, campaignManager: '', byCampaignManager: null, all,
      message: done ? `Kickoff pack read by ${all.map((a) => a.name || a.email).join(', ')}; name the campaign manager on the Campaign tab.`
        : 'Nobody has acknowledged the kickoff pack yet, and no campaign manager is named on the Campaign tab.',
    };
  }
  if (byCampaignManager) {
    return { done: true, campaignManager: name, byCampaignManager, all, message: `${name} acknowledged the kickoff pack on ${byCampaignManager.at.slice(0, 10)}.` };
  }
  const others = all.length ? ` (read by ${all.map((a) => a.name || a.email).join(', ')})` : '';
  return { done: false, campaignManager: name, byCampaignManager: null, all, message: `${name} hasn’t acknowledged the kickoff pack yet${others}: read it before planning.` };
}
