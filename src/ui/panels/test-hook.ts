// What the play screens show, in a build for the browser tests only (`vite build --mode e2e`, see
// tests/e2e/harness.ts), exposed as window.__td for the tests to assert on without
// scraping the page. In any other build the hooks are compiled out (a browser test greps the production bundle), so
// a student cannot read the fog of trust from the developer tools. The screen (`phase`) and, on the turn screen, the
// side holding the device are read from the shell; the screens add what they show (labels, hashes, the luck runs).
import { deviceSideOf, playScreenOf, screenOf, shell } from '../shell/shell.js';
export interface TdHook {
  /** The screen: 'turn' | 'handover' (hot-seat) | 'resolution' | 'debrief' | 'replay' (the play screens), as set by the last one shown. */
  phase: string;
  /** The label of the turn on screen (e.g. "2011-H1"), or null. */
  turnLabel: string | null;
  /** The game's outcome once it is over, else null. */
  outcome: string | null;
  /** The hash of the last played turn (TurnRecord.hash), or null before the first. */
  finalHash: string | null;
  /** Turns played so far. */
  turnsPlayed: number;
  /** The luck worker's state on the debrief: 'idle' | 'running' | 'done' | 'error'. */
  luck: string;
  /** Where the luck replays run: 'worker', or 'page' where no worker can be had (the one file, file://). */
  luckWhere?: string;
  /** Hot-seat: the side whose team is choosing ('turn') or is handed the device ('handover'); null otherwise. */
  side?: string | null;
}

declare global {
  interface Window {
    __td?: TdHook;
    /** performance.now() when the title menu became interactive (measured by the browser tests and the web bench). */
    __tdReady?: number;
    /** The running game (Phaser.Game), for the browser tests. */
    __tdGame?: unknown;
    /** Set by the browser suite before the app starts: Phaser steps at most this often (saves CPU on 2-core CI). */
    __tdFrameLimit?: number;
  }
}

let current: TdHook = { phase: 'none', turnLabel: null, outcome: null, finalHash: null, turnsPlayed: 0, luck: 'idle' };

/** Called by a screen with what it shows: merged with the shell's screen (a screen the hook does not name keeps the last). */
export function setTd(values: Partial<TdHook>): void {
  const snapshot = shell.getSnapshot();
  const phase = playScreenOf(snapshot);
  const onTurn = screenOf(snapshot) === 'turn';
  current = { ...current, ...values, ...(phase === null ? {} : { phase }), ...(onTurn ? { side: deviceSideOf(snapshot) } : {}) };
  // `import.meta.env.MODE` is replaced at build time: outside the e2e mode this branch is removed.
  if (import.meta.env.MODE === 'e2e') window.__td = current;
}

/** The title menu is interactive (test builds: for the browser tests and the web bench). */
export function markReady(): void {
  if (import.meta.env.MODE === 'e2e') window.__tdReady ??= performance.now();
}

/** The running game (test builds only); under the browser suite, Phaser held to the suite's frame limit. */
export function exposeGame(game: { loop: { setFPSLimit(limit: number): void } }): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__tdGame = game;
  // Most of an idle screen's CPU is Phaser redrawing the canvas 60 times a second; the tests read the DOM, not motion.
  if (typeof window.__tdFrameLimit === 'number') game.loop.setFPSLimit(window.__tdFrameLimit);
}
