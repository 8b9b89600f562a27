// The facilitator timer's state machine: start/pause/resume/reset, blocks, overruns, and no drift.
import { describe, expect, it } from 'vitest';
import { AGENDA } from '../../src/domain/agenda.ts';
import * as timer from '../../src/sidebar/timer.ts';

const MIN = 60_000;
const T0 = 1_700_000_000_000; // an arbitrary wall-clock reading

describe('timer state machine', () => {
  it('starts idle at zero, on the first block', () => {
    const v = timer.view(timer.INITIAL_TIMER, T0, AGENDA);
    expect(v).toMatchObject({ phase: 'idle', elapsedMs: 0, block: 0, leftMs: 10 * MIN, overMs: 0, totalMs: 90 * MIN });
    expect(v.blocks.map((b) => b.state)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('counts from clock readings, so pause and resume bank the time run so far', () => {
    let s = timer.start(timer.INITIAL_TIMER, T0);
    expect(timer.elapsed(s, T0 + 3 * MIN)).toBe(3 * MIN);
    s = timer.pause(s, T0 + 3 * MIN);
    expect(timer.phase(s)).toBe('paused');
    expect(timer.elapsed(s, T0 + 60 * MIN)).toBe(3 * MIN); // time stands still while paused
    s = timer.start(s, T0 + 60 * MIN); // resume
    expect(timer.elapsed(s, T0 + 62 * MIN)).toBe(5 * MIN);
    expect(timer.phase(s)).toBe('running');
  });

  it('does not drift: one reading after a long hidden stretch equals many small ticks', () => {
    const s = timer.start(timer.INITIAL_TIMER, T0);
    expect(timer.elapsed(s, T0 + 17 * MIN + 321)).toBe(17 * MIN + 321);
  });

  it('ignores a second start or pause, and never runs backwards when the clock is set back', () => {
    const s = timer.start(timer.INITIAL_TIMER, T0);
    expect(timer.start(s, T0 + MIN)).toBe(s);
    expect(timer.pause(timer.INITIAL_TIMER, T0)).toBe(timer.INITIAL_TIMER);
    expect(timer.elapsed(s, T0 - 5 * MIN)).toBe(0);
  });

  it('resets to idle', () => {
    const s = timer.next(timer.pause(timer.start(timer.INITIAL_TIMER, T0), T0 + MIN), T0 + MIN, AGENDA.length);
    expect(timer.reset()).toEqual(timer.INITIAL_TIMER);
    expect(timer.phase(timer.reset())).toBe('idle');
    expect(timer.phase(s)).toBe('paused');
  });

  it('shows time left in the current block against its scheduled end', () => {
    const s = timer.start(timer.INITIAL_TIMER, T0);
    const v = timer.view(s, T0 + 3 * MIN + 15_000, AGENDA);
    expect(v.leftMs).toBe(6 * MIN + 45_000);
    expect(v.overMs).toBe(0);
  });

  it('flags a block that runs past its end, and how far', () => {
    const s = timer.start(timer.INITIAL_TIMER, T0);
    const v = timer.view(s, T0 + 12 * MIN, AGENDA);
    expect(v).toMatchObject({ block: 0, leftMs: 0, overMs: 2 * MIN });
    expect(v.blocks[0]).toMatchObject({ state: 'current', overMs: 2 * MIN, spentMs: 12 * MIN });
  });

  it('moves on with next, recording how long each block took and whether it ended late', () => {
    let s = timer.start(timer.INITIAL_TIMER, T0);
    s = timer.next(s, T0 + 12 * MIN, AGENDA.length); // The numbers ran 2 min over
    s = timer.next(s, T0 + 25 * MIN, AGENDA.length); // Creators finished early
    const v = timer.view(s, T0 + 26 * MIN, AGENDA);
    expect(v.block).toBe(2);
    expect(v.blocks.slice(0, 3)).toEqual([
      { state: 'done', spentMs: 12 * MIN, overMs: 2 * MIN },
      { state: 'done', spentMs: 13 * MIN, overMs: 0 },
      { state: 'current', spentMs: MIN, overMs: 0 },
    ]);
    expect(v.leftMs).toBe(24 * MIN); // Content ends at 50, whatever happened before
  });

  it('stays on the last block, where running past 90 minutes is an overrun', () => {
    let s = timer.start(timer.INITIAL_TIMER, T0);
    for (let i = 0; i < 10; i++) s = timer.next(s, T0 + (i + 1) * MIN, AGENDA.length);
    expect(s.block).toBe(AGENDA.length - 1);
    expect(s.entered).toHaveLength(AGENDA.length);
    expect(timer.view(s, T0 + 93 * MIN, AGENDA).overMs).toBe(3 * MIN);
  });

  it('restores a saved timer and rejects anything else', () => {
    const s = timer.next(timer.start(timer.INITIAL_TIMER, T0), T0 + MIN, AGENDA.length);
    expect(timer.restore(JSON.stringify(s), AGENDA.length)).toEqual(s);
    expect(timer.restore(null, AGENDA.length)).toBeNull();
    expect(timer.restore('not json', AGENDA.length)).toBeNull();
    expect(timer.restore(JSON.stringify({ ...s, block: 9, entered: Array(10).fill(0) }), AGENDA.length)).toBeNull();
    expect(timer.restore(JSON.stringify({ ...s, entered: [0] }), AGENDA.length)).toBeNull();
    expect(timer.restore(JSON.stringify({ ...s, startedAt: null }), AGENDA.length)).toBeNull(); // running without a start
  });
});
