// Which actions a side may take now, and if not, why: an unavailable action is refused with a reason, never dropped.
import type { ActionData, FlashpointKey, RequirementData } from '../scenario/schema.js';
import { alliesVeto } from './allies.js';
import { haltedBy, mechanismInPlace, SUSPENSIONS } from './channels.js';
import type { CompiledAction, CompiledScenario } from './compile.js';
import { MAX_ACTIONS_PER_SIDE } from '../scenario/limits.js';
import { areaName, percent } from './messages.js';
import type { PerSide, Side, WorldState } from './state.js';

export interface Refusal {
  side: Side;
  action: string;
  reason: string;
}

export function requirementHolds(sc: CompiledScenario, s: WorldState, r: RequirementData): boolean {
  if ('flashpoint' in r) return r.in.includes(s.flashpoints[r.flashpoint]);
  if ('site' in r) return r.in.includes(s.md.sites[r.site]);
  if ('channels' in r) return s.channels === r.channels;
  if ('cooperation' in r) return s.cooperation === r.cooperation;
  if ('cohesionAtLeast' in r) return s.cohesion >= r.cohesionAtLeast;
  if ('notBefore' in r) return s.turn >= sc.indexOf(r.notBefore);
  if ('notAfter' in r) return s.turn <= sc.indexOf(r.notAfter);
  if ('kyiv' in r) return r.kyiv.includes(s.kyiv.choice);
  return r.in.includes(s.projects[r.project]?.state ?? 'idle');
}

