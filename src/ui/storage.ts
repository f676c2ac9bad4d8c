// Autosave: two slots and a pointer. A save goes to the slot the pointer does not name, is read back and
// checked, and only then does the pointer move, so a failed or interrupted write never loses the last good game.
// A save is a replay (session.ts): Continue re-simulates it and refuses what does not verify, keeping the other slot.
// Every failure comes back as a typed error with a sentence for the player; nothing here throws into the game.
import { z } from 'zod';
import {
  applyTurn,
  GAME_VERSION,
  isDoctrine,
  MAX_ACTIONS_PER_SIDE,
  MAX_ANNOTATION_LENGTH,
  MAX_ANNOTATIONS_PER_TURN,
  MAX_INJECTIONS_PER_TURN,
  REPLAY_FORMAT_LEGACY,
  sealReplay,
  uncountedProblem,
  ReplaySchema,
  scenarioHash,
  SIDES,
  startGame,
  versionProblem,
  type Choice,
  type CompiledScenario,
  type GameContext,
  type Side,
} from '../engine/index.js';
import { isTimerSeconds } from './hotseat/timer.js';
import { reportSave } from './save-health.js';
import type { StorageError, StorageErrorKind } from './storage-error.js';
import { ANSWER_MAX, DEBRIEF_QUESTIONS, GameSession, TEAM_NAME_MAX, type SavedGame } from './session.js';
import { t } from './strings.js';

export const SAVE_KEYS = { a: 'td.save.a', b: 'td.save.b', current: 'td.save.current' } as const;
export type Slot = 'a' | 'b';
/** A save larger than this is refused before JSON.parse (a real save is a few tens of KB). */
export const MAX_SAVE_CHARS = 4_000_000;

export type { StorageError, StorageErrorKind } from './storage-error.js';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

const fail = <T>(kind: StorageErrorKind, message: string): StorageResult<T> => ({ ok: false, error: { kind, message } });

