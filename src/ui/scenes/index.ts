// The screens registered when the game starts; the others load on first use (see navigation.ts).
import { BootScene } from './boot.js';
import { TitleScene } from './title.js';

export const EAGER_SCENES = [BootScene, TitleScene];
export { SCENES, type SceneKey } from './keys.js';
export { startScene, ensureScene, prefetchScenes } from './navigation.js';
export { OverlayScene } from './overlay-scene.js';
