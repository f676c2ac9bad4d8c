// One engine step: a private copy of the state and its generator (the Step context and its log are in log.ts).
import type { EffectsData } from '../scenario/schema.js';
import { bayes, boundRatio, clamp, type Fraction } from './arith.js';
import { bandOf, setBelief } from './beliefs.js';
import type { CompiledScenario } from './compile.js';
import { facts, partiesShifted, type Fact, type PartyMove } from './facts.js';
import { record, note, type Step } from './log.js';
import { Rng } from './rng.js';
import type { Area, Cause, PerArea, PerSide, ProjectState, Side, WorldState } from './state.js';
import { AREAS, SIDES } from './state.js';

/**
 * A copy of the world for a new step. The projects (the map and its entries) are shared with the original until a
 * step writes to one (see mutableProject): most projects sit idle or delivered, and copying them every turn was a
 * tenth of the cost. Only a turn's resolution writes projects; the events phase after it shares them with `end`.
 */
export function cloneWorld(w: WorldState): WorldState {
  // Every field written out, in newWorld's order: one object of a fixed shape is built, not a spread then overwritten.
  const { md, transnistria: tr } = w;
  const copy: WorldState = {
    scenario: w.scenario,
    turn: w.turn,
    rng: { c: w.rng.c, s0: w.rng.s0, s1: w.rng.s1, s2: w.rng.s2 },
    noise: w.noise,
    trust: { nato: w.trust.nato, russia: w.trust.russia },
    trustBy: { nato: perArea(w.trustBy.nato), russia: perArea(w.trustBy.russia) },
    types: { nato: perArea(w.types.nato), russia: perArea(w.types.russia) },
    prior: { nato: perArea(w.prior.nato), russia: perArea(w.prior.russia) },
    score: { nato: w.score.nato, russia: w.score.russia },
    capital: { nato: w.capital.nato, russia: w.capital.russia },
    security: { nato: w.security.nato, russia: w.security.russia },
    cohesion: w.cohesion,
    neighbours: w.neighbours,
    channels: w.channels,
    cooperation: w.cooperation,
    iran: w.iran,
    projects: w.projects,
    flashpoints: {
      md: w.flashpoints.md,
      enlargement: w.flashpoints.enlargement,
      ukraine: w.flashpoints.ukraine,
      transnistria: w.flashpoints.transnistria,
    },
    md: {
      sites: { romania: md.sites.romania, poland: md.sites.poland },
      clarity: md.clarity,
      threatMatched: md.threatMatched,
      noCapacity: md.noCapacity,
      offer: md.offer,
      centreTurns: md.centreTurns,
      ratifyIn: md.ratifyIn,
      retryFrom: md.retryFrom,
      gap: { nato: md.gap.nato, russia: md.gap.russia },
      delays: { romania: md.delays.romania, poland: md.delays.poland },
    },
    accommodation: w.accommodation,
    transnistria: {
      commitment: tr.commitment,
      natoSupport: tr.natoSupport,
      chisinau: { course: tr.chisinau.course, guarantee: tr.chisinau.guarantee },
      tiraspol: { dependence: tr.tiraspol.dependence, line: tr.tiraspol.line },
    },
    allies: { trust: w.allies.trust, stance: w.allies.stance },
    kyiv: {
      leaning: w.kyiv.leaning,
      stability: w.kyiv.stability,
      choice: w.kyiv.choice,
      consulted: w.kyiv.consulted,
      coerced: w.kyiv.coerced,
    },
    firedOnce: w.firedOnce.slice(),
  };
  if (w.typesHeld) copy.typesHeld = true;
  return copy;
}

const perArea = <T>(x: PerArea<T>): PerArea<T> => ({ practical: x.practical, order: x.order });

export function beginStep(sc: CompiledScenario, world: WorldState, log = true): Step {
  const s = cloneWorld(world);
  return { sc, base: world, s, rng: new Rng(s.rng), changes: [], notes: [], log };
}

/** Starts a new log on the same working copy: the next phase of one engine step. */
export function nextPhase(step: Step): Step {
  return { sc: step.sc, base: step.base, s: step.s, rng: step.rng, changes: [], notes: [], log: step.log };
}

/** The area of an action (or a project, by its action). */
export const areaOf = (step: Step, id: string): Area => step.sc.actions.get(id)?.area ?? 'practical';

/** The project's entry, copied on the step's first write to it so that earlier states are never changed. */
export function mutableProject(step: Step, id: string): ProjectState {
  const { s, base } = step;
  // The map first: a turn in which no project changes (most of them, late in a game) copies nothing.
  if (s.projects === base.projects) s.projects = { ...base.projects };
  const p = s.projects[id]!;
  if (p !== base.projects[id]) return p;
  const copy = { ...p };
  s.projects[id] = copy;
  return copy;
}

/** Saves the generator back into the state: done before the state is hashed or handed out. */
export function endStep(step: Step): void {
  step.s.rng = step.rng.state();
}

