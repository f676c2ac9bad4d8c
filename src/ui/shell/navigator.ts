// Navigation in one place: the navigator follows the shell and, each time it enters a screen, has that screen's
// Phaser scene started (by a callback from the scene layer, which alone touches Phaser).
import { shell, screenOf } from './shell.js';
import type { Screen } from './screens.js';

/** Calls `start` with the screen and its data on every screen the shell enters; returns the stop. */
export function followShell(start: (screen: Screen, data: Record<string, unknown>) => void): () => void {
  let visit = shell.getSnapshot().context.visit;
  const subscription = shell.subscribe((snapshot) => {
    if (snapshot.context.visit === visit) return;
    visit = snapshot.context.visit;
    start(screenOf(snapshot), snapshot.context.data);
  });
  return () => subscription.unsubscribe();
}
