// The decision timer on a hot-seat turn screen: "2:00 left", announced politely at one minute and ten seconds (never
// every second), and the time-up callback. What is left is kept per game, turn and side, so leaving the screen and
// coming back does not give a team its time again; a hand-over screen shows no timer, so the time stands still there.
// The timer running now is also kept in session storage, so that a reload of the tab does not restart it either.
import { announce, el } from '../dom.js';
import type { GameSession } from '../session.js';
import { t } from '../strings.js';
import { ANNOUNCE_AT, createTimer, formatRemaining, pauseTimer, startTimer, tickTimer, type TimerState } from './timer.js';

const STORED_KEY = 'td.timer';

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

/** The game, turn and side a timer belongs to, across reloads. */
const storedId = (session: GameSession, key: string): string => `${session.sc.id}:${session.config.seed}:${key}`;

/** The timer kept for this game, turn and side before a reload, checked field by field (storage is not trusted), or null. */
function storedTimer(id: string, totalMs: number): TimerState | null {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(STORED_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id: at, remainingMs, announced, expired } = value as Record<string, unknown>;
    if (at !== id || typeof remainingMs !== 'number' || !(remainingMs >= 0 && remainingMs <= totalMs)) return null;
    if (!Array.isArray(announced) || !announced.every((a) => (ANNOUNCE_AT as readonly unknown[]).includes(a))) return null;
    return { totalMs, remainingMs, running: false, announced: announced as number[], expired: expired === true };
  } catch {
    return null;
  }
}

function storeTimer(id: string, state: TimerState): void {
  try {
    const { remainingMs, announced, expired } = state;
    window.sessionStorage.setItem(STORED_KEY, JSON.stringify({ id, remainingMs, announced, expired }));
  } catch {
    // Storage refused: the time is kept for as long as the page lives.
  }
}

export class TurnTimer {
  readonly root: HTMLElement;
  private readonly text: HTMLElement;
  private state: TimerState;
  private interval: number | null = null;
  private pending: number | null = null;
  private last = 0;

  constructor(
    private readonly session: GameSession,
    private readonly key: string,
    private readonly team: string,
    private readonly onExpire: () => void,
  ) {
    const totalMs = (session.config.timerSeconds ?? 0) * 1000;
    this.state = keptFor(session).get(key) ?? storedTimer(storedId(session, key), totalMs) ?? createTimer(totalMs);
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

  /**
   * Starts once the screen has been drawn (two animation frames: the first one may be slow, the map drawn on a school
   * laptop), so that a team never sees its time already running at first sight. A hidden tab draws nothing: its timer
   * starts when the tab is shown.
   */
  startWhenDrawn(): void {
    this.cancelPending();
    this.pending = requestAnimationFrame(() => {
      this.pending = requestAnimationFrame(() => {
        this.pending = null;
        this.start();
      });
    });
  }

  private cancelPending(): void {
    if (this.pending !== null) cancelAnimationFrame(this.pending);
    this.pending = null;
  }

  start(): void {
    if (this.state.expired) {
      queueMicrotask(() => this.onExpire());
      return;
    }
    this.state = startTimer(this.state);
    this.last = Date.now();
    if (this.interval === null) this.interval = window.setInterval(() => this.tick(), TICK_MS);
    // Says on the page that the time runs (the text reads "1:00 left" before it does): browser tests wait for it.
    this.root.dataset.running = 'true';
  }

  /** Stops counting (the team confirmed, or the screen is leaving) and keeps what is left. */
  stop(): void {
    this.cancelPending();
    if (this.interval !== null) window.clearInterval(this.interval);
    this.interval = null;
    delete this.root.dataset.running;
    this.state = pauseTimer(this.state);
    this.keep();
  }

  private keep(): void {
    keptFor(this.session).set(this.key, this.state);
    storeTimer(storedId(this.session, this.key), this.state);
  }

  private tick(): void {
    const now = Date.now();
    const elapsed = now - this.last;
    this.last = now;
    const before = this.state.remainingMs;
    const { state, events } = tickTimer(this.state, elapsed);
    this.state = state;
    // Whole seconds are enough across a reload: store when the second shown changes.
    if (Math.ceil(before / 1000) !== Math.ceil(state.remainingMs / 1000)) this.keep();
    else keptFor(this.session).set(this.key, state);
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
