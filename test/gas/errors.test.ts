// Errors with codes, end to end through the bundle: every failure crosses google.script.run as the JSON of a
// ServerError in the Error's message; menu handlers tell the same thing in an alert; a bug is logged with its
// stack under a reference the person is shown.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/domain/errors.ts';
import { freshBundle } from '../support/bundle.ts';

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(() => JSON.parse((error as Error).message)).not.toThrow(); // JSON, nothing around it
    return decodeError(error);
  }
  throw new Error('expected the call to fail');
}

describe('errors across google.script.run', () => {
  it('names each bad field of a payload', () => {
    const { bundle } = freshBundle();
    const problem = failure(() => bundle.run('saveCampaignSetup', { client: '', campaign: 'Launch', startDate: null, wrapDate: null, currency: 'dollars', budget: null, team: {} }));
    expect(problem.code).toBe('bad-input');
    expect(problem.fields.map((f) => f.path)).toEqual(expect.arrayContaining(['client', 'currency', 'team.facilitator']));
    expect(problem.fields.find((f) => f.path === 'currency')?.message).toBe('use a 3-letter currency code such as USD');
  });

  it('names each bad field of a campaign file by its path', () => {
    const { bundle } = freshBundle();
    const problem = failure(() => bundle.run('importCampaign', { client: 'C', campaign: 'K', creators: [{ handle: '@a', folowers: 5 }] }));
    expect(problem).toMatchObject({ code: 'bad-input', fields: [{ path: 'creators[0].folowers', message: 'unknown field (did you mean "followers"?)' }] });
  });

  it('says what is not ready yet, and when someone else holds the document', () => {
    const { workspace, bundle } = freshBundle();
    expect(failure(() => bundle.run('generate', { artefact: 'internalBrief' })).code).toBe('not-ready');
    workspace.inspect.holdLock('document');
    expect(failure(() => bundle.run('buildTabs'))).toMatchObject({ code: 'busy', message: expect.stringContaining('Try again in a moment') });
  });

  it('logs a bug with its stack and a reference, and shows only a short message with that reference', () => {
    const { workspace, bundle } = freshBundle();
    const real = workspace.globals.PropertiesService;
    // A stand-in whose document properties fail the way a bug would (a TypeError, not Google's "Exception").
    workspace.globals.PropertiesService = {
      getDocumentProperties() {
        throw new TypeError('boom');
      },
    };
    try {
      const problem = failure(() => bundle.run('runChecks'));
      expect(problem.code).toBe('unexpected');
      expect(problem.reference).toMatch(/^[0-9A-Z]{8,}$/);
      expect(problem.message).toBe(`Something went wrong while running the checks. Try again; if it keeps happening, quote reference ${problem.reference}.`);
      expect(problem.message).not.toContain('boom');
      const logged = workspace.inspect.logs().find((l) => l.level === 'error');
      expect(logged?.message).toContain(`Debrief ${problem.reference}: running the checks failed`);
      expect(logged?.message).toContain('TypeError: boom');
      expect(logged?.message).toMatch(/\n\s+at /); // the stack
    } finally {
      workspace.globals.PropertiesService = real;
    }
  });
});

describe('errors from the menu', () => {
  it('tells a failing menu action in an alert instead of failing silently', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onOpen', 'FULL');
    workspace.inspect.holdLock('document');
    bundle.menuItem('Build / refresh tabs');
    bundle.menuItem('Analyze');
    expect(workspace.ui.alerts.map((a) => [a.title, a.message])).toEqual([
      ['Build / refresh tabs', expect.stringContaining('Debrief is still working on this spreadsheet')],
      ['Analyze', expect.stringContaining('Debrief is still working on this spreadsheet')],
    ]);
  });

  it('logs a failure of the menu’s own code with its stack and shows only a reference to quote', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onOpen', 'FULL');
    const globals = workspace.globals as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const real = globals.SpreadsheetApp;
    const bound = (target: any, key: PropertyKey) => (typeof target[key] === 'function' ? target[key].bind(target) : target[key]); // eslint-disable-line @typescript-eslint/no-explicit-any
    // The tabs get built; the toast after it fails the way a bug would (a TypeError, not Google's "Exception"),
    // thrown by a stand-in for the spreadsheet (symbols hidden: not one of the local Workspace's own fakes).
    const standIn = (ss: any) => new Proxy(ss, { get: (_, k) => (typeof k === 'symbol' ? undefined : k === 'toast' ? () => { throw new TypeError('toast broke'); } : bound(ss, k)) }); // eslint-disable-line @typescript-eslint/no-explicit-any
    globals.SpreadsheetApp = new Proxy(real, { get: (app, key) => (key === 'getActiveSpreadsheet' ? () => standIn(real.getActiveSpreadsheet()) : bound(app, key)) });
    try {
      bundle.menuItem('Build / refresh tabs');
    } finally {
      globals.SpreadsheetApp = real;
    }
    const alert = workspace.ui.alerts.at(-1);
    const reference = /quote reference ([0-9A-Z]{8,})\./.exec(alert?.message ?? '')?.[1];
    expect(alert).toMatchObject({ title: 'Build / refresh tabs', message: `Something went wrong while running “Build / refresh tabs”. Try again; if it keeps happening, quote reference ${reference}.` });
    const logged = workspace.inspect.logs().find((l) => l.level === 'error');
    expect(logged?.message).toContain(`Debrief ${reference}: running “Build / refresh tabs” failed`);
    expect(logged?.message).toMatch(/TypeError: toast broke\n\s+at /);
  });

  it('names the missing step when a document can’t be made yet', () => {
    const { workspace, bundle } = freshBundle();
    bundle.trigger('onOpen', 'FULL');
    bundle.menuItem('Generate internal brief');
    expect(workspace.ui.alerts.at(-1)).toMatchObject({ title: 'Internal brief', message: expect.stringContaining('Build the tabs first') });
    expect(workspace.ui.alerts.at(-1)?.message).not.toContain('{');
  });
});
