// Doctrines: AI policies that choose a side's actions from what that side can know, each with its own seeded stream.
// The belief-driven ones (reciprocator, generous, grim, pavlov) decide each issue area from their own hidden type's
// payoffs and their belief (Kydd), with reciprocity on top, weighed by the strength of the evidence they perceived;
// cooperator, hardliner, random and historical ignore beliefs and are kept as baselines.
import type { PayoffData } from '../scenario/schema.js';
import { boundRatio, mulRatio, type Fraction } from './arith.js';
import { openActions, requirementHolds, type OpenAction } from './availability.js';
import { SUSPENSIONS } from './channels.js';
import type { CompiledScenario } from './compile.js';
import { percent } from './messages.js';
import { cooperationThreshold, exploitThreshold, moveOf } from './payoffs.js';
import { Rng, type RngState } from './rng.js';
import {
  AREAS,
  type Area,
  type Move,
  type PerArea,
  type PerceivedAction,
  type PerSide,
  type Side,
  type Stance,
  type TurnRecord,
  type TypeId,
  type WorldState,
} from './state.js';

export const DOCTRINES = ['cooperator', 'hardliner', 'reciprocator', 'generous', 'grim', 'pavlov', 'random', 'historical'] as const;
export type DoctrineId = (typeof DOCTRINES)[number];

/** The doctrines that read their own belief and type; the others are baselines that ignore both. */
export const BELIEF_DRIVEN: readonly DoctrineId[] = ['reciprocator', 'generous', 'grim', 'pavlov'];

export const DOCTRINE_SUMMARIES: Record<DoctrineId, string> = {
  cooperator: 'Baseline, ignores beliefs: takes every cooperative step it can afford, whatever the other side does.',
  hardliner:
    'Baseline, ignores beliefs: takes the most hostile steps it can afford, pursues its own programme, and cooperates only on cheap technical projects.',
  reciprocator:
    'Acts on its belief and its type: a partner cooperates in an area once its belief clears the threshold its payoffs set, and reassures with a costly signal below it; an adversary exploits a trusting partner and cooperates otherwise; either answers strong hostile evidence in measure.',
  generous: 'Like the reciprocator, but forgives a provocation with the scenario’s forgiveness chance.',
  grim: 'Like the reciprocator until it is first provoked in an area; there it competes for good.',
  pavlov: 'Win-stay, lose-shift in each area on the payoff it got, opening as its belief and type say.',
  random: 'Baseline, ignores beliefs: picks a few available actions at random.',
  historical: "Baseline: plays the scenario's record of what the side actually did, then falls back to the reciprocator.",
};

/** What one side can know: its own beliefs, type and meters, the public state, and the other side's moves as perceived. */
export interface SideView {
  side: Side;
  turn: number;
  label: string;
  /** This side's headline trust in the other, and its belief per area (never the other side's). */
  trust: number;
  trustBy: PerArea<number>;
  /** This side's own hidden type per area: it knows what its government really wants. */
  types: PerArea<TypeId>;
  capital: number;
  security: number;
  cohesion: number;
  neighbours: number;
  channels: WorldState['channels'];
  flashpoints: WorldState['flashpoints'];
  projects: WorldState['projects'];
  /** This side's options open now (available and affordable), by the kinds the doctrines draw from. */
  menu: Menu;
  /** What this side perceived of the other side's moves, turn by turn (misreadings included). */
  perceived: readonly (readonly PerceivedAction[])[];
  /** This side's own past moves. */
  mine: readonly (readonly string[])[];
  /** The public state, for the conditions of the historical record (its beliefs and types are not read from it). */
  world: WorldState;
}

/** The kinds of open option the doctrines draw from. */
export type ShelfKind = 'competitive' | 'cooperative' | 'programme' | 'technical';

function isCheapTechnical(option: OpenAction): boolean {
  const { project } = option.action;
  return project !== undefined && project.robust && project.kind === 'project' && option.cost <= 1;
}

function ofKind(option: OpenAction, kind: ShelfKind, grave: boolean): boolean {
  const { stance } = option.action.data;
  if (kind === 'competitive') return stance === 'competitive' && (!SUSPENSIONS.has(option.id) || grave);
  if (kind === 'cooperative') return stance === 'cooperative';
  if (kind === 'programme') return stance === 'neutral' && !option.id.startsWith('talk.');
  return isCheapTechnical(option);
}

type Shelves = Record<ShelfKind, readonly OpenAction[] | null>;
// Every kind present from the start: objects of one shape stay fast to read and fill.
const noShelves = (): Shelves => ({ competitive: null, cooperative: null, programme: null, technical: null });

