// Scripts and replays (GAME.md 5): record a game, re-simulate it, report the first turn that diverges.
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import { annotate, injectEvent, injectionRefusal, playTurn, refusalsFor, startGame, type GameContext } from './game.js';
import { canonicalJson, sha256Hex } from './hash.js';
import type { PerSide } from './state.js';

export const REPLAY_FORMAT = 1;
export const GAME_VERSION = '0.1.0';

export interface ScriptTurn {
  nato: string[];
  russia: string[];
}

export interface Script {
  scenario: string;
  seed: string;
  turns: ScriptTurn[];
  doctrines?: Partial<PerSide<DoctrineId>>;
  noise?: number;
}

export interface ReplayTurn extends ScriptTurn {
  hash: string;
  /** Classroom: events a teacher injected into this turn's events phase (they change the world, so they are replayed). */
  inject?: string[];
  /** Classroom: a teacher's notes on this turn for the debrief (they never change the world). */
  notes?: string[];
}

export interface Replay {
  format: number;
  game: string;
  scenario: string;
  scenarioSha256: string;
  seed: string;
  noise?: number;
  turns: ReplayTurn[];
}

const scenarioHashes = new WeakMap<object, string>();

/** SHA-256 of the canonical JSON of the scenario data: a replay names exactly the rules it was played under. */
export function scenarioHash(sc: CompiledScenario): string {
  let hash = scenarioHashes.get(sc.data);
  if (!hash) {
    hash = sha256Hex(canonicalJson(sc.data));
    scenarioHashes.set(sc.data, hash);
  }
  return hash;
}

/** The replay of a game so far. `noise` is recorded only when it overrides the scenario's rate. */
export function recordReplay(sc: CompiledScenario, ctx: GameContext): Replay {
  const replay: Replay = {
    format: REPLAY_FORMAT,
    game: GAME_VERSION,
    scenario: sc.id,
    scenarioSha256: scenarioHash(sc),
    seed: ctx.seed,
    turns: ctx.history.map((t) => {
      const turn: ReplayTurn = { nato: [...t.actions.nato], russia: [...t.actions.russia], hash: t.hash };
      if (t.injected?.length) turn.inject = [...t.injected];
      if (t.annotations?.length) turn.notes = [...t.annotations];
      return turn;
    }),
  };
  if (ctx.world.noise !== sc.data.model.misperception) replay.noise = ctx.world.noise;
  return replay;
}

export type Verification = { ok: true; turns: number; final: GameContext } | { ok: false; turn: number; label: string; problem: string };

/** Re-simulates a replay turn by turn and reports the first turn whose state differs. */
export function verifyReplay(sc: CompiledScenario, replay: Replay): Verification {
  const label = (i: number): string => sc.labels[i] ?? `turn ${i + 1}`;
  if (replay.scenario !== sc.id)
    return { ok: false, turn: 0, label: label(0), problem: `the replay is of scenario "${replay.scenario}", not "${sc.id}"` };
  const expectedHash = scenarioHash(sc);
  if (replay.scenarioSha256 !== expectedHash) {
    return {
      ok: false,
      turn: 0,
      label: label(0),
      problem: `the scenario has changed since the replay was recorded (SHA-256 ${replay.scenarioSha256.slice(0, 12)}… recorded, ${expectedHash.slice(0, 12)}… now)`,
    };
  }
  if (replay.turns.length > sc.labels.length) {
    return {
      ok: false,
      turn: sc.labels.length,
      label: label(sc.labels.length),
      problem: `the replay has ${replay.turns.length} turns; the scenario has ${sc.labels.length}`,
    };
  }
  if (replay.turns[0]?.inject?.length) {
    return {
      ok: false,
      turn: 1,
      label: label(0),
      problem: 'no event can be injected into the first turn: its events have run before anyone can act',
    };
  }
  let ctx = startGame(sc, { seed: replay.seed, noise: replay.noise });
  for (let i = 0; i < replay.turns.length; i++) {
    const turn = replay.turns[i]!;
    const refusals = [...refusalsFor(sc, ctx, 'nato', turn.nato), ...refusalsFor(sc, ctx, 'russia', turn.russia)];
    if (refusals.length > 0) {
      const r = refusals[0]!;
      return { ok: false, turn: i + 1, label: label(i), problem: `${r.side} could not take ${r.action}: ${r.reason}` };
    }
    const next = replay.turns[i + 1]?.inject ?? [];
    for (const id of next) {
      const refusal = injectionRefusal(sc, ctx, id);
      if (refusal)
        return { ok: false, turn: i + 2, label: label(i + 1), problem: `the teacher's injection of ${id} cannot be replayed: ${refusal}` };
      ctx = injectEvent(ctx, id);
    }
    if (turn.notes) for (const text of turn.notes) ctx = annotate(ctx, text, false);
    ctx = playTurn(sc, ctx, { nato: [...turn.nato], russia: [...turn.russia] });
    const actual = ctx.history[i]!.hash;
    if (actual !== turn.hash) {
      return { ok: false, turn: i + 1, label: label(i), problem: `the state differs: hash ${turn.hash} recorded, ${actual} re-simulated` };
    }
  }
  return { ok: true, turns: replay.turns.length, final: ctx };
}
