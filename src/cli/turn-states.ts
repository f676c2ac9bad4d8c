// The meters at the end of each turn, for the table and the JSON: read from the turn records (re-simulated if absent).
import { playTurn, startGame, type CompiledScenario, type GameContext, type PerSide, type WorldState } from '../engine/index.js';

export interface TurnState {
  trust: PerSide<number>;
  security: PerSide<number>;
  capital: PerSide<number>;
  cohesion: number;
  neighbours: number;
  channels: WorldState['channels'];
  flashpoints: Record<string, string>;
  projects: Record<string, string>;
}

function stateOf(w: WorldState): TurnState {
  const projects: Record<string, string> = {};
  for (const id of Object.keys(w.projects).sort()) projects[id] = w.projects[id]!.state;
  return {
    trust: { ...w.trust },
    security: { ...w.security },
    capital: { ...w.capital },
    cohesion: w.cohesion,
    neighbours: w.neighbours,
    channels: w.channels,
    flashpoints: { ...w.flashpoints },
    projects,
  };
}

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
