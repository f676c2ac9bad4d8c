// Fog of trust (issue 5): each team sees its own trust in the other side, never the other side's trust in it.
// The rules, in one place (pure):
//  - A team's own screen (its turn): its own trust gauge with its number; the other side's gauge says "hidden (fog of
//    trust)"; its project board shows only its own shortfall; a change of the other side's trust is not listed.
//  - A shared screen (the resolution, seen by both teams at once): no trust number of either side; each side's trust
//    is told as a direction only ("NATO's trust moved up"), and trust-deficit notes lose their numbers.
//  - The debrief lifts the fog: both curves side by side, with every number.
// Without fog every number is shown everywhere (as in single-player play before the fog existed).
import type { Change, Note, Side } from '../../engine/index.js';

/** Who looks at a screen: one side's team (its turn), or both teams at once (the resolution, the map). */
export type Viewer = Side | 'shared';

/** The side whose trust a meter is ("trust.nato" is NATO's trust in Russia), or null for any other meter. */
export function trustSideOf(meter: string): Side | null {
  if (meter === 'trust.nato') return 'nato';
  if (meter === 'trust.russia') return 'russia';
  return null;
}

/** Whether the number of `side`'s trust may be shown to `viewer`. */
export function trustNumberVisible(fog: boolean, viewer: Viewer, side: Side): boolean {
  if (!fog) return true;
  return viewer === side;
}

/** Whether a change of `side`'s trust may be mentioned at all (as a direction) to `viewer`. */
export function trustDirectionVisible(fog: boolean, viewer: Viewer, side: Side): boolean {
  if (!fog) return true;
  // A team's own screen says nothing of the other side's trust; the shared resolution tells both directions.
  return viewer === 'shared' || viewer === side;
}

/** Up, down or unchanged: what a fogged change of trust says. */
export function direction(before: number, after: number): 'up' | 'down' | 'same' {
  return after > before ? 'up' : after < before ? 'down' : 'same';
}

/** A note as `viewer` may see it: under fog a trust deficit keeps its project and loses its shortfalls (the numbers). */
export function viewNote(note: Note, fog: boolean): Note {
  if (!fog || note.fact.kind !== 'deficit' || note.fact.shortfalls.length === 0) return note;
  return { ...note, fact: { ...note.fact, shortfalls: [] } };
}

/** A change as a viewer may see it: whether it is listed at all, and whether its size may be shown. */
export interface ChangeView {
  change: Change;
  /** False when only its direction may be told (a trust change on a fogged shared screen). */
  numbers: boolean;
}

/** What `viewer` may see of a turn's log (like boardgame.io's playerView): the changes it may know of, the notes fogged. */
export interface LogView {
  changes: ChangeView[];
  notes: Note[];
}

/** Projects a turn's changes and notes for one viewer: nothing is cut from text, facts are left out or thinned. */
export function viewLog(log: { changes: readonly Change[]; notes: readonly Note[] }, fog: boolean, viewer: Viewer): LogView {
  const changes: ChangeView[] = [];
  for (const change of log.changes) {
    const side = trustSideOf(change.meter);
    if (side && !trustDirectionVisible(fog, viewer, side)) continue;
    changes.push({ change, numbers: side === null || trustNumberVisible(fog, viewer, side) });
  }
  return { changes, notes: log.notes.map((n) => viewNote(n, fog)) };
}
