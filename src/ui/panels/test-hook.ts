// window.__td: what the play screens show, for the browser tests to assert on without scraping the page.
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
  }
}

export function setTd(values: Partial<TdHook>): void {
  const current: TdHook = window.__td ?? { phase: 'none', turnLabel: null, outcome: null, finalHash: null, turnsPlayed: 0, luck: 'idle' };
  window.__td = { ...current, ...values };
}
