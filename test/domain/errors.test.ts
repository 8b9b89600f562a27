// One error type per kind, each with its code; what crosses google.script.run is their JSON and reads back whole.
import { describe, expect, it } from 'vitest';
import {
  BadInputError, BusyError, decodeError, DebriefError, encodeError, NotReachableError, NotReadyError, PlatformError, QuotaError,
} from '../../src/domain/errors.ts';

describe('errors with codes', () => {
  it.each([
    [new BadInputError('Fix these.', [{ path: 'creators[3].followers', message: 'expected a number' }]), 'bad-input'],
    [new NotReadyError('Build the tabs first.'), 'not-ready'],
    [new NotReachableError('Debrief can’t open the template.'), 'not-reachable'],
    [new QuotaError('Too much stored.'), 'quota'],
    [new PlatformError('Docs failed.'), 'platform'],
    [new BusyError('Try again in a moment.'), 'busy'],
  ] as const)('%s has code %s and survives the trip as JSON', (error, code) => {
    expect(error).toBeInstanceOf(DebriefError);
    expect(error.code).toBe(code);
    expect(decodeError(new Error(encodeError(error.toJSON())))).toEqual({ code, message: error.message, fields: error.fields });
  });

  it('keeps a reference and the text of people’s fields exactly, quotes and braces included', () => {
    const sent = { code: 'unexpected' as const, message: 'Something went wrong {x} "y".', fields: [{ path: 'a.b', message: 'it said "}{"' }], reference: 'ABC123' };
    expect(decodeError(encodeError(sent))).toEqual(sent);
  });
});
