#!/usr/bin/env node
// Runs the Debrief command line (src/local/cli) from its TypeScript sources. Through tsx a process spends about a
// second loading its ~500 modules (each one goes through tsx's loader), which every `debrief` command and every
// test that runs one paid; so the sources are bundled with esbuild into one file, kept in node_modules/.cache, and
// bundled again whenever a file it was made from changes (checked by size and time on each start, a few ms).
// Packages stay outside the bundle and load as Node loads them. If the bundle can't be made (esbuild missing, a
// read-only node_modules, a syntax error), tsx runs the sources as before (and names a syntax error).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = join(ROOT, 'src/local/cli/main.ts');
const CACHE = join(ROOT, 'node_modules/.cache/debrief/cli');
const BUNDLE = join(CACHE, 'debrief.mjs');
const MANIFEST = join(CACHE, 'inputs.json');

const stamp = (path) => {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
};

/** The bundle, if every source it was made from (and this file) is as it was then. */
function current() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (manifest.launcher !== stamp(fileURLToPath(import.meta.url))) return false;
    return Object.entries(manifest.inputs).every(([path, was]) => stamp(join(ROOT, path)) === was) && stamp(BUNDLE) === manifest.bundle;
  } catch {
    return false; // no bundle yet, or a source gone
  }
}

async function bundle() {
  const esbuild = await import('esbuild');
  // Each module's import.meta.url stays its source file's, so paths made from it (build/, the playground's public/,
  // the schema generator) resolve as they do from the sources.
  const ownUrls = {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: ROOT, entryPoints: [ENTRY], outfile: BUNDLE, // input paths in the metafile: relative to ROOT
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
    sourcemap: 'linked', metafile: true, write: false, logLevel: 'silent', plugins: [ownUrls],
  });
  mkdirSync(CACHE, { recursive: true });
  // Written aside, then renamed: two commands starting at once never load half a file.
  const put = (path, text) => {
    writeFileSync(`${path}.${process.pid}`, text);
    renameSync(`${path}.${process.pid}`, path);
  };
  for (const file of result.outputFiles) put(file.path, file.contents);
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((path) => [path, stamp(join(ROOT, path))]));
  put(MANIFEST, JSON.stringify({ launcher: stamp(fileURLToPath(import.meta.url)), bundle: stamp(BUNDLE), inputs }));
}

let ready = current();
if (!ready) {
  try {
    await bundle();
    ready = true;
  } catch {
    ready = false;
  }
}
if (ready) {
  // Stack traces (--debug) name the TypeScript sources, as tsx's did.
  if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
  await import(pathToFileURL(BUNDLE).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
