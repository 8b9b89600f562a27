// What loading build/Code.js costs each execution: Apps Script evaluates the whole file before it runs the called
// function (every trigger, menu click and google.script.run call). Compiles and evaluates it in a bare node:vm
// context: each run in a fresh Node process (nothing cached: a cold start), then again in one process (warm: V8
// keeps what it compiled), with an empty script for scale. `node scripts/bundle-load.mjs [runs] [other bundles…]`
// after npm run build;
// README ("Bundle budget") has the figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';

if (process.argv[2] === '--once') {
  const code = readFileSync(process.argv[3], 'utf8');
  const t0 = process.hrtime.bigint();
  const script = new vm.Script(code);
  const t1 = process.hrtime.bigint();
  script.runInContext(vm.createContext({}));
  const t2 = process.hrtime.bigint();
  console.log(JSON.stringify([Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6]));
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'bundle-load-'));
const empty = join(dir, 'empty.js');
writeFileSync(empty, 'function onOpen() {}\n');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const files = ['build/Code.js', ...process.argv.slice(3), empty];
// Round-robin over the files, so a burst of load on a shared machine falls on each alike.
const cold = files.map(() => []);
const warm = files.map(() => []);
const codes = files.map((file) => readFileSync(file, 'utf8'));
for (let run = 0; run < runs; run++) {
  files.forEach((file, i) => {
    cold[i].push(JSON.parse(execFileSync(process.execPath, [import.meta.filename, '--once', file], { encoding: 'utf8' })));
    const t0 = process.hrtime.bigint();
    new vm.Script(codes[i]).runInContext(vm.createContext({}));
    warm[i].push(Number(process.hrtime.bigint() - t0) / 1e6);
  });
}
files.forEach((file, i) => {
  const name = file === empty ? 'an empty script' : file;
  const c = cold[i];
  console.log(`${name}, ${(statSync(file).size / 1024).toFixed(1)} KB, median of ${runs}: cold compile ${ms(median(c.map((t) => t[0])))} + evaluate ${ms(median(c.map((t) => t[1])))} = ${ms(median(c.map((t) => t[0] + t[1])))}; warm ${ms(median(warm[i]))}`);
});
