// What the screens share: the game in progress, the settings, the scenario catalogue. One instance per page.
import type { GameSession } from './session.js';

export interface Settings {
  reducedMotion: boolean;
  /** Text size multiplier: 1, 1.25 or 1.5. */
  textScale: number;
}

export interface AppState {
  session: GameSession | null;
  settings: Settings;
}

export const appState: AppState = {
  session: null,
  settings: { reducedMotion: false, textScale: 1 },
};
