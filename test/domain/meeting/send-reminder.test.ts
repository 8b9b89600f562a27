// When the sidebar reminds the account lead that the client report hasn't gone out after the post-mortem.
import { describe, expect, it } from 'vitest';
import { sendReminder } from '../../../src/domain/meeting/send-reminder.ts';

const base = { held: '2026-11-20', sent: null, days: 3, today: '2026-11-23', accountLead: 'Jordan Blake' };

describe('the reminder to send the client report', () => {
  it('shows once the set number of days has passed since the post-mortem', () => {
    expect(sendReminder(base)).toBe('Jordan Blake: the post-mortem was held on 2026-11-20 (3 days ago) and the client report hasn’t gone out. Send it, then mark it sent.');
    expect(sendReminder({ ...base, today: '2026-11-22' })).toBeNull();
    expect(sendReminder({ ...base, days: null, today: '2026-11-21' })).toBeNull(); // 3 days by default
  });

  it('stays quiet before the meeting and once the report is sent', () => {
    expect(sendReminder({ ...base, held: null })).toBeNull();
    expect(sendReminder({ ...base, sent: '2026-11-22' })).toBeNull();
    expect(sendReminder({ ...base, accountLead: '', today: '2026-11-21', days: 1 })).toMatch(/^the post-mortem was held on 2026-11-20 \(1 day ago\)/);
  });
});
