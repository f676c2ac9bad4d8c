// The canvas rests while nothing on it moves: under a DOM screen (the title's static backdrop, or nothing at all) Phaser
// would otherwise redraw the same canvas 60 times a second (a quarter of a core on the title, measured in Chromium),
// which a school laptop pays for in heat and battery. The screens with the map, its tweens or Phaser timers keep the
// loop running; on the others it draws one frame after each change, then sleeps.
import { Phaser } from '../phaser.js';
import { SCENES, type SceneKey } from './keys.js';

/** The screens that animate on the canvas or step Phaser timers (the map's tweens, the resolution's pacing). */
export const CANVAS_SCENES: ReadonlySet<SceneKey> = new Set([SCENES.turn, SCENES.resolution, SCENES.replayViewer]);

const needsTheLoop = (game: Phaser.Game): boolean =>
  game.scene.getScenes(true).some((scene) => CANVAS_SCENES.has(scene.sys.settings.key as SceneKey));

/**
 * Called as `scene` is created: the loop sleeps after the next frame unless a canvas screen is running; anything
 * added to the scene's display list, and a window resize (Phaser's scale manager acts in its step), wake it for a frame.
 * Returns the remover.
 */
export function restCanvasWhenStill(scene: Phaser.Scene): () => void {
  const { game } = scene;
  const rest = (): void => {
    if (scene.sys.isActive() && !needsTheLoop(game)) game.loop.sleep();
  };
  const restAfterNextFrame = (): void => {
    game.events.off(Phaser.Core.Events.POST_RENDER, rest);
    game.events.once(Phaser.Core.Events.POST_RENDER, rest);
  };
  const wakeForAFrame = (): void => {
    game.loop.wake();
    restAfterNextFrame();
  };
  scene.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, wakeForAFrame);
  window.addEventListener('resize', wakeForAFrame);
  restAfterNextFrame();
  return () => {
    scene.events.off(Phaser.Scenes.Events.ADDED_TO_SCENE, wakeForAFrame);
    window.removeEventListener('resize', wakeForAFrame);
    game.events.off(Phaser.Core.Events.POST_RENDER, rest);
  };
}

/** Wakes the loop before a screen change: Phaser starts scenes in its step, which a sleeping loop never takes. */
export function wakeCanvas(game: Phaser.Game): void {
  game.loop.wake();
}
