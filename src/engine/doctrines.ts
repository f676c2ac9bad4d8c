// Doctrines: AI policies that choose a side's actions from what that side can see, with their own seeded stream.
import { availableActions, type Availability } from './availability.js';
import type { CompiledScenario } from './compile.js';
import { Rng, type RngState } from './rng.js';
import type { Side, TurnRecord, WorldState } from './state.js';

export const DOCTRINES = ['cooperator', 'hardliner', 'random'] as const;
export type DoctrineId = (typeof DOCTRINES)[number];

export const DOCTRINE_SUMMARIES: Record<DoctrineId, string> = {
  cooperator: 'Always cooperates: takes every cooperative step it can afford, whatever the other side does.',
  hardliner: 'Competes: takes competitive steps, and cooperates only on cheap technical projects.',
  random: 'Picks a few available actions at random: a baseline with no strategy.',
};

export interface DoctrineView {
  sc: CompiledScenario;
  side: Side;
  world: WorldState;
  history: readonly TurnRecord[];
}

export interface Decision {
  actions: string[];
  reason: string;
}

type Doctrine = (view: DoctrineView, rng: Rng) => Decision;

/** Takes candidates in order while they are available and fit the capital left. */
function fill(options: readonly Availability[], capital: number, limit = Infinity): string[] {
  const taken: string[] = [];
  let left = capital;
  for (const option of options) {
    if (taken.length >= limit) break;
    if (!option.available || option.cost > left) continue;
    taken.push(option.id);
    left -= option.cost;
  }
  return taken;
}

function stanceOf(view: DoctrineView, id: string): string {
  return view.sc.actions.get(id)!.stance;
}

/** Takes up the other side's standing proposals first: they launch at once if trust allows. */
function byTakeUpFirst(view: DoctrineView, options: Availability[]): Availability[] {
  const takeUp = (id: string): number => {
    const p = view.world.projects[id];
    return p?.state === 'proposed' && p.proposedBy !== view.side ? 0 : 1;
  };
  return [...options].sort((a, b) => takeUp(a.id) - takeUp(b.id));
}

const cooperator: Doctrine = (view) => {
  const options = availableActions(view.sc, view.world, view.side).filter((o) => stanceOf(view, o.id) === 'cooperative');
  return { actions: fill(byTakeUpFirst(view, options), view.world.capital[view.side]), reason: 'cooperating, as it always does' };
};

const hardliner: Doctrine = (view) => {
  const all = availableActions(view.sc, view.world, view.side);
  const competitive = all.filter((o) => stanceOf(view, o.id) === 'competitive');
  const cheapTechnical = all.filter((o) => {
    const project = view.sc.projects.get(o.id);
    return project !== undefined && project.robust && o.cost <= 1 && project.kind === 'project';
  });
  return {
    actions: fill([...competitive, ...byTakeUpFirst(view, cheapTechnical)], view.world.capital[view.side]),
    reason: 'competing, and cooperating only on cheap technical projects',
  };
};

const random: Doctrine = (view, rng) => {
  const options = availableActions(view.sc, view.world, view.side).filter((o) => o.available);
  for (let i = options.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  const wanted = rng.int(4);
  return { actions: fill(options, view.world.capital[view.side], wanted), reason: `choosing ${wanted} action(s) at random` };
};

const TABLE: Record<DoctrineId, Doctrine> = { cooperator, hardliner, random };

export function isDoctrine(id: string): id is DoctrineId {
  return (DOCTRINES as readonly string[]).includes(id);
}

/** Runs a doctrine on its own generator state; returns the decision and the generator's next state. */
export function decide(doctrine: DoctrineId, view: DoctrineView, rngState: RngState): { decision: Decision; rng: RngState } {
  const rng = new Rng(rngState);
  const decision = TABLE[doctrine](view, rng);
  return { decision, rng: rng.state() };
}
