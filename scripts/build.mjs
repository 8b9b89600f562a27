// Bundles src/ into build/ for clasp (rootDir: "build"): Code.js, Sidebar.html, Picker.html, appsscript.json.
// Fails loudly on anything Apps Script's V8 runtime cannot load.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import vm from 'node:vm';
import { checkBudget } from './bundle-budget.mjs';

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
  // Apps Script evaluates all of Code.js on every execution: minified, it stays inside its budget
  // (scripts/bundle-budget.mjs). Stack traces map back to the sources through build/Code.js.map.
  minify: true,
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
  const exported = Object.values(probe.metafile.outputs)[0].exports.filter((n) => n !== 'default');
  if (exported.length === 0) fail(`${SERVER_ENTRY} exports nothing`);
  const iife = await esbuild.build({ ...server, format: 'iife', globalName: '__debrief', sourcemap: 'external' });
  const output = (suffix) => iife.outputFiles.find((f) => f.path.endsWith(suffix)).text;
  const bundle = output('Code.js');
  const targets = entryPointTargets(bundle, exported);
  // Top-level function declarations are what triggers, menus and google.script.run resolve by name. They come
  // after the bundle, so the source map's positions (all in the bundle's lines) stay right.
  const stubs = targets.map(({ name, path }) => `function ${name}() { return __debrief.${path}.apply(this, arguments); }`).join('\n');
  const code = `${bundle}\n${stubs}\n`;
  const names = targets.map((t) => t.name);
  checkServerBundle(code, names);
  return { code, map: output('Code.js.map'), names };
}

/**
 * Each export that is a function is an entry point of that name; an export that is an object of functions (the
 * menu items made from the artefact registry) gives one entry point per member. Read by loading the bundle.
 */
function entryPointTargets(bundle, exported) {
  const context = vm.createContext({});
  try {
    new vm.Script(`${bundle}\nthis.__debrief = __debrief;`, { filename: 'Code.js' }).runInContext(context);
  } catch (error) {
    fail(`Code.js throws while loading in a bare context: ${error.message}`);
  }
  const targets = [];
  for (const name of exported) {
    const value = context.__debrief[name];
    if (typeof value === 'function') targets.push({ name, path: name });
    else if (value && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'function')) {
      for (const member of Object.keys(value)) targets.push({ name: member, path: `${name}.${member}` });
    } else fail(`${SERVER_ENTRY} exports ${name}, which is neither a function nor an object of functions`);
  }
  const seen = new Set();
  for (const { name } of targets) {
    if (seen.has(name)) fail(`two entry points are called ${name}`);
    seen.add(name);
  }
  return targets;
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

/** The Google Picker dialog (src/sidebar/picker): its own small page, opened by the server with its config put in. */
async function buildPicker() {
  const js = await esbuild.build({
    ...common, entryPoints: ['src/sidebar/picker/main.ts'], outfile: 'picker.js', format: 'iife', platform: 'browser', minify: true,
  });
  const html = readFileSync('src/sidebar/picker/picker.html', 'utf8').replace('<!-- inline:js -->', () => `<script>${js.outputFiles[0].text}</script>`);
  if (html.includes('<!-- inline:') || !html.includes('{"debrief":"picker-config"}')) fail('Picker.html lost a marker');
  if (html.includes('<?')) fail('Picker.html contains "<?"');
  return html;
}

const { code, map, names } = await buildServer();
const sidebar = await buildSidebar();
const picker = await buildPicker();
rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(`${OUT_DIR}/Code.js`, code);
// clasp pushes .js, .html and appsscript.json only: the map stays here, for reading stack traces from the logs.
writeFileSync(`${OUT_DIR}/Code.js.map`, map);
writeFileSync(`${OUT_DIR}/Sidebar.html`, sidebar);
writeFileSync(`${OUT_DIR}/Picker.html`, picker);
copyFileSync('appsscript.json', `${OUT_DIR}/appsscript.json`); // clasp pushes only what is under rootDir
const budget = checkBudget({ 'Code.js': Buffer.byteLength(code), 'Sidebar.html': Buffer.byteLength(sidebar), 'Picker.html': Buffer.byteLength(picker) });
console.log(`build: ${budget.lines.join(', ')}; ${names.length} entry points`);
if (budget.over.length) fail(budget.over.join('; '));
