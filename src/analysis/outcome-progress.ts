// Where a game stands against each outcome (issue 11, stakes on screen): what each of the five outcomes needs, with the
// thresholds of the compiled scenario, and how far this world is from it. The same tests as the engine's
// classifyOutcome, taken apart into conditions a player can read; outcomes the scenario cannot produce are left out.
import {
  classifyOutcome,
  countProjects,
  OUTCOMES,
  type CompiledScenario,
  type OutcomeId,
  type PerSide,
  type WorldState,
} from '../engine/index.js';

export type Area = 'practical' | 'order';

/** One condition of an outcome, with where the game stands. */
export type Condition =
  /** Both sides' trust in an area at least `need` (bp); `have` is each side's belief (bp). */
  | { kind: 'trust'; area: Area; need: number; have: PerSide<number>; met: boolean }
  /** At least `need` projects in the given states (`area` null: any area). */
  | { kind: 'projects'; states: 'delivered' | 'running-or-delivered'; area: Area | null; need: number; have: number; met: boolean }
  /** The joint missile defence system in place. */
  | { kind: 'joint-system'; met: boolean }
  /** The NATO–Russia Council suspended (a road to confrontation). */
  | { kind: 'council-suspended'; met: boolean }
  /** Practical cooperation suspended amid countermeasures or an escalated Ukraine crisis. */
  | { kind: 'cooperation-suspended-hostile'; met: boolean }
  /** Order trust (the lower side's) below `below` amid countermeasures or war, with practical trust not held. */
  | { kind: 'order-collapse'; below: number; have: number; met: boolean };

export interface OutcomeProgress {
  outcome: OutcomeId;
  /** all: every condition is needed; any: one of them is enough (confrontation); none: the remainder (cold peace). */
  needs: 'all' | 'any' | 'none';
  conditions: Condition[];
  /** The outcome the game would get if it ended now (the engine's classification). */
  current: boolean;
}

const both = (w: WorldState, area: Area): PerSide<number> => ({ nato: w.trustBy.nato[area], russia: w.trustBy.russia[area] });

function trust(w: WorldState, area: Area, need: number): Condition {
  const have = both(w, area);
  return { kind: 'trust', area, need, have, met: have.nato >= need && have.russia >= need };
}

/** Projects of an area (null: all) in the given states. */
function projectsIn(sc: CompiledScenario, w: WorldState, area: Area | null, states: readonly string[]): number {
  if (area === null) return countProjects(w, states);
  let n = 0;
  for (const id in w.projects) if (sc.actions.get(id)?.area === area && states.includes(w.projects[id]!.state)) n++;
  return n;
}

/** The scenario's projects of an area (null: all), whatever their state. */
const projectCount = (sc: CompiledScenario, area: Area | null): number =>
  sc.data.projects.filter((p) => area === null || sc.actions.get(p.id)?.area === area).length;

/** Whether a scenario can produce an outcome at all: a roof needs missile defence, the cooperative outcomes enough projects. */
export function outcomePossible(sc: CompiledScenario, outcome: OutcomeId): boolean {
  const o = sc.data.outcomes;
  switch (outcome) {
    case 'security-roof':
      return sc.data.flashpoints.md !== undefined;
    case 'strategic-partnership':
      return projectCount(sc, null) >= o.partnershipDelivered;
    case 'selective-cooperation':
      return projectCount(sc, 'practical') >= o.selectiveProjects;
    default:
      return true;
  }
}

/** The outcomes a scenario can produce, best first (OUTCOMES order). */
export const possibleOutcomes = (sc: CompiledScenario): OutcomeId[] => OUTCOMES.filter((o) => outcomePossible(sc, o));

/** Each possible outcome with its conditions and where this world stands against them, best first. */
export function outcomeProgress(sc: CompiledScenario, w: WorldState): OutcomeProgress[] {
  const o = sc.data.outcomes;
  const now = classifyOutcome(sc, w);
  const hostile = w.flashpoints.md === 'countermeasures' || w.flashpoints.ukraine === 'escalated';
  const practicalHeld = trust(w, 'practical', o.selectiveTrust).met;
  const lowestOrder = Math.min(w.trustBy.nato.order, w.trustBy.russia.order);
  const delivered = projectsIn(sc, w, null, ['delivered']);
  const build = (outcome: OutcomeId): Omit<OutcomeProgress, 'current' | 'outcome'> => {
    switch (outcome) {
      case 'security-roof':
        return {
          needs: 'all',
          conditions: [
            { kind: 'joint-system', met: w.flashpoints.md === 'joint-system' },
            trust(w, 'practical', o.securityRoofTrust),
            trust(w, 'order', o.securityRoofTrust),
          ],
        };
      case 'strategic-partnership':
        return {
          needs: 'all',
          conditions: [
            trust(w, 'practical', o.partnershipTrust),
            trust(w, 'order', o.partnershipTrust),
            {
              kind: 'projects',
              states: 'delivered',
              area: null,
              need: o.partnershipDelivered,
              have: delivered,
              met: delivered >= o.partnershipDelivered,
            },
          ],
        };
      case 'selective-cooperation': {
        const running = projectsIn(sc, w, 'practical', ['running', 'delivered']);
        return {
          needs: 'all',
          conditions: [
            trust(w, 'practical', o.selectiveTrust),
            {
              kind: 'projects',
              states: 'running-or-delivered',
              area: 'practical',
              need: o.selectiveProjects,
              have: running,
              met: running >= o.selectiveProjects,
            },
          ],
        };
      }
      case 'cold-peace':
        return { needs: 'none', conditions: [] };
      case 'confrontation':
        return {
          needs: 'any',
          conditions: [
            { kind: 'council-suspended', met: w.channels === 'suspended' },
            { kind: 'cooperation-suspended-hostile', met: w.cooperation === 'suspended' && hostile },
            {
              kind: 'order-collapse',
              below: o.collapseTrust,
              have: lowestOrder,
              met: lowestOrder < o.collapseTrust && hostile && !practicalHeld,
            },
          ],
        };
    }
  };
  return possibleOutcomes(sc).map((outcome) => ({ outcome, ...build(outcome), current: outcome === now }));
}
