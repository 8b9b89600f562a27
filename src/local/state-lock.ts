// One `--state` folder is the emulated domain, and several people (several `debrief` processes) may use it at the
// same moment. Each holds the folder's lock from loading the state to saving it, so two runs appending to the
// shared learnings Doc both land in full instead of the later save overwriting the earlier one. A lock left by a
// process that died is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'workspace-state.lock';
const WAIT_MS = 120_000;
const STEP_MS = 100;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the folder's lock (waiting for another holder up to two minutes); returns the function that releases it. */
export function lockStateDir(stateDir: string): () => void {
  mkdirSync(stateDir, { recursive: true });
  const path = join(stateDir, LOCK_FILE);
  for (const started = Date.now(); ;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path, 'utf8'));
    } catch {
      continue; // released between our attempt and the read: try again at once
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      rmSync(path, { force: true }); // its process is gone: the lock is stale
      continue;
    }
    if (Date.now() - started > WAIT_MS) throw new Error(`${stateDir} is in use by another debrief process (pid ${holder}); try again when it has finished.`);
    pause(STEP_MS);
  }
}
