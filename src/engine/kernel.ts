// The turn kernel: the one function that applies a turn and the one that replays a record. The game machine, bulk
// simulation, replay verification, the replay viewer's fork, the class board and the CLI all go through these two.
import type { Refusal } from './availability.js';
import type { CompiledScenario } from './compile.js';
import {
  annotate,
  annotationRefusal,
  concreteChoices,
  injectEvent,
  injectionRefusal,
  playTurn,
  refusalsFor,
  startGame,
  type Choice,
  type GameContext,
} from './game.js';
import { sideName } from './messages.js';
import type { RngState } from './rng.js';
import { SIDES, type PerSide } from './state.js';

/** Everything that goes into one turn: both sides' choices, and a teacher's injections (for the next turn) and notes. */
export interface TurnInput {
  nato: Choice;
  russia: Choice;
  /** Events a teacher injected during this turn: they fire in the next turn's events phase. */
  inject?: readonly string[] | undefined;
  /** A teacher's notes on this turn, for the debrief. */
  notes?: readonly string[] | undefined;
}

export type TurnOutcome =
  | { ok: true; game: GameContext }
  | { ok: false; kind: 'refused'; refusals: Refusal[] }
  | { ok: false; kind: 'injection' | 'note'; problem: string };

/**
 * Applies one turn to a game: the teacher's injections and notes are added to the turn, the doctrines (if any)
 * choose on their own streams, the given action lists are checked, and the turn is resolved. Nothing changes on a
 * refusal. A doctrine's choice is not checked again: it picks only available actions within its capital.
 */
export function applyTurn(sc: CompiledScenario, game: GameContext, input: TurnInput, log = true): TurnOutcome {
  let ctx = game;
  for (const id of input.inject ?? []) {
    const problem = injectionRefusal(sc, ctx, id);
    if (problem) return { ok: false, kind: 'injection', problem: `the teacher's injection of ${id} cannot be replayed: ${problem}` };
    ctx = injectEvent(ctx, id);
  }
  for (const text of input.notes ?? []) {
    const problem = annotationRefusal(text);
    if (problem) return { ok: false, kind: 'note', problem: `the teacher's note cannot be replayed: ${problem}` };
    ctx = annotate(ctx, text, false);
  }
  const { actions, reasons, doctrineRng } = concreteChoices(sc, ctx, { nato: input.nato, russia: input.russia });
  // A loop, not flatMap: this runs on every turn of every replay verified. NATO's refusals come first.
  let refusals: Refusal[] = [];
  for (const side of SIDES) {
    if (!('actions' in input[side])) continue;
    const found = refusalsFor(sc, ctx, side, actions[side]);
    if (found.length > 0) refusals = refusals.length > 0 ? [...refusals, ...found] : found;
  }
  if (refusals.length > 0) return { ok: false, kind: 'refused', refusals };
  return { ok: true, game: playTurn(sc, ctx, actions, reasons, doctrineRng, log) };
}

/** A turn whose action lists are legal already: a doctrine's choice, or lists filtered through refusalsFor. */
export interface CheckedTurn {
  actions: PerSide<string[]>;
  reasons: PerSide<string | null>;
  doctrineRng: PerSide<RngState>;
}

/**
 * Applies a turn the caller has checked (bulk simulation, where the doctrines chose): the same resolution as
 * applyTurn without its check, which would repeat the availability the doctrines computed.
 */
export function applyCheckedTurn(sc: CompiledScenario, game: GameContext, turn: CheckedTurn, log = true): GameContext {
  return playTurn(sc, game, turn.actions, turn.reasons, turn.doctrineRng, log);
}

/** One turn of a record: both sides' actions, and what a teacher injected into it and noted on it. */
export interface RecordedTurn {
  nato: readonly string[];
  russia: readonly string[];
  /** Events a teacher injected into this turn's events phase (they were scheduled during the turn before). */
  inject?: readonly string[] | undefined;
  notes?: readonly string[] | undefined;
  /** The state hash at the end of the turn, when the record carries one: checked. */
  hash?: string | undefined;
}

export interface GameRecord {
  seed: string;
  noise?: number | undefined;
  turns: readonly RecordedTurn[];
}

export type ReplayOutcome = { ok: true; game: GameContext } | { ok: false; turn: number; label: string; problem: string };

/**
 * Replays the first `upTo` turns of a record (all by default) through applyTurn, checking each recorded hash.
 * `turn` in a failure is 1-based; 0 means the record could not start.
 */
export function replayRecord(sc: CompiledScenario, record: GameRecord, options: { upTo?: number; log?: boolean } = {}): ReplayOutcome {
  const label = (i: number): string => sc.labels[i] ?? `turn ${i + 1}`;
  if (record.turns.length > sc.labels.length) {
    return {
      ok: false,
      turn: sc.labels.length,
      label: label(sc.labels.length),
      problem: `the record has ${record.turns.length} turns; the scenario has ${sc.labels.length}`,
    };
  }
  if (record.turns[0]?.inject?.length) {
    return {
      ok: false,
      turn: 1,
      label: label(0),
      problem: 'no event can be injected into the first turn: its events have run before anyone can act',
    };
  }
  const upTo = Math.max(0, Math.min(options.upTo ?? record.turns.length, record.turns.length));
  const log = options.log ?? true;
  let game = startGame(sc, { seed: record.seed, noise: record.noise });
  for (let i = 0; i < upTo; i++) {
    const turn = record.turns[i]!;
    const applied = applyTurn(
      sc,
      game,
      { nato: { actions: turn.nato }, russia: { actions: turn.russia }, inject: record.turns[i + 1]?.inject, notes: turn.notes },
      log,
    );
    if (!applied.ok) {
      if (applied.kind === 'refused') {
        const r = applied.refusals[0]!;
        return { ok: false, turn: i + 1, label: label(i), problem: `${sideName(r.side)} could not take ${r.action}: ${r.reason}` };
      }
      const at = applied.kind === 'injection' ? i + 1 : i;
      return { ok: false, turn: at + 1, label: label(at), problem: applied.problem };
    }
    game = applied.game;
    const actual = game.history[i]!.hash;
    if (log && turn.hash !== undefined && actual !== turn.hash) {
      return { ok: false, turn: i + 1, label: label(i), problem: `the state differs: hash ${turn.hash} recorded, ${actual} re-simulated` };
    }
  }
  return { ok: true, game };
}
