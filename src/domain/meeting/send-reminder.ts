// The account lead's nudge: the post-mortem was held, the client report hasn't gone out, and the set number of
// days has passed. Pure, so the sidebar and the tests agree on when it shows.
import { daysBetween } from '../dates.ts';

export interface SendStatus {
  held: string | null; // ISO date the post-mortem was held
  sent: string | null; // ISO date the client report was sent
  days: number | null; // Campaign: "Remind to send after (days)"
  today: string;
  accountLead: string;
}

export const DEFAULT_SEND_REMINDER_DAYS = 3;

export function sendReminder({ held, sent, days, today, accountLead }: SendStatus): string | null {
  if (!held || sent) return null;
  const since = daysBetween(held, today);
  const after = days ?? DEFAULT_SEND_REMINDER_DAYS;
  if (since === null || since < after) return null;
  const who = accountLead.trim() ? `${accountLead.trim()}: ` : '';
  return `${who}the post-mortem was held on ${held} (${since} day${since === 1 ? '' : 's'} ago) and the client report hasn’t gone out. Send it, then mark it sent.`;
}
