// The events phase of a turn: income, scheduled events, and at most one random event from the table.
import { messages } from './messages.js';
import { addCapital, applyEffects, note, type Step } from './step.js';
import { SIDES } from './state.js';
import { startUkraineCrisis } from './ukraine.js';

interface EventLike {
  id: string;
  name: string;
  effects?: import('../scenario/schema.js').EffectsData | undefined;
}

function fire(step: Step, event: EventLike, fired: string[]): void {
  fired.push(event.id);
  note(step, 'event', event.id, messages.event(event.name));
  applyEffects(step, event.effects, { kind: 'event', id: event.id }, messages.event(event.name));
  if (event.effects?.ukraineCrisis) startUkraineCrisis(step, event.id);
}

/** Runs the events phase of the current turn, with any events a teacher injected; returns the ids of the events that fired. */
export function runEvents(step: Step, injected: readonly string[] = []): string[] {
  const { s, sc } = step;
  const fired: string[] = [];
  if (s.turn > 0) {
    for (const side of SIDES) {
      const income = sc.data.initial.capital[side];
      const capped = Math.min(s.capital[side] + income, income * sc.data.model.capitalCarryCap);
      addCapital(step, side, capped - s.capital[side], { kind: 'rule', id: 'income' }, messages.income(side));
    }
  }
  for (const event of sc.scheduled.get(s.turn) ?? []) fire(step, event, fired);
  // A teacher's injection draws no random number, so the rest of the game's stream is unchanged by it.
  for (const id of injected) {
    const event = sc.events.get(id);
    if (event) fire(step, event, fired);
  }
  if (step.rng.chance(sc.data.model.randomEventChance)) {
    const eligible = sc.random.filter((r) => r.from <= s.turn && s.turn <= r.until && !(r.event.once && s.firedOnce.includes(r.event.id)));
    const total = eligible.reduce((sum, r) => sum + r.event.weight, 0);
    if (total > 0) {
      let pick = step.rng.int(total);
      const chosen = eligible.find((r) => (pick -= r.event.weight) < 0)!;
      if (chosen.event.once) s.firedOnce.push(chosen.event.id);
      fire(step, chosen.event, fired);
    }
  }
  return fired;
}
