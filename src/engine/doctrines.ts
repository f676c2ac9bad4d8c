// Doctrines: AI policies that choose a side's actions from what that side can know, each with its own seeded stream.
import { availableActions, type Availability } from './availability.js';
import type { CompiledScenario } from './compile.js';
import { Rng, type RngState } from './rng.js';
import type { PerceivedAction, Side, Stance, TurnRecord, WorldState } from './state.js';

export const DOCTRINES = ['cooperator', 'hardliner', 'reciprocator', 'generous', 'grim', 'pavlov', 'random', 'historical'] as const;
export type DoctrineId = (typeof DOCTRINES)[number];

export const DOCTRINE_SUMMARIES: Record<DoctrineId, string> = {
  cooperator: 'Always cooperates: takes every cooperative step it can afford, whatever the other side does.',
  hardliner:
    'Competes: takes the most hostile steps it can afford, pursues its own programme, and cooperates only on cheap technical projects.',
  reciprocator: "Tit for tat: cooperates first, then answers the stance it perceived in the other side's last turn.",
  generous: 'Generous tit for tat: like the reciprocator, but forgives a perceived defection one time in three.',
  grim: 'Grim trigger: cooperates until the first perceived defection, then competes for good.',
  pavlov: 'Win-stay, lose-shift: keeps its stance after a cooperative answer, switches after a defection.',
  random: 'Picks a few available actions at random: a baseline with no strategy.',
  historical: "Plays the scenario's record of what the side actually did, then falls back to the reciprocator.",
};

/** What one side can know: its own meters, the public state, and the other side's moves as it perceived them. */
export interface SideView {
  side: Side;
  turn: number;
  label: string;
  /** This side's trust in the other (never the other side's trust in it). */
  trust: number;
  capital: number;
  security: number;
  cohesion: number;
  neighbours: number;
  channels: WorldState['channels'];
  flashpoints: WorldState['flashpoints'];
  projects: WorldState['projects'];
  /** This side's options now; reasons are not spelled out (a doctrine needs only whether). */
  available: readonly Availability[];
  /** What this side perceived of the other side's moves, turn by turn (misreadings included). */
  perceived: readonly (readonly PerceivedAction[])[];
  /** This side's own past moves. */
  mine: readonly (readonly string[])[];
}

export interface Decision {
  actions: string[];
  reason: string;
}

type Doctrine = (view: SideView, sc: CompiledScenario, rng: Rng) => Decision;

export function sideView(sc: CompiledScenario, world: WorldState, side: Side, history: readonly TurnRecord[]): SideView {
  return {
    side,
    turn: world.turn,
    label: sc.labels[world.turn] ?? '',
    trust: world.trust[side],
    capital: world.capital[side],
    security: world.security[side],
    cohesion: world.cohesion,
    neighbours: world.neighbours,
    channels: world.channels,
    flashpoints: world.flashpoints,
    projects: world.projects,
    available: availableActions(sc, world, side, false),
    perceived: history.map((t) => t.perceived[side]),
    mine: history.map((t) => t.actions[side]),
  };
}

/** The stance of a turn as seen: any perceived competitive move makes it competitive; a pass is neutral. */
export function stanceOfTurn(moves: readonly PerceivedAction[] | undefined): Stance {
  if (!moves || moves.length === 0) return 'neutral';
  if (moves.some((m) => m.stance === 'competitive')) return 'competitive';
  return moves.some((m) => m.stance === 'cooperative') ? 'cooperative' : 'neutral';
}

function ownStance(sc: CompiledScenario, ids: readonly string[] | undefined): Stance {
  const stances = (ids ?? []).map((id) => sc.actions.get(id)?.stance);
  if (stances.includes('competitive')) return 'competitive';
  return stances.includes('cooperative') ? 'cooperative' : 'neutral';
}

/** Takes options in order while they are available and fit the capital left. */
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