/**
 * A side's open options, each kind filtered once per turn on first use. A doctrine never takes an unavailable
 * option, so leaving them out of every list changes no choice (the sorts are stable, the shuffle draws over open ones).
 */
export class Menu {
  private readonly all = noShelves();
  private readonly byArea: PerArea<Shelves> = { practical: noShelves(), order: noShelves() };

  constructor(
    /** Every open option, in the scenario's order. */
    readonly open: readonly OpenAction[],
    /** A grave act was perceived last turn: only then are the suspensions (of the Council, of cooperation) among the competitive moves (as in 2014). */
    private readonly grave: boolean,
  ) {}

  /**
   * Open options of a kind, in one area if given, in the scenario's order: competitive moves; cooperative ones;
   * unilateral moves of the side's own programme (sites, exercises, criteria), what it does with capital to spare;
   * cheap technical projects with balanced benefits, where mutual cooperation pays even an adversary. Do not mutate.
   */
  shelf(kind: ShelfKind, area?: Area): readonly OpenAction[] {
    const all = (this.all[kind] ??= this.open.filter((o) => ofKind(o, kind, this.grave)));
    if (!area) return all;
    return (this.byArea[area][kind] ??= all.filter((o) => o.action.data.area === area));
  }
}

export interface Decision {
  actions: string[];
  reason: string;
}

type Doctrine = (view: SideView, sc: CompiledScenario, rng: Rng) => Decision;

export function sideView(sc: CompiledScenario, world: WorldState, side: Side, history: readonly TurnRecord[]): SideView {
  const perceived = history.map((t) => t.perceived[side]);
  return {
    side,
    turn: world.turn,
    label: sc.labels[world.turn] ?? '',
    trust: world.trust[side],
    trustBy: world.trustBy[side],
    types: world.types[side],
    capital: world.capital[side],
    security: world.security[side],
    cohesion: world.cohesion,
    neighbours: world.neighbours,
    channels: world.channels,
    flashpoints: world.flashpoints,
    projects: world.projects,
    menu: new Menu(openActions(sc, world, side), perceivedGraveAct(perceived)),
    perceived,
    mine: history.map((t) => t.actions[side]),
    world,
  };
}

/** The stance of a turn as seen: any perceived competitive move makes it competitive; a pass is neutral (for statistics). */
export function stanceOfTurn(moves: readonly PerceivedAction[] | undefined): Stance {
  if (!moves || moves.length === 0) return 'neutral';
  if (moves.some((m) => m.stance === 'competitive')) return 'competitive';
  return moves.some((m) => m.stance === 'cooperative') ? 'cooperative' : 'neutral';
}

// ---------------------------------------------------------------- evidence as perceived

/** The product of the ratios this side applied, in one area, to the other side's moves of one turn (as it read them). */
export function perceivedEvidence(moves: readonly PerceivedAction[] | undefined, area: Area): Fraction {
  let product: Fraction = [1, 1];
  for (const m of moves ?? []) if (m.area === area) product = boundRatio(mulRatio(product, m.ratio), 1000);
  return product;
}

const atMost = ([n, d]: Fraction, [pn, pd]: Fraction): boolean => n * pd <= d * pn;

/**
 * How strongly a turn's perceived moves in an area provoke: 0 none, 1 when the most hostile of them (as read) is at
 * the provocation ratio or below, 2 at its square. Cheap talk, near a ratio of one, never provokes.
 */
export function provocation(sc: CompiledScenario, moves: readonly PerceivedAction[] | undefined, area: Area): 0 | 1 | 2 {
  const threshold = sc.data.model.provocation;
  const strong = mulRatio(threshold, threshold);
  let level: 0 | 1 | 2 = 0;
  for (const m of moves ?? []) {
    if (m.area !== area || !atMost(m.ratio, threshold)) continue;
    level = atMost(m.ratio, strong) ? 2 : Math.max(level, 1) === 1 ? 1 : level;
    if (level === 2) break;
  }
  return level;
}

/** The other side's move in an area as this side perceived it (for Pavlov's win or loss). */
const perceivedMove = (moves: readonly PerceivedAction[] | undefined, area: Area): Move => {
  const [n, d] = perceivedEvidence(moves, area);
  return n * 20 >= d * 21 ? 'C' : 'D';
};

