// Scripts and replays (GAME.md 5): record a game, re-simulate it, report the first turn that diverges.
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import type { GameContext } from './game.js';
import { canonicalJson, sha256Hex } from './hash.js';
import { replayRecord } from './kernel.js';
import type { PerSide } from './state.js';

export const REPLAY_FORMAT = 1;
/** The model's version: replays made by another version are refused with a message that says so (Model v2 is 0.2.0). */
export const GAME_VERSION = '0.2.0';

export interface ScriptTurn {
  nato: string[];
  russia: string[];
}

/** A turn of a script: a side left out is played by the script's doctrine for that side. */
export type ScriptStep = Partial<ScriptTurn>;

export interface Script {
  scenario: string;
  seed: string;
  turns: ScriptStep[];
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

/** Why a replay of another game version cannot be replayed: the model's rules differ, so its hashes cannot match. */
export function versionProblem(recorded: string): string {
  return `the replay was made by version ${recorded} of the game's model and this is version ${GAME_VERSION}: the rules differ, so it cannot be replayed here (open it with the version that made it)`;
}

export type Verification = { ok: true; turns: number; final: GameContext } | { ok: false; turn: number; label: string; problem: string };

/** Re-simulates a replay turn by turn and reports the first turn whose state differs. */
export function verifyReplay(sc: CompiledScenario, replay: Replay): Verification {
  const label = (i: number): string => sc.labels[i] ?? `turn ${i + 1}`;
  if (replay.scenario !== sc.id)
    return { ok: false, turn: 0, label: label(0), problem: `the replay is of scenario "${replay.scenario}", not "${sc.id}"` };
  if (replay.game !== GAME_VERSION) return { ok: false, turn: 0, label: label(0), problem: versionProblem(replay.game) };
  const expectedHash = scenarioHash(sc);
  if (replay.scenarioSha256 !== expectedHash) {
    return {
      ok: false,
      turn: 0,
      label: label(0),
      problem: `the scenario has changed since the replay was recorded (SHA-256 ${replay.scenarioSha256.slice(0, 12)}… recorded, ${expectedHash.slice(0, 12)}… now)`,
    };
  }
  const replayed = replayRecord(sc, replay);
  if (!replayed.ok) return replayed;
  return { ok: true, turns: replay.turns.length, final: replayed.game };
}
