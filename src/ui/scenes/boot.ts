// First scene: opens the replay named in the address (#replay=CODE), or goes to the title.
import { Phaser } from '../phaser.js';
import { SCENES } from './keys.js';
import { startScene } from './navigation.js';

export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: SCENES.boot });
  }

  create(): void {
    const hasReplayLink = /(?:^#|[#&?])replay=/.test(location.hash);
    // The title handles a replay link (decoding needs the engine, loaded lazily): it opens the viewer or says what is wrong.
    void startScene(this, SCENES.title, hasReplayLink ? { replayLink: location.hash } : {});
  }
}
