// Every Advanced Service call (Docs, Slides, Drive, Sheets) enters the local Workspace here: it is traced as the REST
// request Apps Script sends, then judged against the schemas generated from Google's API descriptions
// (src/local/google-schemas). A call Google's parser would refuse gets Google's 400, whatever the fake could do.
// Google: https://cloud.google.com/apis/design/errors
import type { ApiName } from '../google-schemas/describe.ts';
import { judgeCall } from '../google-schemas/validate.ts';
import { GoogleJsonResponseException } from './drive/api-error.ts';
import { isPlainObject } from './errors.ts';
import type { ServiceContext } from './service-context.ts';

/** One REST request as `debrief run --trace` writes it. */
export interface AdvancedCall {
  service: ApiName;
  /** REST method id: "documents.batchUpdate", "presentations.get", "files.copy". */
  method: string;
  /** Path and query parameters. */
  params: Record<string, unknown>;
  body: unknown;
}

export type AdvancedCallListener = (call: AdvancedCall) => void;

export class AdvancedCallLog {
  private readonly listeners = new Set<AdvancedCallListener>();

  /** Calls `listener` with a JSON copy of every call from now on; returns the function that stops it. */
  listen(listener: AdvancedCallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  record(call: AdvancedCall): void {
    if (this.listeners.size === 0) return;
    const copy = JSON.parse(JSON.stringify(call)) as AdvancedCall;
    for (const listener of this.listeners) listener(copy);
  }
}

/** The path parameters with the call's optionalArgs (query parameters), as the REST request carries them. */
export function restParams(path: Record<string, unknown>, optionalArgs?: unknown): Record<string, unknown> {
  const query = isPlainObject(optionalArgs) ? optionalArgs : {};
  return Object.fromEntries(Object.entries({ ...path, ...query }).filter(([, v]) => v !== undefined));
}

/** Traces the call, then refuses it as Google does if the schemas don't accept it. */
export function judgeAdvancedCall(ctx: ServiceContext, call: AdvancedCall): void {
  const body = call.body === undefined ? null : call.body;
  ctx.advancedCalls?.record({ ...call, body });
  const errors = judgeCall({ ...call, body });
  if (errors.length > 0) throw new GoogleJsonResponseException(`${call.service}.${call.method}`, 400, errors.join('\n'));
}
