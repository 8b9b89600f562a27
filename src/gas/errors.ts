// Errors the person can act on. api.ts turns everything else into a generic message and logs the detail.
import type * as z from 'zod/mini';

export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** A sidebar payload checked against its schema; a bad one names each field and what is wrong with it. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
  throw new UserFacingError(`Some fields need a fix: ${fields}`);
}
