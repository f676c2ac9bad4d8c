// What the screens share — the game in progress, the settings, the last storage error — lives in the shell
// (src/ui/shell). This is a thin, read-only view of the shell's context for code not yet moved to its reads.
import type { GameSession } from './session.js';
import { shell } from './shell/shell.js';
import type { Settings } from './shell/machine.js';

export type { Settings } from './shell/machine.js';

export interface AppState {
  readonly session: GameSession | null;
  readonly settings: Settings;
  readonly lastStorageError: string | null;
}

export const appState: AppState = {
  get session() {
    return shell.getSnapshot().context.session;
  },
  get settings() {
    return shell.getSnapshot().context.settings;
  },
  get lastStorageError() {
    return shell.getSnapshot().context.lastStorageError;
  },
};
