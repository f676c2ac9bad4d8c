// Moving between screens. Boot and Title are registered at start; every other screen's module is loaded on
// first use (its own chunk), and all the Phaser scene classes it exports are registered then.
import { Phaser } from '../phaser.js';
import { announce } from '../dom.js';
import { t } from '../strings.js';
import type { SceneKey } from './keys.js';
import { wakeCanvas } from './canvas-rest.js';

type SceneModule = Record<string, unknown>;

/** How to load each screen but Boot and Title: given once at start by scenes/index.ts, so that navigation imports no screen. */
export type SceneLoaders = Record<Exclude<SceneKey, 'boot' | 'title'>, () => Promise<SceneModule>>;

let lazyScenes: Partial<SceneLoaders> = {};

export function setLazyScenes(loaders: SceneLoaders): void {
  lazyScenes = loaders;
}

const loading = new Map<string, Promise<void>>();

function isSceneClass(value: unknown): value is new () => Phaser.Scene {
  return typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof Phaser.Scene;
}

/** Registers every scene class a module exports (under the key its constructor gives). */
function registerModule(game: Phaser.Game, mod: SceneModule): void {
  const seen = new Set<unknown>();
  for (const value of [mod.default, ...Object.values(mod)]) {
    if (!isSceneClass(value) || seen.has(value)) continue;
    seen.add(value);
    const instance = new value();
    const key = instance.sys.settings.key;
    if (key && !game.scene.getScene(key)) game.scene.add(key, instance, false);
  }
}

/** Makes sure a scene key is registered, loading its module if it is a lazy one. */
export function ensureScene(game: Phaser.Game, key: SceneKey): Promise<void> {
  if (game.scene.getScene(key)) return Promise.resolve();
  let pending = loading.get(key);
  if (!pending) {
    pending = (async () => {
      const load = lazyScenes[key as keyof SceneLoaders];
      if (load) registerModule(game, await load());
      if (!game.scene.getScene(key)) throw new Error(`no scene registers the key "${key}"`);
    })();
    // A failed load (network) may be retried by the next attempt.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/** Stops `from` and starts `key` with `data`, loading the screen first (lazy screens are never started with scene.start). */
export async function startScene(from: Phaser.Scene, key: SceneKey, data: object = {}): Promise<boolean> {
  try {
    await ensureScene(from.game, key);
  } catch (error) {
    announce(t('shell.error.body', { message: error instanceof Error ? error.message : String(error) }));
    console.warn('Could not load the screen', key, error);
    return false;
  }
  wakeCanvas(from.game);
  from.scene.start(key, data);
  return true;
}

let shown: SceneKey = 'boot';

/**
 * Shows a screen: stops the one shown last (the boot scene at first) and starts `key`, loading it first. Called only
 * by the navigator (shell/navigator.ts), for each screen the shell enters; a screen drawn again is restarted.
 */
export async function showScreen(game: Phaser.Game, key: SceneKey, data: object = {}): Promise<void> {
  const from = game.scene.getScene(shown);
  const before = shown;
  shown = key;
  const started = from
    ? await startScene(from, key, data)
    : await ensureScene(game, key).then(
        () => {
          wakeCanvas(game);
          game.scene.start(key, data);
          return true;
        },
        () => false,
      );
  // A screen that could not load: the one before it is still the one shown.
  if (!started && shown === key) shown = before;
}

/** Preloads screens' code in the background (after the title is interactive). */
export function prefetchScenes(game: Phaser.Game, keys: readonly SceneKey[]): void {
  for (const key of keys) ensureScene(game, key).catch(() => undefined);
}
