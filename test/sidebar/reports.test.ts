// The Reports section driven through a fake DOM: buttons lock while a call runs, the costs opt-in reaches the
// server, links and warnings show as text, the learnings editor edits/removes/adds before appending, and the
// client history flags a recurring root cause. People's text always lands as text.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GenerateResult, ReportsState, ServerApi } from '../../src/domain/rpc.ts';
import { createActions, createStatus } from '../../src/sidebar/actions.ts';
import type { Call } from '../../src/sidebar/rpc.ts';
import { createReportsSection } from '../../src/sidebar/sections/reports.ts';
import { asFake, FakeElement, installFakeDocument } from './fake-dom.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const settle = () => new Promise((r) => setTimeout(r, 0));

function fakeServer() {
  const calls: { name: keyof ServerApi; args: unknown[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const call = ((name: keyof ServerApi, ...args: unknown[]) =>
    new Promise((resolve, reject) => calls.push({ name, args, resolve: resolve as (v: unknown) => void, reject }))) as Call;
  return { call, calls, last: () => calls[calls.length - 1] };
}

function setup() {
  installFakeDocument();
  const root = new FakeElement('main');
  const statusNode = new FakeElement('p');
  const actions = createActions(createStatus(statusNode as unknown as HTMLElement), root as unknown as HTMLElement);
  const server = fakeServer();
  const section = createReportsSection({ call: server.call, actions });
  return { server, statusNode, section, ui: asFake(section.root) };
}

const STATE: ReportsState = {
  templates: [
    { artefact: 'clientReport', custom: true, url: 'https://docs.google.com/document/d/1templateTemplateTemplate/edit' },
    { artefact: 'internalBrief', custom: false, url: null },
    { artefact: 'deck', custom: false, url: null },
  ],
  learningsDoc: null,
  files: [],
  picker: { ready: true, message: '' },
  permissions: [],
};

const file = (name: string, url = 'https://docs.google.com/document/d/1fileFileFileFileFile/edit') =>
  ({ artefact: 'clientReport' as const, id: '1fileFileFileFileFile', name, url, createdAt: '2026-11-24T10:00:00.000Z' });

async function loaded() {
  const s = setup();
  void s.section.load();
  s.server.last().resolve(STATE);
  await settle();
  s.server.last().resolve({ items: ['One.', 'Two.', 'Three.'], saved: false });
  await settle();
  return s;
}

describe('reports section', () => {
  beforeEach(() => installFakeDocument());

  it('loads templates, files and the kept learnings the first time it is opened', async () => {
    const { ui, server, statusNode } = await loaded();
    expect(server.calls.map((c) => c.name)).toEqual(['getReportsState', 'getKeptLearnings']);
    expect(ui.byTestId('template-current-clientReport').textContent).toBe('Your template: open');
    expect(ui.byTestId('template-current-deck').textContent).toBe('Debrief’s built-in template');
    expect(ui.allByTestId('learning-item').map((li) => li.children[0].value)).toEqual(['One.', 'Two.', 'Three.']);
    expect(ui.byTestId('learnings-doc-link').textContent).toBe('None yet: Debrief makes one the first time you append, or choose your agency’s Doc from Drive.');
    expect(statusNode.textContent).toBe('Reports loaded.');
    expect(ui.byTestId('reports-placeholders').textContent).toContain('{{kpi_table}}');
  });

  it('disables the buttons while a document is made, sends the costs opt-in, then links the file as text', async () => {
    const { ui, server, statusNode } = await loaded();
    (ui.byTestId('reports-include-costs') as unknown as { checked: boolean }).checked = true;
    const client = ui.byTestId('reports-client');
    client.click();
    client.click();
    ui.byTestId('reports-brief').click();
    expect(server.last()).toMatchObject({ name: 'generate', args: [{ artefact: 'clientReport', includeCosts: true }] });
    expect(server.calls.filter((c) => c.name === 'generate')).toHaveLength(1);
    expect(ui.byTestId('reports-brief').disabled).toBe(true);
    expect(ui.byTestId('learnings-append').disabled).toBe(true);
    const made = file(`${HOSTILE} — Launch — Client report (2026-11-24)`);
    const result: GenerateResult = { file: made, files: [made, file('javascript:alert(1)', 'javascript:alert(1)')], warnings: [`The template uses {{x}} ${HOSTILE}`] };
    server.last().resolve(result);
    await settle();
    expect(client.disabled).toBe(false);
    expect(statusNode.textContent).toBe(`Made “${made.name}”. 1 note below.`);
    const link = ui.byTestId('reports-latest-link');
    expect(link.getAttribute('href')).toBe(made.url);
    expect(link.textContent).toBe(made.name);
    const items = ui.allByTestId('reports-file');
    expect(items).toHaveLength(2);
    expect(items[1].allByTestId('reports-file-link')).toEqual([]); // not a Google link: shown as text only
    expect(ui.byTestId('reports-warnings').textContent).toBe(`The template uses {{x}} ${HOSTILE}`);
    expect([...ui.walk()].filter((e) => e.tagName === 'img')).toEqual([]);
  });

  it('makes the creator feedback notes from their own button, showing the cells to fill as notes, or why nothing was made', async () => {
    const { ui, server, statusNode } = await loaded();
    const button = ui.byTestId('reports-feedback');
    expect(button.textContent).toBe('Creator feedback');
    button.click();
    expect(server.last()).toMatchObject({ name: 'generate', args: [{ artefact: 'creatorFeedback', includeCosts: false }] });
    const made = { ...file('Lumen — Launch — Creator feedback notes (2026-11-24)'), artefact: 'creatorFeedback' as const };
    const warning = 'Creators!M5: @theacidedit is down for a feedback note, which compares their sponsored content with their usual engagement. Enter their organic ER.';
    server.last().resolve({ file: made, files: [made], warnings: [warning] } satisfies GenerateResult);
    await settle();
    expect(statusNode.textContent).toBe(`Made “${made.name}”. 1 note below.`);
    expect(ui.byTestId('reports-warnings').textContent).toBe(warning);
    button.click();
    const refusal = 'No creator is chosen for a feedback note. Mark “Send” in the Creators tab’s Feedback note column for each creator who should get one.';
    server.last().reject(new Error(JSON.stringify({ code: 'not-ready', message: refusal, fields: [] })));
    await settle();
    expect(statusNode.textContent).toContain(refusal);
    expect(button.disabled).toBe(false);
  });

  it('lists the recommendations reversing the last campaign for the team, as text, and hides the list for a file without', async () => {
    const { ui, server, statusNode } = await loaded();
    ui.byTestId('reports-brief').click();
    const made = { ...file('Lumen — Launch — Internal brief (2026-11-24)'), artefact: 'internalBrief' as const };
    const reversal = `Reverses last campaign: Spring ${HOSTILE} favoured TikTok (CPE $0.10 vs $0.35 average); this one favours Instagram (CPE $0.27 vs $0.46 average).`;
    server.last().resolve({ file: made, files: [made], warnings: [], reversals: [reversal] } satisfies GenerateResult);
    await settle();
    expect(statusNode.textContent).toBe(`Made “${made.name}”. 1 note below.`);
    const list = ui.byTestId('reports-reversals');
    expect(list.hidden).toBe(false);
    expect(list.allByTestId('reports-reversal').map((li) => li.textContent)).toEqual([reversal]);
    expect([...ui.walk()].filter((e) => e.tagName === 'img')).toEqual([]);
    ui.byTestId('reports-client').click();
    server.last().resolve({ file: file('Lumen — Launch — Client report (2026-11-24)'), files: [made], warnings: [] } satisfies GenerateResult);
    await settle();
    expect(ui.byTestId('reports-reversals').hidden).toBe(true);
    expect(ui.byTestId('reports-reversals').allByTestId('reports-reversal')).toEqual([]);
  });

  it('shows the server\'s reason when a template is missing a placeholder', async () => {
    const { ui, server, statusNode } = await loaded();
    ui.byTestId('template-url-deck').type('https://docs.google.com/presentation/d/1deckDeckDeckDeck/edit');
    ui.byTestId('template-save-deck').click();
    expect(server.last()).toMatchObject({ name: 'setTemplate', args: [{ artefact: 'deck', url: 'https://docs.google.com/presentation/d/1deckDeckDeckDeck/edit' }] });
    server.last().reject(new Error('The renewal slides template “Deck” has no {{variance_chart}} placeholder.'));
    await settle();
    expect(statusNode.textContent).toBe('Couldn’t use that template: The renewal slides template “Deck” has no {{variance_chart}} placeholder.');
  });

  it('edits, removes and adds learnings, asks for 3–5, and appends what the editor holds', async () => {
    const { ui, server, statusNode } = await loaded();
    ui.byTestId('learning-input-1').type(`Two, edited ${HOSTILE}`);
    ui.byTestId('learning-remove-0').click();
    expect(ui.byTestId('learnings-count').textContent).toBe('2 learnings (keep 3–5)');
    expect(ui.byTestId('learnings-count').classList.contains('warning')).toBe(true);
    expect(ui.byTestId('learnings-append').disabled).toBe(true);
    ui.byTestId('learning-add').click();
    ui.byTestId('learning-input-2').type('Four.');
    expect(ui.byTestId('learnings-append').disabled).toBe(false);
    ui.byTestId('learnings-append').click();
    expect(server.last()).toMatchObject({ name: 'appendLearnings', args: [{ items: [`Two, edited ${HOSTILE}`, 'Three.', 'Four.'] }] });
    server.last().resolve({
      status: 'added', heading: 'Launch — 18 Nov 2026', newClientHeading: true,
      learningsDoc: { id: '1docDocDocDocDoc', url: 'https://docs.google.com/document/d/1docDocDocDocDoc/edit' },
      history: { client: 'Acme', found: true, recurring: [], campaigns: [{ heading: 'Launch — 18 Nov 2026', campaign: 'Launch', date: '18 Nov 2026', lines: [`Two, edited ${HOSTILE}`], rootCauses: [] }] },
    });
    await settle();
    expect(statusNode.textContent).toBe('Learnings appended.');
    expect(ui.byTestId('learnings-result').textContent).toBe('Added “Launch — 18 Nov 2026” under a new heading for the client. Open the Doc');
    expect(ui.byTestId('history-campaign').textContent).toBe(`Launch — 18 Nov 2026Two, edited ${HOSTILE}`);
    expect([...ui.walk()].filter((e) => e.tagName === 'img')).toEqual([]);
  });

  it('shows a client\'s history with a recurring root cause flagged', async () => {
    const { ui, server } = await loaded();
    ui.byTestId('history-load').click();
    expect(server.last().name).toBe('getClientHistory');
    server.last().resolve({
      learningsDoc: { id: '1docDocDocDocDoc', url: 'https://docs.google.com/document/d/1docDocDocDocDoc/edit' },
      history: {
        client: 'Acme', found: true,
        campaigns: [{ heading: 'Winter — 1 Dec 2025', campaign: 'Winter', date: '1 Dec 2025', lines: ['Briefs late.', 'Root causes: Process (2)'], rootCauses: ['Process'] }],
        recurring: [{ cause: 'Process', campaigns: ['Winter — 1 Dec 2025', 'Spring — 1 Apr 2026'] }],
      },
    });
    await settle();
    expect(ui.byTestId('history-recurring').textContent).toBe('Process keeps coming back: a root cause in 2 campaigns (Winter — 1 Dec 2025; Spring — 1 Apr 2026).');
    expect(ui.byTestId('history-campaign').children.map((c) => c.tagName)).toEqual(['h4', 'ul']);
  });
});