/** The page's localStorage, or null when it is disabled (reading the property itself can throw a SecurityError). */
export function browserStorage(): Storage | null {
  try {
    const store = window.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return '';
  return String(error.name);
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function writeError<T>(error: unknown): StorageResult<T> {
  if (isQuotaError(error)) return fail('full', t('storage.error.full'));
  if (errorName(error) === 'SecurityError') return fail('unavailable', t('storage.error.unavailable'));
  return fail('write-failed', t('storage.error.writeFailed', { detail: detailOf(error) }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const Ids = z
  .array(z.string().max(64))
  .min(1)
  .max(MAX_INJECTIONS_PER_TURN * 2);
const Actions = z.array(z.string().max(64)).max(MAX_ACTIONS_PER_SIDE);
const TeamName = z.string().min(1).max(TEAM_NAME_MAX);
const Answer = z.string().min(1).max(ANSWER_MAX).optional();

/** The shape of a save (version 2): strict, so that an unknown or misspelt field is a damaged save, not an ignored one. */
const SaveSchema = z.strictObject({
  kind: z.literal('trust-deficit-save', 'not a Trust Deficit save'),
  version: z.literal(2),
  replay: ReplaySchema,
  side: z.enum(SIDES),
  opponent: z.string().regex(/^[a-z]{1,40}$/, 'no opponent doctrine'),
  mode: z.literal('hotseat', 'unknown play mode').optional(),
  teams: z.strictObject({ nato: TeamName, russia: TeamName }).optional(),
  fog: z.literal(true, 'bad fog of trust').optional(),
  timerSeconds: z.number().refine(isTimerSeconds, 'bad decision timer').optional(),
  at: z.strictObject({
    phase: z.enum(['setup', 'briefing', 'choosing', 'report', 'debrief']),
    injected: Ids.optional(),
    scheduled: Ids.optional(),
    notes: z
      .array(z.string().max(MAX_ANNOTATION_LENGTH * 2))
      .min(1)
      .max(MAX_ANNOTATIONS_PER_TURN)
      .optional(),
    chosen: z.strictObject({ nato: Actions.optional(), russia: Actions.optional() }).optional(),
    endedEarly: z.literal(true, 'bad early end').optional(),
  }),
  answers: z.strictObject({ feel: Answer, happened: Answer, learned: Answer, real: Answer, whatIf: Answer, next: Answer }).optional(),
});

const pathText = (path: readonly PropertyKey[]): string =>
  `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;

/**
 * Checks the shape of an untrusted saved object; returns the reason it is not a save, or null. A save of version 1
 * (a stored game state, before saves were replays) is read for its turns only: see fromVersion1.
 */
export function saveProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  if (value.kind !== 'trust-deficit-save') return 'not a Trust Deficit save';
  if (value.version !== 1 && value.version !== 2) return `unknown save version ${String(value.version)}`;
  const checked = SaveSchema.safeParse(value.version === 1 ? fromVersion1(value) : value);
  if (checked.success) {
    const save = checked.data;
    if (save.mode === 'hotseat' && !save.teams) return 'no team names';
    if (save.mode !== 'hotseat' && (save.teams || save.timerSeconds !== undefined)) return 'team names or a timer in a single-player game';
    return null;
  }
  const issue = checked.error.issues[0]!;
  if (issue.path[0] === 'mode') return 'unknown play mode';
  if (issue.path[0] === 'teams') return 'no team names';
  if (issue.path[0] === 'fog') return 'bad fog of trust';
  if (issue.path[0] === 'timerSeconds') return 'bad decision timer';
  return `${pathText(issue.path)}: ${issue.message}`;
}

/**
 * A version 1 save held the game's state (an xstate snapshot). Its state is never used: only its turns (both sides'
 * actions, the teacher's injections and notes, the state hashes) and the position are read into a version 2 save,
 * which is then checked and re-simulated like any other. Anything of another shape is left for the schema to refuse.
 */
function fromVersion1(value: Record<string, unknown>): unknown {
  const snapshot = isRecord(value.snapshot) ? value.snapshot : {};
  const context = isRecord(snapshot.context) ? snapshot.context : {};
  const current = isRecord(context.current) ? context.current : {};
  const history = Array.isArray(context.history) ? context.history : null;
  const phase = typeof snapshot.value === 'string' ? snapshot.value : isRecord(snapshot.value) ? snapshot.value.turn : undefined;
  const turns = history?.map((record: unknown) => {
    if (!isRecord(record)) return record;
    const actions = isRecord(record.actions) ? record.actions : {};
    return {
      nato: actions.nato,
      russia: actions.russia,
      hash: record.hash,
      ...(record.injected !== undefined ? { inject: record.injected } : {}),
      ...(record.annotations !== undefined ? { notes: record.annotations } : {}),
    };
  });
  const nonEmpty = (list: unknown): unknown => (Array.isArray(list) && list.length === 0 ? undefined : list);
  const choices = isRecord(context.choices) ? context.choices : {};
  const chosen = Object.fromEntries(SIDES.filter((side) => choices[side] != null).map((side) => [side, choices[side]]));
  const replay: Record<string, unknown> = {
    format: REPLAY_FORMAT_LEGACY,
    game: GAME_VERSION,
    scenario: value.scenario,
    scenarioSha256: value.scenarioSha256,
    seed: value.seed,
    turns,
  };
  if (value.noise !== null && value.noise !== undefined) replay.noise = value.noise;
  const at: Record<string, unknown> = {
    phase,
    injected: nonEmpty(current.injected),
    scheduled: nonEmpty(context.pendingInjections),
    notes: nonEmpty(current.annotations),
    chosen: Object.keys(chosen).length > 0 ? chosen : undefined,
  };
  for (const key of Object.keys(at)) if (at[key] === undefined) delete at[key];
  const save: Record<string, unknown> = { kind: value.kind, version: 2, replay, side: value.side, opponent: value.opponent, at };
  for (const key of ['mode', 'teams', 'fog', 'timerSeconds']) if (value[key] !== undefined) save[key] = value[key];
  if (save.mode === 'single') delete save.mode;
  if (save.fog === false) delete save.fog;
  if (save.timerSeconds === 0) delete save.timerSeconds;
  return save;
}

function readSlot(store: Storage, slot: Slot): StorageResult<SavedGame> {
  let text: string | null;
  try {
    text = store.getItem(SAVE_KEYS[slot]);
  } catch (error) {
    return fail(errorName(error) === 'SecurityError' ? 'unavailable' : 'corrupted', t('storage.error.unavailable'));
  }
  if (text === null) return fail('none', t('storage.error.none'));
  if (text.length > MAX_SAVE_CHARS) return fail('corrupted', t('storage.error.corrupted', { detail: 'too large' }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('corrupted', t('storage.error.corrupted', { detail: detailOf(error) }));
  }
  const problem = saveProblem(value);
  if (problem) return fail('corrupted', t('storage.error.corrupted', { detail: problem }));
  const save = isRecord(value) && value.version === 1 ? fromVersion1(value) : value;
  return { ok: true, value: save as SavedGame };
}

function readPointer(store: Storage): Slot | null {
  const pointer = store.getItem(SAVE_KEYS.current);
  return pointer === 'a' || pointer === 'b' ? pointer : null;
}

/** Writes a save without ever overwriting the last good one; returns the slot now current. */
export function writeAutosave(saved: SavedGame, store: Storage | null = browserStorage()): StorageResult<Slot> {
  if (!store) return fail('unavailable', t('storage.error.unavailable'));
  try {
    const text = JSON.stringify(saved);
    const current = readPointer(store);
    const target: Slot = current === 'a' ? 'b' : 'a';
    store.setItem(SAVE_KEYS[target], text);
    // Read back before switching: a storage that silently dropped or truncated the write must not become current.
    if (store.getItem(SAVE_KEYS[target]) !== text)
      return fail('write-failed', t('storage.error.writeFailed', { detail: 'read-back mismatch' }));
    const check = readSlot(store, target);
    if (!check.ok) return fail('write-failed', t('storage.error.writeFailed', { detail: check.error.message }));
    store.setItem(SAVE_KEYS.current, target);
    if (readPointer(store) !== target) return fail('write-failed', t('storage.error.writeFailed', { detail: 'pointer not updated' }));
    return { ok: true, value: target };
  } catch (error) {
    return writeError(error);
  }
}

/** Autosaves a session (after every turn); a failure is also reported to the save banner (save-health.ts). */
export function autosave(session: GameSession, store: Storage | null = browserStorage()): StorageResult<Slot> {
  const result = writeSession(session, store);
  reportSave(session, result.ok ? null : result.error);
  return result;
}

function writeSession(session: GameSession, store: Storage | null): StorageResult<Slot> {
  let saved: SavedGame;
  try {
    saved = session.save();
  } catch (error) {
    return fail('write-failed', t('storage.error.writeFailed', { detail: detailOf(error) }));
  }
  return writeAutosave(saved, store);
}

/** Reads the current save; if the pointer's slot is damaged, falls back to the other slot (the previous good save). */
export function readAutosave(store: Storage | null = browserStorage()): StorageResult<SavedGame> {
  if (!store) return fail('unavailable', t('storage.error.unavailable'));
  try {
    const pointer = readPointer(store);
    const order: Slot[] = pointer === 'b' ? ['b', 'a'] : ['a', 'b'];
    if (pointer === null && store.getItem(SAVE_KEYS.a) === null && store.getItem(SAVE_KEYS.b) === null)
      return fail('none', t('storage.error.none'));
    let firstError: StorageError | null = null;
    for (const slot of order) {
      const result = readSlot(store, slot);
      if (result.ok) return result;
      if (!firstError || firstError.kind === 'none') firstError = result.error;
    }
    return { ok: false, error: firstError ?? { kind: 'none', message: t('storage.error.none') } };
  } catch (error) {
    if (errorName(error) === 'SecurityError') return fail('unavailable', t('storage.error.unavailable'));
    return fail('corrupted', t('storage.error.corrupted', { detail: detailOf(error) }));
  }
}

/** True when there is something that looks like a save (cheap; the Continue button). */
export function hasAutosave(store: Storage | null = browserStorage()): boolean {
  return readAutosave(store).ok;
}

/**
 * Restores a saved game by re-simulating it: its replay through the turn kernel (every turn's actions, the opponent
 * doctrine's choices and the state hashes checked), then the turn in progress through the game's own events (the
 * teacher's injections and notes, a hot-seat team's hidden choice), each refused as the game would refuse it. The
 * session made is saved again and must give back exactly the save it came from: a save the game could not have
 * written is refused, whatever field was changed. No state is taken from storage.
 */
export function restoreSession(saved: SavedGame, scenario: CompiledScenario | null | undefined): StorageResult<GameSession> {
  const problem = saveProblem(saved);
  if (problem) return fail('corrupted', t('storage.error.corrupted', { detail: problem }));
  const replay = saved.replay;
  if (!scenario || scenario.id !== replay.scenario)
    return fail('scenario-missing', t('storage.error.scenarioMissing', { scenario: replay.scenario }));
  if (!isDoctrine(saved.opponent))
    return fail('corrupted', t('storage.error.corrupted', { detail: `unknown doctrine ${String(saved.opponent)}` }));
  let session: GameSession | null = null;
  try {
    if (scenarioHash(scenario) !== replay.scenarioSha256)
      return fail('scenario-changed', t('storage.error.scenarioChanged', { scenario: scenario.data.title }));
    if (replay.game !== GAME_VERSION)
      return fail('restore-failed', t('storage.error.restoreFailed', { detail: versionProblem(replay.game) }));
    // A version 1 save (a format 1 replay) had nothing covering its notes: they are re-simulated and sealed from now on.
    const legacy = replay.format === REPLAY_FORMAT_LEGACY;
    const uncounted = legacy ? null : uncountedProblem(scenario, replay);
    if (uncounted) return fail('restore-failed', t('storage.error.restoreFailed', { detail: `${uncounted.label}: ${uncounted.problem}` }));
    const rebuilt = resimulate(saved, scenario);
    if (!rebuilt.ok) return fail('restore-failed', t('storage.error.restoreFailed', { detail: rebuilt.problem }));
    session = rebuilt.session;
    // The class's answers are the lesson's, not the game's: taken as they are (the schema bounds them), then saved back.
    for (const id of DEBRIEF_QUESTIONS) {
      const answer = saved.answers?.[id];
      if (answer !== undefined) session.setAnswer(id, answer);
    }
    const expected = legacy ? { ...saved, replay: sealReplay(replay) } : saved;
    const difference = firstDifference(JSON.parse(JSON.stringify(session.save())), expected, '$');
    if (difference) {
      session.stop();
      return fail(
        'restore-failed',
        t('storage.error.restoreFailed', { detail: `the re-simulated game differs from the save at ${difference}` }),
      );
    }
    return { ok: true, value: session };
  } catch (error) {
    session?.stop();
    return fail('restore-failed', t('storage.error.restoreFailed', { detail: detailOf(error) }));
  }
}

type Rebuilt = { ok: true; session: GameSession } | { ok: false; problem: string };

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

type Label = (i: number) => string;
type SavedTurn = SavedGame['replay']['turns'][number];

/** Re-plays a save and checks every turn against it: the turns before its screen by the kernel, then a session brought
 * to that screen (the turn being reported, the teacher's entries and the choices already made). */
function resimulate(saved: SavedGame, sc: CompiledScenario): Rebuilt {
  const { replay } = saved;
  const n = replay.turns.length;
  const label: Label = (i) => sc.labels[i] ?? `turn ${i + 1}`;
  const hotseat = saved.mode === 'hotseat';
  const position = positionProblem(saved, n, sc.labels.length);
  if (position) return { ok: false, problem: position };
  if (replay.turns[0]?.inject) return { ok: false, problem: `${label(0)}: no event can be injected into the first turn` };
  const replayed = kernelTurns(saved, sc, label);
  if (!replayed.ok) return replayed;
  const session = new GameSession(
    {
      scenario: sc,
      side: saved.side,
      opponent: saved.opponent,
      seed: replay.seed,
      noise: replay.noise,
      mode: hotseat ? 'hotseat' : 'single',
      teams: hotseat ? saved.teams : undefined,
      fog: saved.fog === true,
      timerSeconds: hotseat ? saved.timerSeconds : undefined,
    },
    replayed.game,
  );
  const problem = reachScreen(session, saved, label);
  if (problem) {
    session.stop();
    return { ok: false, problem };
  }
  return { ok: true, session };
}

/** Where re-simulated turn `i` differs from the saved one (either side's actions, or the state's hash), or null. */
function turnProblem(game: GameContext, turns: readonly SavedTurn[], i: number, label: Label): string | null {
  const record = game.history[i]!;
  for (const side of SIDES) {
    if (!sameList(record.actions[side], turns[i]![side]))
      return `${label(i)}: the save says ${side === 'nato' ? 'NATO' : 'Russia'} played [${turns[i]![side].join(', ')}]; re-simulated, [${record.actions[side].join(', ')}]`;
  }
  if (record.hash !== turns[i]!.hash) return `${label(i)}: the state differs (hash ${turns[i]!.hash} saved, ${record.hash} re-simulated)`;
  return null;
}

/** The turns before the save's screen, played by the kernel. The report of turn n is reached by playing that turn
 * through the game itself (reachScreen), so the kernel stops one turn short of it. */
function kernelTurns(
  saved: SavedGame,
  sc: CompiledScenario,
  label: Label,
): { ok: true; game: GameContext } | { ok: false; problem: string } {
  const { replay, at } = saved;
  const turns = replay.turns;
  const n = turns.length;
  // Single player: the opponent's actions are the doctrine's, chosen again on its own stream (and checked below).
  const opponentSide: Side | null = saved.mode === 'hotseat' ? null : saved.side === 'nato' ? 'russia' : 'nato';
  const choice = (turn: SavedTurn, side: Side): Choice => (side === opponentSide ? { doctrine: saved.opponent } : { actions: turn[side] });
  const byKernel = at.phase === 'report' ? n - 1 : n;
  let game = startGame(sc, { seed: replay.seed, noise: replay.noise });
  for (let i = 0; i < byKernel; i++) {
    const turn = turns[i]!;
    const inject = i + 1 < n ? turns[i + 1]!.inject : at.injected;
    const applied = applyTurn(sc, game, { nato: choice(turn, 'nato'), russia: choice(turn, 'russia'), inject, notes: turn.notes });
    if (!applied.ok) {
      const why = applied.kind === 'refused' ? `${applied.refusals[0]!.action}: ${applied.refusals[0]!.reason}` : applied.problem;
      return { ok: false, problem: `${label(i)}: ${why}` };
    }
    game = applied.game;
    const problem = turnProblem(game, turns, i, label);
    if (problem) return { ok: false, problem };
  }
  return { ok: true, game };
}

/** The first of a teacher's entries (injections or notes) that the session refuses, said with the entry. */
function teacherProblem(what: string, list: readonly string[] | undefined, send: (item: string) => string | null): string | null {
  for (const item of list ?? []) {
    const problem = send(item);
    if (problem) return `${what} ${JSON.stringify(item)}: ${problem}`;
  }
  return null;
}

/** Brings a session over the kernel's game to the save's screen; what the session refuses on the way, or null. */
function reachScreen(session: GameSession, saved: SavedGame, label: Label): string | null {
  const { replay, at } = saved;
  const turns = replay.turns;
  const n = turns.length;
  if (at.phase !== 'setup') session.actor.send({ type: 'START' });
  if (at.phase !== 'setup' && at.phase !== 'briefing') session.actor.send({ type: 'BEGIN' });
  if (at.phase === 'report') {
    const i = n - 1;
    const turn = turns[i]!;
    const before =
      teacherProblem('the injection', at.injected, (id) => session.inject(id)) ??
      teacherProblem('the note', turn.notes, (text) => session.annotate(text));
    if (before) return `${label(i)}: ${before}`;
    const refusals = saved.mode === 'hotseat' ? session.playBoth(turn.nato, turn.russia) : session.play(turn[saved.side]);
    if (refusals.length > 0) return `${label(i)}: ${refusals[0]!.action}: ${refusals[0]!.reason}`;
    const problem = turnProblem(session.context, turns, i, label);
    if (problem) return problem;
  }
  if (at.phase === 'choosing' || at.phase === 'report') {
    const now = label(n);
    const entered =
      teacherProblem('the injection', at.scheduled, (id) => session.inject(id)) ??
      teacherProblem('the note', at.notes, (text) => session.annotate(text));
    if (entered) return `${now}: ${entered}`;
    for (const side of SIDES) {
      const actions = at.chosen?.[side];
      if (!actions) continue;
      const refusals = session.choose(side, actions);
      if (refusals.length > 0) return `${now}: the choice already made (${refusals[0]!.action}): ${refusals[0]!.reason}`;
    }
  }
  // A game the teacher ended early: its turns replayed, it ends again where it ended.
  if (at.endedEarly) {
    const refused = session.endNow();
    if (refused) return refused;
  }
  if (session.phase !== at.phase) return `the save is at the ${at.phase}, the re-simulated game at the ${session.phase}`;
  return null;
}

/** Whether the screen a save names can follow its turns: no debrief before the last turn, no report before the first. */
function positionProblem(saved: SavedGame, n: number, total: number): string | null {
  const { phase } = saved.at;
  if ((phase === 'setup' || phase === 'briefing') && n > 0) return `the save is at the ${phase} with ${n} turns played`;
  if (phase === 'report' && n === 0) return 'the save is at the report of a turn but no turn was played';
  if (saved.at.endedEarly && (phase !== 'debrief' || n === 0 || n >= total))
    return `the save says the game was ended early at the ${phase} after ${n} of ${total} turns`;
  if (phase === 'debrief' && n !== total && !saved.at.endedEarly) return `the save is at the debrief after ${n} of ${total} turns`;
  if (phase === 'choosing' && n >= total) return `the save is choosing a turn after all ${total} turns were played`;
  if (n > total) return `the save has ${n} turns; the scenario has ${total}`;
  const inProgress = saved.at.injected || saved.at.scheduled || saved.at.notes || saved.at.chosen;
  if (inProgress && phase !== 'choosing' && phase !== 'report') return `the save holds a turn in progress at the ${phase}`;
  if (saved.at.chosen && (phase !== 'choosing' || saved.mode !== 'hotseat'))
    return 'the save holds a hidden choice outside a hot-seat turn';
  if (saved.at.injected && n === 0) return 'no event can be injected into the first turn';
  if (saved.answers && phase !== 'debrief') return 'the save holds debrief answers before the debrief';
  return null;
}

/** The JSON path of the first place two plain JSON values differ, or null when they are equal. */
function firstDifference(actual: unknown, expected: unknown, path: string): string | null {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path} (${expected.length} items saved, ${actual.length} re-simulated)`;
    for (let i = 0; i < actual.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (isRecord(actual) && isRecord(expected)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const d = firstDifference(actual[key], expected[key], `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : path;
}

/** The game of one slot, re-simulated, or why not: every slot that holds something is tried, the current one first. */
export async function restoreAutosave(
  findScenario: (id: string) => Promise<CompiledScenario | null | undefined>,
  store: Storage | null = browserStorage(),
): Promise<StorageResult<{ session: GameSession; slot: Slot; skipped: StorageError | null }>> {
  if (!store) return fail('unavailable', t('storage.error.unavailable'));
  let pointer: Slot | null;
  try {
    pointer = readPointer(store);
  } catch {
    return fail('unavailable', t('storage.error.unavailable'));
  }
  let firstError: StorageError | null = null;
  for (const slot of pointer === 'b' ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
    const read = readSlot(store, slot);
    let error: StorageError;
    if (read.ok) {
      const restored = restoreSession(read.value, await findScenario(read.value.replay.scenario));
      if (restored.ok) {
        // The next autosave goes to the other slot: the save just restored stays until a newer one is good.
        if (slot !== pointer) {
          try {
            store.setItem(SAVE_KEYS.current, slot);
          } catch {
            // The pointer could not move: the next save may replace this one, which is then no longer needed.
          }
        }
        return { ok: true, value: { session: restored.value, slot, skipped: firstError } };
      }
      error = restored.error;
    } else error = read.error;
    if (!firstError || firstError.kind === 'none') firstError = error.kind === 'none' && firstError ? firstError : error;
  }
  return { ok: false, error: firstError ?? { kind: 'none', message: t('storage.error.none') } };
}

/** Removes both slots and the pointer (not used by the game itself: a new game overwrites the older slot). */
export function clearAutosave(store: Storage | null = browserStorage()): void {
  try {
    for (const key of Object.values(SAVE_KEYS)) store?.removeItem(key);
  } catch {
    // Nothing to clear in a storage that cannot be reached.
  }
}
