// What went wrong with a save, in its own module so that storage.ts and save-health.ts need not import each other.
export type StorageErrorKind =
  'unavailable' | 'full' | 'write-failed' | 'none' | 'corrupted' | 'scenario-missing' | 'scenario-changed' | 'restore-failed';

export interface StorageError {
  kind: StorageErrorKind;
  /** A sentence for the player. */
  message: string;
}
