// Scene keys: the Phaser scene of each of the shell's screens (src/ui/shell/screens.ts says how they follow one another).
export { SCENE_KEYS as SCENES } from '../shell/screens.js';
import type { SCENE_KEYS } from '../shell/screens.js';

export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];
