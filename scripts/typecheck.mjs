// `npm run typecheck`: every layer under its own tsconfig (its own libs and types: the domain sees neither DOM nor
// Node, the sidebar sees the DOM, src/gas sees Apps Script), as many at once as the machine has cores. The one list
// of projects; `npm test` (scripts/test.mjs) runs it beside the tests.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');

/** Every tsconfig, the longest check first (so two at a time end together): each one must pass. */
export const PROJECTS = [
  'test/tsconfig.json',
  'src/local/tsconfig.json',
  'tsconfig.json',
  'src/domain/tsconfig.json',
  'src/sidebar/tsconfig.json',
  'src/local/playground/public/tsconfig.json',
];

/**
 * Runs `node <script> ...args` and collects its output (unless `options.stdio` passes it through); resolves with how
 * it went (never rejects), `seconds` its wall time.
 */
export function runNode(script, args, options = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (code) => resolve({ ok: code === 0, output, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Type-checks every project, `jobs` at a time; `report` hears each as it ends. Resolves true when all pass. */
export async function typecheck({ jobs = Math.max(availableParallelism(), 1), report = () => {} } = {}) {
  const queue = [...PROJECTS];
  let ok = true;
  const worker = async () => {
    for (let project = queue.shift(); project; project = queue.shift()) {
      const result = await runNode(TSC, ['-p', project]);
      ok &&= result.ok;
      report(project, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, PROJECTS.length) }, worker));
  return ok;
}

/** One line a project: "typecheck test/tsconfig.json: ok (12.3 s)", then tsc's own output when it found errors. */
export function describeCheck(project, { ok, output, seconds }) {
  return `typecheck ${project}: ${ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)\n${ok ? '' : output}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ok = await typecheck({ report: (project, result) => process.stdout.write(describeCheck(project, result)) });
  process.exitCode = ok ? 0 : 1;
}
