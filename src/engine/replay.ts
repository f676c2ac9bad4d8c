// Scripts and replays (DESIGN.md 5): record a game, re-simulate it, report the first turn that diverges.
import type { CompiledScenario } from './compile.js';
import type { DoctrineId } from './doctrines.js';
import type { GameContext } from './game.js';
import { canonicalJson, sha256Hex } from './hash.js';
import { replayRecord } from './kernel.js';
import type { PerSide } from './state.js';

/**
 * The replay format written. Format 2 (issue 14) counts every byte: each turn with a teacher's injections or notes
 * carries `lesson` (a check of both, so that a changed note is named with its turn), and the replay carries `digest`
 * over all of it, the game version included. Format 1 (before) is still read; one with notes is refused, as nothing
 * covers them.
 */
export const REPLAY_FORMAT = 2;
/** The format before the digest: read, never written. */
export const REPLAY_FORMAT_LEGACY = 1;
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
  /** Format 2, on a turn with injections or notes: 4 hex digits checking the injections, then 4 checking the notes. */
  lesson?: string;
}

export interface Replay {
  format: number;
  game: string;
  scenario: string;
  scenarioSha256: string;
  seed: string;
  noise?: number;
  turns: ReplayTurn[];
  /** Classroom (optional, covered by the digest): the hot-seat teams' names, as they were set at the start. */
  teams?: PerSide<string>;
  /** Classroom (optional, covered by the digest): the teacher ended the game before the calendar's last half-year. */
  endedEarly?: true;
  /** Format 2: 16 hex digits of SHA-256 over the canonical JSON of everything else in the replay. */
  digest?: string;
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

const hasLesson = (turn: ReplayTurn): boolean => turn.inject !== undefined || turn.notes !== undefined;

/** The check of a turn's injections and notes: 4 hex digits of each's SHA-256, with the game version and the turn. */
export function lessonCheck(game: string, index: number, turn: Pick<ReplayTurn, 'inject' | 'notes'>): string {
  const part = (field: string, list: readonly string[] | undefined): string =>
    sha256Hex(canonicalJson([field, game, index, list ?? []])).slice(0, 4);
  return part('inject', turn.inject) + part('notes', turn.notes);
}

/** The digest of a replay: SHA-256 of the canonical JSON of all of it but the digest itself, cut to 16 hex digits. */
export function replayDigest(replay: Replay): string {
  const { digest: _digest, ...rest } = replay;
  return sha256Hex(canonicalJson(rest)).slice(0, 16);
}

/** A replay in format 2: a lesson check on every turn with injections or notes, and the digest over all of it. */
export function sealReplay(replay: Replay): Replay {
  const sealed: Replay = {
    ...replay,
    format: REPLAY_FORMAT,
    turns: replay.turns.map((turn, i) => {
      const { lesson: _lesson, ...rest } = turn;
      return hasLesson(turn) ? { ...rest, lesson: lessonCheck(replay.game, i, turn) } : rest;
    }),
  };
  delete sealed.digest;
  sealed.digest = replayDigest(sealed);
  return sealed;
}

/** What a classroom game adds to its replay (each written only when given). */
export type ReplayClassroom = Pick<Replay, 'teams' | 'endedEarly'>;

/** The replay of a game so far. `noise` is recorded only when it overrides the scenario's rate. */
export function recordReplay(sc: CompiledScenario, ctx: GameContext, classroom: ReplayClassroom = {}): Replay {
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
  if (classroom.teams) replay.teams = { nato: classroom.teams.nato, russia: classroom.teams.russia };
  if (classroom.endedEarly) replay.endedEarly = true;
  return sealReplay(replay);
}

/** What in a replay no hash covers or what its checks refuse, before any turn is re-simulated; null when all is counted. */
export function uncountedProblem(sc: CompiledScenario, replay: Replay): Extract<Verification, { ok: false }> | null {
  const label = (i: number): string => sc.labels[i] ?? `turn ${i + 1}`;
  for (const [i, turn] of replay.turns.entries()) {
    const at = (field: string, problem: string): Extract<Verification, { ok: false }> => ({
      ok: false,
      turn: i + 1,
      label: label(i),
      problem: `$.turns[${i}].${field}: ${problem}`,
    });
    if (replay.format === REPLAY_FORMAT_LEGACY) {
      if (turn.notes !== undefined)
        return at('notes', 'this replay is of format 1, in which no hash covers the notes, so they cannot be checked: record it again');
      continue;
    }
    if (!hasLesson(turn)) {
      if (turn.lesson !== undefined) return at('lesson', 'a lesson check on a turn without injections or notes: some were removed');
      continue;
    }
    if (turn.lesson === undefined) return at('lesson', 'the turn has injections or notes but no lesson check: they were added');
    const expected = lessonCheck(replay.game, i, turn);
    if (expected.slice(0, 4) !== turn.lesson.slice(0, 4))
      return at(
        'inject',
        `the teacher's injections are not the ones recorded (check ${turn.lesson.slice(0, 4)} recorded, ${expected.slice(0, 4)} computed)`,
      );
    if (expected.slice(4) !== turn.lesson.slice(4))
      return at(
        'notes',
        `the teacher's notes are not the ones recorded (check ${turn.lesson.slice(4)} recorded, ${expected.slice(4)} computed)`,
      );
  }
  return null;
}

/** A replay ended early has at least one half-year and fewer than the calendar's; null when that holds (or it was not ended early). */
export function earlyProblem(sc: CompiledScenario, replay: Replay): string | null {
  if (replay.endedEarly !== true) return null;
  const n = replay.turns.length;
  const total = sc.labels.length;
  if (n === 0) return '$.endedEarly: a game ended early has at least one half-year played';
  if (n >= total) return `$.endedEarly: the replay says the game was ended early, but all ${total} half-years were played`;
  return null;
}

/** Whether a replay is of part of its scenario only: ended early by the teacher, or shared before its end. */
export const isPartialReplay = (sc: CompiledScenario, replay: Replay): boolean => replay.turns.length < sc.labels.length;

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
  const uncounted = uncountedProblem(sc, replay);
  if (uncounted) return uncounted;
  const early = earlyProblem(sc, replay);
  if (early) return { ok: false, turn: 0, label: label(0), problem: early };
  const replayed = replayRecord(sc, replay);
  if (!replayed.ok) return replayed;
  if (replay.format !== REPLAY_FORMAT_LEGACY) {
    const digest = replayDigest(replay);
    if (replay.digest !== digest) {
      return {
        ok: false,
        turn: 0,
        label: label(0),
        problem: `$.digest: the replay's digest does not match its content (${String(replay.digest)} recorded, ${digest} computed): its game version, seed, noise or a turn was changed`,
      };
    }
  }
  return { ok: true, turns: replay.turns.length, final: replayed.game };
}
