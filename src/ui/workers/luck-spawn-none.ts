// The one-file build's stand-in for luck-spawn.ts: there is no worker file, so the replays run on the page.
export function spawnLuckWorker(): Worker {
  throw new Error('the one-file edition has no worker file');
}
