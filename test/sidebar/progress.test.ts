// The progress line: shown while a call runs (a bar with no value, then the seconds so far), parts moving the bar
// for work in several calls, hidden again when the call ends however it ends. Driven by a hand-wound clock.
import { beforeEach, describe, expect, it } from 'vitest';
import { createActions, createStatus } from '../../src/sidebar/actions.ts';
import { createProgress, elapsedWords, type Clock } from '../../src/sidebar/progress.ts';
import { asFake, FakeElement, installFakeDocument } from './fake-dom.ts';

function handClock() {
  let now = 1_000_000;
  const ticks = new Map<number, () => void>();
  let next = 1;
  const clock: Clock = {
    now: () => now,
    every: (_ms, tick) => {
      ticks.set(next, tick);
      return next++;
    },
    stop: (handle) => void ticks.delete(handle as number),
  };
  return { clock, running: () => ticks.size, advance: (ms: number) => { now += ms; for (const tick of ticks.values()) tick(); } };
}

describe('elapsed words', () => {
  it('say nothing for a quick call, the seconds after two, and reassure after twenty', () => {
    expect(elapsedWords(1500)).toBe('');
    expect(elapsedWords(2000)).toBe('Still working · 2 s');
    expect(elapsedWords(19_999)).toBe('Still working · 19 s');
    expect(elapsedWords(75_000)).toBe('Still working · 1 min 15 s. Large campaigns take up to a minute or two; keep this sidebar open.');
  });
});

describe('progress line', () => {
  beforeEach(() => installFakeDocument());

  function harness() {
    const time = handClock();
    const progress = createProgress(time.clock);
    const statusNode = new FakeElement('p');
    const actions = createActions(createStatus(statusNode as unknown as HTMLElement), new FakeElement('main') as unknown as HTMLElement, progress);
    const line = asFake(progress.root);
    return { time, progress, statusNode, actions, line, bar: line.byTestId('progress-bar'), words: asFake(progress.words) };
  }

  it('shows an indeterminate bar and the seconds while a call runs, and hides when it is done', async () => {
    const { time, statusNode, actions, line, bar, words } = harness();
    expect(line.getAttribute('data-state')).toBe('idle');
    let finish: (words: string) => void = () => undefined;
    const done = actions.run(null, { working: 'Building tabs…', failure: 'Couldn’t build the tabs', task: () => new Promise((resolve) => (finish = resolve)) });
    expect(line.getAttribute('aria-hidden')).toBeNull();
    expect(line.getAttribute('data-state')).toBe('working');
    expect(bar.hasAttribute('value')).toBe(false); // no amount known: the bar moves on its own
    expect(words.byTestId('progress-elapsed').textContent).toBe('');
    time.advance(3_000);
    expect(words.byTestId('progress-elapsed').textContent).toBe('Still working · 3 s');
    expect(statusNode.textContent).toBe('Building tabs…'); // the status line keeps saying what is happening
    time.advance(30_000);
    expect(words.byTestId('progress-elapsed').textContent).toMatch(/^Still working · 33 s\. Large campaigns/);
    finish('Tabs ready.');
    expect(await done).toBe(true);
    expect(line.getAttribute('data-state')).toBe('idle');
    expect(time.running()).toBe(0); // no timer left ticking
  });

  it('moves the bar part by part for work in several calls, and hides after a failure too', async () => {
    const { time, statusNode, actions, line, bar, words } = harness();
    const done = actions.run(null, {
      working: 'Importing…',
      failure: 'Couldn’t import',
      task: async (report) => {
        report(200, 1000, 'rows', 'Importing: 200 of 1,000 rows written…');
        expect(bar.getAttribute('value')).toBe('200');
        expect(bar.getAttribute('max')).toBe('1000');
        expect(words.byTestId('progress-parts').textContent).toBe('200 of 1,000 rows · ');
        expect(statusNode.textContent).toBe('Importing: 200 of 1,000 rows written…');
        time.advance(5_000);
        throw new Error('Exceeded maximum execution time');
      },
    });
    expect(await done).toBe(false);
    expect(statusNode.getAttribute('data-state')).toBe('error');
    expect(line.getAttribute('data-state')).toBe('idle');
    expect(words.textContent).toBe('');
    expect(time.running()).toBe(0);
  });
});
