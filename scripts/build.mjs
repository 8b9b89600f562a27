// Bundles src/ into build/ for clasp (rootDir: "build"): Code.js, Sidebar.html, appsscript.json.
// Fails loudly on anything Apps Script's V8 runtime cannot load.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';

const OUT_DIR = 'build';
const SERVER_ENTRY = 'src/gas/main.ts';
const common = {
  bundle: true,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
  target: 'es2020',
  // import.meta would silently become {} in a classic script.
  logOverride: { 'empty-import-meta': 'error' },
};

function fail(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

async function buildServer() {
  // platform "neutral": a Node built-in import fails the build instead of shipping a shim Apps Script can't run.
  const server = { ...common, entryPoints: [SERVER_ENTRY], outfile: `${OUT_DIR}/Code.js`, platform: 'neutral', mainFields: ['module', 'main'] };
  // The entry module's exports are the one list of what Apps Script may call; an ESM probe build reads them.
  const probe = await esbuild.build({ ...server, format: 'esm', metafile: true });
  const names = Object.values(probe.metafile.outputs)[0].exports.filter((n) => n !== 'default');
  if (names.length === 0) fail(`${SERVER_ENTRY} exports nothing`);
  const iife = await esbuild.build({ ...server, format: 'iife', globalName: '__debrief' });
  // Top-level function declarations are what triggers, menus and google.script.run resolve by name.
  const stubs = names.map((n) => `function ${n}() { return __debrief.${n}.apply(this, arguments); }`).join('\n');
  const code = `${iife.outputFiles[0].text}\n${stubs}\n`;
  checkServerBundle(code, names);
  return { code, names };
}

function checkServerBundle(code, names) {
  if (/^\s*(import|export)\s/m.test(code)) fail('Code.js contains ES module syntax');
  let script;
  try {
    script = new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    fail(`Code.js does not compile: ${error.message}`);
  }
  // Apps Script evaluates every file on each execution with only its services as globals:
  // loading must not touch anything else (timers, process, require…).
  const context = vm.createContext({});
  try {
    script.runInContext(context);
  } catch (error) {
    fail(`Code.js throws while loading in a bare context: ${error.message}`);
  }
  for (const name of names) {
    if (typeof context[name] !== 'function') fail(`entry point ${name} is not a top-level function`);
  }
}

async function buildSidebar() {
  const js = await esbuild.build({
    ...common, entryPoints: ['src/sidebar/main.ts'], outfile: 'sidebar.js', format: 'iife', platform: 'browser', minify: true,
  });
  const css = await esbuild.build({ ...common, entryPoints: ['src/sidebar/styles.css'], outfile: 'sidebar.css', minify: true });
  const script = js.outputFiles[0].text;
  const style = css.outputFiles[0].text;
  // Function replacers: a string replacement would expand "$&" sequences found in minified code.
  const html = readFileSync('src/sidebar/sidebar.html', 'utf8')
    .replace('<!-- inline:css -->', () => `<style>${style}</style>`)
    .replace('<!-- inline:js -->', () => `<script>${script}</script>`);
  if (html.includes('<!-- inline:')) fail('Sidebar.html still holds an inline marker');
  // HtmlService treats "<?" as a scriptlet opener in templates; keep the file safe to serve either way.
  if (html.includes('<?')) fail('Sidebar.html contains "<?"');
  return html;
}

const { code, names } = await buildServer();
const sidebar = await buildSidebar();
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(`${OUT_DIR}/Code.js`, code);
writeFileSync(`${OUT_DIR}/Sidebar.html`, sidebar);
copyFileSync('appsscript.json', `${OUT_DIR}/appsscript.json`); // clasp pushes only what is under rootDir
console.log(`build: Code.js (${(code.length / 1024).toFixed(0)} KB, ${names.length} entry points), Sidebar.html (${(sidebar.length / 1024).toFixed(0)} KB)`);