/** A grave act: a perceived move whose ratio, as read, at least triples the odds of an adversary. */
function perceivedGraveAct(perceived: SideView['perceived']): boolean {
  const last = perceived[perceived.length - 1] ?? [];
  return last.some((m) => m.ratio[0] * 3 <= m.ratio[1]);
}

// ---------------------------------------------------------------- choosing actions

/** Takes open options in order while they fit the capital left. */
function fillOptions(options: readonly OpenAction[], capital: number, limit = Infinity): OpenAction[] {
  const taken: OpenAction[] = [];
  let left = capital;
  for (const option of options) {
    if (taken.length >= limit) break;
    if (option.cost > left || taken.includes(option)) continue;
    taken.push(option);
    left -= option.cost;
  }
  return taken;
}

const fill = (options: readonly OpenAction[], capital: number, limit = Infinity): string[] =>
  fillOptions(options, capital, limit).map((o) => o.id);

/** The other side's standing proposals first: taking them up launches the project at once if trust allows. */
function takeUpsFirst(view: SideView, options: readonly OpenAction[]): OpenAction[] {
  const standing = (o: OpenAction): boolean => {
    const p = view.projects[o.id];
    return p?.state === 'proposed' && p.proposedBy !== null && p.proposedBy !== view.side;
  };
  // The same order as a stable sort on that rank.
  return [...options.filter(standing), ...options.filter((o) => !standing(o))];
}

/** Moves that change the order in Europe rather than answer a move: a reciprocating doctrine does not retaliate with them. */
const ESCALATIONS = new Set(['ukraine.intervene', 'enlargement.fast-track-ukraine', 'enlargement.fast-track-georgia']);

/** The ratio's strength as a hostile signal, for sorting: lower num/den is stronger. */
const hostility = (option: OpenAction): number => option.ratio;
/** Its strength as a friendly signal: higher num/den is stronger. */
const friendliness = (option: OpenAction): number => -hostility(option);

// ---------------------------------------------------------------- the belief-driven decision, area by area

type Posture = 'cooperate' | 'reassure' | 'hold' | 'retaliate' | 'exploit';

interface AreaPlan {
  posture: Posture;
  /** For a retaliation: how many pointed moves (1 or 2, by the strength of the evidence). */
  strength: number;
  why: string;
}

const AREA_LABEL: PerArea<string> = { practical: 'common threats', order: 'European order' };
const table = (sc: CompiledScenario, type: TypeId, area: Area): PayoffData => sc.data.payoffs[type][area];
const payoffText = (t: PayoffData): string => `R ${t.R}, T ${t.T}, P ${t.P}, S ${t.S}`;

/** What the side's own type and belief say in an area, before reciprocity (Kydd). */
function typeRule(view: SideView, sc: CompiledScenario, area: Area): AreaPlan {
  const belief = view.trustBy[area];
  const type = view.types[area];
  const t = table(sc, type, area);
  if (type === 'partner') {
    const needed = cooperationThreshold(t);
    if (belief >= needed)
      return {
        posture: 'cooperate',
        strength: 0,
        why: `a partner trusting ${percent(belief)} ≥ the ${percent(needed)} its payoffs (${payoffText(t)}) need: cooperating`,
      };
    return {
      posture: 'reassure',
      strength: 0,
      why: `a partner trusting ${percent(belief)} < the ${percent(needed)} its payoffs (${payoffText(t)}) need: reassuring with a costly signal`,
    };
  }
  const tempting = exploitThreshold(t);
  if (belief >= tempting)
    return {
      posture: 'exploit',
      strength: 0,
      why: `an adversary trusting ${percent(belief)} ≥ ${percent(tempting)}: exploiting pays (${payoffText(t)})`,
    };
  return {
    posture: 'hold',
    strength: 0,
    why: `an adversary trusting ${percent(belief)} < ${percent(tempting)}: it would be answered in kind, so it keeps to what pays it too (${payoffText(t)})`,
  };
}

const retaliate = (strength: number, why: string): AreaPlan => ({ posture: 'retaliate', strength, why });
const lastPerceived = (view: SideView): readonly PerceivedAction[] | undefined => view.perceived[view.perceived.length - 1];

type AreaDoctrine = (view: SideView, sc: CompiledScenario, rng: Rng, area: Area) => AreaPlan;

/** How strongly the last turn provokes in an area: reciprocity answers the strength of the evidence, whatever the belief. */
const provokedBy = (view: SideView, sc: CompiledScenario, area: Area): 0 | 1 | 2 => provocation(sc, lastPerceived(view), area);

