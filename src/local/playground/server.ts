// `debrief playground`: serves, on 127.0.0.1 only, a page standing in for Google Sheets with the real built sidebar
// beside it; the sidebar's google.script.run calls reach the real build/Code.js in the local Workspace.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript, publicFile, serverFunctionNames, sidebarWithBridge } from './assets.ts';
import { DOCUMENT_CSP, renderDocument } from './documents.ts';
import { checkOrigin, HttpError, readJson, send, sendJson, sendText } from './http.ts';
import {
  CellRequestSchema, LoadRequestSchema, MenuRequestSchema, PickerFilesRequestSchema, PickerPickRequestSchema, RpcRequestSchema, ShareRequestSchema, UserRequestSchema,
} from './protocol.ts';
import { DriveStoreError } from '../emulator/drive/drive-store.ts';
import { Workbench } from './workbench.ts';
import { currentSidebar } from './workspace-ui.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SMALL = 64 * 1024;
const LARGE = 5 * 1024 * 1024; // campaign files and CSV exports
// frame-ancestors 'none': no other page may frame the playground (and click its menus for the person).
const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
/** The sidebar and documents are framed by the playground's own page only. */
const FRAMED_BY_PLAYGROUND = "frame-ancestors 'self'";

export interface PlaygroundOptions {
  port: number;
  stateDir?: string;
  /** The campaign a fresh spreadsheet opens on (default: the sample campaign); null: a blank spreadsheet. */
  campaignPath?: string | null;
  codePath?: string;
  now?: () => Date;
}

export interface Playground {
  readonly url: string;
  readonly workbench: Workbench;
  /** Test hooks: runs before each sidebar call reaches the bundle (delay it, or throw to fail it). */
  readonly hooks: { beforeRpc?: (name: string, args: unknown[]) => Promise<void> | void };
  close(): Promise<void>;
}

export function defaultCampaignPath(): string {
  const sample = join(ROOT, 'examples/sample-campaign.json');
  return existsSync(sample) ? sample : join(ROOT, 'test/fixtures/small-campaign.json');
}

