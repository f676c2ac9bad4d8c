// The decision timer on a hot-seat turn screen: "2:00 left", announced politely at one minute and ten seconds (never
// every second), and the time-up callback. What is left is kept per game, turn and side, so leaving the screen and
// coming back does not give a team its time again; a hand-over screen shows no timer, so the time stands still there.
import { announce, el } from '../dom.js';
import type { GameSession } from '../session.js';
import { t } from '../strings.js';
import { createTimer, formatRemaining, pauseTimer, startTimer, tickTimer, type TimerState } from './timer.js';

const TICK_MS = 250;

const kept = new WeakMap<GameSession, Map<string, TimerState>>();

function keptFor(session: GameSession): Map<string, TimerState> {
  let map = kept.get(session);
  if (!map) {
    map = new Map();
    kept.set(session, map);
  }
  return map;
}

export class TurnTimer {
  readonly root: HTMLElement;
  private readonly text: HTMLElement;
  private state: TimerState;
  private interval: number | null = null;
  private last = 0;

  constructor(
    private readonly session: GameSession,
    private readonly key: string,
    private readonly team: string,
    private readonly onExpire: () => void,
  ) {
    const seconds = session.config.timerSeconds ?? 0;
    this.state = keptFor(session).get(key) ?? createTimer(seconds * 1000);
    this.text = el('span', { className: 'td-timer__left' });
    // role=timer is not live by default: only the announcements below are spoken.
    this.root = el('p', {
      className: 'td-timer',
      attrs: { role: 'timer', 'aria-label': t('timer.label', { team }) },
      children: [this.text, ' ', el('span', { className: 'td-timer__rule', text: t('timer.rule') })],
    });
    this.render();
  }

  get expired(): boolean {
    return this.state.expired;
  }

  start(): void {
    if (this.state.expired) {
      queueMicrotask(() => this.onExpire());
      return;
    }
    this.state = startTimer(this.state);
    this.last = Date.now();
    if (this.interval === null) this.interval = window.setInterval(() => this.tick(), TICK_MS);
  }

  /** Stops counting (the team confirmed, or the screen is leaving) and keeps what is left. */
  stop(): void {
    if (this.interval !== null) window.clearInterval(this.interval);
    this.interval = null;
    this.state = pauseTimer(this.state);
    keptFor(this.session).set(this.key, this.state);
  }

  private tick(): void {
    const now = Date.now();
    const elapsed = now - this.last;
    this.last = now;
    const { state, events } = tickTimer(this.state, elapsed);
    this.state = state;
    keptFor(this.session).set(this.key, state);
    this.render();
    for (const event of events) {
      if (event.kind === 'announce') announce(t(event.at >= 60_000 ? 'timer.minuteLeft' : 'timer.tenLeft', { team: this.team }));
      else {
        this.stop();
        this.onExpire();
      }
    }
  }

  private render(): void {
    const text = t('timer.left', { time: formatRemaining(this.state.remainingMs) });
    if (this.text.textContent !== text) this.text.textContent = text;
    this.root.classList.toggle('td-timer--low', this.state.remainingMs <= 10_000);
  }
}