const reciprocatorArea: AreaDoctrine = (view, sc, _rng, area) => {
  const p = provokedBy(view, sc, area);
  return p > 0 ? retaliate(p, 'answering the hostile evidence it perceived last turn, in measure') : typeRule(view, sc, area);
};

const generousArea: AreaDoctrine = (view, sc, rng, area) => {
  const p = provokedBy(view, sc, area);
  if (p === 0) return typeRule(view, sc, area);
  if (rng.chance(sc.data.model.forgiveness)) {
    const plan = typeRule(view, sc, area);
    return { ...plan, why: `forgiving the hostile evidence it perceived; ${plan.why}` };
  }
  return retaliate(p, 'answering the hostile evidence it perceived last turn, in measure (it forgives sometimes)');
};

const grimArea: AreaDoctrine = (view, sc, _rng, area) => {
  const at = view.perceived.findIndex((moves) => provocation(sc, moves, area) > 0);
  // Grim needs no conviction: the first provocation ends cooperation in the area for good.
  return at >= 0 ? retaliate(2, `competing for good since it was provoked in turn ${at + 1}`) : typeRule(view, sc, area);
};

const pavlovArea: AreaDoctrine = (view, sc, _rng, area) => {
  if (view.perceived.length === 0) return typeRule(view, sc, area);
  const mine = moveOf(sc, view.mine[view.mine.length - 1] ?? [], area);
  const theirs = perceivedMove(lastPerceived(view), area);
  const t = table(sc, view.types[area], area);
  const got = mine === 'C' ? (theirs === 'C' ? t.R : t.S) : theirs === 'C' ? t.T : t.P;
  const won = theirs === 'C';
  const cooperate = won ? mine === 'C' : mine !== 'C';
  const why = `${won ? 'won' : 'lost'} last turn (payoff ${got}): ${won ? 'staying' : 'shifting'}`;
  if (cooperate)
    return {
      posture: view.types[area] === 'partner' && view.trustBy[area] < cooperationThreshold(t) ? 'reassure' : 'cooperate',
      strength: 0,
      why: `${why} to cooperation`,
    };
  return view.types[area] === 'partner'
    ? retaliate(1, `${why} to competition`)
    : { posture: 'exploit', strength: 0, why: `${why} to competition` };
};

/** Turns the plan of each area into actions, in an order of priority that fits the capital. */
function actionsFor(view: SideView, sc: CompiledScenario, plans: PerArea<AreaPlan>): string[] {
  const ordered: OpenAction[] = [];
  const { menu } = view;
  for (const area of AREAS) {
    const plan = plans[area];
    if (plan.posture === 'retaliate') {
      // In measure: the mildest moves that are still felt as an answer (at the provocation ratio), never an escalation.
      const felt = sc.data.model.provocation;
      const options = menu
        .shelf('competitive', area)
        .filter((o) => !ESCALATIONS.has(o.id) && atMost(o.action.data.lr, felt))
        .sort((a, b) => hostility(b) - hostility(a));
      ordered.push(...fillOptions(options, view.capital, plan.strength));
    }
  }
  // A partner keeps up its defence too, one step a turn, the least pointed first: the ambiguous moves of the security
  // dilemma (Jervis), which only a misreading turns into a provocation.
  for (const area of AREAS) {
    if (view.types[area] !== 'partner' || plans[area].posture === 'retaliate') continue;
    const defence = [...menu.shelf('programme', area)].sort((a, b) => friendliness(a) - friendliness(b));
    const step = defence[0];
    if (step) ordered.push(step);
  }
  for (const area of AREAS) {
    const plan = plans[area];
    if (plan.posture === 'exploit') {
      const options = [...menu.shelf('competitive', area)].sort((a, b) => hostility(a) - hostility(b));
      ordered.push(...fillOptions(options, view.capital, 2));
      ordered.push(...menu.shelf('programme', area));
    }
    if (plan.posture === 'reassure') {
      const signals = menu
        .shelf('cooperative', area)
        .filter((o) => !o.id.startsWith('talk.'))
        .sort((a, b) => friendliness(a) - friendliness(b) || a.cost - b.cost);
      const strongest = signals.find((o) => o.cost <= view.capital);
      if (strongest) ordered.push(strongest);
    }
  }
  // Cooperation in both areas, the other side's proposals first, then the strongest signals: a partner leads with costly steps.
  const cooperating: OpenAction[] = [];
  for (const area of AREAS) if (plans[area].posture === 'cooperate') cooperating.push(...menu.shelf('cooperative', area));
  ordered.push(
    ...takeUpsFirst(
      view,
      cooperating.sort((a, b) => friendliness(a) - friendliness(b)),
    ),
  );
  for (const area of AREAS) {
    const plan = plans[area];
    // Holding, or exploiting, an adversary still joins what pays it too, and keeps up appearances.
    if ((plan.posture === 'hold' || plan.posture === 'exploit') && view.types[area] === 'adversary') {
      if (area === 'practical') ordered.push(...takeUpsFirst(view, menu.shelf('technical', area)));
      else if (plan.posture === 'hold') ordered.push(...menu.shelf('programme', area));
    }
  }

  return fill(ordered, view.capital);
}

