// The meters at the end of each turn, for the table and the JSON: read from the turn records (re-simulated if absent).
import { metersOf, type TurnMeters } from '../analysis/meters.js';
import { replayRecord, type CompiledScenario, type GameContext } from '../engine/index.js';

export type TurnState = TurnMeters;
const stateOf = metersOf;

/** Games played with the log on carry each turn's end state; others (bulk simulations) are re-simulated with it on. */
export function turnStates(sc: CompiledScenario, game: GameContext): TurnState[] {
  if (game.history.every((t) => t.end !== undefined)) return game.history.map((t) => stateOf(t.end!));
  const replayed = replayRecord(sc, {
    seed: game.seed,
    noise: game.world.noise,
    turns: game.history.map((t) => ({ nato: t.actions.nato, russia: t.actions.russia, inject: t.injected, notes: t.annotations })),
  });
  if (!replayed.ok) throw new Error(`re-simulation failed at ${replayed.label}: ${replayed.problem}`);
  const replayedHistory = replayed.game.history;
  return game.history.map((record, i) => {
    if (replayedHistory[i]!.hash !== record.hash && record.hash !== '')
      throw new Error(`re-simulation diverged at ${record.label}: the engine is not deterministic`);
    return stateOf(replayedHistory[i]!.end!);
  });
}
