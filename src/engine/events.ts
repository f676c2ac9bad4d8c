// The events phase of a turn: income, scheduled events, and at most one random event from the table.
import { requirementHolds } from './availability.js';
import { ageBeliefs } from './beliefs.js';
import { facts } from './facts.js';
import { addCapital, applyEffects } from './step.js';
import { note, type Step } from './log.js';
import { AREAS, SIDES, type PerSide } from './state.js';
import { kyivBreak, kyivChoiceEvent } from './kyiv.js';
import { startUkraineCrisis } from './ukraine.js';

interface EventLike {
  id: string;
  name: string;
  effects?: import('../scenario/schema.js').EffectsData | undefined;
}

function fire(step: Step, event: EventLike, fired: string[], hazards: PerSide<number>): void {
  fired.push(event.id);
  note(step, 'event', event.id, facts.event(event.id));
  applyEffects(step, event.effects, { kind: 'event', id: event.id }, facts.event(event.id));
  if (event.effects?.ukraineCrisis) startUkraineCrisis(step, event.id);
  for (const side of SIDES) {
    const regime = event.effects?.regime?.[side];
    if (!regime) continue;
    // A leadership change: the side's type may change this turn, and what it is drawn from may move.
    hazards[side] = Math.max(hazards[side], regime.hazard);
    for (const area of AREAS) {
      const prior = regime.prior?.[area];
      if (prior !== undefined) step.s.prior[side][area] = prior;
    }
    note(step, 'event', event.id, facts.regime(side));
  }
}

function fireById(step: Step, id: string, fired: string[], hazards: PerSide<number>): void {
  const event = step.sc.events.get(id);
  if (event) fire(step, event, fired, hazards);
}

/** Runs the events phase of the current turn, with any events a teacher injected; returns the ids of the events that fired. */
export function runEvents(step: Step, injected: readonly string[] = []): string[] {
  const { s, sc } = step;
  const fired: string[] = [];
  const hazards = { nato: sc.data.types.hazard, russia: sc.data.types.hazard };
  if (s.turn > 0) {
    for (const side of SIDES) {
      const income = sc.data.initial.capital[side];
      const capped = Math.min(s.capital[side] + income, income * sc.data.model.capitalCarryCap);
      addCapital(step, side, capped - s.capital[side], { kind: 'rule', id: 'income' }, facts.income(side));
    }
  }
  for (const event of sc.scheduled.get(s.turn) ?? []) {
    if (event.when?.every((r) => requirementHolds(sc, s, r)) === false) continue;
    fire(step, event, fired, hazards);
  }
  // A teacher's injection draws no random number, so the rest of the game's stream is unchanged by it.
  for (const id of injected) fireById(step, id, fired, hazards);
  // After Kyiv's choice: the event that tells of it, then (on the state it left) the crisis if the country breaks.
  const told = kyivChoiceEvent(step);
  if (told) fireById(step, told, fired, hazards);
  const crisis = kyivBreak(step);
  if (crisis) fireById(step, crisis, fired, hazards);
  if (step.rng.chance(sc.data.model.randomEventChance)) {
    const eligible = sc.random.filter((r) => r.from <= s.turn && s.turn <= r.until && !(r.event.once && s.firedOnce.includes(r.event.id)));
    const total = eligible.reduce((sum, r) => sum + r.event.weight, 0);
    if (total > 0) {
      let pick = step.rng.int(total);
      const chosen = eligible.find((r) => (pick -= r.event.weight) < 0)!;
      if (chosen.event.once) s.firedOnce.push(chosen.event.id);
      fire(step, chosen.event, fired, hazards);
    }
  }
  // From the second turn on, types may change and old evidence ages (the first turn's beliefs are the priors).
  if (s.turn > 0) ageBeliefs(step, hazards);
  return fired;
}
