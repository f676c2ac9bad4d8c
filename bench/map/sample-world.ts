// World states for the map's bench page and tests: the 2010 start and a few later situations.
import { type WorldState } from '../../src/engine/index.js';
import type { ProjectLifecycleState } from '../../src/scenario/vocabulary.js';
import { Rng } from '../../src/engine/testing.js';
import { Scenario } from '../../src/scenario/schema.js';
import type { MapBlock } from '../../src/ui/map/map-state.js';
import resetJson from '../../scenarios/reset-2010.json';

const PROJECTS = [
  'coop.standex',
  'coop.airspace',
  'coop.counter-narcotics',
  'coop.afghan-transit',
  'coop.afghan-helicopters',
  'coop.counter-piracy',
  'coop.threat-review',
];

/** The world as the 2010 campaign starts it (projects idle, sites planned, channels open). */
export function startWorld(): WorldState {
  const projects: WorldState['projects'] = {};
  for (const id of PROJECTS) projects[id] = { state: 'idle', progress: 0, proposedBy: null, since: 0, suspendedFor: 0 };
  return {
    scenario: 'reset-2010',
    turn: 0,
    rng: Rng.fromSeed('map').state(),
    noise: 500,
    trust: { nato: 4200, russia: 3600 },
    trustBy: { nato: { practical: 5000, order: 3400 }, russia: { practical: 4500, order: 2700 } },
    types: { nato: { practical: 'partner', order: 'adversary' }, russia: { practical: 'partner', order: 'adversary' } },
    prior: { nato: { practical: 4500, order: 2700 }, russia: { practical: 5000, order: 3400 } },
    score: { nato: 0, russia: 0 },
    capital: { nato: 10, russia: 10 },
    security: { nato: 5000, russia: 5000 },
    cohesion: 6000,
    neighbours: 5000,
    channels: 'open',
    cooperation: 'running',
    iran: 'talks',
    projects,
    flashpoints: { md: 'talks', enlargement: 'open-door', ukraine: 'dormant', transnistria: 'frozen' },
    md: {
      sites: { romania: 'planned', poland: 'planned' },
      clarity: false,
      threatMatched: false,
      noCapacity: 'none',
      offer: false,
      centreTurns: 0,
      ratifyIn: 0,
      retryFrom: 0,
      gap: { nato: 1, russia: 2 },
      delays: { romania: 0, poland: 0 },
    },
    accommodation: 0,
    transnistria: { commitment: 0, natoSupport: false, chisinau: { course: 0, guarantee: 0 }, tiraspol: { dependence: 0, line: 0 } },
    allies: { trust: 3000, stance: 'uneasy' },
    kyiv: { leaning: 0, stability: 60, choice: 'undecided', consulted: false, coerced: false },
    firedOnce: [],
  };
}

function withProject(w: WorldState, id: string, state: ProjectLifecycleState): WorldState {
  const p = w.projects[id] ?? { state: 'idle', progress: 0, proposedBy: null, since: 0, suspendedFor: 0 };
  return { ...w, projects: { ...w.projects, [id]: { ...p, state } } };
}

/** Cooperation: transit and patrols running, Transnistria in mediation, Romania committed. */
export function cooperativeWorld(): WorldState {
  let w = startWorld();
  w = withProject(w, 'coop.afghan-transit', 'running');
  w = withProject(w, 'coop.counter-piracy', 'running');
  w = withProject(w, 'coop.counter-narcotics', 'running');
  return {
    ...w,
    turn: 4,
    flashpoints: { ...w.flashpoints, md: 'joint-centre', transnistria: 'mediation', enlargement: 'criteria-based' },
    md: { ...w.md, sites: { romania: 'committed', poland: 'planned' } },
  };
}

/** Confrontation: the Council suspended, Crimea escalated, countermeasures in Kaliningrad, both sites live. */
export function crisisWorld(): WorldState {
  let w = startWorld();
  w = withProject(w, 'coop.afghan-transit', 'suspended');
  w = withProject(w, 'coop.counter-piracy', 'delivered');
  return {
    ...w,
    turn: 12,
    channels: 'suspended',
    flashpoints: { md: 'countermeasures', enlargement: 'contested', ukraine: 'escalated', transnistria: 'stalled' },
    md: { ...w.md, sites: { romania: 'live', poland: 'paused' } },
  };
}

export const SAMPLE_WORLDS = [startWorld, cooperativeWorld, crisisWorld] as const;

/** reset-2010's map block (every place the game shows), for the bench page and the map tests. */
export const SAMPLE_MAP: MapBlock = Scenario.parse(resetJson).map!;
