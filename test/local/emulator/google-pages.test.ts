// Each emulated behaviour names the Google page it follows: every file of the local Workspace that stands for a
// Google service, class or API says which page in its opening comment, so a reader can check the belief against
// Google's own words. Files that only hold plumbing (the call log, models as plain data, the vm boundary) are
// listed here with why they emulate nothing of Google's.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/local/emulator';

/** Files that emulate no Google behaviour of their own, and why. */
const PLUMBING: Record<string, string> = {
  'call-classes.ts': 'classifies calls for the cost model (its sources are in src/local/cost-model.ts)',
  'call-log.ts': 'counts calls',
  'context.ts': 'what the fakes share',
  'service-context.ts': 'what the fakes share',
  'fake-classes.ts': 'the fakes listed for the API-surface test',
  'docs/fake-classes.ts': 'the fakes listed for the API-surface test',
  'slides/fake-classes.ts': 'the fakes listed for the API-surface test',
  'sheets-api/fake-classes.ts': 'the fakes listed for the API-surface test',
  'docs/model.ts': 'a Doc as plain data',
  'slides/model.ts': 'a deck as plain data',
  'slides/text-host.ts': 'where a text lives in the plain-data deck',
  'sheets/model.ts': 'a spreadsheet as plain data',
  'sheets/cell-grid.ts': 'a sparse store of cell attributes',
  'docs/services.ts': 'wires the Docs fakes together',
  'drive/services.ts': 'wires the Drive fakes together',
  'slides/index.ts': 'wires the Slides fakes together',
  'index.ts': 'builds the local Workspace',
  'inspect.ts': 'untracked views for tests',
  'membrane.ts': 'the Node/vm realm boundary',
  'tracked.ts': 'counting calls and refusing members Apps Script lacks',
  'surface.ts': 'which fake methods the add-on calls, for the used-surface check',
  'ui-record.ts': 'what the add-on showed, for tests',
  'users.ts': 'the emulated domain\'s people',
};

const GOOGLE_PAGE = /https:\/\/(developers\.google\.com|support\.google\.com|cloud\.google\.com|github\.com\/google\/re2)\/\S+/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The comment lines a file opens with. */
function openingComment(path: string): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  const end = lines.findIndex((line) => !line.startsWith('//'));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

describe('the local Workspace', () => {
  const all = files(ROOT).map((path) => relative(ROOT, path).split('\\').join('/'));

  it('names, in each emulating file\'s opening comment, the Google page it follows', () => {
    const unnamed = all.filter((file) => !(file in PLUMBING) && !GOOGLE_PAGE.test(openingComment(join(ROOT, file))));
    expect(unnamed).toEqual([]);
  });

  it('lists as plumbing only files that exist', () => {
    expect(Object.keys(PLUMBING).filter((file) => !all.includes(file))).toEqual([]);
  });
});
