// "Choose from Drive" in the Reports section, through a fake DOM: without Picker keys the buttons stay off and
// the sidebar says what is missing and who can fix it; with them, a pick opens the Picker (on one file when a
// pasted link needs picking), waits for its outcome, and reloads; a failed pick is told. Declined permissions are
// listed as text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportsState, ServerApi } from '../../src/domain/rpc.ts';
import { createActions, createStatus } from '../../src/sidebar/actions.ts';
import type { Call } from '../../src/sidebar/rpc.ts';
import { createReportsSection } from '../../src/sidebar/sections/reports.ts';
import { asFake, FakeElement, installFakeDocument } from './fake-dom.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function setup() {
  installFakeDocument();
  const calls: { name: keyof ServerApi; args: unknown[]; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const call = ((name: keyof ServerApi, ...args: unknown[]) =>
    new Promise((resolve, reject) => calls.push({ name, args, resolve: resolve as (v: unknown) => void, reject }))) as Call;
  const statusNode = new FakeElement('p');
  const actions = createActions(createStatus(statusNode as unknown as HTMLElement), new FakeElement('main') as unknown as HTMLElement);
  const section = createReportsSection({ call, actions });
  return { calls, last: () => calls[calls.length - 1]!, statusNode, section, ui: asFake(section.root) };
}

const state = (picker: ReportsState['picker'], permissions: ReportsState['permissions'] = []): ReportsState => ({
  templates: [
    { artefact: 'clientReport', custom: false, url: null },
    { artefact: 'internalBrief', custom: false, url: null },
    { artefact: 'deck', custom: false, url: null },
  ],
  learningsDoc: null, files: [], picker, permissions,
});

async function loaded(reports: ReportsState) {
  const s = setup();
  void s.section.load();
  s.last().resolve(reports);
  await vi.advanceTimersByTimeAsync(0);
  s.last().resolve({ items: ['One.', 'Two.', 'Three.'], saved: false });
  await vi.advanceTimersByTimeAsync(0);
  return s;
}

describe('choosing files from Drive', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    installFakeDocument();
  });
  afterEach(() => vi.useRealTimers());

  it('says what is missing and who can fix it, with the pick buttons off, when the deployment has no Picker keys', async () => {
    const message = 'Choosing files from Drive isn’t set up in this copy of Debrief: it needs an API key…';
    const { ui } = await loaded(state({ ready: false, message }, [{ consent: `See ${HOSTILE}`, blocks: 'put the chart into the renewal slides', howToGrant: 'To grant it, run the action again.' }]));
    expect(ui.byTestId('picker-setup').hidden).toBe(false);
    expect(ui.byTestId('picker-setup').textContent).toBe(message);
    for (const id of ['template-pick-clientReport', 'template-pick-deck', 'learnings-doc-pick']) expect(ui.byTestId(id).disabled).toBe(true);
    expect(ui.byTestId('reports-permission').textContent).toBe(`Debrief can’t put the chart into the renewal slides: when you authorized it, “See ${HOSTILE}” wasn’t allowed. To grant it, run the action again.`);
    expect([...ui.walk()].filter((e) => e.tagName === 'img')).toEqual([]);
  });

  it('opens the Picker on the pasted file, asks for the outcome until there is one, then reloads', async () => {
    const { ui, last, calls, statusNode } = await loaded(state({ ready: true, message: '' }));
    expect(ui.byTestId('picker-setup').hidden).toBe(true);
    ui.byTestId('template-url-clientReport').type('https://docs.google.com/document/d/1theirTemplateTemplate/edit');
    ui.byTestId('template-pick-clientReport').click();
    expect(last()).toMatchObject({ name: 'showPicker', args: [{ purpose: 'clientReportTemplate', fileId: '1theirTemplateTemplate', nonce: expect.stringMatching(/^[0-9a-f]{24}$/) }] });
    const nonce = (last().args[0] as { nonce: string }).nonce;
    expect(ui.byTestId('learnings-append').disabled).toBe(true); // one thing at a time while the Picker is open
    last().resolve(null);
    await vi.advanceTimersByTimeAsync(1500);
    expect(last()).toMatchObject({ name: 'pickOutcome', args: [{ nonce }] });
    last().resolve({ status: 'waiting', message: '' });
    await vi.advanceTimersByTimeAsync(1500);
    last().resolve({ status: 'picked', message: 'The client report template is now “Northwind”.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(last().name).toBe('getReportsState');
    last().resolve(state({ ready: true, message: '' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(statusNode.textContent).toBe('The client report template is now “Northwind”.');
    expect(calls.filter((c) => c.name === 'pickOutcome')).toHaveLength(2);
    expect((ui.byTestId('template-url-clientReport') as unknown as { value: string }).value).toBe('');
  });

  it('tells a failed pick in the status line, and a cancelled one without reloading', async () => {
    const { ui, last, statusNode } = await loaded(state({ ready: true, message: '' }));
    ui.byTestId('learnings-doc-pick').click();
    expect(last()).toMatchObject({ name: 'showPicker', args: [{ purpose: 'learnings' }] });
    expect((last().args[0] as { fileId?: string }).fileId).toBeUndefined();
    last().resolve(null);
    await vi.advanceTimersByTimeAsync(1500);
    last().resolve({ status: 'failed', message: 'Debrief can’t open the client learnings Doc.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(statusNode.textContent).toBe('Couldn’t use that file: Debrief can’t open the client learnings Doc.');
    ui.byTestId('template-pick-deck').click();
    last().resolve(null);
    await vi.advanceTimersByTimeAsync(1500);
    last().resolve({ status: 'cancelled', message: 'Nothing was chosen.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(last().name).toBe('pickOutcome');
    expect(statusNode.textContent).toBe('Nothing was chosen.');
  });
});
