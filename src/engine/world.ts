// The world at the start of a scenario, from its initial block and one seed.
import type { CompiledScenario } from './compile.js';
import { lifecycles } from './lifecycle.js';
import { Rng } from './rng.js';
import { headline } from './beliefs.js';
import { stanceOf } from './allies.js';
import {
  AREAS,
  otherSide,
  SIDES,
  type PerArea,
  type PerSide,
  type ProjectState,
  type TransnistriaState,
  type TypeId,
  type WorldState,
} from './state.js';

export interface GameOptions {
  seed: string;
  /** Misperception rate in basis points; overrides the scenario's `model.misperception`. */
  noise?: number | undefined;
  /** For measurements: the sides' types at the start instead of the draw (the draw still happens, so the stream is the same). */
  types?: PerSide<PerArea<TypeId>> | undefined;
  /** For measurements: the types never change (see WorldState.typesHeld). */
  holdTypes?: boolean | undefined;
}

/** The allies' belief at the start and the stance it gives with the neighbours' security. */
function startingAllies(sc: CompiledScenario): WorldState['allies'] {
  const params = sc.data.actors?.allies;
  if (!params) return { trust: 5000, stance: 'reassured' };
  return { trust: params.initialTrust, stance: stanceOf(params, params.initialTrust, sc.data.initial.neighbours) };
}

/** The parties' states from the scenario; all zero (and never read) when the scenario does not model the parties. */
function initialTransnistria(sc: CompiledScenario): TransnistriaState {
  const parties = sc.data.flashpoints.transnistria?.parties;
  return {
    commitment: 0,
    natoSupport: false,
    chisinau: { course: parties?.chisinau.course ?? 0, guarantee: parties?.chisinau.guarantee ?? 0 },
    tiraspol: { dependence: parties?.tiraspol.dependence ?? 0, line: parties?.tiraspol.line ?? 0 },
  };
}

export function newWorld(sc: CompiledScenario, options: GameOptions): WorldState {
  const init = sc.data.initial;
  const projects: Record<string, ProjectState> = {};
  for (const p of sc.data.projects) {
    projects[p.id] = { state: lifecycles.project.initial, progress: 0, proposedBy: null, since: 0, suspendedFor: 0 };
  }
  const rng = Rng.fromSeed(`world/${options.seed}`);
  // Each type is drawn with the chance the other side's initial belief gives it: beliefs start calibrated.
  const types = {} as PerSide<PerArea<TypeId>>;
  for (const side of SIDES) {
    const belief = init.trust[otherSide(side)];
    types[side] = { practical: 'adversary', order: 'adversary' };
    for (const area of AREAS) types[side][area] = rng.chance(belief[area]) ? 'partner' : 'adversary';
    if (options.types) types[side] = { ...options.types[side] };
  }
  const trustBy = { nato: { ...init.trust.nato }, russia: { ...init.trust.russia } };
  return {
    scenario: sc.id,
    turn: 0,
    rng: rng.state(),
    noise: options.noise ?? sc.data.model.misperception,
    trust: { nato: headline(trustBy.nato), russia: headline(trustBy.russia) },
    trustBy,
    types,
    prior: { nato: { ...sc.data.types.prior.nato }, russia: { ...sc.data.types.prior.russia } },
    score: { nato: 0, russia: 0 },
    ...(options.holdTypes ? { typesHeld: true as const } : {}),
    capital: { ...init.capital },
    security: { ...init.security },
    cohesion: init.cohesion,
    neighbours: init.neighbours,
    channels: init.channels,
    cooperation: init.cooperation,
    iran: 'talks',
    projects,
    flashpoints: {
      md: lifecycles.md.initial,
      enlargement: lifecycles.enlargement.initial,
      ukraine: lifecycles.ukraine.initial,
      transnistria: lifecycles.transnistria.initial,
    },
    md: {
      sites: { romania: lifecycles.site.initial, poland: lifecycles.site.initial },
      clarity: false,
      threatMatched: false,
      noCapacity: 'none',
      offer: false,
      centreTurns: 0,
      ratifyIn: 0,
      retryFrom: 0,
      gap: { nato: sc.data.flashpoints.md?.positions?.nato ?? 0, russia: sc.data.flashpoints.md?.positions?.russia ?? 0 },
      delays: { romania: 0, poland: 0 },
    },
    accommodation: 0,
    transnistria: initialTransnistria(sc),
    allies: startingAllies(sc),
    kyiv: {
      leaning: sc.data.actors?.kyiv?.leaning ?? 0,
      stability: sc.data.actors?.kyiv?.stability ?? 0,
      choice: 'undecided',
      consulted: false,
      coerced: false,
    },
    firedOnce: [],
  };
}