/** Starts the playground and resolves once it listens (port 0 picks a free port). */
export async function createPlayground(options: PlaygroundOptions): Promise<Playground> {
  const codePath = options.codePath ?? join(ROOT, 'build/Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run "npm run build" first (npm start does).`);
  const workbench = new Workbench({ stateDir: options.stateDir, campaignPath: options.campaignPath === undefined ? defaultCampaignPath() : options.campaignPath, codePath, now: options.now });
  const hooks: Playground['hooks'] = {};
  const events = new Set<ServerResponse>();
  workbench.onChange(() => {
    for (const res of events) res.write(`data: ${workbench.version}\n\n`);
  });
  let port = options.port;

  const routes = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const get = req.method === 'GET';
    if (get && path === '/') return send(res, 200, publicFile('index.html'), 'text/html; charset=utf-8', { 'content-security-policy': PAGE_CSP });
    if (get && path === '/playground.css') return send(res, 200, publicFile('playground.css'), 'text/css; charset=utf-8');
    if (get && path === '/playground.js') return send(res, 200, await bundleScript('playground.ts'), 'text/javascript; charset=utf-8');
    if (get && path === '/sidebar') {
      // Only frame-ancestors here, on purpose: HtmlService adds no script or style policy, and a stricter page would
      // hide the sidebar's own mistakes.
      const { bundle, workspace } = workbench.session;
      const html = currentSidebar(workspace) ?? readFileSync(join(dirname(codePath), 'Sidebar.html'), 'utf8');
      const names = serverFunctionNames(readFileSync(codePath, 'utf8'), (name) => bundle.hasFunction(name));
      return send(res, 200, await sidebarWithBridge(html, names), 'text/html; charset=utf-8', { 'content-security-policy': FRAMED_BY_PLAYGROUND });
    }
    if (get && path.startsWith('/dialog/')) {
      // A dialog the add-on opened (showModalDialog): its own HTML, with google.script.run and the Picker stand-in.
      const { bundle, workspace } = workbench.session;
      const dialog = workspace.ui.dialogs[Number(path.slice('/dialog/'.length))];
      if (!dialog) throw new HttpError(404, 'The add-on opened no such dialog.');
      const names = serverFunctionNames(readFileSync(codePath, 'utf8'), (name) => bundle.hasFunction(name));
      return send(res, 200, await sidebarWithBridge(dialog.content, names, 'dialog'), 'text/html; charset=utf-8');
    }
    if (req.method === 'POST' && path === '/api/user') {
      workbench.setUser((await readJson(req, UserRequestSchema, SMALL)).email);
      return sendJson(res, 200, { ok: true, value: workbench.state() });
    }
    if (req.method === 'POST' && path === '/api/share') {
      const { id, email, role } = await readJson(req, ShareRequestSchema, SMALL);
      return sendJson(res, 200, drivePlease(() => workbench.share(id, email, role)));
    }
    if (req.method === 'POST' && path === '/api/picker/files') {
      return sendJson(res, 200, { ok: true, value: workbench.pickerFiles((await readJson(req, PickerFilesRequestSchema, SMALL)).view) });
    }
    if (req.method === 'POST' && path === '/api/picker/pick') {
      const { ids } = await readJson(req, PickerPickRequestSchema, SMALL);
      return sendJson(res, 200, drivePlease(() => workbench.pick(ids)));
    }
    if (req.method === 'POST' && path === '/rpc') {
      const { name, args } = await readJson(req, RpcRequestSchema, LARGE);
      try {
        await hooks.beforeRpc?.(name, args);
        return sendJson(res, 200, { ok: true, value: workbench.rpc(name, args) ?? null });
      } catch (error) {
        return sendJson(res, 200, { ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (get && path === '/api/state') return sendJson(res, 200, workbench.state());
    if (get && path === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`retry: 1000\ndata: ${workbench.version}\n\n`);
      events.add(res);
      req.on('close', () => events.delete(res));
      return;
    }
    if (get && path === '/api/sheets') return sendJson(res, 200, workbench.state().sheets);
    if (get && path.startsWith('/api/sheet/')) return sendJson(res, 200, workbench.sheet(decodeURIComponent(path.slice('/api/sheet/'.length))));
    if (req.method === 'POST' && path === '/api/cell') {
      const { sheet, a1, input } = await readJson(req, CellRequestSchema, SMALL);
      workbench.setCell(sheet, a1, input);
      return sendJson(res, 200, { ok: true, value: workbench.sheet(sheet) });
    }
    if (req.method === 'POST' && path === '/api/menu') {
      const { caption } = await readJson(req, MenuRequestSchema, SMALL);
      workbench.menu(caption);
      return sendJson(res, 200, { ok: true, value: workbench.state() });
    }
    if (req.method === 'POST' && path === '/api/load') {
      return sendJson(res, 200, { ok: true, value: workbench.load(await readJson(req, LoadRequestSchema, LARGE)) });
    }
    if (get && path.startsWith('/docs/')) {
      const page = renderDocument(workbench.session.workspace, decodeURIComponent(path.slice('/docs/'.length)));
      return send(res, page.status, page.html, 'text/html; charset=utf-8', { 'content-security-policy': DOCUMENT_CSP });
    }
    throw new HttpError(404, `Nothing at ${path}.`);
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    Promise.resolve()
      .then(() => checkOrigin(req, port))
      .then(() => routes(req, res, path))
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : path.startsWith('/api/') ? 400 : 500;
        if (status === 500) console.error(error);
        if (res.headersSent) return void res.end();
        if (status === 413) {
          res.setHeader('connection', 'close');
          req.resume(); // discard the rest of the body, so the client reads this answer instead of a reset
        }
        if (path.startsWith('/api/') || path === '/rpc') sendJson(res, status, { ok: false, message: (error as Error).message });
        else sendText(res, status, (error as Error).message);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    workbench,
    hooks,
    close: () => new Promise<void>((resolve) => {
      for (const res of events) res.end();
      server.closeAllConnections();
      server.close(() => {
        workbench.dispose();
        resolve();
      });
    }),
  };
}

/** A Drive action a person asked for: their mistake (not shared, not theirs) comes back as a message, not a 500. */
function drivePlease<T>(action: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    if (error instanceof DriveStoreError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The CLI's entry: serves until Ctrl-C, then resolves with the exit status. */
export async function startPlayground(options: PlaygroundOptions): Promise<number> {
  let playground: Playground;
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    console.error(`debrief playground: the port must be a number from 0 to 65535 (--port N or PORT=N).`);
    return 2;
  }
  try {
    playground = await createPlayground(options);
  } catch (error) {
    console.error(`debrief playground: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Debrief playground: ${playground.url}  (spreadsheet "${playground.workbench.spreadsheetName}"; Ctrl-C stops it)`);
  if (playground.workbench.notice) console.log(playground.workbench.notice.text);
  return new Promise<number>((resolve) => {
    const stop = () => void playground.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
