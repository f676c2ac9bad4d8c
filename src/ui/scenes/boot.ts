// First scene: opens the replay named in the address (#replay=CODE), or goes to the title.
import { Phaser } from '../phaser.js';
import { SCENES } from './keys.js';
import { send } from '../shell/shell.js';

export class BootScene extends Phaser.Scene {
  constructor() {
    super({ key: SCENES.boot });
  }

  create(): void {
    const hasReplayLink = /(?:^#|[#&?])replay=/.test(location.hash);
    // The title handles a replay link (decoding needs the engine, loaded lazily): it opens the viewer or says what is wrong.
    send({ type: 'BOOTED', replayLink: hasReplayLink ? location.hash : undefined });
  }
}
