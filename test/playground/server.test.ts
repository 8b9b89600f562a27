// The playground server over HTTP, without a browser: google.script.run's /rpc answers, the sidebar with its bridge,
// the grid's API, and the guards (same origin only, zod-checked and size-limited bodies).
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlayground, type Playground } from '../../src/local/playground/server.ts';

let playground: Playground;

function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string; json: () => any }> {
  const url = new URL(path, playground.url);
  const data = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, json: () => JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

beforeAll(async () => {
  playground = await createPlayground({ port: 0 });
});
afterAll(async () => {
  await playground?.close();
});

describe('playground server', () => {
  it('opens on the sample campaign: tabs built, rows imported, analyzed', async () => {
    expect(playground.workbench.notice).toBeNull();
    expect(Object.keys(playground.workbench.session.costs)).toEqual(['buildTabs', 'importCampaign', 'analyze']);
    const sheets = (await call('GET', '/api/sheets')).json();
    expect(sheets).toEqual(expect.arrayContaining(['Campaign', 'KPIs', 'Creators', 'Content', 'Issues', 'Wins', 'Patterns']));
    const creators = (await call('GET', '/api/sheet/Creators')).json();
    expect(creators.display[0][0]).toBe('Handle');
    expect(creators.display.length).toBeGreaterThan(2);
    expect(creators.formulas[1].some((f: string) => f.startsWith('='))).toBe(true);
    expect((await call('GET', '/api/state')).json().menu.length).toBeGreaterThan(2);
  });

  it('answers /rpc as google.script.run: a value, or the server error’s message', async () => {
    const echo = { message: 'hi', sentAt: '2026-11-24T10:00:00.000Z' };
    expect((await call('POST', '/rpc', { name: 'ping', args: [echo] })).json()).toEqual({ ok: true, value: { spreadsheetName: playground.workbench.spreadsheetName, echo } });
    const failed = (await call('POST', '/rpc', { name: 'saveCampaignSetup', args: [{ client: 'x' }] })).json();
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/campaign/);
    expect(playground.workbench.session.costs.ping.total).toBeGreaterThan(0);
  });

  it('serves the real Sidebar.html with the bridge before its first script', async () => {
    const { status, text } = await call('GET', '/sidebar');
    expect(status).toBe(200);
    const built = readFileSync('build/Sidebar.html', 'utf8');
    const bridge = text.indexOf('<script data-playground-bridge>');
    expect(bridge).toBeGreaterThan(0);
    expect(bridge).toBeLessThan(text.indexOf('<script>'));
    expect(text.replace(/<script data-playground-bridge>[\s\S]*?<\/script>/, '')).toBe(built);
  });

  it('lets a person type into a cell and recomputes the formulas', async () => {
    const before = (await call('GET', '/api/sheet/Creators')).json();
    const cost = before.display[0].indexOf('Cost');
    const cpe = before.display[0].indexOf('CPE');
    const engagements = Number(String(before.display[1][before.display[0].indexOf('Engagements')]).replace(/[^\d.]/g, ''));
    const letter = String.fromCharCode(65 + cost);
    const reply = (await call('POST', '/api/cell', { sheet: 'Creators', a1: `${letter}2`, input: String(engagements * 3) })).json();
    expect(reply.ok).toBe(true);
    expect(reply.value.display[1][cpe]).toMatch(/3\.00/);
  });

  it('runs a menu item by caption, and names a caption the menu lacks', async () => {
    const caption = playground.workbench.state().menu.find((c) => /check/i.test(c))!;
    const reply = (await call('POST', '/api/menu', { caption })).json();
    expect(reply.ok).toBe(true);
    expect(reply.value.alerts.length).toBeGreaterThan(0);
    const missing = await call('POST', '/api/menu', { caption: 'Format cells' });
    expect(missing.status).toBe(400);
    expect(missing.json().message).toContain('"Format cells"');
  });

  it('refuses bodies that are malformed, too large or not JSON, and other sites', async () => {
    expect((await call('POST', '/api/cell', { sheet: 'Creators', a1: 'not a cell', input: '1' })).status).toBe(400);
    expect((await call('POST', '/api/cell', { sheet: 'Nope', a1: 'A1', input: '1' })).json().message).toMatch(/no tab named "Nope"/);
    expect((await call('POST', '/rpc', 'x'.repeat(6 * 1024 * 1024))).status).toBe(413);
    expect((await call('POST', '/rpc', 'name=ping', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call('POST', '/rpc', { name: 'ping', args: [] }, { origin: 'http://evil.test' })).status).toBe(403);
    expect((await call('GET', '/api/state', undefined, { host: 'evil.test' })).status).toBe(403);
    const load = (await call('POST', '/api/load', { kind: 'json', file: { name: 'x.json', text: '{"client": 1' } })).json();
    expect(load).toMatchObject({ ok: false, message: expect.stringMatching(/^x\.json is not JSON/) });
    const bad = (await call('POST', '/api/load', { kind: 'json', file: { name: 'x.json', text: '{"client":"A","campaign":"B","creators":[{"followers":1}]}' } })).json();
    expect(bad.message).toMatch(/creators\[0\]\.handle/);
  });

  it('says clearly when a document can’t be shown', async () => {
    const page = await call('GET', '/docs/nope');
    expect(page.status).toBe(404);
    expect(page.text).toContain('nope');
  });
});

describe('playground --state', () => {
  it('resumes the user’s properties and Drive, and rebuilds the workbook from the last campaign loaded', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'debrief-playground-state-'));
    try {
      const first = await createPlayground({ port: 0, stateDir });
      expect(first.workbench.notice).toBeNull();
      const file = JSON.parse(readFileSync('test/fixtures/small-campaign.json', 'utf8'));
      first.workbench.load({ kind: 'json', file: { name: 'small.json', text: JSON.stringify(file) } });
      // The hand-checked fixture's big variances have no linked Issue or Win: past the completeness gate, signed.
      first.workbench.rpc('generate', [{ artefact: 'clientReport', force: true, by: 'Playground test' }]);
      const documents = first.workbench.state().documents.map((d) => d.name);
      expect(documents.length).toBeGreaterThan(0);
      await first.close();

      const second = await createPlayground({ port: 0, stateDir });
      expect(second.workbench.notice).toMatchObject({ error: false, text: expect.stringContaining('Resumed') });
      expect(second.workbench.spreadsheetName).toBe('Glowlab — Hand-checked post-mortem');
      expect(second.workbench.state().documents.map((d) => d.name)).toEqual(documents);
      await second.close();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describe('framing (issue 11)', () => {
  const headerOf = (path: string) => new Promise<string>((resolve, reject) => {
    // A socket of its own (agent: false): Node 20's keep-alive agent may hand over one the server has closed.
    request(new URL(path, playground.url), { agent: false }, (res) => { res.resume(); resolve(String(res.headers['content-security-policy'] ?? '')); }).on('error', reject).end();
  });

  it("lets no other page frame the playground, and only the playground frame the sidebar", async () => {
    expect(await headerOf('/')).toContain("frame-ancestors 'none'");
    expect(await headerOf('/sidebar')).toBe("frame-ancestors 'self'");
  });
});
