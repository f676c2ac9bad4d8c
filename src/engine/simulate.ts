// Bulk simulation for tournaments and "choices or luck": the same reducer the game machine runs, without the actor or the log.
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import { concreteChoices, refusalsFor, startGame, type GameContext } from './game.js';
import { applyCheckedTurn, applyTurn } from './kernel.js';
import type { OutcomeId } from './outcome.js';
import { SIDES, type PerSide, type Side } from './state.js';
import type { GameOptions } from './world.js';

export interface SimulationOptions {
  seed: string;
  noise?: number | undefined;
  /** For measurements: the sides' types at the start (see GameOptions). */
  types?: GameOptions['types'];
  holdTypes?: boolean | undefined;
  doctrines: PerSide<DoctrineId>;
  /**
   * Scripted turns played before the doctrines take over. A turn may script one side only (the other is played by its
   * doctrine): a player's choices replayed on other seeds, where a choice this seed does not allow is dropped.
   */
  script?: readonly Partial<PerSide<readonly string[]>>[] | undefined;
  /** Actions added to a side's doctrine choice every turn when available and affordable (e.g. a cooperator that also criticises). */
  extra?: Partial<PerSide<readonly string[]>> | undefined;
  /** Called after each turn with the game so far: for measures that need the path, not just the end. */
  onTurn?: ((game: GameContext) => void) | undefined;
}

export interface SimulationResult {
  outcome: OutcomeId;
  game: GameContext;
  /** The first turn whose two-sided script could not be played on this seed (the doctrines played on), if any. */
  divergedAt: number | null;
  /** One-sided scripts: how many scripted actions this seed did not allow. */
  dropped: number;
}

function legalPart(sc: CompiledScenario, ctx: GameContext, side: Side, ids: readonly string[]): string[] {
  const refused = new Set(refusalsFor(sc, ctx, side, ids).map((r) => r.action));
  return ids.filter((id) => !refused.has(id));
}

/**
 * Plays a whole game with the log off. The world is identical to `runGame`'s (a test pins this); only the
 * explanations and hashes are not written, which is most of the cost.
 */
export function simulateGame(sc: CompiledScenario, options: SimulationOptions): SimulationResult {
  let ctx = startGame(sc, { seed: options.seed, noise: options.noise, types: options.types, holdTypes: options.holdTypes });
  let divergedAt: number | null = null;
  let dropped = 0;
  for (let turn = 0; turn < sc.labels.length; turn++) {
    const scripted = divergedAt === null ? options.script?.[turn] : undefined;
    if (scripted?.nato && scripted.russia) {
      const played = applyTurn(sc, ctx, { nato: { actions: scripted.nato }, russia: { actions: scripted.russia } }, false);
      if (played.ok) {
        ctx = played.game;
        options.onTurn?.(ctx);
        continue;
      }
      divergedAt = turn;
    }
    const choices = concreteChoices(sc, ctx, {
      nato: { doctrine: options.doctrines.nato },
      russia: { doctrine: options.doctrines.russia },
    });
    for (const side of SIDES) {
      const extra = options.extra?.[side];
      if (extra)
        choices.actions[side] = legalPart(sc, ctx, side, [
          ...choices.actions[side],
          ...extra.filter((id) => !choices.actions[side].includes(id)),
        ]);
      const mine = divergedAt === null ? scripted?.[side] : undefined;
      if (!mine) continue;
      choices.actions[side] = legalPart(sc, ctx, side, mine);
      dropped += mine.length - choices.actions[side].length;
      choices.reasons[side] = null;
    }
    // The doctrines' actions are legal by construction and the extras and the one-sided script were filtered.
    ctx = applyCheckedTurn(sc, ctx, choices, false);
    options.onTurn?.(ctx);
  }
  return { outcome: ctx.outcome!, game: ctx, divergedAt, dropped };
}
