// Who acknowledged the kickoff pack, and whether the campaign manager named on the Campaign tab is among them.
import { describe, expect, it } from 'vitest';
import { acknowledgementState, isPerson } from '../../../src/domain/history/acknowledgement.ts';

describe('kickoff pack acknowledgement', () => {
  it.each<[string, string, string, boolean]>([
    ['Priya Shah', 'priya.shah@agency.example', '', true],
    ['Priya Shah', 'pshah@agency.example', '', true],
    ['Priya Shah', 'priya@agency.example', '', true],
    ['Priya Shah', 'priyas@agency.example', '', true],
    ['Priya Shah', 'tom@agency.example', 'Priya Shah', true],
    ['Priya Shah', 'tom@agency.example', '', false],
    ['José Núñez', 'jose.nunez@agency.example', '', true],
    ['priya@agency.example', 'PRIYA@agency.example', '', true],
    ['priya@agency.example', 'priya.shah@agency.example', 'Priya', false],
    ['', 'priya@agency.example', '', false],
  ])('%j is %j (%j): %s', (manager, email, name, expected) => expect(isPerson(manager, { email, name })).toBe(expected));

  it('is not done until the campaign manager acknowledges, and says who has read it', () => {
    const tom = { email: 'tom@agency.example', name: 'Tom Reed', at: '2026-11-21T10:00:00Z' };
    const priya = { email: 'priya.shah@agency.example', name: '', at: '2026-11-22T09:00:00Z' };
    expect(acknowledgementState([], 'Priya Shah')).toMatchObject({ done: false, message: 'Priya Shah hasn’t acknowledged the kickoff pack yet: read it before planning.' });
    expect(acknowledgementState([tom], 'Priya Shah')).toMatchObject({ done: false, message: 'Priya Shah hasn’t acknowledged the kickoff pack yet (read by Tom Reed): read it before planning.' });
    expect(acknowledgementState([priya, tom], 'Priya Shah')).toMatchObject({ done: true, byCampaignManager: priya, all: [tom, priya], message: 'Priya Shah acknowledged the kickoff pack on 2026-11-22.' });
  });

  it('asks for a campaign manager when none is named', () => {
    expect(acknowledgementState([], '').done).toBe(false);
    expect(acknowledgementState([{ email: 'tom@agency.example', name: '', at: '2026-11-21T10:00:00Z' }], ' ')).toMatchObject({
      done: true, message: 'Kickoff pack read by tom@agency.example; name the campaign manager on the Campaign tab.',
    });
  });
});
