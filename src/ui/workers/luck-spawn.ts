// The "choices or luck" worker, as its own file beside the page (the site build). The one-file build swaps this
// module for luck-spawn-none.ts (vite.config.ts), since no second file travels with it.
export function spawnLuckWorker(): Worker {
  return new Worker(new URL('./luck-worker.ts', import.meta.url), { type: 'module' });
}
