// What the screens share: the game in progress, the settings, the scenario catalogue. One instance per page.
import type { GameSession } from './session.js';

export interface Settings {
  reducedMotion: boolean;
  /** Text size multiplier: 1, 1.25 or 1.5. */
  textScale: number;
  /** The address shared links and QR codes start with; empty: the page's own address. */
  linkAddress: string;
}

export interface AppState {
  session: GameSession | null;
  settings: Settings;
  /** The last autosave failure's message for the player (null after a good save); screens show it where they can. */
  lastStorageError?: string | null;
}

export const appState: AppState = {
  session: null,
  settings: { reducedMotion: false, textScale: 1, linkAddress: '' },
  lastStorageError: null,
};