/** Applies a likelihood ratio to one side's belief in one area, bounded as the scenario says and by the turn's band. */
export function updateTrust(step: Step, side: Side, area: Area, ratio: Fraction, cause: Cause, fact: Fact): void {
  const { trustBounds, maxFactor } = step.sc.data.model;
  let after = bayes(step.s.trustBy[side][area], boundRatio(ratio, maxFactor), trustBounds[0], trustBounds[1]);
  const band = step.band?.[side][area];
  if (band) after = clamp(after, band[0], band[1]);
  setBelief(step, side, area, after, cause, fact);
}

/** Opens the turn's evidence: from here on no belief moves by more than `maxFactorPerTurn` in odds from where it is now. */
export function openEvidence(step: Step): void {
  const { trustBounds, maxFactorPerTurn } = step.sc.data.model;
  const band = {} as PerSide<PerArea<readonly [number, number]>>;
  for (const side of SIDES) {
    band[side] = { practical: [0, 0], order: [0, 0] };
    for (const area of AREAS) band[side][area] = bandOf(step.s.trustBy[side][area], maxFactorPerTurn, trustBounds[0], trustBounds[1]);
  }
  step.band = band;
}

export function addSecurity(step: Step, side: Side, delta: number, cause: Cause, fact: Fact): void {
  const before = step.s.security[side];
  const after = clamp(before + delta, 0, 100);
  step.s.security[side] = after;
  record(step, `security.${side}`, before, after, cause, fact);
}

export function addCapital(step: Step, side: Side, delta: number, cause: Cause, fact: Fact): void {
  const before = step.s.capital[side];
  const after = Math.max(0, before + delta);
  step.s.capital[side] = after;
  record(step, `capital.${side}`, before, after, cause, fact);
}

export function addCohesion(step: Step, delta: number, cause: Cause, fact: Fact): void {
  const before = step.s.cohesion;
  step.s.cohesion = clamp(before + delta, 0, 100);
  record(step, 'cohesion', before, step.s.cohesion, cause, fact);
}

export function addNeighbours(step: Step, delta: number, cause: Cause, fact: Fact): void {
  const before = step.s.neighbours;
  step.s.neighbours = clamp(before + delta, 0, 100);
  record(step, 'neighbours', before, step.s.neighbours, cause, fact);
}

/** Applies a scenario `effects` block (of an action or an event) with one cause and one fact. */
export function applyEffects(step: Step, effects: EffectsData | undefined, cause: Cause, fact: Fact): void {
  if (!effects) return;
  for (const side of SIDES) {
    const sec = effects.security?.[side];
    if (sec) addSecurity(step, side, sec, cause, fact);
    const cap = effects.capital?.[side];
    if (cap) addCapital(step, side, cap, cause, fact);
    const tr = effects.trust?.[side];
    for (const area of AREAS) {
      const ratio = tr?.[area];
      if (ratio) updateTrust(step, side, area, ratio, cause, fact);
    }
  }
  if (effects.cohesion) addCohesion(step, effects.cohesion, cause, fact);
  if (effects.neighbours) addNeighbours(step, effects.neighbours, cause, fact);
  if (effects.transnistria) moveParties(step, effects.transnistria, cause, fact);
  if (effects.iran && effects.iran !== step.s.iran) {
    step.s.iran = effects.iran;
    note(step, 'event', cause.id, facts.iran(effects.iran));
    // A system matched to the Iranian threat is no longer matched to anything once the deal removes it (source 001).
    if (effects.iran === 'deal' && step.s.md.threatMatched) {
      step.s.md.threatMatched = false;
      note(step, 'transition', cause.id, facts.threatRemoved());
    }
  }
  for (const site of ['romania', 'poland'] as const) {
    const delay = effects.siteDelay?.[site];
    if (!delay) continue;
    step.s.md.delays[site] += delay;
    note(step, 'event', cause.id, facts.siteDelayed(site, delay));
  }
}

/** Moves one meter (0..100) of a Transnistria party; returns the move, or nothing if it did not move. */
export function shiftParty<K extends string>(
  party: PartyMove['party'],
  state: Record<K, number>,
  key: K & PartyMove['meter'],
  delta: number | undefined,
  war = false,
): PartyMove[] {
  const before = state[key];
  state[key] = clamp(before + (delta ?? 0), 0, 100);
  if (state[key] === before) return [];
  const move: PartyMove = { party, meter: key, before, after: state[key] };
  return [war ? { ...move, war: true } : move];
}

/** An event's (or action's) move of the Transnistria parties' states, noted with its cause. */
function moveParties(step: Step, moves: NonNullable<EffectsData['transnistria']>, cause: Cause, fact: Fact): void {
  const { chisinau, tiraspol } = step.s.transnistria;
  const parts = [
    ...shiftParty('chisinau', chisinau, 'course', moves.chisinau?.course),
    ...shiftParty('chisinau', chisinau, 'guarantee', moves.chisinau?.guarantee),
    ...shiftParty('tiraspol', tiraspol, 'dependence', moves.tiraspol?.dependence),
    ...shiftParty('tiraspol', tiraspol, 'line', moves.tiraspol?.line),
  ];
  if (parts.length > 0) note(step, 'signal', cause.id, partiesShifted(fact, parts));
}

/** Both sides' belief in `area` reaches `bp`. */
export const bothAtLeast = (s: WorldState, area: Area, bp: number): boolean => s.trustBy.nato[area] >= bp && s.trustBy.russia[area] >= bp;
