// Bulk simulation for tournaments and "choices or luck": the same reducer the game machine runs, without the actor or the log.
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import { concreteChoices, playTurn, refusalsFor, startGame, type GameContext } from './game.js';
import type { OutcomeId } from './outcome.js';
import type { PerSide } from './state.js';

export interface SimulationOptions {
  seed: string;
  noise?: number | undefined;
  doctrines: PerSide<DoctrineId>;
  /** Scripted turns played before the doctrines take over (a player's choices replayed on other seeds). */
  script?: readonly PerSide<readonly string[]>[] | undefined;
  /** Called after each turn with the game so far: for measures that need the path, not just the end. */
  onTurn?: ((game: GameContext) => void) | undefined;
}

export interface SimulationResult {
  outcome: OutcomeId;
  game: GameContext;
  /** The first scripted turn that could not be played on this seed, if any: the doctrines played it instead. */
  divergedAt: number | null;
}

/**
 * Plays a whole game with the log off. The world and its hashes are identical to `runGame`'s
 * (a test pins this); only the explanations are not written, which is most of the cost.
 */
export function simulateGame(sc: CompiledScenario, options: SimulationOptions): SimulationResult {
  let ctx = startGame(sc, { seed: options.seed, noise: options.noise });
  let divergedAt: number | null = null;
  for (let turn = 0; turn < sc.labels.length; turn++) {
    const scripted = divergedAt === null ? options.script?.[turn] : undefined;
    if (scripted && refusalsFor(sc, ctx, 'nato', scripted.nato).length === 0 && refusalsFor(sc, ctx, 'russia', scripted.russia).length === 0) {
      ctx = playTurn(sc, ctx, { nato: [...scripted.nato], russia: [...scripted.russia] }, undefined, undefined, false);
      options.onTurn?.(ctx);
      continue;
    }
    if (scripted) divergedAt = turn;
    const { actions, reasons, doctrineRng } = concreteChoices(sc, ctx, { nato: { doctrine: options.doctrines.nato }, russia: { doctrine: options.doctrines.russia } });
    ctx = playTurn(sc, ctx, actions, reasons, doctrineRng, false);
    options.onTurn?.(ctx);
  }
  return { outcome: ctx.outcome!, game: ctx, divergedAt };
}
