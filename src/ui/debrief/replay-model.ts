// The replay viewer's model, without the DOM: verify the replay, rebuild every turn's state by re-simulating, and
// fork a new game that replays the first k turns from the record and then continues against a doctrine.
import {
  replayRecord,
  startGame,
  verifyReplay,
  type CompiledScenario,
  type DoctrineId,
  type Replay,
  type Side,
  type TurnRecord,
  type WorldState,
} from '../../engine/index.js';
import { outcomeNow } from '../console/ended.js';
import { GameSession } from '../session.js';

export interface ReplayStates {
  /** The world before the first turn. */
  start: WorldState;
  /** One record per played turn, each with its end-of-turn world. */
  records: TurnRecord[];
  outcome: string | null;
  finalHash: string | null;
}

export type Rebuilt = { ok: true; states: ReplayStates } | { ok: false; label: string; problem: string };

/** Verifies the replay by re-simulation (the first diverging turn is the problem) and keeps every turn's state. */
export function rebuildReplay(sc: CompiledScenario, replay: Replay): Rebuilt {
  const verified = verifyReplay(sc, replay);
  if (!verified.ok) return { ok: false, label: verified.label, problem: verified.problem };
  const start = startGame(sc, { seed: replay.seed, noise: replay.noise }).world;
  const records = verified.final.history;
  // A game the teacher ended early has the outcome it would have had if it ended there (issue 12).
  const outcome = outcomeNow(sc, verified.final, replay.endedEarly === true);
  return { ok: true, states: { start, records, outcome, finalHash: records.at(-1)?.hash ?? null } };
}

/** The world shown at step `i`: 0 is the start, i ≥ 1 the end of turn i. */
export function worldAt(states: ReplayStates, i: number): WorldState {
  return i <= 0 ? states.start : (states.records[i - 1]?.end ?? states.start);
}

export type Forked = { ok: true; session: GameSession } | { ok: false; label: string; problem: string };

/**
 * A new game on the replay's scenario, seed and noise whose first `k` turns are the record's (both sides' actions
 * played as given), then the person plays `side` against `opponent`. Each replayed turn's hash is checked.
 */
export function forkReplay(sc: CompiledScenario, replay: Replay, k: number, side: Side, opponent: DoctrineId): Forked {
  const replayed = replayRecord(sc, replay, { upTo: k });
  if (!replayed.ok) return { ok: false, label: replayed.label, problem: replayed.problem };
  const session = new GameSession({ scenario: sc, side, opponent, seed: replay.seed, noise: replay.noise }, replayed.game);
  session.begin();
  return { ok: true, session };
}
