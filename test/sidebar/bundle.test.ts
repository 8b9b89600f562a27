// The sidebar bundles as scripts/build.mjs does: one browser IIFE with no zod and no innerHTML, inlined into
// sidebar.html without "<?" (HtmlService would read it as a scriptlet).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET } from '../../scripts/bundle-budget.mjs';

describe('sidebar bundle', () => {
  it('builds small, browser-only and safe to serve', async () => {
    const common = { bundle: true, write: false, metafile: true, target: 'es2020', logLevel: 'silent', legalComments: 'none' } as const;
    const js = await esbuild.build({ ...common, entryPoints: ['src/sidebar/main.ts'], format: 'iife', platform: 'browser', minify: true });
    const css = await esbuild.build({ ...common, entryPoints: ['src/sidebar/styles.css'], outfile: 'sidebar.css', minify: true });
    const inputs = Object.keys(js.metafile.inputs);
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((f) => f.startsWith('src/') && !f.startsWith('src/sidebar/') && !f.startsWith('src/domain/'))).toEqual([]);
    expect(inputs).not.toContain('src/domain/rpc.ts'); // types only: its zod schemas stay on the server
    const script = js.outputFiles[0].text;
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    const page = readFileSync('src/sidebar/sidebar.html', 'utf8');
    expect(page).toContain('<!-- inline:css -->');
    expect(page).toContain('<!-- inline:js -->');
    expect(page).toContain('https://ssl.gstatic.com/docs/script/css/add-ons1.css');
    const html = page.replace('<!-- inline:css -->', () => `<style>${css.outputFiles[0].text}</style>`)
      .replace('<!-- inline:js -->', () => `<script>${script}</script>`);
    expect(html).not.toContain('<?');
    // The same budget the build holds Sidebar.html to (scripts/bundle-budget.mjs), in UTF-8 bytes as pushed.
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(BUNDLE_BUDGET['Sidebar.html']);
  });
});
