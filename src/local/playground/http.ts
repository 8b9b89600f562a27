// Small node:http helpers for the playground: size-limited, zod-parsed JSON bodies, same-origin checks, replies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Reads a JSON body of at most `limit` bytes and parses it with `schema`; problems become 4xx HttpErrors. */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>, limit: number): Promise<T> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send the request as application/json.');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `The request is larger than ${Math.round(limit / 1024)} KB.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `The request is larger than ${Math.round(limit / 1024)} KB.`);
    chunks.push(chunk);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, issue ? `Bad request: ${issue.path.join('.') || 'body'}: ${issue.message}` : 'Bad request.');
  }
  return parsed.data;
}

/**
 * Only this machine's own pages may talk to the playground: the Host must be the address it listens on (no DNS
 * rebinding) and a cross-site page's POST is refused by its Origin.
 */
export function checkOrigin(req: IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(req.headers.host ?? '')) throw new HttpError(403, 'Open the playground at its own address.');
  const origin = req.headers.origin;
  if (req.method !== 'GET' && origin && !allowed.some((host) => origin === `http://${host}`)) {
    throw new HttpError(403, 'Cross-site requests are refused.');
  }
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  send(res, status, text, 'text/plain; charset=utf-8');
}
