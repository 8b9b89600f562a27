// What Diagnostics checks share: the scratch files they make (all trashed when the run ends), any other scratch
// things to undo (a tab), and their verdict.
import { driveService } from '../reports/drive-files.ts';

export const SCRATCH_NAME = 'Debrief diagnostics (scratch file, safe to delete)';

/** What checks make; every file is trashed and every undo run when the run ends, whatever happened. */
export class Scratch {
  readonly made: string[] = [];
  private readonly undo: (() => void)[] = [];

  keep(id: string): string {
    this.made.push(id);
    return id;
  }

  later(step: () => void): void {
    this.undo.push(step);
  }

  /** What could not be cleaned up, one item each. */
  cleanUp(): string[] {
    const left: string[] = [];
    const attempt = (what: string, step: () => void) => {
      try {
        step();
      } catch (error) {
        left.push(`${what} (${error instanceof Error ? error.message : String(error)})`);
      }
    };
    for (const step of this.undo) attempt('a scratch tab', step);
    for (const id of this.made) attempt(id, () => driveService().Files!.update({ trashed: true }, id));
    return left;
  }
}

/** A check's verdict when something is not as Debrief needs it; its message is the line's explanation. */
export class CheckFailed extends Error {}

export interface Check {
  name: string;
  /** Returns what was confirmed; throws CheckFailed (or anything) when the platform behaves otherwise. */
  run(scratch: Scratch): string;
}
