// The working context of one engine step and the two ways it writes its log: a change of a meter, and a note.
// Its own module so that every rule module (beliefs.ts included) can log without importing step.ts's rules.
import type { CompiledScenario } from './compile.js';
import type { Fact } from './facts.js';
import type { Rng } from './rng.js';
import type { Area, Cause, Change, Meter, Note, PerArea, PerSide, WorldState } from './state.js';

export interface Step {
  readonly sc: CompiledScenario;
  /** The world the step started from: never written to. */
  readonly base: WorldState;
  readonly s: WorldState;
  readonly rng: Rng;
  readonly changes: Change[];
  readonly notes: Note[];
  /** False in bulk simulations: the world evolves identically, nothing is written to the log. */
  readonly log: boolean;
  /** During resolution: the range each belief may reach this turn (see beliefs.ts); absent in the events phase. */
  band?: PerSide<PerArea<readonly [number, number]>>;
}

export function record(step: Step, meter: Meter, before: number, after: number, cause: Cause, fact: Fact, area?: Area): void {
  if (before === after || !step.log) return;
  const source = step.sc.citations.get(cause.id);
  // One literal per combination, keys in the same order: adding a key later gives each change a second allocation.
  let change: Change;
  if (area)
    change = source === undefined ? { meter, before, after, cause, fact, area } : { meter, before, after, cause, fact, area, source };
  else change = source === undefined ? { meter, before, after, cause, fact } : { meter, before, after, cause, fact, source };
  step.changes.push(change);
}

export function note(step: Step, kind: Note['kind'], id: string, fact: Fact): void {
  if (!step.log) return;
  const source = step.sc.citations.get(id);
  step.notes.push(source === undefined ? { kind, id, fact } : { kind, id, fact, source });
}
