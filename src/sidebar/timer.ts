// The facilitator's meeting timer as a pure state machine over clock readings, so it never drifts when the
// browser throttles a hidden sidebar: elapsed time is always `now − startedAt`, never a count of ticks.
import { item } from '../domain/item.ts';

export interface Block {
  readonly from: number; // minutes into the meeting
  readonly to: number;
}

export interface TimerState {
  readonly running: boolean;
  /** Clock reading (ms) when the current running stretch began; null while stopped. */
  readonly startedAt: number | null;
  /** Running time (ms) banked by earlier stretches. */
  readonly banked: number;
  /** Index of the agenda block under discussion; the facilitator moves on with `next`. */
  readonly block: number;
  /** Elapsed ms at which each block so far was entered (`entered[0]` is 0). */
  readonly entered: readonly number[];
}

export const INITIAL_TIMER: TimerState = { running: false, startedAt: null, banked: 0, block: 0, entered: [0] };

export function elapsed(state: TimerState, now: number): number {
  // A clock set backwards must not make time run backwards.
  return state.banked + (state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0);
}

export function start(state: TimerState, now: number): TimerState {
  return state.running ? state : { ...state, running: true, startedAt: now };
}

export function pause(state: TimerState, now: number): TimerState {
  return state.running ? { ...state, running: false, startedAt: null, banked: elapsed(state, now) } : state;
}

export function reset(): TimerState {
  return INITIAL_TIMER;
}

/** Moves to the next block (allowed while paused too); the last block stays put. */
export function next(state: TimerState, now: number, blockCount: number): TimerState {
  if (state.block >= blockCount - 1) return state;
  return { ...state, block: state.block + 1, entered: [...state.entered, elapsed(state, now)] };
}

export type Phase = 'idle' | 'running' | 'paused';

export function phase(state: TimerState): Phase {
  if (state.running) return 'running';
  return state.banked === 0 && state.block === 0 ? 'idle' : 'paused';
}

export interface BlockView {
  state: 'done' | 'current' | 'upcoming';
  /** Time spent in a done block, or so far in the current one. */
  spentMs: number | null;
  /** How far past its scheduled end (`to`) the block ran; 0 when on time. */
  overMs: number;
}

export interface TimerView {
  phase: Phase;
  elapsedMs: number;
  totalMs: number;
  block: number;
  /** Time left before the current block's scheduled end; 0 once it overruns. */
  leftMs: number;
  /** How long the current block has run past its scheduled end. */
  overMs: number;
  blocks: BlockView[];
}

const MINUTE = 60_000;

/** Everything the agenda shows, for one clock reading. Blocks end on the schedule (`to`), so the meeting stays 90 minutes. */
export function view(state: TimerState, now: number, agenda: readonly Block[]): TimerView {
  const elapsedMs = elapsed(state, now);
  const end = (i: number) => item(agenda, i, 'agenda block').to * MINUTE; // restore() keeps state.block in range
  const blocks = agenda.map((_, i): BlockView => {
    if (i < state.block) {
      const left = state.entered[i + 1] ?? elapsedMs;
      return { state: 'done', spentMs: left - (state.entered[i] ?? 0), overMs: Math.max(0, left - end(i)) };
    }
    if (i === state.block) {
      return { state: 'current', spentMs: elapsedMs - (state.entered[i] ?? 0), overMs: Math.max(0, elapsedMs - end(i)) };
    }
    return { state: 'upcoming', spentMs: null, overMs: 0 };
  });
  const current = item(blocks, state.block, 'agenda block');
  return {
    phase: phase(state),
    elapsedMs,
    totalMs: agenda.length > 0 ? end(agenda.length - 1) : 0,
    block: state.block,
    leftMs: Math.max(0, end(state.block) - elapsedMs),
    overMs: current.overMs,
    blocks,
  };
}

/** A timer saved by an earlier sidebar (JSON), or null when it isn't one. */
export function restore(json: string | null, blockCount: number): TimerState | null {
  if (!json) return null;
  try {
    const s = JSON.parse(json) as Partial<TimerState>;
    const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
    const ok = typeof s.running === 'boolean' && (s.startedAt === null || num(s.startedAt)) && num(s.banked)
      && Number.isInteger(s.block) && num(s.block) && (s.block as number) < blockCount
      && Array.isArray(s.entered) && s.entered.length === (s.block as number) + 1 && s.entered.every(num)
      && s.running === (s.startedAt !== null);
    return ok ? (s as TimerState) : null;
  } catch {
    return null;
  }
}
