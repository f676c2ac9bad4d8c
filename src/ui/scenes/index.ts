// The screens registered when the game starts; the others load on first use (see navigation.ts).
import { BootScene } from './boot.js';
import { TitleScene } from './title.js';
import { SCENES } from './keys.js';
import type { SceneLoaders } from './navigation.js';

export const EAGER_SCENES = [BootScene, TitleScene];

/** Every other screen, each its own chunk: a screen without a loader here does not compile. */
export const LAZY_SCENES: SceneLoaders = {
  [SCENES.newGame]: () => import('./new-game.js'),
  [SCENES.briefing]: () => import('./briefing.js'),
  [SCENES.turn]: () => import('./turn.js'),
  [SCENES.resolution]: () => import('./resolution.js'),
  [SCENES.debrief]: () => import('./debrief.js'),
  [SCENES.replayViewer]: () => import('./replay-viewer.js'),
  [SCENES.classBoard]: () => import('./class-board.js'),
  [SCENES.roleCards]: () => import('./role-cards.js'),
  [SCENES.lessonKit]: () => import('./lesson-kit.js'),
};
export { SCENES, type SceneKey } from './keys.js';
export { startScene, ensureScene, prefetchScenes, setLazyScenes, showScreen } from './navigation.js';
export { OverlayScene } from './overlay-scene.js';
