// Whether the game on screen is still being autosaved (pure: no DOM). storage.ts reports every autosave here; the
// banner (save-banner.ts) listens and tells the player when the game is no longer saved, offering the game as a file.
import type { GameSession } from './session.js';
import type { StorageError } from './storage-error.js';

export type SaveHealth =
  | { saving: true }
  | {
      saving: false;
      /** Why the last autosave failed, in a sentence for the player. */
      error: StorageError;
      /** The game whose autosave failed: what the player can still download. */
      session: GameSession;
    };

let current: SaveHealth = { saving: true };
const listeners = new Set<(health: SaveHealth) => void>();

export const saveHealth = (): SaveHealth => current;

/** The outcome of one autosave of `session`. */
export function reportSave(session: GameSession, error: StorageError | null): void {
  current = error ? { saving: false, error, session } : { saving: true };
  for (const listener of [...listeners]) listener(current);
}

/** Calls `listener` after every autosave; returns the remover. */
export function onSaveHealth(listener: (health: SaveHealth) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