function beliefDriven(area: AreaDoctrine): Doctrine {
  return (view, sc, rng) => {
    const plans = { practical: area(view, sc, rng, 'practical'), order: area(view, sc, rng, 'order') };
    const reason = AREAS.map((a) => `${AREA_LABEL[a]}: ${plans[a].why}`).join('; ');
    return { actions: actionsFor(view, sc, plans), reason };
  };
}

// ---------------------------------------------------------------- the baselines

const cooperativeMoves = (view: SideView): string[] => fill(takeUpsFirst(view, view.menu.shelf('cooperative')), view.capital);

const cooperator: Doctrine = (view) => ({
  actions: cooperativeMoves(view),
  reason: 'cooperating, as it always does (a baseline: it ignores its beliefs)',
});

const hardliner: Doctrine = (view) => {
  const { menu } = view;
  const hostileFirst = [...menu.shelf('competitive')].sort((a, b) => hostility(a) - hostility(b));
  return {
    actions: fill([...hostileFirst, ...menu.shelf('programme'), ...takeUpsFirst(view, menu.shelf('technical'))], view.capital),
    reason: 'competing, pursuing its own programme, and cooperating only on cheap technical projects (a baseline: it ignores its beliefs)',
  };
};

const random: Doctrine = (view, _sc, rng) => {
  const options = [...view.menu.open];
  for (let i = options.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  const wanted = rng.int(4);
  return {
    actions: fill(options, view.capital, wanted),
    reason: `choosing ${wanted} action(s) at random (a baseline: it ignores its beliefs)`,
  };
};

const reciprocator = beliefDriven(reciprocatorArea);

const lastRecords = new WeakMap<CompiledScenario, PerSide<number>>();
/** The calendar index of the last turn in a side's historical record (-1 if none), worked out once per scenario. */
function lastRecordedTurn(sc: CompiledScenario, side: Side): number {
  let last = lastRecords.get(sc);
  if (!last) {
    const of = (s: Side): number => sc.data.historical[s].reduce((max, e) => Math.max(max, sc.indexOf(e.turn)), -1);
    last = { nato: of('nato'), russia: of('russia') };
    lastRecords.set(sc, last);
  }
  return last[side];
}

const historical: Doctrine = (view, sc, rng) => {
  const record = sc.data.historical[view.side];
  const entry = record.find((e) => e.turn === view.label);
  const lastRecorded = lastRecordedTurn(sc, view.side);
  if (!entry) {
    if (view.turn > lastRecorded) {
      const fallback = reciprocator(view, sc, rng);
      return { actions: fallback.actions, reason: `the record has ended: ${fallback.reason}` };
    }
    return { actions: [], reason: 'the record shows no step this half-year' };
  }
  if (entry.when && !entry.when.every((r) => requirementHolds(sc, view.world, r))) {
    const fallback = reciprocator(view, sc, rng);
    return {
      actions: fallback.actions,
      reason: `in ${entry.turn} the record answers what has not happened in this game: ${fallback.reason}`,
    };
  }
  const taken: string[] = [];
  const skipped: string[] = [];
  let left = view.capital;
  for (const id of entry.actions) {
    const option = view.menu.open.find((o) => o.id === id);
    if (option && option.cost <= left) {
      taken.push(id);
      left -= option.cost;
    } else skipped.push(id);
  }
  const note = skipped.length ? `; not possible in this game: ${skipped.join(', ')}` : '';
  return { actions: taken, reason: `what ${view.side === 'nato' ? 'NATO' : 'Russia'} did in ${entry.turn} (${entry.source.note})${note}` };
};

const TABLE: Record<DoctrineId, Doctrine> = {
  cooperator,
  hardliner,
  reciprocator,
  generous: beliefDriven(generousArea),
  grim: beliefDriven(grimArea),
  pavlov: beliefDriven(pavlovArea),
  random,
  historical,
};

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
