// The decision timer's state machine and its formatting (interface only; the replay records choices, not time).
import { describe, expect, it } from 'vitest';
import {
  createTimer,
  formatRemaining,
  isTimerSeconds,
  pauseTimer,
  startTimer,
  tickTimer,
  type TimerState,
} from '../../../src/ui/hotseat/timer.js';

/** Ticks a timer in steps of `step` ms for `total` ms, collecting the events. */
function run(state: TimerState, total: number, step = 250): { state: TimerState; events: string[] } {
  const events: string[] = [];
  for (let t = 0; t < total; t += step) {
    const next = tickTimer(state, step);
    state = next.state;
    for (const e of next.events) events.push(e.kind === 'announce' ? `announce ${e.at}` : 'expired');
  }
  return { state, events };
}

describe('formatRemaining', () => {
  it('shows minutes and seconds, rounded up', () => {
    expect(formatRemaining(120_000)).toBe('2:00');
    expect(formatRemaining(119_001)).toBe('2:00');
    expect(formatRemaining(119_000)).toBe('1:59');
    expect(formatRemaining(9_000)).toBe('0:09');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
    expect(formatRemaining(300_000)).toBe('5:00');
  });
});

describe('the timer', () => {
  it('does not count until started, and not while paused (the hand-over)', () => {
    const idle = createTimer(60_000);
    expect(tickTimer(idle, 5_000).state.remainingMs).toBe(60_000);
    const started = tickTimer(startTimer(idle), 5_000).state;
    expect(started.remainingMs).toBe(55_000);
    const paused = pauseTimer(started);
    expect(tickTimer(paused, 30_000).state.remainingMs).toBe(55_000);
    expect(tickTimer(startTimer(paused), 1_000).state.remainingMs).toBe(54_000);
  });

  it('announces one minute and ten seconds left once each, then expires once', () => {
    const { state, events } = run(startTimer(createTimer(120_000)), 130_000);
    expect(events).toEqual(['announce 60000', 'announce 10000', 'expired']);
    expect(state.expired).toBe(true);
    expect(state.running).toBe(false);
    expect(state.remainingMs).toBe(0);
    expect(tickTimer(startTimer(state), 1_000).events).toEqual([]);
  });

  it('does not announce "one minute left" at the start of a one-minute timer', () => {
    expect(run(startTimer(createTimer(60_000)), 61_000).events).toEqual(['announce 10000', 'expired']);
  });

  it('announces only the latest moment when several pass at once (a sleeping tab)', () => {
    const { events } = tickTimer(startTimer(createTimer(180_000)), 175_000);
    expect(events).toEqual([{ kind: 'announce', at: 10_000 }]);
    const late = tickTimer(startTimer(createTimer(180_000)), 200_000);
    expect(late.events).toEqual([{ kind: 'expired' }]);
  });

  it('ignores zero, negative and non-numbers as elapsed time', () => {
    const s = startTimer(createTimer(60_000));
    expect(tickTimer(s, 0).state).toBe(s);
    expect(tickTimer(s, -100).state).toBe(s);
    expect(tickTimer(s, Number.NaN).state).toBe(s);
  });

  it("knows the teacher's choices", () => {
    for (const s of [0, 60, 120, 180, 300]) expect(isTimerSeconds(s)).toBe(true);
    for (const s of [30, 240, '60', null, -60]) expect(isTimerSeconds(s)).toBe(false);
  });
});
