// The world at the start of a scenario, from its initial block and one seed.
import type { CompiledScenario } from './compile.js';
import { lifecycles } from './lifecycle.js';
import { Rng } from './rng.js';
import type { ProjectState, WorldState } from './state.js';

export interface GameOptions {
  seed: string;
  /** Misperception rate in basis points; overrides the scenario's `model.misperception`. */
  noise?: number | undefined;
}

export function newWorld(sc: CompiledScenario, options: GameOptions): WorldState {
  const init = sc.data.initial;
  const projects: Record<string, ProjectState> = {};
  for (const p of sc.data.projects) {
    projects[p.id] = { state: lifecycles.project.initial, progress: 0, proposedBy: null, since: 0, suspendedFor: 0 };
  }
  return {
    scenario: sc.id,
    turn: 0,
    rng: Rng.fromSeed(`world/${options.seed}`).state(),
    noise: options.noise ?? sc.data.model.misperception,
    trust: { ...init.trust },
    capital: { ...init.capital },
    security: { ...init.security },
    cohesion: init.cohesion,
    neighbours: init.neighbours,
    channels: init.channels,
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
    },
    accommodation: 0,
    transnistria: { commitment: 0, natoSupport: false },
    firedOnce: [],
  };
}
