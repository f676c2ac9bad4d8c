// Autosave: two slots and a pointer. A save goes to the slot the pointer does not name, is read back and
// checked, and only then does the pointer move, so a failed or interrupted write never loses the last good game.
// Every failure comes back as a typed error with a sentence for the player; nothing here throws into the game.
import { createActor } from 'xstate';
import { gameMachineFor, isDoctrine, scenarioHash, type CompiledScenario } from '../engine/index.js';
import { isTimerSeconds } from './hotseat/timer.js';
import { reportSave } from './save-health.js';
import { GameSession, TEAM_NAME_MAX, type SavedGame } from './session.js';
import { t } from './strings.js';

export const SAVE_KEYS = { a: 'td.save.a', b: 'td.save.b', current: 'td.save.current' } as const;
export type Slot = 'a' | 'b';
/** A save larger than this is refused before JSON.parse (a real save is a few tens of KB). */
export const MAX_SAVE_CHARS = 4_000_000;

export type StorageErrorKind =
  'unavailable' | 'full' | 'write-failed' | 'none' | 'corrupted' | 'scenario-missing' | 'scenario-changed' | 'restore-failed';

export interface StorageError {
  kind: StorageErrorKind;
  /** A sentence for the player. */
  message: string;
}

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

/** Checks the shape of an untrusted saved object; returns the reason it is not a save, or null. */
export function saveProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  if (value.kind !== 'trust-deficit-save') return 'not a Trust Deficit save';
  if (value.version !== 1) return `unknown save version ${String(value.version)}`;
  if (typeof value.scenario !== 'string' || value.scenario.length === 0 || value.scenario.length > 100) return 'no scenario id';
  if (typeof value.scenarioSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(value.scenarioSha256)) return 'no scenario hash';
  if (value.side !== 'nato' && value.side !== 'russia') return 'no side';
  if (typeof value.opponent !== 'string' || !/^[a-z]{1,40}$/.test(value.opponent)) return 'no opponent doctrine';
  if (typeof value.seed !== 'string' || value.seed.length > 200) return 'no seed';
  if (value.noise !== null && !(Number.isInteger(value.noise) && (value.noise as number) >= 0 && (value.noise as number) <= 10000))
    return 'bad misperception level';
  if (!isRecord(value.snapshot) || !isRecord(value.snapshot.context)) return 'no game state';
  // Hot-seat fields (issue 5): absent in single-player saves and in every earlier save.
  if (value.mode !== undefined && value.mode !== 'single' && value.mode !== 'hotseat') return 'unknown play mode';
  if (value.mode === 'hotseat') {
    const teams = value.teams;
    const ok = (name: unknown): boolean => typeof name === 'string' && name.length > 0 && name.length <= TEAM_NAME_MAX;
    if (!isRecord(teams) || !ok(teams.nato) || !ok(teams.russia)) return 'no team names';
  }
  if (value.fog !== undefined && typeof value.fog !== 'boolean') return 'bad fog of trust';
  if (value.timerSeconds !== undefined && !isTimerSeconds(value.timerSeconds)) return 'bad decision timer';
  return null;
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
  return { ok: true, value: value as SavedGame };
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

/** Restores a saved game on its scenario, refusing a scenario that changed since (the game would not be the same game). */
export function restoreSession(saved: SavedGame, scenario: CompiledScenario | null | undefined): StorageResult<GameSession> {
  if (!scenario || scenario.id !== saved.scenario)
    return fail('scenario-missing', t('storage.error.scenarioMissing', { scenario: saved.scenario }));
  if (!isDoctrine(saved.opponent))
    return fail('corrupted', t('storage.error.corrupted', { detail: `unknown doctrine ${String(saved.opponent)}` }));
  try {
    if (scenarioHash(scenario) !== saved.scenarioSha256)
      return fail('scenario-changed', t('storage.error.scenarioChanged', { scenario: scenario.data.title }));
    const problem = snapshotProblem(saved, scenario);
    if (problem) return fail('restore-failed', t('storage.error.restoreFailed', { detail: problem }));
    const session = new GameSession(
      {
        scenario,
        side: saved.side,
        opponent: saved.opponent,
        seed: saved.seed,
        noise: saved.noise ?? undefined,
        mode: saved.mode === 'hotseat' ? 'hotseat' : 'single',
        teams: saved.mode === 'hotseat' ? saved.teams : undefined,
        fog: saved.fog === true,
        timerSeconds: saved.mode === 'hotseat' ? saved.timerSeconds : undefined,
      },
      saved.snapshot,
    );
    if (session.snapshot.status === 'error') {
      session.stop();
      return fail('restore-failed', t('storage.error.restoreFailed', { detail: 'the saved state is not a valid game state' }));
    }
    return { ok: true, value: session };
  } catch (error) {
    return fail('restore-failed', t('storage.error.restoreFailed', { detail: detailOf(error) }));
  }
}

/** Restores the snapshot on a probe actor that has an error observer (a damaged snapshot would otherwise be reported as an uncaught error). */
function snapshotProblem(saved: SavedGame, scenario: CompiledScenario): string | null {
  let failure: unknown = null;
  try {
    const probe = createActor(gameMachineFor(scenario), {
      input: { seed: saved.seed, noise: saved.noise ?? undefined, interactive: true },
      snapshot: saved.snapshot as never,
    });
    probe.subscribe({ error: (error: unknown) => (failure = error ?? 'error') });
    probe.start();
    const status = probe.getSnapshot().status;
    probe.stop();
    if (failure !== null) return detailOf(failure);
    if (status === 'error') return 'the saved state is not a valid game state';
    return null;
  } catch (error) {
    return detailOf(error);
  }
}

/** Removes both slots and the pointer (not used by the game itself: a new game overwrites the older slot). */
export function clearAutosave(store: Storage | null = browserStorage()): void {
  try {
    for (const key of Object.values(SAVE_KEYS)) store?.removeItem(key);
  } catch {
    // Nothing to clear in a storage that cannot be reached.
  }
}
