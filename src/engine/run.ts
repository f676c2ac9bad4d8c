// Plays whole games headless through one long-lived game actor: doctrines, scripts, or both.
import type { Refusal } from './availability.js';
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import type { Choice, GameContext } from './game.js';
import { createGame } from './machine.js';
import type { Script } from './replay.js';
import { SIDES, type PerSide, type Side } from './state.js';

export interface RunOptions {
  seed: string;
  noise?: number | undefined;
  /** Doctrines for the turns the script does not list (or for every turn, without a script). */
  doctrines?: Partial<PerSide<DoctrineId>> | undefined;
  script?: Pick<Script, 'turns'> | undefined;
}

/** A side no doctrine plays on a turn the script leaves it out of (`inScript`) or does not reach: a fact, worded by the caller. */
export interface Unplayed {
  side: Side;
  inScript: boolean;
}

export type RunResult =
  | { ok: true; game: GameContext }
  | { ok: false; turn: number; label: string; refusals: Refusal[]; unplayed: Unplayed | null; game: GameContext };

export function runGame(sc: CompiledScenario, options: RunOptions): RunResult {
  const actor = createGame(sc, { seed: options.seed, noise: options.noise });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  for (let turn = 0; actor.getSnapshot().status === 'active'; turn++) {
    const scripted = options.script?.turns[turn];
    const choices = {} as PerSide<Choice>;
    for (const side of SIDES) {
      const doctrine = options.doctrines?.[side];
      const mine = scripted?.[side];
      if (mine) choices[side] = { actions: mine };
      else if (doctrine) choices[side] = { doctrine };
      else {
        actor.stop();
        const game = actor.getSnapshot().context;
        const unplayed = { side, inScript: scripted !== undefined };
        return { ok: false, turn: turn + 1, label: sc.labels[turn]!, refusals: [], unplayed, game };
      }
    }
    actor.send({ type: 'PLAY', ...choices });
    const { context } = actor.getSnapshot();
    if (context.refusals.length > 0) {
      actor.stop();
      return { ok: false, turn: turn + 1, label: sc.labels[turn]!, refusals: context.refusals, unplayed: null, game: context };
    }
  }
  const game = actor.getSnapshot().context;
  actor.stop();
  return { ok: true, game };
}
