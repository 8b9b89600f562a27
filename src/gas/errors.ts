// Where failures become what a person sees: each kind has its own error type (src/domain/errors.ts); a Google
// exception becomes a platform or quota error; anything else is a bug, logged with its stack under a reference
// the person can quote, and shown as one short sentence.
import type * as z from 'zod/mini';
import { BadInputError, DebriefError, type ServerError } from '../domain/errors.ts';
import { permissionErrorMessage } from './consent.ts';

export { BadInputError, BusyError, DebriefError, IncompleteError, NotReachableError, NotReadyError, PlatformError, QuotaError } from '../domain/errors.ts';

/** A sidebar payload checked against its schema; a bad one names each field and what is wrong with it. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  throw new BadInputError('Some fields need a fix.', fields);
}

/**
 * Google's own exceptions reach scripts as Errors named "Exception" carrying Google's wording; those about a limit
 * say "quota" or "too many times" ("Service invoked too many times for one day", "…exceeded the property storage
 * quota"), per https://developers.google.com/apps-script/guides/services/quotas.
 */
function platformError(error: Error, action: string): ServerError {
  const text = error.message.toLowerCase();
  const quota = text.includes('quota') || text.includes('too many times');
  console.warn(`Debrief: ${action}: Google refused: ${error.message}`);
  return quota
    ? { code: 'quota', message: `Google’s limit for ${action} was reached: ${error.message} Try again later.`, fields: [] }
    : { code: 'platform', message: `Google couldn’t finish ${action}: ${error.message}`, fields: [] };
}

/** A short code to find this failure in the execution log: time-based, with a random tail. */
function newReference(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, '0')}`.toUpperCase();
}

/** What the person is told about `error`, raised while doing `action` ("building the tabs"). */
export function toServerError(error: unknown, action: string): ServerError {
  if (error instanceof DebriefError) return error.toJSON();
  // A scope the user unticked on Google's consent screen: say which feature it blocks and how to grant it (consent.ts).
  const declined = permissionErrorMessage(error);
  if (declined) return { code: 'platform', message: declined, fields: [] };
  if (error instanceof Error && error.name === 'Exception') return platformError(error, action);
  const reference = newReference();
  const detail = error instanceof Error ? error.stack ?? `${error.name}: ${error.message}` : String(error);
  console.error(`Debrief ${reference}: ${action} failed\n${detail}`);
  return {
    code: 'unexpected',
    message: `Something went wrong while ${action}. Try again; if it keeps happening, quote reference ${reference}.`,
    fields: [],
    reference,
  };
}
