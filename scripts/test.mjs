// `npm test`: builds (scripts/build.mjs), then type-checks every layer (scripts/typecheck.mjs), lints (Biome) and
// runs every test (vitest) at the same time, and fails when any of them does. One after the other, the type-checks
// kept one of CI's two cores idle for about a minute; beside the tests they fill the gaps the tests leave (issue 13:
// under 5 minutes). Arguments go to vitest (`npm test -- test/gas/menu.test.ts`); everything else still runs.
// Prints each part's wall time at the end, and the CPU time all of it took (on Linux): on a machine others share,
// the wall time says more about them than about the tests.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/**
 * CPU seconds this process and every child it waited for (tsc, biome, vitest and its workers, the browsers and
 * commands those started) used: /proc/self/stat's utime, stime, cutime and cstime, in Linux's fixed 100 ticks a
 * second. Undefined where there is no /proc.
 */
function cpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100; // fields 14–17 of stat(5)
  } catch {
    return undefined;
  }
}

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
  const cpu = cpuSeconds();
  console.log(`npm test: ${timings.join(', ')}${cpu === undefined ? '' : `; ${cpu.toFixed(0)} s of CPU in all`}`);
  process.exitCode = results.every(Boolean) ? 0 : 1;
}
