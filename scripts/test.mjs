// `npm test`: builds (scripts/build.mjs), then type-checks every layer (scripts/typecheck.mjs), lints (Biome) and
// runs every test (vitest) at the same time, and fails when any of them does. One after the other, the type-checks
// kept one of CI's two cores idle for about a minute; beside the tests they fill the gaps the tests leave (issue 13:
// under 5 minutes). Arguments go to vitest (`npm test -- test/gas/menu.test.ts`); everything else still runs.
// Prints each part's wall time at the end.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describeCheck, runNode, typecheck } from './typecheck.mjs';

const require = createRequire(import.meta.url);
const BIOME = require.resolve('@biomejs/biome/bin/biome');
const VITEST = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const timings = [];
const timed = async (name, run) => {
  const started = performance.now();
  const ok = await run();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s${ok ? '' : ' (FAILED)'}`);
  return ok;
};

/** vitest in the foreground: its output goes straight to ours, as it comes. */
const vitest = () =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });

const built = await timed('build', async () => (await runNode('scripts/build.mjs', [], { stdio: ['ignore', 'inherit', 'inherit'] })).ok);
if (!built) {
  process.exitCode = 1;
} else {
  const results = await Promise.all([
    timed('typecheck', () => typecheck({ report: (project, result) => process.stdout.write(describeCheck(project, result)) })),
    timed('lint', async () => {
      const result = await runNode(BIOME, ['lint', '--error-on-warnings']);
      process.stdout.write(`lint: ${result.ok ? 'ok' : 'FAILED'} (${result.seconds.toFixed(1)} s)\n${result.ok ? '' : result.output}`);
      return result.ok;
    }),
    timed('vitest', vitest),
  ]);
  console.log(`npm test: ${timings.join(', ')}`);
  process.exitCode = results.every(Boolean) ? 0 : 1;
}
