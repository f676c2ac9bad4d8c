// The meters at the end of each turn, for the table and the JSON: read from the turn records (re-simulated if absent).
import { metersOf, type TurnMeters } from '../analysis/meters.js';
import { playTurn, startGame, type CompiledScenario, type GameContext } from '../engine/index.js';

export type TurnState = TurnMeters;
const stateOf = metersOf;

/** Games played with the log on carry each turn's end state; others (bulk simulations) are re-simulated with it on. */
export function turnStates(sc: CompiledScenario, game: GameContext): TurnState[] {
  if (game.history.every((t) => t.end !== undefined)) return game.history.map((t) => stateOf(t.end!));
  let ctx = startGame(sc, { seed: game.seed, noise: game.world.noise });
  return game.history.map((record, i) => {
    ctx = playTurn(sc, ctx, { nato: [...record.actions.nato], russia: [...record.actions.russia] });
    if (ctx.history[i]!.hash !== record.hash) throw new Error(`re-simulation diverged at ${record.label}: the engine is not deterministic`);
    return stateOf(ctx.history[i]!.end!);
  });
}
