// google.script.run for the sidebar and dialogs in the playground: the same client API HtmlService injects (handlers
// and a user object set by chaining, calls always asynchronous, only legal argument types), carried to /rpc over
// HTTP; and links to Google Docs/Slides opened as the playground's renderings.

declare const __SERVER_FUNCTIONS__: string[];
/** Which HtmlService page this is: the sidebar or a dialog (google.script.host.close() closes that one). */
declare const __HOST_KIND__: 'sidebar' | 'dialog';

type Handler = (value: unknown, userObject?: unknown) => void;
interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Apps Script's rule: primitives, plain objects and arrays; a form only as the sole argument; nothing else. */
function serialize(value: unknown, path: string): unknown {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return value;
  if (Array.isArray(value)) return value.map((v, i) => serialize(v, String(i)));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, serialize(v, k)]));
  }
  throw new TypeError(`Failed due to illegal value in property: ${path}`);
}

function formValues(form: HTMLFormElement): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  new FormData(form).forEach((value, name) => {
    if (typeof value !== 'string') throw new TypeError('File uploads through google.script.run are not supported by the playground.');
    values[name] = name in values ? ([] as unknown[]).concat(values[name], value) : value;
  });
  return values;
}

function fail(handlers: Handlers, error: Error): void {
  if (handlers.failure) handlers.failure(error, handlers.userObject);
  else console.error(error); // what HtmlService does with a failure nobody handles
}

async function call(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  let body: string;
  try {
    const sent = args.length === 1 && args[0] instanceof HTMLFormElement ? [formValues(args[0])] : args.map((a, i) => serialize(a, String(i)));
    body = JSON.stringify({ name, args: sent });
  } catch (error) {
    await Promise.resolve(); // the real client fails asynchronously too
    return fail(handlers, error as Error);
  }
  let reply: { ok: boolean; value?: unknown; message?: string };
  try {
    const response = await fetch('/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    if (!response.ok) throw new Error(`NetworkError: Connection failure due to HTTP ${response.status}`);
    reply = await response.json();
  } catch (error) {
    return fail(handlers, error instanceof Error && error.message.startsWith('NetworkError') ? error : new Error('NetworkError: Connection failure due to HTTP 0'));
  }
  if (reply.ok) handlers.success?.(reply.value ?? null, handlers.userObject);
  else fail(handlers, new Error(reply.message ?? 'ScriptError: the server function failed.'));
}

/** Each with…() returns a new runner carrying the handlers so far, as the real one does. */
function runner(handlers: Handlers): Record<string, unknown> {
  const r: Record<string, unknown> = {
    withSuccessHandler: (fn: Handler) => runner({ ...handlers, success: fn }),
    withFailureHandler: (fn: Handler) => runner({ ...handlers, failure: fn }),
    withUserObject: (object: unknown) => runner({ ...handlers, userObject: object }),
  };
  for (const name of __SERVER_FUNCTIONS__) {
    r[name] = (...args: unknown[]) => {
      void call(name, args, handlers);
    };
  }
  return r;
}

const host = {
  origin: location.origin,
  close: () => window.parent.postMessage({ type: `debrief-playground:close-${__HOST_KIND__}` }, location.origin),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => window.parent.postMessage({ type: 'debrief-playground:focus-editor' }, location.origin) },
};

(window as unknown as { google: unknown }).google = { script: { run: runner({}), host } };

// Google isn't reachable from here: a link to a Doc or Slides deck opens the playground's rendering of it instead.
const GOOGLE_FILE = /^https:\/\/docs\.google\.com\/(?:document|presentation)\/d\/([A-Za-z0-9_-]{10,})/;
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  const id = link && GOOGLE_FILE.exec(link.href)?.[1];
  if (!id) return;
  event.preventDefault();
  window.open(`/docs/${encodeURIComponent(id)}`, '_blank', 'noopener');
}, true);
