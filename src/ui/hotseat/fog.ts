// Fog of trust (issue 5): each team sees its own trust in the other side, never the other side's trust in it.
// The rules, in one place (pure):
//  - A team's own screen (its turn): its own trust gauge with its number; the other side's gauge says "hidden (fog of
//    trust)"; its project board shows only its own shortfall; a change of the other side's trust is not listed.
//  - A shared screen (the resolution, seen by both teams at once): no trust number of either side; each side's trust
//    is told as a direction only ("NATO's trust moved up"), with the size of the signal that moved it when an act did
//    (costly, modest or cheap: the act's ratio, which the rules make public), and trust-deficit notes lose their numbers.
//  - The debrief lifts the fog: both curves side by side, with every number.
// Without fog every number is shown everywhere (as in single-player play before the fog existed).
import { benignReading, hostileReading, type Change, type CompiledScenario, type Note, type Side } from '../../engine/index.js';
import { signalOf } from '../panels/card-groups.js';

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

/** How strong a signal was: the size a fogged screen may tell (never the trust it moved). */
export type SignalSize = 'cheap' | 'modest' | 'costly';

/**
 * The size of the signal behind a change of trust, when an observed act caused it: the ratio the observer applied (the
 * act's own, its spillover into the other area, or the reading of a misread act), sized as the turn's cards size it.
 * Null for anything else (ageing, events, projects) and for a ratio of one. It tells how loud the act was, which both
 * teams can read in the rules, not where either side's trust stands.
 */
export function signalSizeOf(sc: CompiledScenario, change: Change): SignalSize | null {
  const { cause } = change;
  if (cause.kind !== 'action' || trustSideOf(change.meter) === null) return null;
  const action = sc.actions.get(cause.id);
  if (!action) return null;
  const ratio =
    change.area !== undefined && change.area !== action.area
      ? action.spillover
      : cause.misread
        ? change.after < change.before
          ? hostileReading(action)
          : benignReading(action)
        : action.lr;
  if (!ratio) return null;
  const { strength } = signalOf(ratio);
  return strength === 'none' ? null : strength;
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
