// The playground's browser files: its page, and the built sidebar with the google.script.run bridge put in front
// of the sidebar's own script. Browser TypeScript is bundled on the fly with esbuild (never shipped to Apps Script).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PUBLIC = (name: string) => fileURLToPath(new URL(`./public/${name}`, import.meta.url));
const bundles = new Map<string, Promise<string>>();

/** Bundles a file from public/ as one classic script; `define` replaces free identifiers with JSON values. */
export function bundleScript(entry: string, define: Record<string, unknown> = {}): Promise<string> {
  const key = `${entry}:${JSON.stringify(define)}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = esbuild.build({
      entryPoints: [PUBLIC(entry)], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020',
      charset: 'utf8', legalComments: 'none', logLevel: 'silent',
      define: Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)])),
    }).then(({ outputFiles: [output] }) => {
      if (!output) throw new Error(`esbuild wrote no output for ${entry}.`);
      return output.text;
    });
    bundle.catch(() => bundles.delete(key)); // a syntax error being fixed: try again on the next request
    bundles.set(key, bundle);
  }
  return bundle;
}

export function publicFile(name: 'index.html' | 'playground.css'): string {
  return readFileSync(PUBLIC(name), 'utf8');
}

/** Functions google.script.run offers: the bundle's top-level functions, less private ones (ending in "_"). */
export function serverFunctionNames(code: string, isFunction: (name: string) => boolean): string[] {
  const names = [...code.matchAll(/^function ([A-Za-z$][\w$]*)\s*\(/gm)].map(([, name = '']) => name); // the group always takes part
  return [...new Set(names)].filter((name) => !name.endsWith('_') && isFunction(name));
}

/**
 * An HtmlService page (the sidebar, or a dialog the add-on showed) as the playground serves it: the bridge script
 * first so google.script.run exists; a dialog also gets the stand-in for Google Picker (fake-picker.ts).
 */
export async function sidebarWithBridge(html: string, functionNames: string[], kind: 'sidebar' | 'dialog' = 'sidebar'): Promise<string> {
  const scripts = [await bundleScript('bridge.ts', { __SERVER_FUNCTIONS__: functionNames, __HOST_KIND__: kind })];
  if (kind === 'dialog') scripts.push(await bundleScript('fake-picker.ts'));
  // "</script" can't appear inside the inline script; esbuild's output escapes it, this keeps it so regardless.
  const tag = scripts.map((code) => `<script data-playground-bridge>${code.replace(/<\/script/gi, '<\\/script')}</script>`).join('');
  const at = html.search(/<script\b/i);
  if (at >= 0) return html.slice(0, at) + tag + html.slice(at);
  const end = html.search(/<\/body>/i);
  return end >= 0 ? html.slice(0, end) + tag + html.slice(end) : html + tag;
}
