// Errors with codes: one type per kind of failure a person can act on, and the JSON they cross google.script.run
// as. google.script.run hands the failure handler only the thrown Error's message, so the server puts
// `{code, message, fields}` there as JSON and the sidebar (or a menu handler) parses it back; nobody reads the
// wording to tell kinds apart.

export const ERROR_CODES = [
  'bad-input', // a payload, a file or a cell that can't be used as it is: `fields` names each one
  'not-ready', // the spreadsheet isn't set up for this yet (tabs not built, the client not named)
  'not-reachable', // a file Debrief can't open: deleted, in the trash, or not shared with it
  'quota', // a Google limit was reached (stored settings too large, a daily quota)
  'platform', // a Google service refused or failed
  'busy', // someone (or a second click) is working on the same document
  'incomplete', // the post-mortem isn't complete for this yet: `fields` names each gap; the person may go ahead anyway
  'unexpected', // a bug: logged with its stack, shown with a reference to quote
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One thing to fix: a payload field ("team.facilitator"), a file path ("creators[3].followers") or a cell ("Creators!E7"). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** What crosses google.script.run when a call fails. */
export interface ServerError {
  code: ErrorCode;
  message: string;
  fields: FieldProblem[];
  /** For unexpected errors: quoted by the person, found in the logs beside the stack. */
  reference?: string;
}

export class DebriefError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly fields: FieldProblem[] = []) {
    super(message);
    this.name = 'DebriefError';
  }

  toJSON(): ServerError {
    return { code: this.code, message: this.message, fields: this.fields };
  }
}

export class BadInputError extends DebriefError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('bad-input', message, fields);
  }
}

export class NotReadyError extends DebriefError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('not-ready', message, fields);
  }
}

export class NotReachableError extends DebriefError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('not-reachable', message, fields);
  }
}

export class QuotaError extends DebriefError {
  constructor(message: string) {
    super('quota', message);
  }
}

export class PlatformError extends DebriefError {
  constructor(message: string) {
    super('platform', message);
  }
}

/** Not refused for good: the caller may retry with `force` after the person says so (the completeness gate). */
export class IncompleteError extends DebriefError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super('incomplete', message, fields);
  }
}

export class BusyError extends DebriefError {
  constructor(message: string) {
    super('busy', message);
  }
}

/** "creators[3].followers: expected a number", one line per problem (the CLI and the menu's alerts). */
export function describeFields(fields: readonly FieldProblem[]): string {
  return fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
}

export function encodeError(error: ServerError): string {
  return JSON.stringify(error);
}

const isCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

function isField(value: unknown): value is FieldProblem {
  const v = value as Partial<FieldProblem> | null;
  return typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.message === 'string';
}

/**
 * The ServerError in a failure handler's argument: the JSON the server put in the Error's message. Anything else
 * (a network failure, an error thrown before Debrief's code ran) is an unexpected error with its message as it is.
 */
export function decodeError(error: unknown): ServerError {
  const raw = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  // Apps Script may put the exception's name in front ("Error: {…}"): the JSON starts at the first brace.
  const start = raw.indexOf('{');
  if (start >= 0) {
    try {
      const parsed = JSON.parse(raw.slice(start)) as Partial<ServerError>;
      if (isCode(parsed.code) && typeof parsed.message === 'string') {
        const fields = Array.isArray(parsed.fields) ? parsed.fields.filter(isField) : [];
        return { code: parsed.code, message: parsed.message, fields, ...(typeof parsed.reference === 'string' ? { reference: parsed.reference } : {}) };
      }
    } catch {
      // not ours: said as it came
    }
  }
  return { code: 'unexpected', message: raw.trim() || 'The server gave no reason.', fields: [] };
}
