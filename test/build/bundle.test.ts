// The built files are what clasp pushes: Code.js must be a classic script whose entry points are top-level
// functions, Sidebar.html must be self-contained, and the manifest must sit beside them.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET, checkBudget } from '../../scripts/bundle-budget.mjs';

const code = readFileSync('build/Code.js', 'utf8');
const entryModule = readFileSync('src/gas/main.ts', 'utf8');
const exportedNames = [...entryModule.matchAll(/export \{([^}]+)\}/g)].flatMap((m) => m[1].split(',').map((n) => n.trim()).filter(Boolean));

describe('build/Code.js', () => {
  it('compiles as a classic script with no module syntax', () => {
    expect(() => new vm.Script(code, { filename: 'Code.js' })).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('declares every export of src/gas/main.ts as a top-level function, onOpen and onInstall included', () => {
    expect(exportedNames).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
    for (const name of exportedNames) expect(code).toMatch(new RegExp(`^function ${name}\\(\\)`, 'm'));
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
    for (const name of exportedNames) expect(typeof context[name], name).toBe('function');
  });

  it('keeps Node and browser globals out', () => {
    expect(code).not.toMatch(/\brequire\(["']node:/);
    expect(code).not.toMatch(/\bsetTimeout\(/);
    expect(code).not.toContain('hyperformula');
  });
});

describe('the bundle budget (scripts/bundle-budget.mjs)', () => {
  it('holds for both pushed files', () => {
    for (const [file, budget] of Object.entries(BUNDLE_BUDGET)) {
      expect(readFileSync(`build/${file}`).length, file).toBeLessThanOrEqual(budget);
    }
  });

  it('names a file over its budget, and says every size', () => {
    const { lines, over } = checkBudget({ 'Code.js': BUNDLE_BUDGET['Code.js'] + 1, 'Sidebar.html': 1024 });
    expect(lines).toEqual([expect.stringMatching(/^Code\.js [\d.]+ KB of \d+ KB$/), expect.stringMatching(new RegExp(`^Sidebar\\.html 1\\.0 KB of ${BUNDLE_BUDGET['Sidebar.html'] / 1024} KB$`))]);
    expect(over).toEqual([expect.stringMatching(/^Code\.js is [\d.]+ KB, over its \d+ KB budget$/)]);
  });

  it('keeps the heavy zod out: bundled code uses zod/mini', () => {
    expect(code).not.toContain('ZodEffects');
    const sources = JSON.parse(readFileSync('build/Code.js.map', 'utf8')).sources as string[];
    expect(sources.some((s) => s.includes('zod/v4/classic'))).toBe(false);
    expect(sources.some((s) => s.includes('zod/v4/locales'))).toBe(false);
  });
});

describe('build/Sidebar.html', () => {
  const html = readFileSync('build/Sidebar.html', 'utf8');
  it('inlines its script and styles, and holds no scriptlet opener', () => {
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toContain('<?');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});

describe('build/appsscript.json', () => {
  it('is the manifest with V8 and the narrow scopes', () => {
    const manifest = JSON.parse(readFileSync('build/appsscript.json', 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });
});
