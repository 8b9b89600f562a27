// The page's calls to the playground server: JSON in, `{ok, value | message}` out, failures thrown as Errors.
import type { ApiResult, LoadRequest, LoadResult, PlaygroundState, SheetView } from '../protocol.ts';

async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let reply: unknown;
  try {
    reply = await response.json();
  } catch {
    throw new Error(`The playground server answered ${response.status} without JSON.`);
  }
  if (path.startsWith('/api/') && body === undefined && response.ok) return reply as T; // plain GETs
  const result = reply as ApiResult<T>;
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export const api = {
  state: () => request<PlaygroundState>('/api/state'),
  sheet: (name: string) => request<SheetView>(`/api/sheet/${encodeURIComponent(name)}`),
  setCell: (sheet: string, a1: string, input: string) => request<SheetView>('/api/cell', { sheet, a1, input }),
  menu: (caption: string) => request<PlaygroundState>('/api/menu', { caption }),
  load: (body: LoadRequest) => request<LoadResult>('/api/load', body),
  setUser: (email: string) => request<PlaygroundState>('/api/user', { email }),
  share: (id: string, email: string, role: string) => request<string>('/api/share', { id, email, role }),
};

/** Calls `onChange` whenever the server says the spreadsheet or the add-on's UI changed. */
export function watch(onChange: (version: number) => void): void {
  const source = new EventSource('/api/events');
  source.onmessage = (event) => onChange(Number(event.data));
}