/** The other side's standing proposals first: taking them up launches the project at once if trust allows. */
function takeUpsFirst(view: SideView, options: readonly Availability[]): Availability[] {
  const rank = (id: string): number => {
    const p = view.projects[id];
    return p?.state === 'proposed' && p.proposedBy !== null && p.proposedBy !== view.side ? 0 : 1;
  };
  return options
    .map((o) => ({ o, r: rank(o.id) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.o);
}

/** A grave act: a perceived move whose ratio, as read, at least triples the odds of an adversary. */
function perceivedGraveAct(view: SideView, sc: CompiledScenario): boolean {
  const last = view.perceived[view.perceived.length - 1] ?? [];
  return last.some((m) => {
    const action = sc.actions.get(m.id);
    if (!action) return false;
    const [num, den] = m.misread ? (action.misread?.lr ?? sc.data.model.misreadLr) : action.lr;
    return num * 3 <= den;
  });
}

function cooperativeMoves(view: SideView, sc: CompiledScenario): string[] {
  const options = view.available.filter((o) => sc.actions.get(o.id)!.stance === 'cooperative');
  return fill(takeUpsFirst(view, options), view.capital);
}

/** Moves that change the order in Europe rather than answer a move: a reciprocating doctrine does not retaliate with them. */
const ESCALATIONS = new Set(['ukraine.intervene', 'enlargement.fast-track-ukraine', 'enlargement.fast-track-georgia']);

/** The ratio's strength as a hostile signal, for sorting: lower num/den is stronger. */
const hostility = (sc: CompiledScenario, id: string): number => {
  const [num, den] = sc.actions.get(id)!.lr;
  return num / den;
};

/** Competitive moves; the Council is suspended only in answer to a grave act (as NATO did in 2014). */
function competitiveMoves(view: SideView, sc: CompiledScenario): Availability[] {
  const grave = perceivedGraveAct(view, sc);
  return view.available.filter((o) => sc.actions.get(o.id)!.stance === 'competitive' && (o.id !== 'nrc.suspend' || grave));
}

/** A measured answer: the two most pointed competitive moves it can afford, short of escalation. */
function retaliation(view: SideView, sc: CompiledScenario): string[] {
  const options = competitiveMoves(view, sc)
    .filter((o) => !ESCALATIONS.has(o.id))
    .sort((a, b) => hostility(sc, a.id) - hostility(sc, b.id));
  return fill(options, view.capital, 2);
}

const cooperator: Doctrine = (view, sc) => ({ actions: cooperativeMoves(view, sc), reason: 'cooperating, as it always does' });

/** Unilateral moves that serve the side's own programme (sites, exercises, criteria): what a hardliner does with capital to spare. */
function ownProgramme(view: SideView, sc: CompiledScenario): Availability[] {
  return view.available.filter((o) => sc.actions.get(o.id)!.stance === 'neutral' && !o.id.startsWith('talk.'));
}

const hardliner: Doctrine = (view, sc) => {
  const cheapTechnical = view.available.filter((o) => {
    const project = sc.projects.get(o.id);
    return project !== undefined && project.robust && project.kind === 'project' && o.cost <= 1;
  });
  const hostileFirst = competitiveMoves(view, sc).sort((a, b) => hostility(sc, a.id) - hostility(sc, b.id));
  return {
    actions: fill([...hostileFirst, ...ownProgramme(view, sc), ...takeUpsFirst(view, cheapTechnical)], view.capital),
    reason: 'competing, pursuing its own programme, and cooperating only on cheap technical projects',
  };
};

const reciprocator: Doctrine = (view, sc) => {
  const last = stanceOfTurn(view.perceived[view.perceived.length - 1]);
  if (view.perceived.length === 0) return { actions: cooperativeMoves(view, sc), reason: 'opening with cooperation' };
  if (last === 'competitive') return { actions: retaliation(view, sc), reason: 'reciprocating the perceived defection of last turn' };
  return {
    actions: cooperativeMoves(view, sc),
    reason: `reciprocating the ${last === 'cooperative' ? 'cooperation' : 'restraint'} it perceived last turn`,
  };
};

const generous: Doctrine = (view, sc, rng) => {
  const last = stanceOfTurn(view.perceived[view.perceived.length - 1]);
  if (last !== 'competitive') return { ...reciprocator(view, sc, rng) };
  if (rng.int(3) === 0)
    return { actions: cooperativeMoves(view, sc), reason: 'forgiving the perceived defection, as generous does one time in three' };
  return { actions: retaliation(view, sc), reason: 'reciprocating the perceived defection (it forgives one time in three)' };
};

const grim: Doctrine = (view, sc) => {
  const betrayedAt = view.perceived.findIndex((moves) => stanceOfTurn(moves) === 'competitive');
  if (betrayedAt < 0) return { actions: cooperativeMoves(view, sc), reason: 'cooperating: it has perceived no defection yet' };
  return { actions: retaliation(view, sc), reason: `competing for good since the defection it perceived in turn ${betrayedAt + 1}` };
};

const pavlov: Doctrine = (view, sc) => {
  if (view.perceived.length === 0) return { actions: cooperativeMoves(view, sc), reason: 'opening with cooperation' };
  const won = stanceOfTurn(view.perceived[view.perceived.length - 1]) !== 'competitive';
  const mine = ownStance(sc, view.mine[view.mine.length - 1]);
  const cooperate = won ? mine !== 'competitive' : mine === 'competitive';
  const why = won ? 'the other side did not defect: staying' : 'the other side defected: shifting';
  return cooperate
    ? { actions: cooperativeMoves(view, sc), reason: `${why} with cooperation` }
    : { actions: retaliation(view, sc), reason: `${why} to competition` };
};

const random: Doctrine = (view, _sc, rng) => {
  const options = view.available.filter((o) => o.available);
  for (let i = options.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  const wanted = rng.int(4);
  return { actions: fill(options, view.capital, wanted), reason: `choosing ${wanted} action(s) at random` };
};

const historical: Doctrine = (view, sc, rng) => {
  const record = sc.data.historical[view.side];
  const entry = record.find((e) => e.turn === view.label);
  const lastRecorded = record.reduce((max, e) => Math.max(max, sc.indexOf(e.turn)), -1);
  if (!entry) {
    if (view.turn > lastRecorded) {
      const fallback = reciprocator(view, sc, rng);
      return { actions: fallback.actions, reason: `the record has ended: ${fallback.reason}` };
    }
    return { actions: [], reason: 'the record shows no step this half-year' };
  }
  const byId = new Map(view.available.map((o) => [o.id, o]));
  const taken: string[] = [];
  const skipped: string[] = [];
  let left = view.capital;
  for (const id of entry.actions) {
    const option = byId.get(id);
    if (option?.available && option.cost <= left) {
      taken.push(id);
      left -= option.cost;
    } else skipped.push(id);
  }
  const note = skipped.length ? `; not possible in this game: ${skipped.join(', ')}` : '';
  return { actions: taken, reason: `what ${view.side === 'nato' ? 'NATO' : 'Russia'} did in ${entry.turn} (${entry.source.note})${note}` };
};

const TABLE: Record<DoctrineId, Doctrine> = { cooperator, hardliner, reciprocator, generous, grim, pavlov, random, historical };

export function isDoctrine(id: string): id is DoctrineId {
  return (DOCTRINES as readonly string[]).includes(id);
}

/** Runs a doctrine on its own generator state; returns the decision and the generator's next state. */
export function decide(
  doctrine: DoctrineId,
  view: SideView,
  sc: CompiledScenario,
  rngState: RngState,
): { decision: Decision; rng: RngState } {
  const rng = new Rng(rngState);
  const decision = TABLE[doctrine](view, sc, rng);
  return { decision, rng: rng.state() };
}
