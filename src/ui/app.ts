// The browser game: settings applied, the Phaser game (Canvas renderer) created under the DOM overlay.
import './zod-jitless.js';
import { Phaser } from './phaser.js';
import { applySettings, loadSettings } from './settings.js';
import { EAGER_SCENES, LAZY_SCENES, SCENES, setLazyScenes, showScreen } from './scenes/index.js';
import { followShell } from './shell/navigator.js';
import { exposeGame } from './panels/test-hook.js';
import { installSaveBanner } from './save-banner.js';

export const BACKGROUND = '#0f172a';

export function startApp(): Phaser.Game {
  applySettings(loadSettings());
  installSaveBanner();
  setLazyScenes(LAZY_SCENES);
  const game = new Phaser.Game({
    // Canvas, deliberately: these machines (and many school machines) only have software WebGL, where Canvas is ~10x faster.
    type: Phaser.CANVAS,
    parent: 'game',
    backgroundColor: BACKGROUND,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // Keys belong to the DOM interface: Phaser never calls preventDefault on them (no keyboard trap, Tab and Space keep working).
    input: { keyboard: { capture: [] } },
    banner: false,
    audio: { noAudio: true },
    scene: EAGER_SCENES,
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    const keyboard = game.input.keyboard;
    if (keyboard) keyboard.preventDefault = false;
  });
  exposeGame(game);
  // The one place screens change: each screen the shell enters starts its scene.
  followShell((screen, data) => void showScreen(game, SCENES[screen], data));
  return game;
}