/** Flashpoints and lifecycle states as a player reads them: names, not ids. */
const FLASHPOINT_NAME: Record<FlashpointKey, string> = {
  md: 'the missile defence talks',
  enlargement: 'the open door',
  ukraine: 'the Ukraine crisis',
  transnistria: 'the Transnistria conflict',
};
const STATE_WORD: Record<string, string> = { idle: 'not started' };
const orList = (xs: readonly string[]): string => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`);
const stateWord = (state: string): string => STATE_WORD[state] ?? (state === 'criteria-based' ? state : state.replace(/-/g, ' '));

const KYIV_CHOICE = { undecided: 'nothing yet', association: 'the EU Association Agreement', 'customs-union': 'the Customs Union' };

/** The reason given when the caller does not want one spelled out (doctrines): building sentences is most of the cost. */
const UNAVAILABLE = 'unavailable';

function requirementFails(sc: CompiledScenario, s: WorldState, r: RequirementData, explain: boolean): string | null {
  if (!explain) return requirementHolds(sc, s, r) ? null : UNAVAILABLE;
  if ('flashpoint' in r) {
    const state = s.flashpoints[r.flashpoint];
    if (r.in.includes(state)) return null;
    return `needs ${FLASHPOINT_NAME[r.flashpoint]}: ${orList(r.in.map(stateWord))} (now: ${stateWord(state)})`;
  }
  if ('site' in r) {
    const state = s.md.sites[r.site];
    if (r.in.includes(state)) return null;
    const site = sc.data.flashpoints.md?.sites[r.site].name ?? r.site;
    return `needs the site at ${site} to be ${orList(r.in)} (it is ${state})`;
  }
  if ('channels' in r) {
    return s.channels === r.channels ? null : `needs the NATO-Russia Council to be ${r.channels} (it is ${s.channels})`;
  }
  if ('cooperation' in r) {
    return s.cooperation === r.cooperation ? null : `needs practical cooperation to be ${r.cooperation} (it is ${s.cooperation})`;
  }
  if ('cohesionAtLeast' in r) {
    return s.cohesion >= r.cohesionAtLeast
      ? null
      : `needs alliance cohesion of at least ${r.cohesionAtLeast} (it is ${s.cohesion}): the allies would split`;
  }
  if ('notBefore' in r) {
    return s.turn >= sc.indexOf(r.notBefore) ? null : `not before ${r.notBefore}`;
  }
  if ('notAfter' in r) {
    return s.turn <= sc.indexOf(r.notAfter) ? null : `not after ${r.notAfter}`;
  }
  if ('kyiv' in r) {
    if (r.kyiv.includes(s.kyiv.choice)) return null;
    return s.kyiv.choice === 'undecided' ? 'Kyiv has not chosen yet' : `Kyiv has already chosen (${KYIV_CHOICE[s.kyiv.choice]})`;
  }
  const state = s.projects[r.project]?.state ?? 'idle';
  if (r.in.includes(state)) return null;
  const project = sc.actions.get(r.project)?.name ?? r.project;
  return `needs ${project} to be ${orList(r.in.map(stateWord))} (it is ${stateWord(state)})`;
}

/** Missile defence offers already in force cannot be made again; a pause needs a committed site. */
function alreadyDone(s: WorldState, id: string, flashpoint: FlashpointKey | null): string | null {
  const md = s.md;
  if (flashpoint !== 'md') return null;
  if (id === 'md.offer-joint-system' && md.offer) return 'the offer of a joint system already stands';
  if (id === 'md.share-architecture' && md.clarity) return 'the architecture has already been shared';
  if (id === 'md.adapt-to-threat' && md.threatMatched) return 'the system is already matched to the existing threats';
  if (id === 'md.political-guarantee' && md.noCapacity !== 'none') return 'a guarantee has already been given';
  if (id === 'md.legal-guarantee' && md.noCapacity === 'legal') return 'a legally binding guarantee has already been given';
  if (id === 'md.legal-guarantee' && md.noCapacity === 'signed') return 'the guarantee treaty is signed and awaits its ratification vote';
  if (id === 'md.legal-guarantee' && s.turn < md.retryFrom)
    return 'the last guarantee treaty failed ratification: no new one can be signed yet';
  if (id === 'md.joint-planning' && md.gap.nato === 0) return "NATO's position already meets Russia's on its side";
  if (id === 'md.accept-linked-systems' && md.gap.russia === 0) return "Russia's position already meets NATO's on its side";
  if (id === 'md.pause-deployment' && md.sites.romania !== 'committed' && md.sites.poland !== 'committed')
    return 'no site is committed and not yet live';
  return null;
}

/** The capital an action costs in the current state. */
export function costOf(s: WorldState, action: ActionData, surcharge: number): number {
  return SUSPENSIONS.has(action.id) && mechanismInPlace(s) ? action.cost + surcharge : action.cost;
}

/** Why `side` cannot take `action` now (ignoring capital), or null if it can; `explain: false` skips the wording. */
export function unavailableReason(sc: CompiledScenario, s: WorldState, side: Side, id: string, explain = true): string | null {
  if (s.turn >= sc.labels.length) return 'the game is over';
  const action = sc.actions.get(id);
  if (!action) return `there is no action "${id}" in scenario ${sc.id}`;
  if (action.side !== 'both' && action.side !== side) return `it is an action of ${action.side === 'nato' ? 'NATO' : 'Russia'}`;
  const prefix = sc.flashpointOf.get(id) ?? null;
  return stateRefusal(sc, s, side, { data: action, flashpoint: prefix, project: sc.projects.get(id) }, explain);
}

/** Why the state forbids an action of the side (the game still running), or null: unavailableReason after its lookups. */
function stateRefusal(sc: CompiledScenario, s: WorldState, side: Side, compiled: CompiledAction, explain: boolean): string | null {
  const { data: action, flashpoint: prefix, project } = compiled;
  const id = action.id;
  if (prefix && !sc.data.flashpoints[prefix]) return `scenario ${sc.id} has no ${prefix} flashpoint`;
  if (prefix === 'ukraine' && s.flashpoints.ukraine === 'dormant') return 'the Ukraine crisis has not broken out';
  if (project) {
    const state = s.projects[id]!.state;
    const halted = haltedBy(s);
    if (halted) return halted;
    if (state === 'running') return 'it is already running';
    if (state === 'delivered') return 'it has been delivered';
    if (state === 'suspended')
      return `it is suspended: it resumes when the Council is open, cooperation runs and trust on ${areaName(action.area)} is back at ${percent(project.threshold)}`;
  }
  const done = alreadyDone(s, id, prefix);
  if (done) return done;
  const vetoed = side === 'nato' ? alliesVeto(sc, s, id) : null;
  if (vetoed) return vetoed;
  for (const r of action.requires ?? []) {
    const failure = requirementFails(sc, s, r, explain);
    if (failure) return failure;
  }
  return null;
}

/**
 * Checks a whole choice for one side: at most MAX_ACTIONS_PER_SIDE actions (the most a replay carries), each
 * available, none twice, all within capital.
 */
export function refusalsOf(sc: CompiledScenario, s: WorldState, side: Side, ids: readonly string[]): Refusal[] {
  const refusals: Refusal[] = [];
  if (ids.length > MAX_ACTIONS_PER_SIDE) {
    const reason = `a side takes at most ${MAX_ACTIONS_PER_SIDE} actions in one turn (${ids.length} were chosen), the most a shared game carries`;
    refusals.push({ side, action: String(ids[MAX_ACTIONS_PER_SIDE]), reason });
  }
  const seen = new Set<string>();
  let spent = 0;
  for (const id of ids.slice(0, MAX_ACTIONS_PER_SIDE)) {
    if (seen.has(id)) {
      refusals.push({ side, action: id, reason: 'it was chosen twice' });
      continue;
    }
    seen.add(id);
    const reason = unavailableReason(sc, s, side, id);
    if (reason) {
      refusals.push({ side, action: id, reason });
      continue;
    }
    const cost = costOf(s, sc.actions.get(id)!, sc.data.model.suspensionSurcharge);
    if (spent + cost > s.capital[side]) {
      refusals.push({ side, action: id, reason: `it costs ${cost} capital and only ${s.capital[side] - spent} is left` });
      continue;
    }
    spent += cost;
  }
  return refusals;
}

export interface Availability {
  id: string;
  cost: number;
  available: boolean;
  reason: string | null;
}

/** Every action of the scenario for `side`, available or not, with the reason (unless `explain` is false) and the current cost. */
export function availableActions(sc: CompiledScenario, s: WorldState, side: Side, explain = true): Availability[] {
  const list: Availability[] = [];
  const gameOver = s.turn >= sc.labels.length;
  for (const compiled of sc.sideActions[side]) {
    const action = compiled.data;
    const cost = costOf(s, action, sc.data.model.suspensionSurcharge);
    const over = cost > s.capital[side];
    const reason =
      (gameOver ? 'the game is over' : stateRefusal(sc, s, side, compiled, explain)) ??
      (over ? (explain ? `it costs ${cost} capital and only ${s.capital[side]} is left` : UNAVAILABLE) : null);
    list.push({ id: action.id, cost, available: reason === null, reason });
  }
  return list;
}

/** An action `side` can take now and afford: what a doctrine chooses from. */
export interface OpenAction extends Availability {
  readonly action: CompiledAction;
  /** num/den of the action's likelihood ratio: what the doctrines sort by, divided once per scenario. */
  readonly ratio: number;
}

/** What an action's openness reads that the state never changes, worked out once per scenario. */
interface OpenCheck {
  readonly compiled: CompiledAction;
  readonly suspension: boolean;
  /** Its flashpoint is not in the scenario: never open. */
  readonly absent: boolean;
  readonly ukraine: boolean;
  /** A NATO concession the allies block when alarmed (only in the NATO list). */
  readonly concession: boolean;
  readonly requires: readonly ((s: WorldState) => boolean)[];
  /** The entry handed out when it is open, at its cost without and with the suspension surcharge: shared, never written. */
  readonly entry: OpenAction;
  readonly surcharged: OpenAction;
}

/** requirementHolds for one requirement, with its lookups (calendar indices, the kind of test) done once. */
function compileRequirement(sc: CompiledScenario, r: RequirementData): (s: WorldState) => boolean {
  if ('flashpoint' in r) {
    const { flashpoint, in: states } = r;
    return (s) => states.includes(s.flashpoints[flashpoint]);
  }
  if ('site' in r) {
    const { site, in: states } = r;
    return (s) => states.includes(s.md.sites[site]);
  }
  if ('channels' in r) {
    const { channels } = r;
    return (s) => s.channels === channels;
  }
  if ('cooperation' in r) {
    const { cooperation } = r;
    return (s) => s.cooperation === cooperation;
  }
  if ('cohesionAtLeast' in r) {
    const { cohesionAtLeast } = r;
    return (s) => s.cohesion >= cohesionAtLeast;
  }
  if ('notBefore' in r) {
    const from = sc.indexOf(r.notBefore);
    return (s) => s.turn >= from;
  }
  if ('notAfter' in r) {
    const until = sc.indexOf(r.notAfter);
    return (s) => s.turn <= until;
  }
  if ('kyiv' in r) {
    const { kyiv } = r;
    return (s) => kyiv.includes(s.kyiv.choice);
  }
  const { project, in: states } = r;
  return (s) => states.includes(s.projects[project]?.state ?? 'idle');
}

const openChecks = new WeakMap<CompiledScenario, PerSide<readonly OpenCheck[]>>();

function openChecksOf(sc: CompiledScenario): PerSide<readonly OpenCheck[]> {
  let checks = openChecks.get(sc);
  if (checks) return checks;
  const concessions = sc.data.actors?.allies?.concessions ?? [];
  const entry = (compiled: CompiledAction, cost: number): OpenAction =>
    Object.freeze({
      id: compiled.data.id,
      cost,
      available: true,
      reason: null,
      action: compiled,
      ratio: compiled.data.lr[0] / compiled.data.lr[1],
    });
  const of = (side: Side): OpenCheck[] =>
    sc.sideActions[side].map((compiled) => ({
      compiled,
      suspension: SUSPENSIONS.has(compiled.data.id),
      absent: compiled.flashpoint !== null && !sc.data.flashpoints[compiled.flashpoint],
      ukraine: compiled.flashpoint === 'ukraine',
      concession: side === 'nato' && concessions.includes(compiled.data.id),
      requires: (compiled.data.requires ?? []).map((r) => compileRequirement(sc, r)),
      entry: entry(compiled, compiled.data.cost),
      surcharged: entry(compiled, compiled.data.cost + sc.data.model.suspensionSurcharge),
    }));
  checks = { nato: of('nato'), russia: of('russia') };
  openChecks.set(sc, checks);
  return checks;
}

/**
 * The available entries of availableActions, in its order, with their compiled action and without reasons: the
 * same tests as stateRefusal and costOf, as yes or no, with what the state never changes looked up once per scenario.
 * The entries are shared between calls (frozen): a doctrine reads them, never writes them.
 */
export function openActions(sc: CompiledScenario, s: WorldState, side: Side): OpenAction[] {
  const open: OpenAction[] = [];
  if (s.turn >= sc.labels.length) return open;
  const mechanism = mechanismInPlace(s);
  const capital = s.capital[side];
  const halted = haltedBy(s) !== null;
  const dormant = s.flashpoints.ukraine === 'dormant';
  const blocking = s.allies.stance === 'alarmed';
  for (const check of openChecksOf(sc)[side]) {
    const { compiled } = check;
    const action = compiled.data;
    const entry = check.suspension && mechanism ? check.surcharged : check.entry;
    if (entry.cost > capital || check.absent || (check.ukraine && dormant) || (check.concession && blocking)) continue;
    if (compiled.project) {
      const state = s.projects[action.id]!.state;
      if (halted || state === 'running' || state === 'delivered' || state === 'suspended') continue;
    }
    if (compiled.flashpoint === 'md' && alreadyDone(s, action.id, 'md') !== null) continue;
    if (!check.requires.every((holds) => holds(s))) continue;
    open.push(entry);
  }
  return open;
}
