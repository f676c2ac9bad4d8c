// Map bench page: a Canvas-renderer Phaser game with only the MapView at 1280×720, frames counted from requestAnimationFrame.
// Query: ?world=0|1|2 (start, cooperative, crisis), ?cycle=1 (change state every 2 s), ?pulse=1 (pulse all markers), ?reduced=1, ?seconds=5.
import { Phaser } from '../../src/ui/phaser.js';
import { buildGeography, type Geography } from '../../src/ui/map/geography.js';
import { MapView } from '../../src/ui/map/map-view.js';
import { SAMPLE_MAP, SAMPLE_WORLDS } from './sample-world.js';

interface BenchResult {
  fps: number;
  frames: number;
  seconds: number;
  importMs: number;
  buildMs: number;
  viewMs: number;
  countries: number;
}

declare global {
  interface Window {
    __fps?: number;
    __bench?: BenchResult;
    __ready?: boolean;
    __game?: InstanceType<typeof Phaser.Game>;
  }
}

const params = new URLSearchParams(location.search);
const worldIndex = Number(params.get('world') ?? '0');
const cycle = params.get('cycle') === '1';
const pulse = params.get('pulse') === '1';
const reduced = params.get('reduced') === '1';
const seconds = Number(params.get('seconds') ?? '5');
const RECT = { x: 0, y: 0, width: 1280, height: 720 };

function countFrames(ms: number): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = (now: number): void => {
      if (now - start >= ms) return resolve(frames);
      frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

class MapBench extends Phaser.Scene {
  constructor() {
    super('map-bench');
  }

  create(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const t0 = performance.now();
    const json = (await import('world-atlas/countries-110m.json')) as { default: unknown };
    const t1 = performance.now();
    const geo: Geography = buildGeography(json.default, RECT, SAMPLE_MAP);
    const t2 = performance.now();
    const view = new MapView(this, RECT, geo, SAMPLE_MAP, { reducedMotion: () => reduced });
    const first = SAMPLE_WORLDS[worldIndex % SAMPLE_WORLDS.length]!;
    view.update(first());
    const t3 = performance.now();
    document.getElementById('game')!.setAttribute('aria-label', view.describe(first()));
    let k = worldIndex;
    if (cycle) {
      this.time.addEvent({ delay: 2000, loop: true, callback: () => view.update(SAMPLE_WORLDS[++k % SAMPLE_WORLDS.length]!()) });
    }
    if (pulse) {
      this.time.addEvent({ delay: 1200, loop: true, callback: () => Object.keys(geo.places).forEach((id) => view.pulse(id)) });
      Object.keys(geo.places).forEach((id) => view.pulse(id));
    }
    window.__ready = true;
    await countFrames(1000);
    const frames = await countFrames(seconds * 1000);
    window.__fps = frames / seconds;
    window.__bench = {
      fps: window.__fps,
      frames,
      seconds,
      importMs: t1 - t0,
      buildMs: t2 - t1,
      viewMs: t3 - t2,
      countries: geo.countries.length,
    };
  }
}

window.__game = new Phaser.Game({
  type: Phaser.CANVAS,
  parent: 'game',
  width: 1280,
  height: 720,
  backgroundColor: '#05090e',
  scene: [MapBench],
  banner: false,
});
